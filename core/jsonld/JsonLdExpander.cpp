#include "JsonLdExpander.h"

#include "ContextCache.h"
#include "ContextProcessor.h"
#include "Iri.h"
#include "JsonLdKeywords.h"

#include <QRegularExpression>
#include <QVarLengthArray>
#include <algorithm>

namespace pf {

namespace {

const QString kAtContext = QStringLiteral("@context");
const QString kAtGraph = QStringLiteral("@graph");
const QString kAtId = QStringLiteral("@id");
const QString kAtIndex = QStringLiteral("@index");
const QString kAtJson = QStringLiteral("@json");
const QString kAtLanguage = QStringLiteral("@language");
const QString kAtDirection = QStringLiteral("@direction");
const QString kAtList = QStringLiteral("@list");
const QString kAtNone = QStringLiteral("@none");
const QString kAtReverse = QStringLiteral("@reverse");
const QString kAtSet = QStringLiteral("@set");
const QString kAtType = QStringLiteral("@type");
const QString kAtValue = QStringLiteral("@value");

Error jsonLdError(const QString &code, const QString &message)
{
    return Error{ErrorCode::InvalidJsonLd, message, code};
}

Error dataLoss(const QString &message)
{
    return Error{ErrorCode::UndefinedTerm, message, QStringLiteral("undefined term")};
}

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined())
        return {};
    return QJsonArray{value};
}

// Appends value (each item, when an array) to the array under key (the spec's "add value" with as array).
void addValue(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    QJsonArray values = object.take(key).toArray();
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            values.append(item);
    } else {
        values.append(value);
    }
    object.insert(key, values);
}

// QJsonObject encodes every new key into a temporary CBOR value; filling a copy of an object that already
// holds the keys (with null values) skips that, which matters for the many small value and node reference
// objects.
QJsonObject shapeOf(std::initializer_list<QString> keys)
{
    QJsonObject shape;
    for (const QString &key : keys)
        shape.insert(key, QJsonValue());
    return shape;
}

QJsonObject valueObject(const QJsonValue &value)
{
    static const QJsonObject shape = shapeOf({kAtValue});
    QJsonObject object = shape;
    if (value.isUndefined())
        object.insert(kAtValue, value);
    else
        *object.begin() = value; // the only entry: no key search
    return object;
}

QJsonObject valueObject(const QJsonValue &value, const QString &key, const QString &extra)
{
    static const QJsonObject typed = shapeOf({kAtType, kAtValue});
    static const QJsonObject language = shapeOf({kAtLanguage, kAtValue});
    static const QJsonObject direction = shapeOf({kAtDirection, kAtValue});
    QJsonObject object = key == kAtType ? typed : key == kAtLanguage ? language : direction;
    object.insert(key, extra);
    object.insert(kAtValue, value);
    return object;
}

QJsonObject idObject(const QJsonValue &id)
{
    static const QJsonObject shape = shapeOf({kAtId});
    QJsonObject object = shape;
    object.insert(kAtId, id);
    return object;
}

bool isWellFormedLanguage(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$"));
    return pattern.match(tag).hasMatch();
}

bool isGraphObject(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (!object.contains(kAtGraph))
        return false;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != kAtGraph && it.key() != kAtId && it.key() != kAtIndex && it.key() != kAtContext)
            return false;
    }
    return true;
}

bool isValueOrList(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return value.isObject() && (object.contains(kAtValue) || object.contains(kAtList));
}

} // namespace

// The node being expanded: entries are gathered here and turned into one QJsonObject at the end, because
// every QJsonObject insert re-encodes its value.
struct JsonLdExpander::NodeBuilder
{
    // Sorted by key; a node has few entries, so a flat array beats a tree's allocation per entry.
    QVarLengthArray<std::pair<QString, QJsonValue>, 16> entries;
    // When @type holds one IRI string: that IRI as an array, ready for the node object (empty otherwise).
    QJsonArray typeArray;

