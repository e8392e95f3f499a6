#include "LogEntryController.h"

#include "Format.h"
#include "domain/Validation.h"
#include "store/Store.h"

namespace pf {

LogEntryController::LogEntryController(Store &store, QObject *parent) : FormController(parent), m_store(store)
{
}

QVariantMap LogEntryController::load(qint64 id)
{
    auto item = m_store.logEntries().get(id);
    if (!item) {
        reportFailure(item.error());
        return {};
    }
    const LogEntry &e = *item;
    QVariantList competencyIds;
    for (qint64 c : e.competencyIds)
        competencyIds << c;
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("placementId"), e.placementId},
            {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
            {QStringLiteral("hours"), Format::hoursForEditing(e.centiHours)},
            {QStringLiteral("activities"), e.activities},
            {QStringLiteral("reflection"), e.reflection},
            {QStringLiteral("competencyIds"), competencyIds}};
}

QVariantMap LogEntryController::blank(qint64 placementId) const
{
    QDate date = QDate::currentDate();
    if (auto placement = m_store.placements().get(placementId); placement) {
        const bool after = placement->endDate.isValid() && date > placement->endDate;
        if (date < placement->startDate || after)
            date = after ? placement->endDate : placement->startDate;
    }
    return {{QStringLiteral("id"), 0},
            {QStringLiteral("placementId"), placementId},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("hours"), QString()},
            {QStringLiteral("activities"), QString()},
            {QStringLiteral("reflection"), QString()},
            {QStringLiteral("competencyIds"), QVariantList()}};
}

qint64 LogEntryController::save(const QVariantMap &form)
{
    clearErrors();
    // Editing starts from the stored item, so fields this form does not show are kept.
    LogEntry e;
    if (const qint64 id = form.value(QStringLiteral("id")).toLongLong(); id > 0) {
        auto existing = m_store.logEntries().get(id);
        if (!existing) {
            rejectSave(existing.error());
            return 0;
        }
        e = *existing;
    }
    if (e.id == 0)
        e.placementId = form.value(QStringLiteral("placementId")).toLongLong();
    e.activities = text(form, "activities");
    e.reflection = text(form, "reflection");
    e.competencyIds = ids(form, "competencyIds");
    if (auto date = validation::parseDate(text(form, "date"), QStringLiteral("date")); date)
        e.date = *date;
    else
        addFieldError(QStringLiteral("date"), date.code());
    if (auto hours = validation::parseHours(text(form, "hours")); hours)
        e.centiHours = *hours;
    else
        addFieldError(QStringLiteral("hours"), hours.code());
    if (hasFieldErrors()) {
        rejectFields();
        return 0;
    }

    // Core knows the placement's dates; an entry outside them is reported under the date field.
    const auto fieldOf = [](ErrorCode code) {
        return code == ErrorCode::DateOrder ? QStringLiteral("date") : QString();
    };
    return persist(
        e.id, [&] { return m_store.logEntries().update(e); }, [&] { return m_store.logEntries().create(e); },
        fieldOf);
}

QString LogEntryController::deleteQuestion(qint64 id) const
{
    auto item = m_store.logEntries().get(id);
    if (!item)
        return tr("Delete this log entry?");
    return tr("Delete the log entry of %1 (%2)? This cannot be undone.")
        .arg(Format::date(item->date), Format::hours(item->centiHours));
}

bool LogEntryController::remove(qint64 id)
{
    if (Status s = m_store.logEntries().remove(id); !s) {
        reportFailure(s.error());
        return false;
    }
    emit changed();
    return true;
}

} // namespace pf
