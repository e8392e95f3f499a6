#include "ActivityRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace pf {

Result<QList<Activity>> ActivityRepository::recent(int limit) const
{
    // Every branch gives (kind, id, title, detail, at, centi_hours); dates sort with timestamps because both
    // are ISO 8601 text. Members of a record are not activities of their own.
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT * FROM ("
            " SELECT 'evidence' AS kind, id, title, trim(course || ' ' || term) AS detail, created_at AS at, "
            "  0 AS centi_hours"
            "  FROM evidence"
            " UNION ALL SELECT 'credential', id, name, issuer_name, imported_at, 0 FROM credential"
            "  WHERE parent_id IS NULL"
            " UNION ALL SELECT 'log', e.id, p.organisation, e.activities, e.date, e.centi_hours"
            "  FROM log_entry e JOIN placement p ON p.id = e.placement_id"
            " UNION ALL SELECT 'evaluation', v.id, p.organisation, v.evaluator_name, v.date, 0"
            "  FROM evaluation v JOIN placement p ON p.id = v.placement_id"
            ") ORDER BY at DESC, id DESC LIMIT ?"),
        {limit});
    if (!q)
        return q.error();
    QList<Activity> items;
    while (q->next()) {
        Activity a;
        const QString kind = q->value(0).toString();
        a.kind = itemKindFromName(kind).value_or(ItemKind::Evidence);
        a.id = q->value(1).toLongLong();
        a.title = q->value(2).toString();
        a.detail = q->value(3).toString();
        a.centiHours = q->value(5).toInt();
        const QString at = q->value(4).toString();
        a.dateOnly = at.size() == 10;
        a.at = a.dateOnly ? QDateTime(sql::toDate(at), QTime(0, 0), Qt::UTC) : sql::toDateTime(at);
        items << a;
    }
    return items;
}

Result<int> ActivityRepository::centiHoursBetween(const QDate &first, const QDate &last) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ifnull(sum(centi_hours), 0) FROM log_entry WHERE date >= ? AND date <= ?"),
        {sql::fromDate(first), sql::fromDate(last)});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace pf
