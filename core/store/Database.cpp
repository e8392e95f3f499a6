#include "Database.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>

namespace pf {

Q_LOGGING_CATEGORY(lcDatabase, "pathfolio.store.database")

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("pathfolio-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's primary result codes (the low byte of an extended code).
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::errorFrom(const QSqlError &error, const QString &context)
{
    const int native = error.nativeErrorCode().toInt() & 0xff;
    const QString text = context + QStringLiteral(": ") + error.text();
    switch (native) {
    case kSqliteFull:
        return {ErrorCode::DiskFull, text};
    case kSqliteReadOnly:
        return {ErrorCode::ReadOnly, text};
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return {ErrorCode::StoreCorrupt, text};
    case kSqliteIoErr:
    case kSqliteCantOpen:
        return {ErrorCode::Io, text};
    default:
        return {ErrorCode::Database, text};
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QList<Migration> &migrations)
{
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            Error e = errorFrom(db.lastError(), QStringLiteral("cannot open %1").arg(path));
            if (e.code == ErrorCode::Database || e.code == ErrorCode::Io)
                e.code = QFileInfo(QFileInfo(path).absolutePath()).isWritable() ? ErrorCode::Io
                                                                                : ErrorCode::ReadOnly;
            return e;
        }
    }

    // Read the version before anything writes: a newer database must be left exactly as it was.
    auto version = database->exec(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    const int current = version->next() ? version->value(0).toInt() : 0;
    version->finish(); // an unfinished SELECT keeps a read transaction open
    const int latest = latestVersion(migrations);
    if (current > latest) {
        return Error{ErrorCode::StoreTooNew,
                     QStringLiteral("%1 has schema version %2, newer than this Pathfolio understands (%3); "
                                    "it was left untouched")
                         .arg(path)
                         .arg(current)
                         .arg(latest)};
    }

    // quick_check finds damaged pages and records as integrity_check does, in a third of the time (0.1 s
    // for 50,000 items), skipping only the cross-check of index contents, which SQLite reports on use.
    auto integrity = database->exec(QStringLiteral("PRAGMA quick_check"));
    if (!integrity)
        return Error{ErrorCode::StoreCorrupt, integrity.error().message};
    QStringList problems;
    while (integrity->next())
        problems << integrity->value(0).toString();
    integrity->finish();
    if (problems != QStringList{QStringLiteral("ok")}) {
        return Error{ErrorCode::StoreCorrupt, QStringLiteral("%1 fails its integrity check: %2")
                                                  .arg(path, problems.mid(0, 5).join(QStringLiteral("; ")))};
    }

    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL"}) {
        if (auto r = database->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }

    if (Status migrated = database->migrate(migrations); !migrated)
        return migrated.error();
    return database;
}

int Database::latestVersion(const QList<Migration> &migrations)
{
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int Database::schemaVersion() const
{
    auto q = exec(QStringLiteral("PRAGMA user_version"));
    const int version = (q && q->next()) ? q->value(0).toInt() : -1;
    if (q)
        q->finish();
    return version;
}

Status Database::migrate(const QList<Migration> &migrations)
{
    for (const Migration &m : migrations) {
        if (m.version <= schemaVersion())
            continue;
        qCInfo(lcDatabase) << "migrating" << m_path << "to version" << m.version << m.description;
        Status step = transaction([&]() -> Status {
            for (const QString &sql : m.statements) {
                if (auto r = exec(sql); !r)
                    return r.error();
            }
            // user_version lives in the database header and is rolled back with the transaction.
            if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !r)
                return r.error();
            return {};
        });
        if (!step) {
            Error e = step.error();
            if (e.code != ErrorCode::DiskFull && e.code != ErrorCode::ReadOnly)
                e.code = ErrorCode::MigrationFailed;
            e.message = QStringLiteral("upgrade to schema version %1 (%2) failed and was rolled back: %3")
                            .arg(m.version)
                            .arg(m.description, e.message);
            return e;
        }
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return errorFrom(query.lastError(),
                         QStringLiteral("preparing \"%1\"").arg(sql.simplified().left(80)));
    for (const QVariant &v : values) {
        // A null QString would bind as SQL NULL; text columns hold '' instead. NULL is an invalid QVariant.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return errorFrom(query.lastError(), QStringLiteral("running \"%1\"").arg(sql.simplified().left(80)));
    return query;
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = work();
        --m_transactionDepth;
        return s;
    }
    // IMMEDIATE takes the write lock up front, so a second process waits instead of failing mid-way.
    if (auto begin = exec(QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return begin.error();
    m_transactionDepth = 1;
    Status s = work();
    m_transactionDepth = 0;
    if (s) {
        if (auto commit = exec(QStringLiteral("COMMIT")); !commit) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return commit.error();
        }
        return s;
    }
    if (auto rollback = exec(QStringLiteral("ROLLBACK")); !rollback)
        qCWarning(lcDatabase) << "rollback failed:" << rollback.error().message;
    return s;
}

} // namespace pf
