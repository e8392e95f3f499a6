#include "Validation.h"

#include <QRegularExpression>

namespace pf::validation {

Result<QDate> parseDate(const QString &text, const QString &field)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    if (!shape.match(t).hasMatch())
        return Error{ErrorCode::InvalidDate,
                     QStringLiteral("%1 \"%2\" is not a date of the form YYYY-MM-DD").arg(field, text)};
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid())
        return Error{ErrorCode::InvalidDate,
                     QStringLiteral("%1 \"%2\" is not a day of the calendar").arg(field, text)};
    return date;
}

Status checkCentiHours(int centiHours)
{
    if (centiHours <= 0 || centiHours > 2400)
        return Error{
            ErrorCode::HoursOutOfRange,
            QStringLiteral("hours must be more than 0 and at most 24, not %1").arg(centiHours / 100.0)};
    return {};
}

Result<int> parseHours(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?$"));
    const auto m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return Error{ErrorCode::HoursOutOfRange,
                     QStringLiteral("hours \"%1\" is not a number with at most two decimals").arg(text)};
    QString fraction = m.captured(2);
    fraction = fraction.leftJustified(2, u'0');
    const int centi = m.captured(1).toInt() * 100 + fraction.toInt();
    if (Status s = checkCentiHours(centi); !s)
        return s.error();
    return centi;
}

bool isPlausibleEmail(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return shape.match(text).hasMatch();
}

Status requireText(const QString &value, const QString &field, int maxLength)
{
    if (value.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1 must not be empty").arg(field)};
    if (value.size() > maxLength)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("%1 is longer than %2 characters").arg(field).arg(maxLength)};
    return {};
}

} // namespace pf::validation
