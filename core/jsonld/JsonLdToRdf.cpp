#include "JsonLdToRdf.h"

#include "JsonCanonicalizer.h"

#include <QSet>
#include <array>
#include <cmath>
#include <cstdio>

namespace pf {

namespace {

const QString kRdfType = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
const QString kRdfFirst = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#first");
const QString kRdfRest = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest");
const QString kRdfNil = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil");
const QString kRdfValue = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#value");
const QString kRdfLanguage = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#language");
const QString kRdfDirection = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#direction");
const QString kRdfJson = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON");
const QString kRdfLangString = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");
const QString kXsdString = QStringLiteral("http://www.w3.org/2001/XMLSchema#string");
const QString kXsdBoolean = QStringLiteral("http://www.w3.org/2001/XMLSchema#boolean");
const QString kXsdInteger = QStringLiteral("http://www.w3.org/2001/XMLSchema#integer");
const QString kXsdDouble = QStringLiteral("http://www.w3.org/2001/XMLSchema#double");
const QString kI18n = QStringLiteral("https://www.w3.org/ns/i18n#");

// Below this many literals per property a linear duplicate scan beats hashing.
constexpr qsizetype kLinearScanLimit = 16;

bool isBlank(const QString &id)
{
    return id.size() >= 2 && id[0] == u'_' && id[1] == u':'; // inline: called for every term
}

RdfTerm iri(const QString &value)
{
    return RdfTerm{RdfTerm::Kind::Iri, value, {}, {}};
}

// A node identifier from the node map ("_:b3" or an IRI) as a term.
RdfTerm nodeTerm(const QString &id)
{
    if (isBlank(id))
        return RdfTerm{RdfTerm::Kind::Blank, id.mid(2), {}, {}};
    return iri(id);
}

RdfTerm stringLiteral(const QString &value)
{
    return RdfTerm{RdfTerm::Kind::Literal, value, kXsdString, {}};
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// isWellFormedIri through a small cache per thread: the vocabulary's predicates, types and datatypes recur
// in every credential, and an equality check (a vectorised compare of a shared string) costs far less than
// the character scan. A collision only costs the scan.
bool wellFormedIri(const QString &iri)
{
    struct Entry
    {
        QString iri;
        bool wellFormed = false;
    };
    thread_local std::array<Entry, 256> cache;
    if (iri.isEmpty())
        return false;
    Entry &entry =
        cache[(size_t(iri.size()) * 31u + iri.back().unicode() + size_t(iri[iri.size() / 2].unicode()) * 7u +
               size_t(iri[qMax<qsizetype>(0, iri.size() - 8)].unicode()) * 131u) %
              cache.size()];
    if (entry.iri.size() == iri.size() && entry.iri == iri)
        return entry.wellFormed;
    entry.iri = iri;
    entry.wellFormed = JsonLdToRdf::isWellFormedIri(iri);
    return entry.wellFormed;
}

} // namespace

JsonLdToRdf::JsonLdToRdf(JsonLdOptions options) : m_options(std::move(options)) {}

bool JsonLdToRdf::isWellFormedIri(QStringView iri)
{
    // An absolute IRI: a scheme, then no character RFC 3987 excludes from every IRI, and one '#' at most.
    if (iri.isEmpty() || !isAsciiAlpha(iri.front()))
        return false;
    qsizetype i = 1;
    while (i < iri.size() && (isAsciiAlpha(iri[i]) || isAsciiDigit(iri[i]) || iri[i] == u'+' ||
                              iri[i] == u'-' || iri[i] == u'.'))
        ++i;
    if (i >= iri.size() || iri[i] != u':')
        return false;
    // Per ASCII character: 0 allowed, 1 excluded, 2 the fragment mark.
    static constexpr auto kClass = [] {
        std::array<unsigned char, 128> table{};
        for (int c = 0; c <= 0x20; ++c)
            table[size_t(c)] = 1;
        for (const char c : {'<', '>', '"', '{', '}', '|', '\\', '^', '`'})
            table[size_t(c)] = 1;
        table[0x7F] = 1;
        table[size_t('#')] = 2;
        return table;
    }();
    bool fragment = false;
    const char16_t *p = iri.utf16() + i + 1;
    const char16_t *const end = iri.utf16() + iri.size();
    for (; p != end; ++p) { // IRIs are long and checked often: a plain pointer loop
        const char16_t u = *p;
        if (u < 0x80) {
            if (const unsigned char c = kClass[u]; c != 0) {
                if (c == 1 || fragment)
                    return false; // excluded, or a second '#' (a fragment holds none)
                fragment = true;
            }
        } else if (u <= 0x9F) {
            return false; // C1 controls
        }
    }
    return true;
}

bool JsonLdToRdf::isWellFormedLanguage(QStringView tag)
{
    // BCP 47's well-formedness reduced to its shape: alphabetic primary subtag, then alphanumeric subtags.
    qsizetype start = 0;
    bool first = true;
    while (true) {
        qsizetype end = start;
        while (end < tag.size() && tag[end] != u'-') {
            if (!isAsciiAlpha(tag[end]) && (first || !isAsciiDigit(tag[end])))
                return false;
            ++end;
        }
        if (end == start || end - start > 8)
            return false;
        if (end == tag.size())
            return true;
        start = end + 1;
        first = false;
    }
}

QString JsonLdToRdf::integerLexical(double value)
{
    if (value == 0)
        return QStringLiteral("0"); // also -0
    if (std::fabs(value) < 9.0e15)
        return QString::number(qint64(value));
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.0f", value); // exact below 1e21
    return QString::fromLatin1(buffer);
}

QString JsonLdToRdf::doubleLexical(double value)
{
    // ECMAScript's toExponential(15) with trailing mantissa zeros removed: 16 significant digits, ties
    // rounded away from zero, as jsonld.js and the W3C suite write doubles. printf rounds ties to even,
    // so round here from 41 exact digits instead.
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.40e", std::fabs(value));
    char digits[18];
    digits[0] = buffer[0];
    for (int i = 1; i < 17; ++i)
        digits[i] = buffer[i + 1]; // skip the decimal point
    int exponent = std::atoi(buffer + 43);
    if (digits[16] >= '5') {
        int i = 15;
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i >= 0) {
            ++digits[i];
        } else {
            digits[0] = '1';
            ++exponent;
        }
    }
    int last = 15;
    while (last > 1 && digits[last] == '0')
        --last;
    QString out;
    out.reserve(last + 8);
    if (std::signbit(value) && value != 0)
        out += u'-';
    out += QLatin1Char(digits[0]);
    out += u'.';
    for (int i = 1; i <= last; ++i)
        out += QLatin1Char(digits[i]);
    out += u'E';
    out += QString::number(exponent);
    return out;
}

void JsonLdToRdf::lose(const QString &what)
{
    if (m_options.safeMode && m_lost.isEmpty())
        m_lost = what;
}

void JsonLdToRdf::addTriple(const RdfTerm &subject, const RdfTerm &predicate, RdfTerm object)
{
    m_quads.append(RdfQuad{subject, predicate, std::move(object), m_graph});
}

Result<QList<RdfQuad>> JsonLdToRdf::convert(const QJsonArray &expanded)
{
    if (!m_options.rdfDirection.isEmpty() && m_options.rdfDirection != u"i18n-datatype" &&
        m_options.rdfDirection != u"compound-literal") {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("unknown rdfDirection %1").arg(m_options.rdfDirection)};
    }
    m_issuer = IdentifierIssuer(QStringLiteral("_:b"));
    m_quads.clear();
    m_lost.clear();
    NodeMapGenerator map(m_issuer);
    if (Status s = map.generate(expanded); !s)
        return s.error();
    m_map = &map;
    m_quads.reserve(map.tripleEstimate());

