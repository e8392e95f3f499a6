#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QVariant>

namespace pf {

class Database;

// Conversions between domain values and their SQL columns, and the link-table helpers all repositories share.
namespace sql {

QVariant fromDate(const QDate &date); // NULL (an invalid QVariant) for a null date, else YYYY-MM-DD
QDate toDate(const QVariant &value);
QVariant fromDateTime(const QDateTime &dt); // UTC, ISO 8601 with milliseconds
QDateTime toDateTime(const QVariant &value);

// NotFound naming "kind-id" unless the row exists in table.
Status requireRow(const Database &db, const QString &table, const QString &kind, qint64 id);
Status requireRows(const Database &db, const QString &table, const QString &kind, const QList<qint64> &ids);

// Makes the rows (ownerColumn = ownerId, otherColumn) in table exactly ids.
Status replaceLinks(const Database &db, const QString &table, const QString &ownerColumn, qint64 ownerId,
                    const QString &otherColumn, const QList<qint64> &ids);
Result<QList<qint64>> links(const Database &db, const QString &table, const QString &ownerColumn,
                            qint64 ownerId, const QString &otherColumn);

// Deletes the row with id from table; NotFound naming "kind-id" when there was none.
Status deleteRow(const Database &db, const QString &table, const QString &kind, qint64 id);

qint64 count(const Database &db, const QString &sql, const QVariantList &values = {});

} // namespace sql
} // namespace pf
