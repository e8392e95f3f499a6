#include "DirectRdfConverter.h"

#include "ContextCache.h"
#include "ContextProcessor.h"
#include "Iri.h"
#include "JsonLdKeywords.h"
#include "JsonLdToRdf.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace pf {

namespace {

constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
constexpr std::string_view kXsdBoolean = "http://www.w3.org/2001/XMLSchema#boolean";
constexpr std::string_view kXsdInteger = "http://www.w3.org/2001/XMLSchema#integer";
constexpr std::string_view kXsdDoubleUtf8 = "http://www.w3.org/2001/XMLSchema#double";
const QString kXsdDouble = QStringLiteral("http://www.w3.org/2001/XMLSchema#double");
const QString kAtId = QStringLiteral("@id");
const QString kAtType = QStringLiteral("@type");
const QString kAtVocab = QStringLiteral("@vocab");
const QString kAtNone = QStringLiteral("@none");
const QString kAtJson = QStringLiteral("@json");

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string toUtf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

DirectRdfConverter::DirectRdfConverter(JsonLdOptions options) : m_options(std::move(options))
{
    if (m_options.contextCache) {
        m_cache = m_options.contextCache;
    } else {
        m_ownCache = std::make_unique<ContextCache>();
        m_cache = m_ownCache.get();
    }
}

DirectRdfConverter::~DirectRdfConverter() = default;

void DirectRdfConverter::decline(const char *reason)
{
    m_reason = reason;
    throw Decline{};
}

ActiveContextPtr DirectRdfConverter::keep(Result<ActiveContextPtr> context)
{
    if (!context.ok())
        decline("context processing failed");
    m_contexts.push_back(context.value());
    return std::move(context).value();
}

std::optional<CompactDataset> DirectRdfConverter::convert(const JsonTree &tree, JsonTree::NodeId root)
{
    // Options whose effects this converter does not reproduce.
    if (m_options.processingMode != u"json-ld-1.1" ||
        !(m_options.expandContext.isUndefined() || m_options.expandContext.isNull())) {
        ++m_declined;
        m_reason = "options";
        return std::nullopt;
    }
    if (root == JsonTree::kNone || !tree.isObject(root) || tree.hasDuplicateKeys()) {
        ++m_declined;
        m_reason = tree.hasDuplicateKeys() ? "duplicate member names" : "not an object";
        return std::nullopt;
    }
    ContextProcessor processor(m_options, *m_cache);
    CompactDataset dataset;
    m_tree = &tree;
    m_processor = &processor;
    m_dataset = &dataset;
    m_contexts.clear();
    m_blankNodes.clear();
    static thread_local quint64 generations = 0;
    m_generation = ++generations;
    // Context identities are never reused, so an entry stays right for its context; the bound is for a
    // long-running process that meets many contexts. Only between documents: a conversion holds references
    // into the cache.
    constexpr size_t kMaxContexts = 256;
    if (threadKeys().contexts.size() > kMaxContexts)
        threadKeys().clear();
    m_rdfType = dataset.iri(kRdfType);
    std::optional<CompactDataset> result;
    try {
        ActiveContextPtr context = processor.initialContext();
        m_contexts.push_back(context);
        (void)node(std::move(context), nullptr, root, 0, true);
        result = std::move(dataset);
    } catch (const Decline &) {
        ++m_declined;
    }
    m_tree = nullptr;
    m_processor = nullptr;
    m_dataset = nullptr;
    m_documentKeys.clear();
    m_contexts.clear();
    return result;
}

DirectRdfConverter::KeyCache &DirectRdfConverter::threadKeys()
{
    thread_local KeyCache cache;
    return cache;
}

DirectRdfConverter::ContextKeys &DirectRdfConverter::keysOf(const ActiveContextPtr &context)
{
    // A context of one document's own (an embedded context) dies with it: its names are kept for that
    // document only. The shared ones stay for the thread's later documents.
    KeyCache &cache = context->stable ? threadKeys() : m_documentKeys;
    if (cache.last && cache.lastId == context->id)
        return *cache.last;
    ContextKeys &keys = cache.contexts[context->id];
    if (!keys.context)
        keys.context = context;
    cache.lastId = context->id;
    cache.last = &keys;
    return keys;
}

void DirectRdfConverter::KeyCache::clear()
{
    contexts.clear();
    last = nullptr;
    lastId = 0;
}

const DirectRdfConverter::Key &DirectRdfConverter::resolve(const ActiveContextPtr &context,
                                                           std::string_view name)
{
    ContextKeys &keys = keysOf(context);
    if (const auto found = keys.keys.find(name); found != keys.keys.end())
        return found->second;
    Key key;
    const auto unusable = [&key](const char *why) {
        key.kind = Key::Kind::Unusable;
        key.unusable = why;
    };
    std::optional<QString> iri;
    if (!name.empty() && name.front() == '@') {
        iri = toQString(name); // a keyword, or a name that looks like one: IRI expansion gives either back
    } else {
        const QString term = toQString(name);
        key.definition = context->term(term);
        if (key.definition) {
            if (!key.definition->iri.isNull())
                iri = key.definition->iri;
        } else {
            iri = ContextProcessor::expandIri(*context, term, false, true);
        }
    }
    if (!iri) {
        unusable("undefined term");
    } else if (*iri == u"@context" && name == "@context") {
        key.kind = Key::Kind::Context;
    } else if (*iri == kAtId) {
        key.kind = Key::Kind::Id;
    } else if (*iri == kAtType) {
        key.kind = Key::Kind::Type;
    } else if (*iri == u"@value") {
        key.kind = Key::Kind::Value;
    } else if (iri->startsWith(u'@')) {
        unusable("keyword");
    } else if (!Iri::isAbsolute(*iri) || Iri::isBlankNode(*iri) || !JsonLdToRdf::isWellFormedIri(*iri)) {
        // Safe mode's rule and toRdf's: a property is an absolute, well-formed IRI (a blank node predicate is
        // generalized RDF, which the full algorithms drop or keep as the options say).
        unusable("property IRI");
    } else {
        const TermDefinition *d = key.definition;
        if (d &&
            ((d->containers & ~quint8(TermDefinition::Set)) != 0 || d->reverse || d->typeMapping == kAtJson))
            key.unusable = "container, reverse or @json term";
        key.iri = toUtf8(*iri);
    }
    return keys.keys.emplace(std::string(name), std::move(key)).first->second;
}

DirectRdfConverter::TermId DirectRdfConverter::predicateOf(const Key &key)
{
    if (key.generation != m_generation) {
        key.predicate = m_dataset->iri(key.iri);
        key.generation = m_generation;
    }
    return key.predicate;
}

const DirectRdfConverter::TypeName &DirectRdfConverter::typeName(const ActiveContextPtr &typeScoped,
                                                                 std::string_view name)
{
    ContextKeys &keys = keysOf(typeScoped);
    if (const auto found = keys.types.find(name); found != keys.types.end())
        return found->second;
    TypeName type;
    const QString term = toQString(name);
    type.definition = typeScoped->term(term);
    const std::optional<QString> iri = ContextProcessor::expandIri(*typeScoped, term, true, true);
    type.usable = iri && !JsonLdKeywords::isKeyword(*iri) &&
                  (Iri::isBlankNode(*iri) || (Iri::isAbsolute(*iri) && JsonLdToRdf::isWellFormedIri(*iri)));
    if (type.usable)
        type.iri = toUtf8(*iri);
    return keys.types.emplace(std::string(name), std::move(type)).first->second;
}

DirectRdfConverter::TermId DirectRdfConverter::typeTerm(const ActiveContextPtr &typeScoped,
                                                        std::string_view name)
{
    const TypeName &type = typeName(typeScoped, name);
    if (!type.usable)
        decline("@type IRI");
    // A blank node type is the document's own node.
    if (type.iri.size() >= 2 && type.iri[0] == '_' && type.iri[1] == ':')
        return reference(QString::fromStdString(type.iri));
    return m_dataset->iri(type.iri);
}

DirectRdfConverter::TermId DirectRdfConverter::reference(const QString &id)
{
    if (Iri::isBlankNode(id)) {
        const std::string label = toUtf8(id);
        if (const auto it = m_blankNodes.find(label); it != m_blankNodes.end())
            return it->second;
        const TermId blank = m_dataset->freshBlank();
        m_blankNodes.emplace(label, blank);
        return blank;
    }
    if (!Iri::isAbsolute(id) || !JsonLdToRdf::isWellFormedIri(id))
        decline("relative or ill-formed IRI");
    return m_dataset->iri(toUtf8(id));
}

DirectRdfConverter::TermId DirectRdfConverter::node(ActiveContextPtr context,
                                                    const TermDefinition *propertyDefinition,
                                                    JsonTree::NodeId object, int depth, bool topLevel)
{
    if (depth > m_options.maxDepth - 2)
        decline("depth");
    const JsonTree &t = *m_tree;
    const quint32 size = t.size(object);
    const ActiveContextPtr original = context;

    // Expansion steps 7 to 12, in the same order: revert a type-scoped context, then the property-scoped
    // one, the embedded one, and the type-scoped ones.
    if (context->previousContext) {
        bool keepContext = size == 1 && resolve(context, t.key(t.child(object, 0))).kind == Key::Kind::Id;
        for (quint32 i = 0; i < size && !keepContext; ++i)
            keepContext = resolve(context, t.key(t.child(object, i))).kind == Key::Kind::Value;
        if (!keepContext)
            context = context->previousContext;
    }
    if (propertyDefinition && propertyDefinition->hasContext)
        context = keep(m_processor->applyScoped(context, *propertyDefinition, original->stable, true, true));
    if (const JsonTree::NodeId local = t.member(object, "@context"); local != JsonTree::kNone) {
        std::optional<QString> base;
        if (!m_options.base.isEmpty())
            base = m_options.base;
        context = keep(m_processor->process(context, t.toJson(local), base));
    }
    const ActiveContextPtr typeScoped = context;
    QVarLengthArray<std::string_view, 8> typeNames;
    QVarLengthArray<bool, 32> typeMembers(size);
    for (quint32 i = 0; i < size; ++i) {
        const JsonTree::NodeId member = t.child(object, i);
        typeMembers[i] = resolve(context, t.key(member)).kind == Key::Kind::Type;
        if (!typeMembers[i])
            continue;
        if (t.isString(member)) {
            typeNames.append(t.string(member));
        } else if (t.isArray(member)) {
            for (quint32 k = 0; k < t.size(member); ++k) {
                const JsonTree::NodeId item = t.child(member, k);
                if (!t.isString(item))
                    decline("@type value");
                typeNames.append(t.string(item));
            }
        } else {
            decline("@type value");
        }
    }
    if (!typeNames.isEmpty()) {
        // Type-scoped contexts apply in the order of the type terms (code units, as expansion sorts them).
        QVarLengthArray<std::string_view, 8> sorted = typeNames;
        std::sort(sorted.begin(), sorted.end(),
                  [](std::string_view a, std::string_view b) { return toQString(a) < toQString(b); });
        for (const std::string_view name : std::as_const(sorted)) {
            const TermDefinition *definition = typeName(typeScoped, name).definition;
            if (definition && definition->hasContext)
                context =
                    keep(m_processor->applyScoped(context, *definition, typeScoped->stable, false, false));
        }
    }

    // Every member's meaning in the final context, once.
    QVarLengthArray<const Key *, 32> keys(size);
    TermId subject = CompactDataset::kDefaultGraph; // the node's @id, or a blank node of its own
    int entries = 0;                                // members that leave something in the expanded node
    for (quint32 i = 0; i < size; ++i) {
        const JsonTree::NodeId member = t.child(object, i);
        keys[i] = &resolve(context, t.key(member));
        // A name that meant @type before the type-scoped contexts must mean it after them, and the reverse.
        if ((keys[i]->kind == Key::Kind::Type) != typeMembers[i])
            decline("@type redefined by a type-scoped context");
        if (keys[i]->kind != Key::Kind::Id)
            continue;
        if (subject != CompactDataset::kDefaultGraph || !t.isString(member))
            decline("@id");
        const std::optional<QString> id =
            ContextProcessor::expandIri(*context, toQString(t.string(member)), true, false);
        if (!id)
            decline("reserved @id");
        subject = reference(*id);
        ++entries;
    }
    const bool hasId = subject != CompactDataset::kDefaultGraph;
    if (!hasId)
        subject = m_dataset->freshBlank();

    for (const std::string_view name : std::as_const(typeNames))
        m_dataset->add(subject, m_rdfType, typeTerm(typeScoped, name));

    for (quint32 i = 0; i < size; ++i) {
        const Key &key = *keys[i];
        switch (key.kind) {
        case Key::Kind::Context:
        case Key::Kind::Id:
            break;
        case Key::Kind::Type:
            ++entries;
            break;
        case Key::Kind::Value:
        case Key::Kind::Unusable:
            decline(key.kind == Key::Kind::Value ? "value object" : key.unusable);
        case Key::Kind::Property: {
            if (key.unusable)
                decline(key.unusable);
            const JsonTree::NodeId member = t.child(object, i);
            bool counted = false;
            values(context, t.key(member), key.definition, member, subject, predicateOf(key), depth + 1,
                   &counted);
            entries += counted ? 1 : 0;
            break;
        }
        }
    }
    // What expansion drops at the top (and safe mode reports): an empty node, or one with only an @id.
    if (topLevel && (entries == 0 || (hasId && entries == 1)))
        decline("free-floating node");
    return subject;
}

void DirectRdfConverter::values(const ActiveContextPtr &context, std::string_view name,
                                const TermDefinition *definition, JsonTree::NodeId value, TermId subject,
                                TermId predicate, int depth, bool *counted)
{
    if (depth > m_options.maxDepth - 2)
        decline("depth");
    const JsonTree &t = *m_tree;
    switch (t.type(value)) {
    case JsonTree::Type::Null:
        return;
    case JsonTree::Type::Array:
        *counted = true; // even empty, an array stays in the expanded node
        for (quint32 i = 0; i < t.size(value); ++i) {
            bool unused = false;
            values(context, name, definition, t.child(value, i), subject, predicate, depth + 1, &unused);
        }
        return;
    case JsonTree::Type::Object:
        *counted = true;
        m_dataset->add(subject, predicate, node(context, definition, value, depth, false));
        return;
    default:
        break;
    }
    *counted = true;
    if (definition && definition->hasContext) {
        const ActiveContextPtr scoped =
            keep(m_processor->applyScoped(context, *definition, context->stable, true, true));
        m_dataset->add(subject, predicate, scalar(*scoped, scoped->term(toQString(name)), value));
        return;
    }
    m_dataset->add(subject, predicate, scalar(*context, definition, value));
}

DirectRdfConverter::TermId DirectRdfConverter::numberLiteral(double number, const QString &datatype)
{
    // JSON-LD 1.1 toRdf 8.6: a number with a fraction, or too big for an integer, is an xsd:double.
    const bool isDouble = std::fmod(number, 1.0) != 0 || std::fabs(number) >= 1e21 || datatype == kXsdDouble;
    const std::string lexical =
        toUtf8(isDouble ? JsonLdToRdf::doubleLexical(number) : JsonLdToRdf::integerLexical(number));
    if (!datatype.isEmpty())
        return m_dataset->literal(lexical, toUtf8(datatype));
    return m_dataset->literal(lexical, isDouble ? kXsdDoubleUtf8 : kXsdInteger);
}

DirectRdfConverter::TermId DirectRdfConverter::scalar(const ActiveContext &context,
                                                      const TermDefinition *definition,
                                                      JsonTree::NodeId value)
{
    const JsonTree &t = *m_tree;
    const bool isString = t.isString(value);
    if (definition && definition->typeMapping == kAtJson)
        decline("@json");
    if (definition && isString && definition->typeMapping == kAtId) {
        const std::optional<QString> id =
            ContextProcessor::expandIri(context, toQString(t.string(value)), true, false);
        if (!id)
            decline("reserved @id");
        return reference(*id);
    }
    if (definition && isString && definition->typeMapping == kAtVocab) {
        const std::optional<QString> id =
            ContextProcessor::expandIri(context, toQString(t.string(value)), true, true);
        if (!id || JsonLdKeywords::isKeyword(*id))
            decline("@vocab value");
        return reference(*id);
    }
    if (definition && !definition->typeMapping.isEmpty() && definition->typeMapping != kAtId &&
        definition->typeMapping != kAtVocab && definition->typeMapping != kAtNone) {
        const QString &datatype = definition->typeMapping;
        if (!JsonLdToRdf::isWellFormedIri(datatype))
            decline("datatype IRI");
        switch (t.type(value)) {
        case JsonTree::Type::String:
            return m_dataset->literal(t.string(value), toUtf8(datatype));
        case JsonTree::Type::True:
            return m_dataset->literal("true", toUtf8(datatype));
        case JsonTree::Type::False:
            return m_dataset->literal("false", toUtf8(datatype));
        default:
            return numberLiteral(t.number(value), datatype);
        }
    }
    switch (t.type(value)) {
    case JsonTree::Type::True:
        return m_dataset->literal("true", kXsdBoolean);
    case JsonTree::Type::False:
        return m_dataset->literal("false", kXsdBoolean);
    case JsonTree::Type::Number:
        return numberLiteral(t.number(value), QString());
    default:
        break;
    }
    // A string: plain unless a language or direction applies, which this converter leaves alone.
    const bool language = definition && definition->hasLanguage ? !definition->language.isNull()
                                                                : context.defaultLanguage.has_value();
    const bool direction = definition && definition->hasDirection ? !definition->direction.isNull()
                                                                  : context.defaultDirection.has_value();
    if (language || direction)
        decline("language or direction");
    return m_dataset->literal(t.string(value), {});
}

} // namespace pf