    for (const auto &[graphName, graph] : map.graphs()) {
        if (graphName == u"@default")
            m_graph = RdfTerm{};
        else if (isBlank(graphName) || wellFormedIri(graphName))
            m_graph = nodeTerm(graphName);
        else {
            if (!graph.empty())
                lose(QStringLiteral("a graph named by the relative IRI ") + graphName);
            continue;
        }
        for (const auto &[id, node] : graph) {
            if (!isBlank(id) && !wellFormedIri(id)) {
                if (!node.types.items.isEmpty() || !node.properties.empty())
                    lose(QStringLiteral("a node whose @id is not an absolute IRI: ") + id);
                continue;
            }
            const RdfTerm subject = nodeTerm(id);
            if (!node.types.items.isEmpty()) {
                const RdfTerm predicate = iri(kRdfType);
                for (const NodeMapGenerator::Item &type : node.types.items) {
                    if (isBlank(type.id) || wellFormedIri(type.id))
                        addTriple(subject, predicate, nodeTerm(type.id));
                    else
                        lose(QStringLiteral("a type that is not an absolute IRI: ") + type.id);
                }
            }
            for (const auto &[name, property] : node.properties) {
                if (isBlank(name) ? !m_options.produceGeneralizedRdf : !wellFormedIri(name)) {
                    if (!property.items.isEmpty())
                        lose(QStringLiteral("a property that is not an absolute IRI: ") + name);
                    continue;
                }
                const RdfTerm predicate = nodeTerm(name);
                // Distinct value objects can still make the same literal ("1" typed xsd:integer and 1);
                // a dataset holds it once.
                QList<RdfTerm> literals;
                QSet<QString> literalKeys;
                for (const NodeMapGenerator::Item &item : property.items) {
                    RdfTerm object;
                    if (!objectToRdf(item, object))
                        continue;
                    if (object.kind == RdfTerm::Kind::Literal && property.items.size() > 1) {
                        if (literals.size() < kLinearScanLimit) {
                            if (literals.contains(object))
                                continue;
                            literals.append(object);
                        } else {
                            if (literalKeys.isEmpty()) {
                                for (const RdfTerm &l : std::as_const(literals))
                                    literalKeys.insert(l.value + u'\x1f' + l.datatype + u'\x1f' + l.language);
                            }
                            const QString key =
                                object.value + u'\x1f' + object.datatype + u'\x1f' + object.language;
                            if (literalKeys.contains(key))
                                continue;
                            literalKeys.insert(key);
                        }
                    }
                    addTriple(subject, predicate, std::move(object));
                }
            }
        }
    }
    m_map = nullptr;
    if (!m_lost.isEmpty())
        return Error{ErrorCode::UndefinedTerm, QStringLiteral("safe mode: toRdf would drop ") + m_lost,
                     QStringLiteral("undefined term")};
    return std::move(m_quads);
}

