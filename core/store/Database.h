#pragma once

#include "Migration.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <functional>
#include <memory>

class QSqlError;

namespace pf {

// The SQLite database: opened checked and migrated, with queries and transactions that report Errors.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the database at path, refuses a newer or corrupt one, and migrates it.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const QList<Migration> &migrations = schemaMigrations());

    static int latestVersion(const QList<Migration> &migrations = schemaMigrations());

    int schemaVersion() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // Prepares, binds and runs one statement.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;

    // Runs work in one transaction, committed only if work succeeds; nested calls join the outer one.
    Status transaction(const std::function<Status()> &work);

    // The Error for a failed SQLite call, with the disk-full and read-only cases told apart.
    static Error errorFrom(const QSqlError &error, const QString &context);

private:
    Database(QString path, QString connectionName);
    Status migrate(const QList<Migration> &migrations);

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

} // namespace pf
