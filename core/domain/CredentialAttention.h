#pragma once

#include <QDateTime>
#include <QString>

namespace pf {

// A credential the learner should look at, and why: what the Home page lists under "Needs attention".
struct CredentialAttention
{
    // In the order they matter: a revoked badge hides that it also expired.
    enum class Reason {
        Revoked,
        Suspended,
        Expired,
        Failed,          // the latest verification found a problem
        StatusUnknown,   // whether it was revoked could not be checked (no status list offline)
        NotFullyChecked, // another check could not run (a key or issuer document missing offline)
        ExpiringSoon,
        Unverified, // never verified
    };

    qint64 id = 0;
    QString name;
    Reason reason = Reason::Unverified;
    QDateTime validUntil; // for Expired and ExpiringSoon
    QString code;         // the failing check's reason code, for Failed and StatusUnknown
};

} // namespace pf