bool JsonLdToRdf::objectToRdf(const NodeMapGenerator::Item &item, RdfTerm &object)
{
    switch (item.kind) {
    case NodeMapGenerator::Item::Kind::Node:
        if (!isBlank(item.id) && !wellFormedIri(item.id)) {
            lose(QStringLiteral("a reference that is not an absolute IRI: ") + item.id);
            return false;
        }
        object = nodeTerm(item.id);
        return true;
    case NodeMapGenerator::Item::Kind::List:
        object = listToRdf(m_map->list(item.list));
        return true;
    case NodeMapGenerator::Item::Kind::Value:
        return valueToRdf(m_map->valueEntries(item.list), object);
    }
    return false;
}

RdfTerm JsonLdToRdf::listToRdf(const QList<NodeMapGenerator::Item> &list)
{
    if (list.isEmpty())
        return iri(kRdfNil);
    // All list nodes are named before any item is converted, as the spec numbers them.
    QList<RdfTerm> nodes;
    nodes.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        nodes.append(nodeTerm(m_issuer.issueNew()));
    const RdfTerm first = iri(kRdfFirst);
    const RdfTerm rest = iri(kRdfRest);
    const RdfTerm nil = iri(kRdfNil);
    for (qsizetype i = 0; i < list.size(); ++i) {
        RdfTerm object;
        if (objectToRdf(list.at(i), object))
            addTriple(nodes.at(i), first, std::move(object));
        addTriple(nodes.at(i), rest, i + 1 < nodes.size() ? nodes.at(i + 1) : nil);
    }
    return nodes.constFirst();
}

