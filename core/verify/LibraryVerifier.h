#pragma once

#include "VerificationReport.h"
#include "common/Result.h"
#include "verify/VerificationContext.h"

#include <QList>

#include <atomic>
#include <functional>

namespace pf {

class Store;

// Verifies the credentials kept in a store against its offline cache, trust list and the learner's
// identifiers, and keeps each report in the credential's history.
class LibraryVerifier
{
public:
    using Progress = std::function<void(int done, int total)>;

    explicit LibraryVerifier(Store &store) : m_store(store) {}

    // The context a store offers: its cache, its trust list, the learner's identifiers plus extra ones.
    VerificationContext context(const QDateTime &at = QDateTime::currentDateTimeUtc(), const QStringList &extraRecipients = {},
                                bool requireTrust = false) const;

    // Verifies one stored credential and records the report in its history.
    Result<VerificationReport> verifyStored(qint64 credentialId, const VerificationContext &context);
    // Every stored credential, newest first, until cancelled; returns how many were verified.
    int verifyAll(const VerificationContext &context, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    Store &m_store;
};

} // namespace pf