    const std::pair<QString, QJsonValue> *find(const QString &key) const
    {
        const auto it = lowerBound(key);
        return it != entries.cend() && it->first == key ? it : nullptr;
    }
    bool contains(const QString &key) const { return find(key) != nullptr; }
    QJsonValue value(const QString &key) const
    {
        const auto *entry = find(key);
        return entry ? entry->second : QJsonValue(QJsonValue::Undefined);
    }
    // The value under key, null when it is new (as std::map's operator[]).
    QJsonValue &slot(const QString &key)
    {
        const auto it = lowerBound(key);
        const qsizetype index = it - entries.cbegin();
        if (it == entries.cend() || it->first != key)
            entries.insert(it, {key, QJsonValue()});
        return entries[index].second;
    }
    void insert(const QString &key, const QJsonValue &value) { slot(key) = value; }
    qsizetype size() const { return entries.size(); }
    void add(const QString &key, const QJsonValue &value)
    {
        QJsonValue &slot = this->slot(key);
        // The common case, a property seen once: keep the expanded array rather than copy it item by item.
        if (!slot.isArray() || slot.toArray().isEmpty()) {
            slot = value.isArray() ? value : QJsonValue(QJsonArray{value});
            return;
        }
        QJsonArray values = slot.toArray();
        slot = QJsonValue();
        if (value.isArray()) {
            const QJsonArray items = value.toArray();
            for (const QJsonValue &item : items)
                values.append(item);
        } else {
            values.append(value);
        }
        slot = values;
    }
    QJsonObject toObject(ContextCache &cache) const
    {
        // Only typical nodes are worth a shared shape; a document's huge objects must not fill the cache.
        constexpr qsizetype kMaxShapeKeys = 32;
        if (size() > kMaxShapeKeys) {
            QJsonObject object;
            for (const auto &[key, value] : entries)
                object.insert(key, value);
            return object;
        }
        QStringList keys;
        keys.reserve(size());
        for (const auto &entry : entries)
            keys.append(entry.first);
        const ContextCache::ObjectShape shape = cache.objectShape(keys);
        QJsonObject object = shape.object;
        // Setting a value by position skips the key search; an undefined value would remove its entry
        // instead.
        const bool byPosition =
            shape.keysInOrder && std::none_of(entries.cbegin(), entries.cend(),
                                              [](const auto &entry) { return entry.second.isUndefined(); });
        if (byPosition) {
            auto it = object.begin();
            for (const auto &entry : entries) {
                *it = entry.second;
                ++it;
            }
            return object;
        }
        for (const auto &[key, value] : entries)
            object.insert(key, value);
        return object;
    }

private:
    const std::pair<QString, QJsonValue> *lowerBound(const QString &key) const
    {
        return std::lower_bound(entries.cbegin(), entries.cend(), key,
                                [](const auto &entry, const QString &k) { return entry.first < k; });
    }
};

JsonLdExpander::JsonLdExpander(JsonLdOptions options) : m_options(std::move(options))
{
    if (m_options.contextCache) {
        m_cache = m_options.contextCache;
    } else {
        m_ownCache = std::make_unique<ContextCache>();
        m_cache = m_ownCache.get();
    }
}

JsonLdExpander::~JsonLdExpander() = default;

JsonLdExpander::Entries JsonLdExpander::entriesOf(const QJsonObject &object)
{
    // Reading a key out of a QJsonObject builds a new QString each time: do it once per entry.
    Entries entries;
    entries.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        entries.append({it.key(), it.value()});
    return entries;
}

Result<QJsonArray> JsonLdExpander::expand(const QJsonValue &document)
{
    ContextProcessor processor(m_options, *m_cache);
    m_processor = &processor;
    struct Reset
    {
        ContextProcessor *&pointer;
        ~Reset() { pointer = nullptr; }
    } reset{m_processor};

    ActiveContextPtr context = processor.initialContext();
    if (!m_options.expandContext.isUndefined() && !m_options.expandContext.isNull()) {
        QJsonValue local = m_options.expandContext;
        if (local.isObject() && local.toObject().contains(kAtContext))
            local = local.toObject().value(kAtContext);
        Result<ActiveContextPtr> processed = processor.process(context, local, context->baseIri);
        if (!processed.ok())
            return processed.error();
        context = std::move(processed).value();
    }
    Result<QJsonValue> expanded = expandElement(context, nullptr, nullptr, document, false, 0);
    if (!expanded.ok())
        return expanded.error();
    QJsonValue value = std::move(expanded).value();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.size() == 1 && object.contains(kAtGraph))
            value = object.value(kAtGraph);
    }
    if (value.isNull() || value.isUndefined())
        return QJsonArray();
    return asArray(value);
}

