#include "ValidityCheck.h"

namespace pf {

namespace {

QString day(const QDateTime &dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

Check ValidityCheck::run(const QJsonObject &derived, const QDateTime &at)
{
    const QString name = QStringLiteral("validity");
    const QDateTime from = QDateTime::fromString(derived.value(QStringLiteral("validFrom")).toString(), Qt::ISODate);
    const QDateTime until = QDateTime::fromString(derived.value(QStringLiteral("validUntil")).toString(), Qt::ISODate);
    if (from.isValid() && until.isValid() && until < from)
        return Check::invalid(name, ReasonCode::Expired, QStringLiteral("it expires (%1) before it was issued (%2)").arg(day(until), day(from)));
    if (from.isValid() && at < from)
        return Check::invalid(name, ReasonCode::NotYetValid, QStringLiteral("not valid before %1").arg(day(from)));
    if (until.isValid() && at > until)
        return Check::invalid(name, ReasonCode::Expired, QStringLiteral("expired on %1").arg(day(until)));
    if (!from.isValid() && !until.isValid())
        return Check::unchecked(name, QStringLiteral("the credential states no validity period"));
    return Check::valid(name, until.isValid() ? QStringLiteral("valid from %1 until %2").arg(day(from), day(until))
                                              : QStringLiteral("valid since %1, with no end").arg(day(from)));
}

} // namespace pf
