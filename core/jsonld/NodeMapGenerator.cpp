#include "NodeMapGenerator.h"

#include "JsonCanonicalizer.h"

#include <QJsonArray>
#include <QVarLengthArray>

namespace pf {

namespace {

// Below this many values a linear scan beats hashing; above it the scan would turn quadratic.
constexpr qsizetype kLinearScanLimit = 16;

bool isBlank(const QString &id)
{
    return id.size() >= 2 && id[0] == u'_' && id[1] == u':'; // inline: called for every term
}

bool sameItem(const NodeMapGenerator::Item &a, const NodeMapGenerator::Item &b)
{
    using Kind = NodeMapGenerator::Item::Kind;
    if (a.kind != b.kind || a.kind == Kind::List)
        return false;
    return a.kind == Kind::Node ? a.id == b.id : a.value == b.value;
}

} // namespace

NodeMapGenerator::NodeMapGenerator(IdentifierIssuer &issuer) : m_issuer(issuer)
{
    m_graphs[QStringLiteral("@default")];
}

Status NodeMapGenerator::generate(const QJsonValue &expanded)
{
    return visit(expanded, m_graphs[QStringLiteral("@default")], nullptr, -1, nullptr, 0);
}

QString NodeMapGenerator::key(const Item &item)
{
    switch (item.kind) {
    case Item::Kind::Node:
        return u'n' + item.id;
    case Item::Kind::Value:
        return u'v' + QString::fromUtf8(JsonCanonicalizer::canonicalize(item.value));
    case Item::Kind::List:
        break;
    }
    return u'l' + QString::number(item.list); // lists never merge
}

void NodeMapGenerator::addUnique(Property &property, Item item)
{
    if (property.items.size() < kLinearScanLimit) {
        for (const Item &existing : std::as_const(property.items)) {
            if (sameItem(existing, item))
                return;
        }
        property.items.append(std::move(item));
        ++m_tripleEstimate;
        return;
    }
    if (property.seen.isEmpty()) {
        for (const Item &existing : std::as_const(property.items))
            property.seen.insert(key(existing));
    }
    QString k = key(item);
    if (property.seen.contains(k))
        return;
    property.seen.insert(std::move(k));
    property.items.append(std::move(item));
    ++m_tripleEstimate;
}

void NodeMapGenerator::appendToList(qsizetype list, Item item)
{
    m_lists[size_t(list)].append(std::move(item));
    m_tripleEstimate += 2; // rdf:first and rdf:rest
}

Status NodeMapGenerator::visit(const QJsonValue &element, Graph &graph, Property *target, qsizetype list,
                               const Reverse *reverse, int depth)
{
    if (depth > kMaxDepth) {
        return Error{ErrorCode::TooDeep,
                     QStringLiteral("the expanded document nests deeper than %1 levels").arg(kMaxDepth)};
    }
    if (element.isArray()) {
        const QJsonArray items = element.toArray();
        for (const QJsonValue &item : items) {
            if (Status s = visit(item, graph, target, list, reverse, depth + 1); !s)
                return s;
        }
        return {};
    }
    if (!element.isObject())
        return {}; // not expanded form; nothing in the node map can hold it

    const QJsonObject object = element.toObject();

    // One pass over the entries: QJsonObject keeps its keys sorted, so the keywords come before every
    // property (IRIs start with a letter, blank nodes with '_', both after '@').
    // The entries are remembered by position and read only where used: most objects hold few keywords.
    using Entry = QJsonObject::const_iterator;
    const Entry none = object.constEnd();
    const auto valueOf = [&none](Entry e) {
        return e == none ? QJsonValue(QJsonValue::Undefined) : e.value();
    };
    Entry typeAt = none, valueAt = none, languageAt = none, directionAt = none, listAt = none, idAt = none,
          indexAt = none, reverseAt = none, graphAt = none, includedAt = none;
    auto it = object.constBegin();
    QString key;
    for (; it != none; ++it) {
        key = it.key();
        if (!key.startsWith(u'@'))
            break;
        if (key == u"@type")
            typeAt = it;
        else if (key == u"@value")
            valueAt = it;
        else if (key == u"@language")
            languageAt = it;
        else if (key == u"@direction")
            directionAt = it;
        else if (key == u"@list")
            listAt = it;
        else if (key == u"@id")
            idAt = it;
        else if (key == u"@index")
            indexAt = it;
        else if (key == u"@reverse")
            reverseAt = it;
        else if (key == u"@graph")
            graphAt = it;
        else if (key == u"@included")
            includedAt = it;
    }
    const QJsonValue typeValue = valueOf(typeAt);

    // Types first: relabelling them before the node's own identifier keeps the numbering of the spec.
    QVarLengthArray<QString, 4> types;
    const auto addType = [&](const QJsonValue &t) {
        if (!t.isString())
            return;
        QString type = t.toString();
        if (isBlank(type))
            type = m_issuer.issue(type);
        types.append(std::move(type));
    };
    if (typeValue.isArray()) {
        const QJsonArray typeArray = typeValue.toArray();
        for (const QJsonValue &t : typeArray)
            addType(t);
    } else {
        addType(typeValue);
    }

    if (valueAt != none) {
        Item item{Item::Kind::Value, {}, object, qsizetype(m_values.size())};
        m_values.push_back(
            ValueEntries{valueAt.value(), typeValue, valueOf(languageAt), valueOf(directionAt)});
        if (list >= 0)
            appendToList(list, std::move(item));
        else if (target)
            addUnique(*target, std::move(item));
        return {}; // a free-floating value: expansion drops these, nothing refers to it
    }

    if (listAt != none) {
        const qsizetype index = qsizetype(m_lists.size());
        m_lists.emplace_back();
        if (Status s = visit(listAt.value(), graph, target, index, nullptr, depth + 1); !s)
            return s;
        Item item{Item::Kind::List, {}, {}, index};
        if (list >= 0) {
            appendToList(list, std::move(item));
        } else if (target) {
            target->items.append(std::move(item)); // lists never merge, so no duplicate check
            ++m_tripleEstimate;
        }
        return {};
    }

    // A node object.
    QString id;
    if (const QJsonValue idValue = valueOf(idAt); idValue.isString()) {
        id = idValue.toString();
        if (isBlank(id))
            id = m_issuer.issue(id);
    } else if (idAt == none) {
        id = m_issuer.issueNew();
    } // else an @id expansion nulled (a keyword-like value): a node nothing can name, so toRdf drops it
    Node &node = graph[id];
    if (node.id.isNull())
        node.id = id;

    if (reverse) {
        addUnique(node.properties[reverse->property], Item{Item::Kind::Node, reverse->subject, {}, -1});
    } else if (list >= 0) {
        appendToList(list, Item{Item::Kind::Node, id, {}, -1});
    } else if (target) {
        addUnique(*target, Item{Item::Kind::Node, id, {}, -1});
    }

    for (QString &type : types)
        addUnique(node.types, Item{Item::Kind::Node, std::move(type), {}, -1});

    if (const QJsonValue indexValue = valueOf(indexAt); indexValue.isString()) {
        if (node.hasIndex && node.index != indexValue.toString()) {
            return Error{ErrorCode::InvalidJsonLd,
                         QStringLiteral("node %1 has two different @index values").arg(id),
                         QStringLiteral("conflicting indexes")};
        }
        node.index = indexValue.toString();
        node.hasIndex = true;
    }

    if (reverseAt != none && reverseAt.value().isObject()) {
        const QJsonObject reverseMap = reverseAt.value().toObject();
        for (auto r = reverseMap.constBegin(); r != reverseMap.constEnd(); ++r) {
            const Reverse referenced{id, r.key()};
            if (Status s = visit(r.value(), graph, nullptr, -1, &referenced, depth + 1); !s)
                return s;
        }
    }

    if (graphAt != none) {
        if (Status s = visit(graphAt.value(), m_graphs[id], nullptr, -1, nullptr, depth + 1); !s)
            return s;
    }

    if (includedAt != none) {
        if (Status s = visit(includedAt.value(), graph, nullptr, -1, nullptr, depth + 1); !s)
            return s;
    }

    for (; it != none; ++it) {
        key = it.key();
        if (key.startsWith(u'@'))
            continue; // only if the keys were not sorted; expansion keeps no other '@' names
        if (isBlank(key))
            key = m_issuer.issue(key);
        Property &property = node.properties[key];
        if (Status s = visit(it.value(), graph, &property, -1, nullptr, depth + 1); !s)
            return s;
    }
    return {};
}

} // namespace pf