Result<QJsonValue> JsonLdExpander::expandElement(ActiveContextPtr context, const QString *activeProperty,
                                                 const TermDefinition *propertyDefinition,
                                                 const QJsonValue &element, bool fromMap, int depth)
{
    if (depth > m_options.maxDepth)
        return Error{ErrorCode::TooDeep,
                     QStringLiteral("JSON-LD nested deeper than %1 levels").arg(m_options.maxDepth)};
    if (element.isNull() || element.isUndefined())
        return QJsonValue();
    if (element.isObject())
        return expandObject(std::move(context), activeProperty, propertyDefinition, element.toObject(),
                            fromMap, depth);
    if (element.isArray()) {
        const bool list = propertyDefinition && propertyDefinition->hasContainer(TermDefinition::List);
        QJsonArray out;
        const QJsonArray items = element.toArray();
        for (const QJsonValue &item : items) {
            Result<QJsonValue> expanded =
                expandElement(context, activeProperty, propertyDefinition, item, fromMap, depth + 1);
            if (!expanded.ok())
                return expanded;
            QJsonValue value = std::move(expanded).value();
            if (list && value.isArray())
                value = QJsonObject{{kAtList, value}};
            if (value.isArray()) {
                const QJsonArray values = value.toArray();
                for (const QJsonValue &v : values)
                    out.append(v);
            } else if (!value.isNull() && !value.isUndefined()) {
                out.append(value);
            }
        }
        return QJsonValue(out);
    }
    if (!activeProperty || *activeProperty == kAtGraph) {
        if (m_options.safeMode)
            return dataLoss(QStringLiteral("free-floating scalar dropped: ") +
                            (element.isString() ? element.toString() : QStringLiteral("(non-string value)")));
        return QJsonValue();
    }
    if (propertyDefinition && propertyDefinition->hasContext) {
        const ActiveContextPtr owner = context;
        Result<ActiveContextPtr> scoped =
            m_processor->applyScoped(owner, *propertyDefinition, owner->stable, true, true);
        if (!scoped.ok())
            return scoped.error();
        context = std::move(scoped).value();
        return expandValue(*context, context->term(*activeProperty), element);
    }
    return expandValue(*context, propertyDefinition, element);
}

Result<QJsonValue> JsonLdExpander::expandObject(ActiveContextPtr context, const QString *activeProperty,
                                                const TermDefinition *propertyDefinition,
                                                const QJsonObject &element, bool fromMap, int depth)
{
    const ActiveContextPtr original = context; // keeps propertyDefinition alive
    const Entries entries = entriesOf(element);

    // A type-scoped context does not propagate into new node objects.
    if (context->previousContext && !fromMap) {
        bool keep = false;
        for (const auto &entry : entries) {
            if (ContextProcessor::expandIri(*context, entry.first, false, true) == kAtValue) {
                keep = true;
                break;
            }
        }
        if (!keep && entries.size() == 1 &&
            ContextProcessor::expandIri(*context, entries.front().first, false, true) == kAtId)
            keep = true;
        if (!keep)
            context = context->previousContext;
    }
    if (propertyDefinition && propertyDefinition->hasContext) {
        Result<ActiveContextPtr> scoped =
            m_processor->applyScoped(context, *propertyDefinition, original->stable, true, true);
        if (!scoped.ok())
            return scoped.error();
        context = std::move(scoped).value();
    }
    // The entries are at hand already: finding @context among them is cheaper than asking the object again.
    const auto localContext = std::find_if(entries.cbegin(), entries.cend(),
                                           [](const auto &entry) { return entry.first == kAtContext; });
    if (localContext != entries.cend()) {
        std::optional<QString> base;
        if (!m_options.base.isEmpty())
            base = m_options.base;
        Result<ActiveContextPtr> processed = m_processor->process(context, localContext->second, base);
        if (!processed.ok())
            return processed.error();
        context = std::move(processed).value();
    }
    const ActiveContextPtr typeScoped = context;
    QJsonValue firstTypes(QJsonValue::Undefined);
    for (const auto &[key, typesValue] : entries) {
        if (ContextProcessor::expandIri(*context, key, false, true) != kAtType)
            continue;
        if (firstTypes.isUndefined())
            firstTypes = typesValue;
        QStringList terms;
        if (typesValue.isString()) {
            terms.append(typesValue.toString());
        } else {
            const QJsonArray values = typesValue.toArray();
            for (const QJsonValue &value : values) {
                if (value.isString())
                    terms.append(value.toString());
            }
        }
        terms.sort();
        for (const QString &term : std::as_const(terms)) {
            const TermDefinition *definition = typeScoped->term(term);
            if (!definition || !definition->hasContext)
                continue;
            Result<ActiveContextPtr> scoped =
                m_processor->applyScoped(context, *definition, typeScoped->stable, false, false);
            if (!scoped.ok())
                return scoped.error();
            context = std::move(scoped).value();
        }
    }
    QString inputType;
    if (!firstTypes.isUndefined()) {
        const QJsonValue &types = firstTypes;
        const QJsonValue last = types.isArray() ? types.toArray().last() : types;
        if (last.isString())
            inputType =
                ContextProcessor::expandIri(*context, last.toString(), false, true).value_or(QString());
    }

    NodeBuilder result;
    if (Status expandedEntries =
            expandEntries(context, typeScoped, activeProperty, entries, inputType, result, depth);
        !expandedEntries.ok())
        return expandedEntries.error();

    QJsonValue out;
    if (result.contains(kAtValue)) {
        for (const auto &entry : result.entries) {
            const QString &key = entry.first;
            if (key != kAtDirection && key != kAtIndex && key != kAtLanguage && key != kAtType &&
                key != kAtValue)
                return jsonLdError(QStringLiteral("invalid value object"),
                                   QStringLiteral("value object with entry ") + key);
        }
        if (result.contains(kAtType) && (result.contains(kAtLanguage) || result.contains(kAtDirection)))
            return jsonLdError(QStringLiteral("invalid value object"),
                               QStringLiteral("value object with both @type and @language or @direction"));
        const QJsonValue type = result.value(kAtType);
        if (!(type.isString() && type.toString() == kAtJson)) {
            const QJsonValue value = result.value(kAtValue);
            if (value.isNull() || (value.isArray() && value.toArray().isEmpty())) {
                if (m_options.safeMode)
                    return dataLoss(QStringLiteral("value object with a null @value dropped"));
                return QJsonValue();
            }
            if (!value.isString() && result.contains(kAtLanguage))
                return jsonLdError(QStringLiteral("invalid language-tagged value"),
                                   QStringLiteral("@language on a value that is not a string"));
            if (result.contains(kAtType) && (!type.isString() || !Iri::isAbsolute(type.toString()) ||
                                             !Iri::isWellFormed(type.toString())))
                return jsonLdError(QStringLiteral("invalid typed value"),
                                   QStringLiteral("value @type is not an IRI: ") + type.toString());
        }
        out = result.toObject(*m_cache);
    } else if (result.contains(kAtType)) {
        const QJsonValue type = result.value(kAtType);
        if (!type.isArray())
            result.insert(kAtType, result.typeArray.isEmpty() ? QJsonArray{type} : result.typeArray);
        out = result.toObject(*m_cache);
    } else if (result.contains(kAtSet) || result.contains(kAtList)) {
        if (result.size() > 2 || (result.size() == 2 && !result.contains(kAtIndex)))
            return jsonLdError(QStringLiteral("invalid set or list object"),
                               QStringLiteral("@set or @list with other entries"));
        out = result.contains(kAtSet) ? result.value(kAtSet) : QJsonValue(result.toObject(*m_cache));
    } else {
        out = result.toObject(*m_cache);
    }

    if (out.isObject()) {
        const QJsonObject object = out.toObject();
        if (object.size() == 1 && object.contains(kAtLanguage)) {
            if (m_options.safeMode)
                return dataLoss(QStringLiteral("object with only @language dropped"));
            return QJsonValue();
        }
        if (!activeProperty || *activeProperty == kAtGraph) {
            if (object.isEmpty() || object.contains(kAtValue) || object.contains(kAtList)) {
                if (m_options.safeMode)
                    return dataLoss(object.isEmpty() ? QStringLiteral("free-floating empty object dropped")
                                                     : QStringLiteral("free-floating value or list dropped"));
                return QJsonValue();
            }
            if (object.size() == 1 && object.contains(kAtId)) {
                if (m_options.safeMode)
                    return dataLoss(QStringLiteral("free-floating node with only @id dropped: ") +
                                    object.value(kAtId).toString());
                return QJsonValue();
            }
        }
    }
    return out;
}

