#pragma once

#include "ActiveContext.h"
#include "JsonLdOptions.h"
#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace pf {

class ContextCache;

// JSON-LD 1.1 Context Processing, Create Term Definition and IRI Expansion, for one document at a time.
// Remote contexts come from the options' DocumentLoader; processed results go through the ContextCache.
class ContextProcessor
{
public:
    ContextProcessor(const JsonLdOptions &options, ContextCache &cache);

    ActiveContextPtr initialContext() const;

    // Context Processing (JSON-LD 1.1 API, 4.1.2) of local against active.
    Result<ActiveContextPtr> process(const ActiveContextPtr &active, const QJsonValue &local,
                                     const std::optional<QString> &baseUrl, bool overrideProtected = false,
                                     bool propagate = true);

    // Applies definition's scoped context to active; cached when both come from cached contexts.
    Result<ActiveContextPtr> applyScoped(const ActiveContextPtr &active, const TermDefinition &definition,
                                         bool definitionStable, bool overrideProtected, bool propagate);

    // IRI Expansion (4.2) outside context processing; nullopt is the null result.
    static std::optional<QString> expandIri(const ActiveContext &context, const QString &value,
                                            bool documentRelative, bool vocab);

    bool processingMode10() const { return m_v10; }

private:
    // What Create Term Definition needs besides the active context, shared by one context definition.
    struct TermScope
    {
        const QJsonObject &local;
        QHash<QString, bool> defined;
        std::optional<QString> baseUrl;
        bool protectedDefault;
        bool overrideProtected;
        QStringList remote;
        int depth;
    };

    Result<ActiveContextPtr> processInternal(const ActiveContextPtr &active, const QJsonValue &local,
                                             const std::optional<QString> &baseUrl, const QStringList &remote,
                                             bool overrideProtected, bool propagate, bool validateScoped,
                                             int depth);
    Result<ActiveContextPtr> processRemote(const ActiveContextPtr &active, const QString &reference,
                                           const std::optional<QString> &baseUrl, const QStringList &remote,
                                           bool validateScoped, int depth);
    Status applyDefinition(ActiveContext &result, QJsonObject context, const std::optional<QString> &baseUrl,
                           const QStringList &remote, bool overrideProtected, int depth);
    Status countUrl(const QString &url);
    Result<QJsonValue> dereference(const QString &url);
    Status createTerm(ActiveContext &active, const QString &term, TermScope &scope);
    Result<std::optional<QString>> expandIriDefining(ActiveContext &active, const QString &value, bool vocab,
                                                     TermScope &scope);
    Error undefined(const QString &message) const;

    const JsonLdOptions &m_options;
    ContextCache &m_cache;
    bool m_v10 = false;
    // Remote contexts this document asked for: at most maxContextLoads, so a list beats a hash set, which
    // costs an allocation per document.
    QStringList m_urls;
    QHash<QString, QJsonValue> m_documents; // their @context values
    qint64 m_termBudget = 0;
};

} // namespace pf
