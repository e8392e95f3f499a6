#include "ContextProcessor.h"

#include "ContextCache.h"
#include "DocumentLoader.h"
#include "Iri.h"
#include "JsonLdKeywords.h"

#include <QJsonArray>

namespace pf {

namespace {

// Term definitions one document may create, counting nested scoped-context validation: against context bombs.
constexpr qint64 kTermBudget = 200000;

Error jsonLdError(const QString &code, const QString &message)
{
    return Error{ErrorCode::InvalidJsonLd, message, code};
}

bool isGenDelim(QChar c)
{
    return c == u':' || c == u'/' || c == u'?' || c == u'#' || c == u'[' || c == u']' || c == u'@';
}

std::optional<quint8> containerFlag(const QString &keyword)
{
    if (keyword == u"@list")
        return TermDefinition::List;
    if (keyword == u"@set")
        return TermDefinition::Set;
    if (keyword == u"@language")
        return TermDefinition::Language;
    if (keyword == u"@index")
        return TermDefinition::Index;
    if (keyword == u"@id")
        return TermDefinition::Id;
    if (keyword == u"@type")
        return TermDefinition::Type;
    if (keyword == u"@graph")
        return TermDefinition::Graph;
    return std::nullopt;
}

bool validContainerCombination(quint8 flags)
{
    if (flags & TermDefinition::List)
        return flags == TermDefinition::List;
    const quint8 rest = flags & ~TermDefinition::Set;
    if (rest == 0 || (rest & (rest - 1)) == 0)
        return true;
    return rest == (TermDefinition::Graph | TermDefinition::Id) ||
           rest == (TermDefinition::Graph | TermDefinition::Index);
}

} // namespace

ContextProcessor::ContextProcessor(const JsonLdOptions &options, ContextCache &cache)
    : m_options(options), m_cache(cache), m_v10(options.processingMode == u"json-ld-1.0")
{
}

ActiveContextPtr ContextProcessor::initialContext() const
{
    std::optional<QString> base;
    if (!m_options.base.isEmpty())
        base = m_options.base;
    // Safe mode rejects contexts that lenient processing accepts, so the two never share cached results.
    return m_cache.initialContext(base, m_options.safeMode
                                            ? m_options.processingMode + QStringLiteral("+safe")
                                            : m_options.processingMode);
}

Error ContextProcessor::undefined(const QString &message) const
{
    return Error{ErrorCode::UndefinedTerm, message, QStringLiteral("undefined term")};
}

Result<ActiveContextPtr> ContextProcessor::process(const ActiveContextPtr &active, const QJsonValue &local,
                                                   const std::optional<QString> &baseUrl,
                                                   bool overrideProtected, bool propagate)
{
    return processInternal(active, local, baseUrl, QStringList(), overrideProtected, propagate, true, 0);
}

Result<ActiveContextPtr> ContextProcessor::applyScoped(const ActiveContextPtr &active,
                                                       const TermDefinition &definition,
                                                       bool definitionStable, bool overrideProtected,
                                                       bool propagate)
{
    const bool cacheable = active->stable && definitionStable;
    const int flags = (overrideProtected ? 1 : 0) | (propagate ? 2 : 0);
    if (cacheable) {
        if (ActiveContextPtr found = m_cache.find(active->id, definition.contextId, flags, QString()))
            return found;
    }
    std::optional<QString> base;
    if (definition.hasBaseUrl)
        base = definition.baseUrl;
    Result<ActiveContextPtr> result = process(active, definition.context, base, overrideProtected, propagate);
    if (cacheable && result.ok())
        m_cache.insert(active->id, definition.contextId, flags, QString(), result.value());
    return result;
}

Result<ActiveContextPtr> ContextProcessor::processInternal(const ActiveContextPtr &active,
                                                           const QJsonValue &local,
                                                           const std::optional<QString> &baseUrl,
                                                           const QStringList &remote, bool overrideProtected,
                                                           bool propagate, bool validateScoped, int depth)
{
    if (depth > m_options.maxDepth)
        return jsonLdError(QStringLiteral("context overflow"), QStringLiteral("contexts nested too deeply"));
    ActiveContextPtr result = active;
    if (local.isObject()) {
        const QJsonValue value = local.toObject().value(u"@propagate");
        if (!value.isUndefined()) {
            if (!value.isBool())
                return jsonLdError(QStringLiteral("invalid @propagate value"),
                                   QStringLiteral("@propagate must be true or false"));
            propagate = value.toBool();
        }
    }
    if (!propagate && !result->previousContext) {
        auto copy = result->clone();
        copy->previousContext = active;
        result = std::move(copy);
    }
    const QJsonArray items = local.isArray() ? local.toArray() : QJsonArray{local};
    for (const QJsonValue &item : items) {
        if (item.isNull()) {
            if (!overrideProtected && result->hasProtectedTerms())
                return jsonLdError(QStringLiteral("invalid context nullification"),
                                   QStringLiteral("a context with protected terms cannot be set to null"));
            auto fresh = std::make_shared<ActiveContext>();
            fresh->baseIri = result->originalBaseUrl;
            fresh->originalBaseUrl = result->originalBaseUrl;
            if (!propagate)
                fresh->previousContext = result->previousContext ? result->previousContext : result;
            result = std::move(fresh);
            continue;
        }
        if (item.isString()) {
            Result<ActiveContextPtr> next =
                processRemote(result, item.toString(), baseUrl, remote, validateScoped, depth);
            if (!next.ok())
                return next.error();
            result = std::move(next).value();
            continue;
        }
        if (!item.isObject())
            return jsonLdError(QStringLiteral("invalid local context"),
                               QStringLiteral("a context must be null, a string or an object"));
        auto copy = result->clone();
        if (Status applied =
                applyDefinition(*copy, item.toObject(), baseUrl, remote, overrideProtected, depth);
            !applied.ok())
            return applied.error();
        result = std::move(copy);
    }
    return result;
}

Result<ActiveContextPtr> ContextProcessor::processRemote(const ActiveContextPtr &active,
                                                         const QString &reference,
                                                         const std::optional<QString> &baseUrl,
                                                         const QStringList &remote, bool validateScoped,
                                                         int depth)
{
    QString url = reference;
    if (baseUrl)
        url = Iri::resolve(*baseUrl, reference);
    if (!Iri::isAbsolute(url))
        return Error{ErrorCode::UnknownContext,
                     QStringLiteral("relative context URL without a base: ") + reference,
                     QStringLiteral("loading remote context failed")};
    if (remote.contains(url)) {
        if (!validateScoped)
            return active;
        return jsonLdError(QStringLiteral("recursive context inclusion"),
                           QStringLiteral("context includes itself: ") + url);
    }
    if (remote.size() >= m_options.maxContextLoads)
        return jsonLdError(QStringLiteral("context overflow"),
                           QStringLiteral("remote contexts nested too deeply at ") + url);
    // Counted before the cache is asked, so the bound does not depend on what earlier documents loaded.
    if (Status counted = countUrl(url); !counted.ok())
        return counted.error();
    const bool cacheable = active->stable;
    if (cacheable) {
        if (ActiveContextPtr found = m_cache.find(active->id, 0, 0, url))
            return found;
    }
    Result<QJsonValue> loaded = dereference(url);
    if (!loaded.ok())
        return loaded.error();
    QStringList nested = remote;
    nested.append(url);
    Result<ActiveContextPtr> result =
        processInternal(active, loaded.value(), url, nested, false, true, validateScoped, depth + 1);
    if (cacheable && validateScoped && result.ok())
        m_cache.insert(active->id, 0, 0, url, result.value());
    return result;
}

Status ContextProcessor::countUrl(const QString &url)
{
    if (m_urls.contains(url))
        return {};
    if (m_urls.size() >= m_options.maxContextLoads)
        return jsonLdError(QStringLiteral("context overflow"),
                           QStringLiteral("too many remote contexts in one document, at ") + url);
    m_urls.append(url);
    return {};
}

Result<QJsonValue> ContextProcessor::dereference(const QString &url)
{
    if (const auto it = m_documents.constFind(url); it != m_documents.cend())
        return it.value();
    if (Status counted = countUrl(url); !counted.ok())
        return counted.error();
    if (std::optional<QJsonValue> cached = m_cache.document(url)) {
        m_documents.insert(url, *cached);
        return *cached;
    }
    if (!m_options.loader)
        return Error{ErrorCode::UnknownContext, QStringLiteral("no document loader for context ") + url,
                     QStringLiteral("loading remote context failed")};
    Result<QJsonValue> document = m_options.loader->load(url);
    if (!document.ok())
        return Error{ErrorCode::UnknownContext,
                     QStringLiteral("cannot load context ") + url + QStringLiteral(": ") +
                         document.error().message,
                     QStringLiteral("loading remote context failed")};
    const QJsonObject object = document.value().toObject();
    if (!document.value().isObject() || !object.contains(u"@context"))
        return jsonLdError(QStringLiteral("invalid remote context"),
                           QStringLiteral("remote document has no @context: ") + url);
    const QJsonValue context = object.value(u"@context");
    m_cache.insertDocument(url, context);
    m_documents.insert(url, context);
    return context;
}

Status ContextProcessor::applyDefinition(ActiveContext &result, QJsonObject context,
                                         const std::optional<QString> &baseUrl, const QStringList &remote,
                                         bool overrideProtected, int depth)
{
    if (const QJsonValue version = context.value(u"@version"); !version.isUndefined()) {
        if (!version.isDouble() || version.toDouble() != 1.1)
            return jsonLdError(QStringLiteral("invalid @version value"),
                               QStringLiteral("@version must be 1.1"));
        if (m_v10)
            return jsonLdError(QStringLiteral("processing mode conflict"),
                               QStringLiteral("@version 1.1 in json-ld-1.0 mode"));
    }
    if (const QJsonValue import = context.value(u"@import"); !import.isUndefined()) {
        if (m_v10)
            return jsonLdError(QStringLiteral("invalid context entry"),
                               QStringLiteral("@import in json-ld-1.0"));
        if (!import.isString())
            return jsonLdError(QStringLiteral("invalid @import value"),
                               QStringLiteral("@import must be a string"));
        const QString url = baseUrl ? Iri::resolve(*baseUrl, import.toString()) : import.toString();
        if (remote.contains(url))
            return jsonLdError(QStringLiteral("recursive context inclusion"),
                               QStringLiteral("context imports itself: ") + url);
        Result<QJsonValue> loaded = dereference(url);
        if (!loaded.ok())
            return loaded.error();
        if (!loaded.value().isObject())
            return jsonLdError(QStringLiteral("invalid remote context"),
                               QStringLiteral("imported context is not an object: ") + url);
        QJsonObject imported = loaded.value().toObject();
        if (imported.contains(u"@import"))
            return jsonLdError(QStringLiteral("invalid context entry"),
                               QStringLiteral("imported context has its own @import: ") + url);
        for (auto it = context.constBegin(); it != context.constEnd(); ++it)
            imported.insert(it.key(), it.value());
        context = imported;
    }
    if (const QJsonValue base = context.value(u"@base"); !base.isUndefined() && remote.isEmpty()) {
        if (base.isNull()) {
            result.baseIri.reset();
        } else if (!base.isString()) {
            return jsonLdError(QStringLiteral("invalid base IRI"), QStringLiteral("@base must be a string"));
        } else if (Iri::isAbsolute(base.toString())) {
            result.baseIri = base.toString();
        } else if (result.baseIri) {
            result.baseIri = Iri::resolve(*result.baseIri, base.toString());
        } else {
            return jsonLdError(QStringLiteral("invalid base IRI"),
                               QStringLiteral("relative @base without a base IRI: ") + base.toString());
        }
    }
    if (const QJsonValue vocab = context.value(u"@vocab"); !vocab.isUndefined()) {
        if (vocab.isNull()) {
            result.vocab.reset();
        } else if (!vocab.isString()) {
            return jsonLdError(QStringLiteral("invalid vocab mapping"),
                               QStringLiteral("@vocab must be a string"));
        } else {
            const QString text = vocab.toString();
            if (m_v10 && !Iri::isAbsolute(text) && !Iri::isBlankNode(text))
                return jsonLdError(QStringLiteral("invalid vocab mapping"),
                                   QStringLiteral("@vocab must be an absolute IRI: ") + text);
            const std::optional<QString> expanded = expandIri(result, text, true, true);
            if (!expanded)
                return jsonLdError(QStringLiteral("invalid vocab mapping"), QStringLiteral("invalid @vocab"));
            if (!Iri::isAbsolute(*expanded) && !Iri::isBlankNode(*expanded) && m_options.safeMode)
                return undefined(QStringLiteral("relative @vocab reference: ") + text);
            result.vocab = *expanded;
        }
    }
    if (const QJsonValue language = context.value(u"@language"); !language.isUndefined()) {
        if (language.isNull())
            result.defaultLanguage.reset();
        else if (language.isString())
            result.defaultLanguage = language.toString().toLower();
        else
            return jsonLdError(QStringLiteral("invalid default language"),
                               QStringLiteral("@language must be a string or null"));
    }
    if (const QJsonValue direction = context.value(u"@direction"); !direction.isUndefined()) {
        if (m_v10)
            return jsonLdError(QStringLiteral("invalid context entry"),
                               QStringLiteral("@direction in json-ld-1.0"));
        if (direction.isNull())
            result.defaultDirection.reset();
        else if (direction.toString() == u"ltr" || direction.toString() == u"rtl")
            result.defaultDirection = direction.toString();
        else
            return jsonLdError(QStringLiteral("invalid base direction"),
                               QStringLiteral("@direction must be ltr, rtl or null"));
    }
    if (context.contains(u"@propagate") && m_v10)
        return jsonLdError(QStringLiteral("invalid context entry"),
                           QStringLiteral("@propagate in json-ld-1.0"));
    bool protectedDefault = false;
    if (const QJsonValue value = context.value(u"@protected"); !value.isUndefined()) {
        if (!value.isBool())
            return jsonLdError(QStringLiteral("invalid @protected value"),
                               QStringLiteral("@protected must be true or false"));
        protectedDefault = value.toBool();
    }
    TermScope scope{context, {}, baseUrl, protectedDefault, overrideProtected, remote, depth};
    for (auto it = context.constBegin(); it != context.constEnd(); ++it) {
        const QString key = it.key();
        if (key == u"@base" || key == u"@direction" || key == u"@import" || key == u"@language" ||
            key == u"@propagate" || key == u"@protected" || key == u"@version" || key == u"@vocab")
            continue;
        if (Status created = createTerm(result, key, scope); !created.ok())
            return created;
    }
    return {};
}

std::optional<QString> ContextProcessor::expandIri(const ActiveContext &context, const QString &value,
                                                   bool documentRelative, bool vocab)
{
    if (value.startsWith(u'@')) {
        if (JsonLdKeywords::isKeyword(value))
            return value;
        if (JsonLdKeywords::hasKeywordForm(value))
            return std::nullopt;
    }
    if (const TermDefinition *definition = context.term(value)) {
        if (definition->iri.startsWith(u'@') && JsonLdKeywords::isKeyword(definition->iri))
            return definition->iri;
        if (vocab) {
            if (definition->iri.isNull())
                return std::nullopt;
            return definition->iri;
        }
    }
    if (const qsizetype colon = value.indexOf(u':', 1); colon > 0) {
        const QStringView prefix = QStringView(value).left(colon);
        const QStringView suffix = QStringView(value).mid(colon + 1);
        if (prefix == u"_" || suffix.startsWith(u"//"))
            return value;
        if (const TermDefinition *definition = context.term(prefix.toString());
            definition && !definition->iri.isNull() && definition->prefix)
            return definition->iri + suffix.toString();
        if (Iri::isAbsolute(value))
            return value;
    }
    if (vocab && context.vocab)
        return *context.vocab + value;
    if (documentRelative && context.baseIri)
        return Iri::resolve(*context.baseIri, value);
    return value;
}

Result<std::optional<QString>>
ContextProcessor::expandIriDefining(ActiveContext &active, const QString &value, bool vocab, TermScope &scope)
{
    if (value.startsWith(u'@') && (JsonLdKeywords::isKeyword(value) || JsonLdKeywords::hasKeywordForm(value)))
        return expandIri(active, value, false, vocab);
    if (scope.local.contains(value) && !scope.defined.value(value, false)) {
        if (Status created = createTerm(active, value, scope); !created.ok())
            return created.error();
    }
    const TermDefinition *definition = active.term(value);
    const bool decided =
        definition &&
        ((definition->iri.startsWith(u'@') && JsonLdKeywords::isKeyword(definition->iri)) || vocab);
    if (!decided) {
        if (const qsizetype colon = value.indexOf(u':', 1); colon > 0) {
            const QString prefix = value.left(colon);
            if (prefix != u"_" && !QStringView(value).mid(colon + 1).startsWith(u"//") &&
                scope.local.contains(prefix) && !scope.defined.value(prefix, false)) {
                if (Status created = createTerm(active, prefix, scope); !created.ok())
                    return created.error();
            }
        }
    }
    return expandIri(active, value, false, vocab);
}

Status ContextProcessor::createTerm(ActiveContext &active, const QString &term, TermScope &scope)
{
    if (const auto it = scope.defined.constFind(term); it != scope.defined.cend()) {
        if (it.value())
            return {};
        return jsonLdError(QStringLiteral("cyclic IRI mapping"),
                           QStringLiteral("cyclic definition of ") + term);
    }
    if (term.isEmpty())
        return jsonLdError(QStringLiteral("invalid term definition"), QStringLiteral("empty term"));
    if (++m_termBudget > kTermBudget)
        return jsonLdError(QStringLiteral("context overflow"), QStringLiteral("too many term definitions"));
    scope.defined.insert(term, false);
    QJsonValue value = scope.local.value(term);

    if (term == u"@type" && !m_v10) {
        const QJsonObject object = value.toObject();
        bool valid = value.isObject() && !object.isEmpty();
        for (auto it = object.constBegin(); valid && it != object.constEnd(); ++it) {
            if (it.key() == u"@container")
                valid = it.value().toString() == u"@set";
            else if (it.key() != u"@protected")
                valid = false;
        }
        if (!valid)
            return jsonLdError(QStringLiteral("keyword redefinition"),
                               QStringLiteral("@type may only be @set"));
    } else if (JsonLdKeywords::isKeyword(term)) {
        return jsonLdError(QStringLiteral("keyword redefinition"), QStringLiteral("cannot redefine ") + term);
    } else if (JsonLdKeywords::hasKeywordForm(term)) {
        if (m_options.safeMode)
            return undefined(QStringLiteral("reserved term: ") + term);
        scope.defined.insert(term, true);
        return {};
    }

    std::optional<TermDefinition> previous;
    if (const auto it = active.terms.constFind(term); it != active.terms.cend()) {
        previous = it.value();
        active.terms.remove(term);
    }

    bool simpleTerm = false;
    QJsonObject object;
    if (value.isNull()) {
        object.insert(QStringLiteral("@id"), QJsonValue());
    } else if (value.isString()) {
        object.insert(QStringLiteral("@id"), value);
        simpleTerm = true;
    } else if (value.isObject()) {
        object = value.toObject();
    } else {
        return jsonLdError(QStringLiteral("invalid term definition"),
                           QStringLiteral("term definition must be a string or an object: ") + term);
    }

    TermDefinition definition;
    definition.isProtected = scope.protectedDefault;

    if (const QJsonValue isProtected = object.value(u"@protected"); !isProtected.isUndefined()) {
        if (m_v10)
            return jsonLdError(QStringLiteral("invalid term definition"),
                               QStringLiteral("@protected in 1.0"));
        if (!isProtected.isBool())
            return jsonLdError(QStringLiteral("invalid @protected value"),
                               QStringLiteral("@protected must be a boolean in ") + term);
        definition.isProtected = isProtected.toBool();
    }

    if (const QJsonValue type = object.value(u"@type"); !type.isUndefined()) {
        if (!type.isString())
            return jsonLdError(QStringLiteral("invalid type mapping"), QStringLiteral("@type of ") + term);
        Result<std::optional<QString>> expanded = expandIriDefining(active, type.toString(), true, scope);
        if (!expanded.ok())
            return expanded.error();
        const QString mapped = expanded.value().value_or(QString());
        if ((mapped == u"@json" || mapped == u"@none") && m_v10)
            return jsonLdError(QStringLiteral("invalid type mapping"), QStringLiteral("@type of ") + term);
        if (mapped != u"@id" && mapped != u"@json" && mapped != u"@none" && mapped != u"@vocab" &&
            !Iri::isAbsolute(mapped))
            return jsonLdError(QStringLiteral("invalid type mapping"),
                               QStringLiteral("@type of ") + term + QStringLiteral(" is not an IRI: ") +
                                   mapped);
        definition.typeMapping = mapped;
    }

    if (const QJsonValue reverse = object.value(u"@reverse"); !reverse.isUndefined()) {
        if (object.contains(u"@id") || object.contains(u"@nest"))
            return jsonLdError(QStringLiteral("invalid reverse property"),
                               QStringLiteral("@reverse with @id or @nest in ") + term);
        if (!reverse.isString())
            return jsonLdError(QStringLiteral("invalid IRI mapping"), QStringLiteral("@reverse of ") + term);
        if (JsonLdKeywords::hasKeywordForm(reverse.toString()) &&
            !JsonLdKeywords::isKeyword(reverse.toString())) {
            if (m_options.safeMode)
                return undefined(QStringLiteral("reserved @reverse value in ") + term);
            scope.defined.insert(term, true);
            return {};
        }
        Result<std::optional<QString>> expanded = expandIriDefining(active, reverse.toString(), true, scope);
        if (!expanded.ok())
            return expanded.error();
        const QString mapped = expanded.value().value_or(QString());
        if (!Iri::isAbsolute(mapped) && !Iri::isBlankNode(mapped))
            return jsonLdError(QStringLiteral("invalid IRI mapping"), QStringLiteral("@reverse of ") + term);
        definition.iri = mapped;
        if (const QJsonValue container = object.value(u"@container"); !container.isUndefined()) {
            if (container.isNull()) {
            } else if (container.toString() == u"@set") {
                definition.containers = TermDefinition::Set;
            } else if (container.toString() == u"@index") {
                definition.containers = TermDefinition::Index;
            } else {
                return jsonLdError(QStringLiteral("invalid reverse property"),
                                   QStringLiteral("reverse container of ") + term);
            }
        }
        definition.reverse = true;
    } else if (const QJsonValue id = object.value(u"@id");
               !id.isUndefined() && !(id.isString() && id.toString() == term)) {
        if (id.isNull()) {
            definition.iri = QString();
        } else {
            if (!id.isString())
                return jsonLdError(QStringLiteral("invalid IRI mapping"), QStringLiteral("@id of ") + term);
            const QString idText = id.toString();
            if (!JsonLdKeywords::isKeyword(idText) && JsonLdKeywords::hasKeywordForm(idText)) {
                if (m_options.safeMode)
                    return undefined(QStringLiteral("reserved @id value in ") + term);
                scope.defined.insert(term, true);
                return {};
            }
            Result<std::optional<QString>> expanded = expandIriDefining(active, idText, true, scope);
            if (!expanded.ok())
                return expanded.error();
            const QString mapped = expanded.value().value_or(QString());
            if (!JsonLdKeywords::isKeyword(mapped) && !Iri::isAbsolute(mapped) && !Iri::isBlankNode(mapped))
                return jsonLdError(QStringLiteral("invalid IRI mapping"),
                                   QStringLiteral("@id of ") + term + QStringLiteral(" is not an IRI"));
            if (mapped == u"@context")
                return jsonLdError(QStringLiteral("invalid keyword alias"),
                                   QStringLiteral("alias of @context"));
            definition.iri = mapped;
            const qsizetype colon = term.indexOf(u':');
            if ((colon > 0 && colon < term.size() - 1) || term.contains(u'/')) {
                scope.defined.insert(term, true);
                Result<std::optional<QString>> self = expandIriDefining(active, term, true, scope);
                if (!self.ok())
                    return self.error();
                if (self.value().value_or(QString()) != mapped)
                    return jsonLdError(QStringLiteral("invalid IRI mapping"),
                                       QStringLiteral("term ") + term +
                                           QStringLiteral(" expands differently"));
            }
            if (!term.contains(u':') && !term.contains(u'/') && simpleTerm &&
                ((!mapped.isEmpty() && isGenDelim(mapped.back())) || Iri::isBlankNode(mapped)))
                definition.prefix = true;
        }
    } else if (const qsizetype colon = term.indexOf(u':', 1); colon > 0) {
        const QString prefix = term.left(colon);
        if (scope.local.contains(prefix)) {
            if (Status created = createTerm(active, prefix, scope); !created.ok())
                return created;
        }
        if (const TermDefinition *prefixDefinition = active.term(prefix))
            definition.iri = prefixDefinition->iri + term.mid(colon + 1);
        else
            definition.iri = term;
    } else if (term.contains(u'/')) {
        const QString mapped = expandIri(active, term, false, true).value_or(QString());
        if (!Iri::isAbsolute(mapped))
            return jsonLdError(QStringLiteral("invalid IRI mapping"),
                               QStringLiteral("relative term ") + term);
        definition.iri = mapped;
    } else if (term == u"@type") {
        definition.iri = QStringLiteral("@type");
    } else if (active.vocab) {
        definition.iri = *active.vocab + term;
    } else {
        if (m_options.safeMode)
            return undefined(QStringLiteral("term ") + term +
                             QStringLiteral(" has no IRI and there is no @vocab"));
        return jsonLdError(QStringLiteral("invalid IRI mapping"),
                           QStringLiteral("term ") + term +
                               QStringLiteral(" has no IRI and there is no @vocab"));
    }

    if (const QJsonValue container = object.value(u"@container"); !container.isUndefined()) {
        const QJsonArray values = container.isArray() ? container.toArray() : QJsonArray{container};
        quint8 flags = 0;
        bool valid = !values.isEmpty();
        for (const QJsonValue &entry : values) {
            const std::optional<quint8> flag = containerFlag(entry.toString());
            if (!flag) {
                valid = false;
                break;
            }
            flags |= *flag;
        }
        if (!valid || !validContainerCombination(flags))
            return jsonLdError(QStringLiteral("invalid container mapping"),
                               QStringLiteral("@container of ") + term);
        if (m_v10 && (!container.isString() ||
                      (flags & (TermDefinition::Graph | TermDefinition::Id | TermDefinition::Type))))
            return jsonLdError(QStringLiteral("invalid container mapping"),
                               QStringLiteral("@container of ") + term);
        definition.containers = flags;
        if (flags & TermDefinition::Type) {
            if (definition.typeMapping.isEmpty())
                definition.typeMapping = QStringLiteral("@id");
            if (definition.typeMapping != u"@id" && definition.typeMapping != u"@vocab")
                return jsonLdError(QStringLiteral("invalid type mapping"),
                                   QStringLiteral("type map of ") + term +
                                       QStringLiteral(" needs @id or @vocab"));
        }
    }

    if (const QJsonValue index = object.value(u"@index"); !index.isUndefined()) {
        if (m_v10 || !definition.hasContainer(TermDefinition::Index) || !index.isString())
            return jsonLdError(QStringLiteral("invalid term definition"),
                               QStringLiteral("@index of ") + term);
        Result<std::optional<QString>> expanded = expandIriDefining(active, index.toString(), true, scope);
        if (!expanded.ok())
            return expanded.error();
        if (!Iri::isAbsolute(expanded.value().value_or(QString())))
            return jsonLdError(QStringLiteral("invalid term definition"),
                               QStringLiteral("@index of ") + term);
        definition.index = index.toString();
    }

    if (const QJsonValue context = object.value(u"@context"); !context.isUndefined()) {
        if (m_v10)
            return jsonLdError(QStringLiteral("invalid term definition"), QStringLiteral("@context in 1.0"));
        // Validate now so errors surface where the context is defined; the result is computed when used.
        auto snapshot = std::make_shared<ActiveContext>(active);
        Result<ActiveContextPtr> validated = processInternal(snapshot, context, scope.baseUrl, scope.remote,
                                                             true, true, false, scope.depth + 1);
        if (!validated.ok()) {
            const Error &error = validated.error();
            if (error.code != ErrorCode::InvalidJsonLd || error.detail == u"context overflow")
                return error;
            return jsonLdError(QStringLiteral("invalid scoped context"),
                               QStringLiteral("scoped context of ") + term + QStringLiteral(": ") +
                                   error.message);
        }
        definition.context = context;
        definition.hasContext = true;
        definition.contextId = ActiveContext::nextId();
        if (scope.baseUrl) {
            definition.hasBaseUrl = true;
            definition.baseUrl = *scope.baseUrl;
        }
    }

    if (!object.contains(u"@type")) {
        if (const QJsonValue language = object.value(u"@language"); !language.isUndefined()) {
            if (!language.isNull() && !language.isString())
                return jsonLdError(QStringLiteral("invalid language mapping"),
                                   QStringLiteral("@language of ") + term);
            definition.hasLanguage = true;
            definition.language = language.isNull() ? QString() : language.toString().toLower();
        }
        if (const QJsonValue direction = object.value(u"@direction"); !direction.isUndefined()) {
            if (!direction.isNull() && direction.toString() != u"ltr" && direction.toString() != u"rtl")
                return jsonLdError(QStringLiteral("invalid base direction"),
                                   QStringLiteral("@direction of ") + term);
            definition.hasDirection = true;
            definition.direction = direction.isNull() ? QString() : direction.toString();
        }
    }

    if (const QJsonValue nest = object.value(u"@nest"); !nest.isUndefined()) {
        if (m_v10)
            return jsonLdError(QStringLiteral("invalid term definition"), QStringLiteral("@nest in 1.0"));
        if (!nest.isString() || (JsonLdKeywords::isKeyword(nest.toString()) && nest.toString() != u"@nest"))
            return jsonLdError(QStringLiteral("invalid @nest value"), QStringLiteral("@nest of ") + term);
        definition.nest = nest.toString();
    }

    if (const QJsonValue prefix = object.value(u"@prefix"); !prefix.isUndefined()) {
        if (m_v10 || term.contains(u':') || term.contains(u'/'))
            return jsonLdError(QStringLiteral("invalid term definition"),
                               QStringLiteral("@prefix of ") + term);
        if (!prefix.isBool())
            return jsonLdError(QStringLiteral("invalid @prefix value"), QStringLiteral("@prefix of ") + term);
        definition.prefix = prefix.toBool();
        if (definition.prefix && JsonLdKeywords::isKeyword(definition.iri))
            return jsonLdError(QStringLiteral("invalid term definition"),
                               QStringLiteral("keyword alias as prefix: ") + term);
    }

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key != u"@id" && key != u"@reverse" && key != u"@container" && key != u"@context" &&
            key != u"@direction" && key != u"@index" && key != u"@language" && key != u"@nest" &&
            key != u"@prefix" && key != u"@protected" && key != u"@type")
            return jsonLdError(QStringLiteral("invalid term definition"),
                               QStringLiteral("unknown entry ") + key + QStringLiteral(" in ") + term);
    }

    if (!scope.overrideProtected && previous && previous->isProtected) {
        if (!definition.sameAs(*previous))
            return jsonLdError(QStringLiteral("protected term redefinition"),
                               QStringLiteral("protected term redefined: ") + term);
        definition = *previous;
    }
    definition.prepare();
    active.terms.insert(term, definition);
    scope.defined.insert(term, true);
    return {};
}

} // namespace pf