Status JsonLdExpander::expandEntries(const ActiveContextPtr &context, const ActiveContextPtr &typeScoped,
                                     const QString *activeProperty, const Entries &entries,
                                     const QString &inputType, NodeBuilder &result, int depth)
{
    const bool v10 = m_processor->processingMode10();
    Entries nests;
    for (const auto &[key, value] : entries) {
        if (key == kAtContext)
            continue;
        // One lookup serves both the key's IRI expansion and its definition (IRI Expansion steps 4 and 5).
        const TermDefinition *definition = key.startsWith(u'@') ? nullptr : context->term(key);
        std::optional<QString> expandedKey;
        if (definition) {
            if (!definition->iri.isNull())
                expandedKey = definition->iri;
        } else {
            expandedKey = ContextProcessor::expandIri(*context, key, false, true);
        }
        const bool keyword = expandedKey && JsonLdKeywords::isKeyword(*expandedKey);
        if (!expandedKey || (!keyword && !expandedKey->contains(u':'))) {
            if (m_options.safeMode)
                return dataLoss(QStringLiteral("undefined term: ") + key);
            continue;
        }
        const QString &property = *expandedKey;
        if (m_options.safeMode && !keyword && !Iri::isAbsolute(property) && !Iri::isBlankNode(property))
            return dataLoss(QStringLiteral("property does not expand to an absolute IRI: ") + key);

        if (keyword) {
            if (activeProperty && *activeProperty == kAtReverse)
                return jsonLdError(QStringLiteral("invalid reverse property map"),
                                   QStringLiteral("keyword ") + property +
                                       QStringLiteral(" inside @reverse"));
            if (result.contains(property) && (v10 || (property != u"@included" && property != kAtType)))
                return jsonLdError(QStringLiteral("colliding keywords"),
                                   QStringLiteral("two entries expand to ") + property);
            QJsonValue expandedValue;
            if (property == kAtId) {
                if (!value.isString())
                    return jsonLdError(QStringLiteral("invalid @id value"),
                                       QStringLiteral("@id must be a string"));
                Result<QString> id = expandIdValue(*context, value.toString());
                if (!id.ok())
                    return id.error();
                // A reserved @id value (keyword form) expands to null, which is kept as such.
                result.insert(kAtId, id.value().isNull() ? QJsonValue() : QJsonValue(id.value()));
                continue;
            } else if (property == kAtType) {
                // Strings are gathered first rather than wrapping a single @type in a QJsonArray; the ones
                // before a non-string are still expanded first, so a relative type keeps reporting before the
                // bad item.
                bool valid = value.isString() || value.isArray();
                QStringList names;
                if (value.isString()) {
                    names.append(value.toString());
                } else if (valid) {
                    const QJsonArray values = value.toArray();
                    for (const QJsonValue &type : values) {
                        if (!type.isString()) {
                            valid = false;
                            break;
                        }
                        names.append(type.toString());
                    }
                }
                QStringList types;
                for (const QString &name : std::as_const(names)) {
                    Result<QString> expanded = expandTypeValue(*typeScoped, name);
                    if (!expanded.ok())
                        return expanded.error();
                    if (!expanded.value().isNull())
                        types.append(expanded.value());
                }
                if (!valid)
                    return jsonLdError(QStringLiteral("invalid type value"),
                                       QStringLiteral("@type must be a string or an array of strings"));
                // One type naming a term: that term's ready [IRI] array, when it holds the same IRI.
                const TermDefinition *single =
                    names.size() == 1 && types.size() == 1 ? typeScoped->term(names.first()) : nullptr;
                if (single && (single->iriArray.isEmpty() || single->iri != types.first()))
                    single = nullptr;
                if (result.contains(kAtType)) {
                    QJsonArray merged = asArray(result.value(kAtType));
                    for (const QString &type : std::as_const(types))
                        merged.append(type);
                    expandedValue = merged;
                    result.typeArray = QJsonArray();
                } else if (value.isString()) {
                    expandedValue = types.isEmpty() ? QJsonValue() : QJsonValue(types.first());
                    if (!types.isEmpty())
                        result.typeArray = single ? single->iriArray : QJsonArray();
                } else {
                    expandedValue = single ? single->iriArray : QJsonArray::fromStringList(types);
                    result.typeArray = QJsonArray();
                }
            } else if (property == kAtGraph) {
                Result<QJsonValue> graph =
                    expandElement(context, &kAtGraph, nullptr, value, false, depth + 1);
                if (!graph.ok())
                    return graph.error();
                expandedValue = asArray(graph.value().isNull() ? QJsonValue(QJsonArray()) : graph.value());
            } else if (property == u"@included") {
                if (v10)
                    continue;
                static const QString kAtIncluded = QStringLiteral("@included");
                Result<QJsonValue> included =
                    expandElement(context, &kAtIncluded, nullptr, value, false, depth + 1);
                if (!included.ok())
                    return included.error();
                QJsonArray items = included.value().isNull() ? QJsonArray() : asArray(included.value());
                for (const QJsonValue &item : std::as_const(items)) {
                    const QJsonObject node = item.toObject();
                    if (!item.isObject() || node.contains(kAtValue) || node.contains(kAtList) ||
                        node.contains(kAtSet))
                        return jsonLdError(QStringLiteral("invalid @included value"),
                                           QStringLiteral("@included must hold node objects"));
                }
                if (result.contains(property)) {
                    QJsonArray merged = result.value(property).toArray();
                    for (const QJsonValue &item : std::as_const(items))
                        merged.append(item);
                    items = merged;
                }
                expandedValue = items;
            } else if (property == kAtValue) {
                if (inputType == kAtJson) {
                    if (v10)
                        return jsonLdError(QStringLiteral("invalid value object value"),
                                           QStringLiteral("@json in json-ld-1.0"));
                    expandedValue = value;
                } else if (value.isObject() || value.isArray()) {
                    return jsonLdError(QStringLiteral("invalid value object value"),
                                       QStringLiteral("@value must be a scalar or null"));
                } else {
                    expandedValue = value;
                }
                if (expandedValue.isNull()) {
                    result.insert(kAtValue, QJsonValue());
                    continue;
                }
            } else if (property == kAtLanguage) {
                if (!value.isString())
                    return jsonLdError(QStringLiteral("invalid language-tagged string"),
                                       QStringLiteral("@language must be a string"));
                if (m_options.safeMode && !isWellFormedLanguage(value.toString()))
                    return dataLoss(QStringLiteral("invalid @language value: ") + value.toString());
                expandedValue = value.toString().toLower();
            } else if (property == kAtDirection) {
                if (v10)
                    continue;
                if (value.toString() != u"ltr" && value.toString() != u"rtl")
                    return jsonLdError(QStringLiteral("invalid base direction"),
                                       QStringLiteral("@direction must be ltr or rtl"));
                expandedValue = value;
            } else if (property == kAtIndex) {
                if (!value.isString())
                    return jsonLdError(QStringLiteral("invalid @index value"),
                                       QStringLiteral("@index must be a string"));
                expandedValue = value;
            } else if (property == kAtList) {
                if (!activeProperty || *activeProperty == kAtGraph) {
                    if (m_options.safeMode)
                        return dataLoss(QStringLiteral("free-floating list dropped"));
                    continue;
                }
                Result<QJsonValue> list = expandElement(
                    context, activeProperty, activeProperty ? context->term(*activeProperty) : nullptr, value,
                    false, depth + 1);
                if (!list.ok())
                    return list.error();
                expandedValue = list.value().isNull() ? QJsonArray() : asArray(list.value());
            } else if (property == kAtSet) {
                Result<QJsonValue> set = expandElement(
                    context, activeProperty, activeProperty ? context->term(*activeProperty) : nullptr, value,
                    false, depth + 1);
                if (!set.ok())
                    return set.error();
                expandedValue = set.value();
            } else if (property == kAtReverse) {
                if (!value.isObject())
                    return jsonLdError(QStringLiteral("invalid @reverse value"),
                                       QStringLiteral("@reverse must be an object"));
                Result<QJsonValue> reversed =
                    expandElement(context, &kAtReverse, nullptr, value, false, depth + 1);
                if (!reversed.ok())
                    return reversed.error();
                const QJsonObject reverseObject = reversed.value().toObject();
                if (const QJsonValue twice = reverseObject.value(kAtReverse); twice.isObject()) {
                    const QJsonObject twiceObject = twice.toObject();
                    for (auto r = twiceObject.constBegin(); r != twiceObject.constEnd(); ++r)
                        result.add(r.key(), r.value());
                }
                QJsonObject reverseMap = result.value(kAtReverse).toObject();
                bool any = false;
                for (auto r = reverseObject.constBegin(); r != reverseObject.constEnd(); ++r) {
                    if (r.key() == kAtReverse)
                        continue;
                    any = true;
                    const QJsonArray items = asArray(r.value());
                    for (const QJsonValue &item : items) {
                        if (isValueOrList(item))
                            return jsonLdError(QStringLiteral("invalid reverse property value"),
                                               QStringLiteral("reverse property with a value or list"));
                        addValue(reverseMap, r.key(), item);
                    }
                }
                if (any)
                    result.insert(kAtReverse, reverseMap);
                continue;
            } else if (property == u"@nest") {
                nests.append({key, value});
                continue;
            } else {
                continue;
            }
            if (!expandedValue.isNull() && !expandedValue.isUndefined())
                result.insert(property, expandedValue);
            continue;
        }

        const quint8 containers = definition ? definition->containers : 0;
        QJsonValue expandedValue;
        if (definition && definition->typeMapping == kAtJson) {
            expandedValue = QJsonObject{{kAtValue, value}, {kAtType, kAtJson}};
        } else if ((containers & TermDefinition::Language) && value.isObject()) {
            QJsonArray values;
            std::optional<QString> direction = context->defaultDirection;
            if (definition->hasDirection) {
                direction.reset();
                if (!definition->direction.isNull())
                    direction = definition->direction;
            }
            const QJsonObject map = value.toObject();
            for (auto entry = map.constBegin(); entry != map.constEnd(); ++entry) {
                const QString language = entry.key();
                const bool none = language == kAtNone ||
                                  ContextProcessor::expandIri(*context, language, false, true) == kAtNone;
                const QJsonArray items = asArray(entry.value());
                for (const QJsonValue &item : items) {
                    if (item.isNull())
                        continue;
                    if (!item.isString())
                        return jsonLdError(QStringLiteral("invalid language map value"),
                                           QStringLiteral("language map values must be strings"));
                    QJsonObject v{{kAtValue, item}};
                    if (!none) {
                        if (m_options.safeMode && !isWellFormedLanguage(language))
                            return dataLoss(QStringLiteral("invalid @language value: ") + language);
                        v.insert(kAtLanguage, language.toLower());
                    }
                    if (direction)
                        v.insert(kAtDirection, *direction);
                    values.append(v);
                }
            }
            expandedValue = values;
        } else if ((containers & (TermDefinition::Index | TermDefinition::Type | TermDefinition::Id)) &&
                   value.isObject()) {
            QJsonArray values;
            const QString indexKey = definition->index.isEmpty() ? kAtIndex : definition->index;
            const QJsonObject map = value.toObject();
            for (auto entry = map.constBegin(); entry != map.constEnd(); ++entry) {
                const QString index = entry.key();
                ActiveContextPtr mapContext = context;
                if (containers & (TermDefinition::Id | TermDefinition::Type)) {
                    if (context->previousContext)
                        mapContext = context->previousContext;
                }
                const TermDefinition *indexDefinition =
                    (containers & TermDefinition::Type) ? mapContext->term(index) : nullptr;
                if (indexDefinition && indexDefinition->hasContext) {
                    const ActiveContextPtr owner = mapContext;
                    Result<ActiveContextPtr> scoped =
                        m_processor->applyScoped(owner, *indexDefinition, owner->stable, false, true);
                    if (!scoped.ok())
                        return scoped.error();
                    mapContext = std::move(scoped).value();
                } else {
                    mapContext = context;
                }
                const QString expandedIndex =
                    ContextProcessor::expandIri(*context, index, false, true).value_or(QString());
                Result<QJsonValue> expandedItems =
                    expandElement(mapContext, &key, mapContext->term(key), QJsonValue(asArray(entry.value())),
                                  true, depth + 1);
                if (!expandedItems.ok())
                    return expandedItems.error();
                const QJsonArray items = asArray(expandedItems.value());
                for (const QJsonValue &itemValue : items) {
                    QJsonValue current = itemValue;
                    if ((containers & TermDefinition::Graph) && !isGraphObject(current))
                        current = QJsonObject{{kAtGraph, asArray(current)}};
                    QJsonObject item = current.toObject();
                    if ((containers & TermDefinition::Index) && indexKey != kAtIndex &&
                        expandedIndex != kAtNone) {
                        Result<QJsonValue> reExpanded = expandValue(*context, context->term(indexKey), index);
                        if (!reExpanded.ok())
                            return reExpanded.error();
                        const QString expandedIndexKey =
                            ContextProcessor::expandIri(*context, indexKey, false, true).value_or(QString());
                        QJsonArray propertyValues{reExpanded.value()};
                        const QJsonArray existing = asArray(item.value(expandedIndexKey));
                        for (const QJsonValue &e : existing)
                            propertyValues.append(e);
                        item.insert(expandedIndexKey, propertyValues);
                        if (item.contains(kAtValue))
                            return jsonLdError(QStringLiteral("invalid value object"),
                                               QStringLiteral("property-valued index on a value object"));
                    } else if ((containers & TermDefinition::Index) && !item.contains(kAtIndex) &&
                               expandedIndex != kAtNone) {
                        item.insert(kAtIndex, index);
                    } else if ((containers & TermDefinition::Id) && !item.contains(kAtId) &&
                               expandedIndex != kAtNone) {
                        Result<QString> id = expandIdValue(*context, index);
                        if (!id.ok())
                            return id.error();
                        item.insert(kAtId, id.value());
                    } else if ((containers & TermDefinition::Type) && expandedIndex != kAtNone) {
                        if (m_options.safeMode && !Iri::isAbsolute(expandedIndex) &&
                            !Iri::isBlankNode(expandedIndex))
                            return dataLoss(QStringLiteral("relative @type reference: ") + index);
                        QJsonArray types{expandedIndex};
                        const QJsonArray existing = asArray(item.value(kAtType));
                        for (const QJsonValue &e : existing)
                            types.append(e);
                        item.insert(kAtType, types);
                    }
                    values.append(item);
                }
            }
            expandedValue = values;
        } else {
            Result<QJsonValue> expanded = expandElement(context, &key, definition, value, false, depth + 1);
            if (!expanded.ok())
                return expanded.error();
            expandedValue = std::move(expanded).value();
        }
        if (expandedValue.isNull() || expandedValue.isUndefined())
            continue;
        if ((containers & TermDefinition::List) &&
            !(expandedValue.isObject() && expandedValue.toObject().contains(kAtList)))
            expandedValue = QJsonObject{{kAtList, asArray(expandedValue)}};
        if ((containers & TermDefinition::Graph) &&
            !(containers & (TermDefinition::Id | TermDefinition::Index))) {
            QJsonArray graphs;
            const QJsonArray items = asArray(expandedValue);
            for (const QJsonValue &item : items)
                graphs.append(QJsonObject{{kAtGraph, asArray(item)}});
            expandedValue = graphs;
        }
        if (definition && definition->reverse) {
            QJsonObject reverseMap = result.value(kAtReverse).toObject();
            const QJsonArray items = asArray(expandedValue);
            for (const QJsonValue &item : items) {
                if (isValueOrList(item))
                    return jsonLdError(QStringLiteral("invalid reverse property value"),
                                       QStringLiteral("reverse property ") + key +
                                           QStringLiteral(" with a value"));
                addValue(reverseMap, property, item);
            }
            result.insert(kAtReverse, reverseMap);
        } else {
            result.add(property, expandedValue);
        }
    }

    for (const auto &[nestKey, nestValue] : std::as_const(nests)) {
        // A nesting term's scoped context applies to the nested properties.
        ActiveContextPtr nestContext = context;
        if (const TermDefinition *definition = context->term(nestKey); definition && definition->hasContext) {
            Result<ActiveContextPtr> scoped =
                m_processor->applyScoped(context, *definition, context->stable, true, true);
            if (!scoped.ok())
                return scoped.error();
            nestContext = std::move(scoped).value();
        }
        const QJsonArray nestedValues = asArray(nestValue);
        for (const QJsonValue &nested : nestedValues) {
            if (!nested.isObject())
                return jsonLdError(QStringLiteral("invalid @nest value"),
                                   QStringLiteral("@nest must hold objects"));
            const Entries nestedEntries = entriesOf(nested.toObject());
            for (const auto &entry : nestedEntries) {
                if (ContextProcessor::expandIri(*nestContext, entry.first, false, true) == kAtValue)
                    return jsonLdError(QStringLiteral("invalid @nest value"),
                                       QStringLiteral("@value inside @nest"));
            }
            if (Status expandedEntries = expandEntries(nestContext, typeScoped, activeProperty, nestedEntries,
                                                       inputType, result, depth + 1);
                !expandedEntries.ok())
                return expandedEntries;
        }
    }
    return {};
}

