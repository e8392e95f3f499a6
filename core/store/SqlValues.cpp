#include "SqlValues.h"

#include "Database.h"

namespace pf::sql {

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromDateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

Status requireRow(const Database &db, const QString &table, const QString &kind, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("%1-%2 does not exist").arg(kind).arg(id)};
    return {};
}

Status requireRows(const Database &db, const QString &table, const QString &kind, const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (Status s = requireRow(db, table, kind, id); !s)
            return s;
    }
    return {};
}

Status replaceLinks(const Database &db, const QString &table, const QString &ownerColumn, qint64 ownerId,
                    const QString &otherColumn, const QList<qint64> &ids)
{
    if (auto r = db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), {ownerId});
        !r)
        return r.error();
    for (qint64 id : ids) {
        auto r = db.exec(QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3) VALUES (?, ?)")
                             .arg(table, ownerColumn, otherColumn),
                         {ownerId, id});
        if (!r)
            return r.error();
    }
    return {};
}

Result<QList<qint64>> links(const Database &db, const QString &table, const QString &ownerColumn,
                            qint64 ownerId, const QString &otherColumn)
{
    auto q = db.exec(
        QStringLiteral("SELECT %3 FROM %1 WHERE %2 = ? ORDER BY %3").arg(table, ownerColumn, otherColumn),
        {ownerId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Status deleteRow(const Database &db, const QString &table, const QString &kind, qint64 id)
{
    auto q = db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("%1-%2 does not exist").arg(kind).arg(id)};
    return {};
}

qint64 count(const Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    const qint64 n = (q && q->next()) ? q->value(0).toLongLong() : 0;
    if (q)
        q->finish();
    return n;
}

} // namespace pf::sql
