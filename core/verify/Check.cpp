#include "Check.h"

#include <QJsonArray>

namespace pf {

QJsonObject DataSource::toJson() const
{
    QJsonObject o{{QStringLiteral("what"), what}, {QStringLiteral("location"), location}, {QStringLiteral("origin"), origin}};
    if (date.isValid())
        o.insert(QStringLiteral("date"), date.toUTC().toString(Qt::ISODate));
    return o;
}

Check Check::valid(const QString &name, const QString &message, QList<DataSource> sources)
{
    return {name, CheckResult::Valid, ReasonCode::None, message, std::move(sources)};
}

Check Check::invalid(const QString &name, ReasonCode code, const QString &message, QList<DataSource> sources)
{
    return {name, CheckResult::Invalid, code, message, std::move(sources)};
}

Check Check::unknown(const QString &name, ReasonCode code, const QString &message, QList<DataSource> sources)
{
    return {name, CheckResult::Unknown, code, message, std::move(sources)};
}

Check Check::unchecked(const QString &name, const QString &message, ReasonCode code)
{
    return {name, CheckResult::Unchecked, code, message, {}};
}

QJsonObject Check::toJson() const
{
    QJsonArray data;
    for (const DataSource &s : sources)
        data.append(s.toJson());
    QJsonObject o{{QStringLiteral("check"), name},
                  {QStringLiteral("result"), checkResultName(result)},
                  {QStringLiteral("code"), reasonCodeName(code)},
                  {QStringLiteral("message"), message}};
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

} // namespace pf