Result<QJsonValue> JsonLdExpander::expandValue(const ActiveContext &context, const TermDefinition *definition,
                                               const QJsonValue &value) const
{
    if (definition && value.isString()) {
        if (definition->typeMapping == kAtId) {
            Result<QString> id = expandIdValue(context, value.toString());
            if (!id.ok())
                return id.error();
            return QJsonValue(idObject(id.value().isNull() ? QJsonValue() : QJsonValue(id.value())));
        }
        if (definition->typeMapping == u"@vocab") {
            const QString id =
                ContextProcessor::expandIri(context, value.toString(), true, true).value_or(QString());
            if (m_options.safeMode && !Iri::isAbsolute(id) && !Iri::isBlankNode(id))
                return dataLoss(QStringLiteral("relative @id reference: ") + value.toString());
            return QJsonValue(idObject(id));
        }
    }
    if (definition && !definition->typeMapping.isEmpty() && definition->typeMapping != kAtId &&
        definition->typeMapping != u"@vocab" && definition->typeMapping != kAtNone) {
        if (definition->typedValueShape.isEmpty())
            return QJsonValue(valueObject(value, kAtType, definition->typeMapping));
        QJsonObject result = definition->typedValueShape;
        if (value.isUndefined())
            result.insert(kAtValue, value);
        else
            *std::next(result.begin()) = value; // "@value" sorts after "@type": no key search
        return QJsonValue(result);
    }
    if (!value.isString())
        return QJsonValue(valueObject(value));
    std::optional<QString> language = context.defaultLanguage;
    if (definition && definition->hasLanguage) {
        language.reset();
        if (!definition->language.isNull())
            language = definition->language;
    }
    std::optional<QString> direction = context.defaultDirection;
    if (definition && definition->hasDirection) {
        direction.reset();
        if (!definition->direction.isNull())
            direction = definition->direction;
    }
    if (!language && !direction)
        return QJsonValue(valueObject(value));
    if (!direction)
        return QJsonValue(valueObject(value, kAtLanguage, *language));
    QJsonObject result = valueObject(value, kAtDirection, *direction);
    if (language)
        result.insert(kAtLanguage, *language);
    return QJsonValue(result);
}

Result<QString> JsonLdExpander::expandIdValue(const ActiveContext &context, const QString &value) const
{
    const std::optional<QString> id = ContextProcessor::expandIri(context, value, true, false);
    if (!id) {
        if (m_options.safeMode)
            return dataLoss(QStringLiteral("reserved @id value: ") + value);
        return QString();
    }
    if (m_options.safeMode && !Iri::isAbsolute(*id) && !Iri::isBlankNode(*id))
        return dataLoss(QStringLiteral("relative @id reference: ") + value);
    return *id;
}

Result<QString> JsonLdExpander::expandTypeValue(const ActiveContext &context, const QString &value) const
{
    const std::optional<QString> type = ContextProcessor::expandIri(context, value, true, true);
    if (m_options.safeMode &&
        (!type || (!Iri::isAbsolute(*type) && !Iri::isBlankNode(*type) && !JsonLdKeywords::isKeyword(*type))))
        return dataLoss(QStringLiteral("relative @type reference: ") + value);
    return type.value_or(QString());
}

} // namespace pf
