#pragma once

#include "jsonld/ContextCache.h"
#include "store/CachedDocument.h"

#include <QDateTime>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace pf {

// Everything verification may consult, and the moment validity is judged at; nothing else, and no network.
struct VerificationContext
{
    using Lookup = std::function<std::optional<CachedDocument>(const QString &url)>;

    QDateTime at = QDateTime::currentDateTimeUtc();
    Lookup lookup; // the offline cache (and bundled documents)
    std::function<bool(const QString &issuerId)> isTrusted;
    QStringList recipientIdentifiers; // the learner's e-mails, DIDs, ids, or --recipient values
    bool requireTrust = false;
    const std::atomic_bool *cancel = nullptr;
    // JSON-LD contexts processed once and reused for every credential verified with this context (and its
    // copies); a new context starts cold, so a changed offline cache is read afresh.
    std::shared_ptr<ContextCache> jsonLdContexts = std::make_shared<ContextCache>();
};

} // namespace pf
