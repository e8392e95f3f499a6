#include "VerificationReport.h"

#include <QJsonArray>

namespace pf {

CheckResult VerificationReport::result() const
{
    bool unknown = false;
    bool proofUnchecked = false;
    for (const Check &c : checks) {
        if (c.result == CheckResult::Invalid)
            return CheckResult::Invalid;
        unknown |= c.result == CheckResult::Unknown;
        proofUnchecked |= c.name == u"proof" && c.result == CheckResult::Unchecked;
    }
    if (unknown)
        return CheckResult::Unknown;
    if (proofUnchecked || check(QStringLiteral("proof")) == nullptr)
        return CheckResult::Unchecked;
    return CheckResult::Valid;
}

ReasonCode VerificationReport::reason() const
{
    const CheckResult overall = result();
    if (overall == CheckResult::Valid)
        return ReasonCode::None;
    if (overall == CheckResult::Unchecked) { // only the proof decides this, not a check that did not apply
        const Check *proof = check(QStringLiteral("proof"));
        return proof ? proof->code : ReasonCode::None;
    }
    for (const Check &c : checks) {

        if (c.result == overall && c.code != ReasonCode::None)
            return c.code;
    }
    for (const Check &c : checks) {
        if ((c.result == CheckResult::Invalid || c.result == CheckResult::Unknown) && c.code != ReasonCode::None)
            return c.code;
    }
    return ReasonCode::None;
}

const Check *VerificationReport::check(const QString &checkName) const
{
    for (const Check &c : checks) {
        if (c.name == checkName)
            return &c;
    }
    return nullptr;
}

QJsonObject VerificationReport::toJson() const
{
    QJsonArray list;
    for (const Check &c : checks)
        list.append(c.toJson());
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("format"), format},
                  {QStringLiteral("credentialId"), credentialId},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("result"), checkResultName(result())},
                  {QStringLiteral("issuerTrusted"), issuerTrusted},
                  {QStringLiteral("verifiedAt"), verifiedAt.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("checks"), list}};
    if (const ReasonCode r = reason(); r != ReasonCode::None && result() != CheckResult::Valid)
        o.insert(QStringLiteral("reason"), reasonCodeName(r));
    return o;
}

} // namespace pf
