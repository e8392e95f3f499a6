#include "PlacementRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "domain/Validation.h"

namespace pf {

namespace {

const QString kColumns = QStringLiteral("id, organisation, role, kind, supervisor_name, supervisor_title, "
                                        "supervisor_email, start_date, end_date, location, description");

Placement fromRow(const QSqlQuery &q)
{
    Placement p;
    p.id = q.value(0).toLongLong();
    p.organisation = q.value(1).toString();
    p.role = q.value(2).toString();
    Placement::kindFromName(q.value(3).toString(), &p.kind);
    p.supervisorName = q.value(4).toString();
    p.supervisorTitle = q.value(5).toString();
    p.supervisorEmail = q.value(6).toString();
    p.startDate = sql::toDate(q.value(7));
    p.endDate = sql::toDate(q.value(8));
    p.location = q.value(9).toString();
    p.description = q.value(10).toString();
    return p;
}

QVariantList values(const Placement &p)
{
    return {p.organisation.trimmed(),
            p.role.trimmed(),
            Placement::kindName(p.kind),
            p.supervisorName,
            p.supervisorTitle,
            p.supervisorEmail.trimmed(),
            sql::fromDate(p.startDate),
            sql::fromDate(p.endDate),
            p.location,
            p.description};
}

} // namespace

Status PlacementRepository::validate(const Placement &item) const
{
    if (Status s = validation::requireText(item.organisation, QStringLiteral("organisation")); !s)
        return s;
    if (Status s = validation::requireText(item.role, QStringLiteral("role")); !s)
        return s;
    if (!item.startDate.isValid())
        return Error{ErrorCode::InvalidDate, QStringLiteral("a placement needs a valid start date")};
    if (item.endDate.isValid() && item.endDate < item.startDate) {
        return Error{ErrorCode::DateOrder,
                     QStringLiteral("the end date %1 is before the start date %2")
                         .arg(item.endDate.toString(Qt::ISODate), item.startDate.toString(Qt::ISODate))};
    }
    if (!item.supervisorEmail.trimmed().isEmpty() &&
        !validation::isPlausibleEmail(item.supervisorEmail.trimmed()))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not an e-mail address").arg(item.supervisorEmail)};
    return {};
}

Status PlacementRepository::index(qint64 id, const Placement &item)
{
    return m_search.update({ItemKind::Placement, id}, {{QStringLiteral("organisation"), item.organisation},
                                                       {QStringLiteral("role"), item.role},
                                                       {QStringLiteral("supervisor"), item.supervisorName},
                                                       {QStringLiteral("location"), item.location},
                                                       {QStringLiteral("description"), item.description}});
}

Result<qint64> PlacementRepository::create(const Placement &item)
{
    if (Status s = validate(item); !s)
        return s.error();
    qint64 id = 0;
    Status saved = m_db.transaction([&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO placement (organisation, role, kind, supervisor_name, "
                                     "supervisor_title, supervisor_email, start_date, end_date, location, "
                                     "description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      values(item));
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return index(id, item);
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<Placement> PlacementRepository::get(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM placement WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("placement-%1 does not exist").arg(id)};
    return fromRow(*q);
}

Result<QList<Placement>> PlacementRepository::list() const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM placement ORDER BY start_date DESC, id DESC").arg(kColumns));
    if (!q)
        return q.error();
    QList<Placement> items;
    while (q->next())
        items << fromRow(*q);
    return items;
}

qint64 PlacementRepository::count() const
{
    return sql::count(m_db, QStringLiteral("SELECT count(*) FROM placement"));
}

Status PlacementRepository::update(const Placement &item)
{
    if (Status s = validate(item); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        if (Status s =
                sql::requireRow(m_db, QStringLiteral("placement"), QStringLiteral("placement"), item.id);
            !s)
            return s;
        auto outside =
            m_db.exec(QStringLiteral("SELECT id, date FROM log_entry WHERE placement_id = ? AND "
                                     "(date < ? OR (? IS NOT NULL AND date > ?)) ORDER BY date LIMIT 1"),
                      {item.id, sql::fromDate(item.startDate), sql::fromDate(item.endDate),
                       sql::fromDate(item.endDate)});
        if (!outside)
            return outside.error();
        if (outside->next()) {
            return Error{ErrorCode::DateOrder,
                         QStringLiteral("log-%1 on %2 would fall outside the placement's new dates")
                             .arg(outside->value(0).toLongLong())
                             .arg(outside->value(1).toString())};
        }
        QVariantList v = values(item);
        v << item.id;
        auto q = m_db.exec(
            QStringLiteral("UPDATE placement SET organisation = ?, role = ?, kind = ?, supervisor_name = ?, "
                           "supervisor_title = ?, supervisor_email = ?, start_date = ?, end_date = ?, "
                           "location = ?, description = ? WHERE id = ?"),
            v);
        if (!q)
            return q.error();
        return index(item.id, item);
    });
}

Status PlacementRepository::remove(qint64 id, bool withEntries)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = sql::requireRow(m_db, QStringLiteral("placement"), QStringLiteral("placement"), id);
            !s)
            return s;
        const qint64 entries =
            sql::count(m_db, QStringLiteral("SELECT count(*) FROM log_entry WHERE placement_id = ?"), {id});
        const qint64 evaluations =
            sql::count(m_db, QStringLiteral("SELECT count(*) FROM evaluation WHERE placement_id = ?"), {id});
        if ((entries > 0 || evaluations > 0) && !withEntries) {
            return Error{ErrorCode::InUse,
                         QStringLiteral("placement-%1 has %2 log entries and %3 evaluations; "
                                        "delete them with it or first")
                             .arg(id)
                             .arg(entries)
                             .arg(evaluations)};
        }
        // The search rows of the entries go too; the rows themselves cascade.
        for (const auto &[table, kind] : {std::pair{QStringLiteral("log_entry"), ItemKind::LogEntry},
                                          std::pair{QStringLiteral("evaluation"), ItemKind::Evaluation}}) {
            auto r = m_db.exec(QStringLiteral("SELECT id FROM %1 WHERE placement_id = ?").arg(table), {id});
            if (!r)
                return r.error();
            QList<qint64> ids;
            while (r->next())
                ids << r->value(0).toLongLong();
            r->finish();
            for (qint64 entry : ids) {
                if (Status s = m_search.remove({kind, entry}); !s)
                    return s;
            }
        }