bool JsonLdToRdf::valueToRdf(const NodeMapGenerator::ValueEntries &item, RdfTerm &object)
{
    const QJsonValue &value = item.value;
    QString datatype;
    bool json = false;
    if (const QJsonValue &type = item.type; type.isString()) {
        datatype = type.toString();
        json = datatype == u"@json";
        if (!json && !wellFormedIri(datatype)) {
            lose(QStringLiteral("a datatype that is not an absolute IRI: ") + datatype);
            return false;
        }
    } else if (!type.isUndefined() && !type.isNull()) {
        lose(QStringLiteral("a value whose @type is not a string"));
        return false;
    }
    QString language;
    if (const QJsonValue &l = item.language; l.isString()) {
        language = l.toString();
        if (!isWellFormedLanguage(language)) {
            lose(QStringLiteral("a value with the ill-formed language tag ") + language);
            return false;
        }
    }

    QString lexical;
    if (json) {
        lexical = QString::fromUtf8(JsonCanonicalizer::canonicalize(value));
        datatype = kRdfJson;
    } else if (value.isBool()) {
        lexical = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (datatype.isEmpty())
            datatype = kXsdBoolean;
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::fmod(number, 1.0) != 0 || std::fabs(number) >= 1e21 || datatype == kXsdDouble) {
            lexical = doubleLexical(number);
            if (datatype.isEmpty())
                datatype = kXsdDouble;
        } else {
            lexical = integerLexical(number);
            if (datatype.isEmpty())
                datatype = kXsdInteger;
        }
    } else if (value.isString()) {
        lexical = value.toString();
        if (datatype.isEmpty())
            datatype = language.isNull() ? kXsdString : kRdfLangString;
    } else {
        lose(QStringLiteral("a value object without a scalar @value"));
        return false; // not a value object expansion can produce
    }

    const QJsonValue &direction = item.direction;
    if (direction.isString() && m_options.rdfDirection.isEmpty())
        lose(QStringLiteral("a base direction, with no rdfDirection to express it"));
    if (direction.isString() && !m_options.rdfDirection.isEmpty()) {
        const QString lowerLanguage = language.toLower();
        if (m_options.rdfDirection == u"i18n-datatype") {
            object = RdfTerm{
                RdfTerm::Kind::Literal, lexical, kI18n + lowerLanguage + u'_' + direction.toString(), {}};
            return true;
        }
        // compound-literal: a blank node carrying value, language and direction.
        object = nodeTerm(m_issuer.issueNew());
        addTriple(object, iri(kRdfValue), stringLiteral(lexical));
        if (!language.isNull())
            addTriple(object, iri(kRdfLanguage), stringLiteral(lowerLanguage));
        addTriple(object, iri(kRdfDirection), stringLiteral(direction.toString()));
        return true;
    }
    // Language tags are case-insensitive (BCP 47, RDF 1.1 Concepts 3.3) and jsonld.js, which signs most
    // credentials, writes them in lower case: a canonical form with "en-US" would not match its signatures.
    object = RdfTerm{RdfTerm::Kind::Literal, lexical, datatype,
                     datatype == kRdfLangString ? language.toLower() : QString()};
    return true;
}

} // namespace pf
