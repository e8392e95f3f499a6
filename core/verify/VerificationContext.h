#pragma once

#include "store/CachedDocument.h"

#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace pf {

// Everything verification may consult, and the moment validity is judged at; nothing else, and no network.
struct VerificationContext
{
    using Lookup = std::function<std::optional<CachedDocument>(const QString &url)>;

    QDateTime at = QDateTime::currentDateTimeUtc();
    Lookup lookup;                         // the offline cache (and bundled documents)
    std::function<bool(const QString &issuerId)> isTrusted;
    QStringList recipientIdentifiers;      // the learner's e-mails, DIDs, ids, or --recipient values
    bool requireTrust = false;
    const std::atomic_bool *cancel = nullptr;
};

} // namespace pf
