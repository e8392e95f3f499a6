#include "LogEntryRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "domain/Validation.h"

namespace pf {

namespace {

LogEntry fromRow(const QSqlQuery &q)
{
    LogEntry e;
    e.id = q.value(0).toLongLong();
    e.placementId = q.value(1).toLongLong();
    e.date = sql::toDate(q.value(2));
    e.centiHours = q.value(3).toInt();
    e.activities = q.value(4).toString();
    e.reflection = q.value(5).toString();
    return e;
}

const QString kSelect =
    QStringLiteral("SELECT id, placement_id, date, centi_hours, activities, reflection FROM log_entry");

} // namespace

Status LogEntryRepository::validate(const LogEntry &item) const
{
    if (!item.date.isValid())
        return Error{ErrorCode::InvalidDate, QStringLiteral("a log entry needs a valid date")};
    if (Status s = validation::checkCentiHours(item.centiHours); !s)
        return s;
    auto placement = m_db.exec(QStringLiteral("SELECT start_date, end_date FROM placement WHERE id = ?"),
                               {item.placementId});
    if (!placement)
        return placement.error();
    if (!placement->next())
        return Error{ErrorCode::NotFound,
                     QStringLiteral("placement-%1 does not exist").arg(item.placementId)};
    const QDate start = sql::toDate(placement->value(0));
    const QDate end = sql::toDate(placement->value(1));
    if (item.date < start || (end.isValid() && item.date > end)) {
        return Error{ErrorCode::DateOrder,
                     QStringLiteral("%1 is outside placement-%2, which runs from %3 to %4")
                         .arg(item.date.toString(Qt::ISODate))
                         .arg(item.placementId)
                         .arg(start.toString(Qt::ISODate),
                              end.isValid() ? end.toString(Qt::ISODate) : QStringLiteral("today"))};
    }
    return sql::requireRows(m_db, QStringLiteral("competency"), QStringLiteral("competency"),
                            item.competencyIds);
}

Status LogEntryRepository::writeDetails(qint64 id, const LogEntry &item)
{
    if (Status s =
            sql::replaceLinks(m_db, QStringLiteral("log_entry_competency"), QStringLiteral("log_entry_id"),
                              id, QStringLiteral("competency_id"), item.competencyIds);
        !s)
        return s;
    return m_search.update({ItemKind::LogEntry, id}, {{QStringLiteral("activities"), item.activities},
                                                      {QStringLiteral("reflection"), item.reflection}});
}

Result<qint64> LogEntryRepository::create(const LogEntry &item)
{
    qint64 id = 0;
    Status saved = m_db.transaction([&]() -> Status {
        if (Status s = validate(item); !s)
            return s;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO log_entry (placement_id, date, centi_hours, activities, reflection) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {item.placementId, sql::fromDate(item.date), item.centiHours, item.activities, item.reflection});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return writeDetails(id, item);
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<LogEntry> LogEntryRepository::get(qint64 id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("log-%1 does not exist").arg(id)};
    LogEntry e = fromRow(*q);
    auto competencies = sql::links(m_db, QStringLiteral("log_entry_competency"),
                                   QStringLiteral("log_entry_id"), id, QStringLiteral("competency_id"));
    if (!competencies)
        return competencies.error();
    e.competencyIds = *competencies;
    return e;
}

Result<QList<LogEntry>> LogEntryRepository::listForPlacement(qint64 placementId) const
{
    if (Status s =
            sql::requireRow(m_db, QStringLiteral("placement"), QStringLiteral("placement"), placementId);
        !s)
        return s.error();
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE placement_id = ? ORDER BY date, id"), {placementId});
    if (!q)
        return q.error();
    QList<LogEntry> items;
    while (q->next())
        items << fromRow(*q);
    q->finish();
    for (LogEntry &e : items) {
        auto competencies = sql::links(m_db, QStringLiteral("log_entry_competency"),
                                       QStringLiteral("log_entry_id"), e.id, QStringLiteral("competency_id"));
        if (!competencies)
            return competencies.error();
        e.competencyIds = *competencies;
    }
    return items;
}

qint64 LogEntryRepository::count() const
{
    return sql::count(m_db, QStringLiteral("SELECT count(*) FROM log_entry"));
}

Status LogEntryRepository::update(const LogEntry &item)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = sql::requireRow(m_db, QStringLiteral("log_entry"), QStringLiteral("log"), item.id); !s)
            return s;
        if (Status s = validate(item); !s)
            return s;
        auto q =
            m_db.exec(QStringLiteral(
                          "UPDATE log_entry SET placement_id = ?, date = ?, centi_hours = ?, activities = ?, "
                          "reflection = ? WHERE id = ?"),
                      {item.placementId, sql::fromDate(item.date), item.centiHours, item.activities,
                       item.reflection, item.id});
        if (!q)
            return q.error();
        return writeDetails(item.id, item);
    });
}

Status LogEntryRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = sql::deleteRow(m_db, QStringLiteral("log_entry"), QStringLiteral("log"), id); !s)
            return s;
        return m_search.remove({ItemKind::LogEntry, id});
    });
}

} // namespace pf
