#pragma once

#include "Check.h"
#include "VerificationContext.h"

#include <QJsonObject>

#include <functional>

namespace pf {

// Whether the issuer has revoked or suspended the credential, from a status or revocation list in the cache.
class StatusCheck
{
public:
    // Verifies a status list credential's own proof; Valid, or another result with why filled in.
    using ListVerifier = std::function<CheckResult(const QByteArray &list, QString *why)>;

    static Check run(const QJsonObject &derived, const QJsonObject &credential, const VerificationContext &context,
                     const ListVerifier &verifyList);

private:
    static Check statusList(const QJsonObject &entry, const QString &type, const VerificationContext &context,
                            const ListVerifier &verifyList);
    static Check revocationList(const QJsonObject &entry, const QJsonObject &credential, bool ob2,
                                const VerificationContext &context);
};

} // namespace pf