        if (auto q = m_db.exec(QStringLiteral("DELETE FROM placement WHERE id = ?"), {id}); !q)
            return q.error();
        return m_search.remove({ItemKind::Placement, id});
    });
}

Result<int> PlacementRepository::totalCentiHours(qint64 placementId) const
{
    if (Status s =
            sql::requireRow(m_db, QStringLiteral("placement"), QStringLiteral("placement"), placementId);
        !s)
        return s.error();
    return int(sql::count(
        m_db, QStringLiteral("SELECT ifnull(sum(centi_hours), 0) FROM log_entry WHERE placement_id = ?"),
        {placementId}));
}

Result<QList<WeeklyHours>> PlacementRepository::weeklyHours(qint64 placementId) const
{
    // date(d, 'weekday 0', '-6 days') is the Monday of d's ISO week.
    auto q = m_db.exec(
        QStringLiteral("SELECT date(date, 'weekday 0', '-6 days') AS week, sum(centi_hours) FROM log_entry "
                       "WHERE placement_id = ? GROUP BY week ORDER BY week"),
        {placementId});
    if (!q)
        return q.error();
    QList<WeeklyHours> weeks;
    while (q->next())
        weeks << WeeklyHours{sql::toDate(q->value(0)), q->value(1).toInt()};
    return weeks;
}

Result<QList<CompetencyHours>> PlacementRepository::competencyHours(qint64 placementId) const
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT c.id, c.title, sum(l.centi_hours) FROM log_entry_competency lc "
            "JOIN log_entry l ON l.id = lc.log_entry_id JOIN competency c ON c.id = lc.competency_id "
            "WHERE ? = 0 OR l.placement_id = ? GROUP BY c.id ORDER BY sum(l.centi_hours) DESC, c.title"),
        {placementId, placementId});
    if (!q)
        return q.error();
    QList<CompetencyHours> rows;
    while (q->next())
        rows << CompetencyHours{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt()};
    return rows;
}

} // namespace pf
