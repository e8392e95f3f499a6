#pragma once

#include "Check.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace pf {

// The outcome of verifying one credential, check by check, with the overall result derived from them.
struct VerificationReport
{
    QString file;
    QString format;
    QString credentialId;
    QString name;
    QDateTime verifiedAt; // the moment validity was judged at
    bool issuerTrusted = false;
    bool requireTrust = false;
    QList<Check> checks;

    // invalid if any check is; else unknown if any is; else unchecked if the proof was; else valid.
    CheckResult result() const;
    ReasonCode reason() const; // the first failing check's code
    const Check *check(const QString &name) const;

    QJsonObject toJson() const;
};

} // namespace pf
