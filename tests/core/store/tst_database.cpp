#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pf;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList tables(Database &db)
{
    QStringList names;
    auto q = db.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

QString pragma(Database &db, const QString &name)
{
    auto q = db.exec(QStringLiteral("PRAGMA ") + name);
    return (q && q->next()) ? q->value(0).toString() : QString();
}

} // namespace

// Opening, migrating, refusing and protecting the SQLite database.
class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseIsMigratedToLatest()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QCOMPARE(Database::latestVersion(), schemaMigrations().last().version);
        const QStringList names = tables(**db);
        for (const char *t : {"evidence", "evidence_file", "evidence_tag", "placement", "log_entry",
                              "evaluation", "evaluation_rating", "competency", "framework", "credential",
                              "credential_verification", "search_index"})
            QVERIFY2(names.contains(QString::fromLatin1(t)), t);
        QCOMPARE(pragma(**db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    }

    void migrationsAreNumberedInOrder()
    {
        const auto steps = schemaMigrations();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].version, int(i + 1));
            QVERIFY(!steps[i].statements.isEmpty());
            QVERIFY(!steps[i].description.isEmpty());
        }
    }

    // Every earlier version, holding data, is upgraded to the latest without losing any of it.
    void upgradesFromEachEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Database::latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }
    void upgradesFromEachEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        {
            auto old = Database::open(path, schemaMigrations().mid(0, from));
            QVERIFY(old.ok());
            QCOMPARE((*old)->schemaVersion(), from);
            QVERIFY((*old)
                        ->exec(QStringLiteral("INSERT INTO evidence (title, kind, created_at, updated_at) "
                                              "VALUES ('Capstone robotics report', 'note', 'x', 'x')"))
                        .ok());
            QVERIFY((*old)
                        ->exec(QStringLiteral("INSERT INTO placement (organisation, role, kind, start_date) "
                                              "VALUES ('Acme', 'Intern', 'internship', '2026-01-01')"))
                        .ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        auto q = (*db)->exec(QStringLiteral("SELECT title FROM evidence"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("Capstone robotics report"));
        if (from < 2) { // data from before the search index existed is searchable after the upgrade
            auto hits = (*db)->exec(
                QStringLiteral("SELECT e.kind, e.item_id FROM search_index JOIN search_entry e ON e.id = search_index.rowid "
                               "WHERE search_index MATCH 'robotics'"));

            QVERIFY(hits && hits->next());
            QCOMPARE(hits->value(0).toString(), QStringLiteral("evidence"));
        }

    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
        }
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::StoreTooNew);
        QVERIFY(db.error().message.contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void failedMigrationKeepsThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        QList<Migration> steps = schemaMigrations();
        const int next = Database::latestVersion() + 1;
        steps.append({next,
                      QStringLiteral("broken"),
                      {QStringLiteral("CREATE TABLE half_done (id INTEGER)"),
                       QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
        auto db = Database::open(path, steps);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::MigrationFailed);
        QVERIFY(db.error().message.contains(QStringLiteral("rolled back")));

        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->schemaVersion(), next - 1);
        QVERIFY(!tables(**reopened).contains(QStringLiteral("half_done")));
    }

    void garbageFileIsReportedCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::StoreCorrupt);
    }

    void damagedPagesFailTheIntegrityCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            for (int i = 0; i < 400; ++i) {
                QVERIFY(
                    (*db)
                        ->exec(QStringLiteral(
                                   "INSERT INTO evidence (title, kind, description, created_at, updated_at) "
                                   "VALUES (?, 'note', ?, 'x', 'x')"),
                               {QStringLiteral("item %1").arg(i), QString(200, u'd')})
                        .ok());
            }
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        // Scribble over the middle of the file, keeping the header intact.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 40000);
        f.seek(size / 2);
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::StoreCorrupt);
    }

    void transactionRollsBackOnFailure()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db.ok());
        Status s = (*db)->transaction([&]() -> Status {
            if (auto r = (*db)->exec(QStringLiteral("INSERT INTO framework (name) VALUES ('kept?')")); !r)
                return r.error();
            return Error{ErrorCode::InvalidArgument, QStringLiteral("changed my mind")};
        });
        QCOMPARE(s.code(), ErrorCode::InvalidArgument);
        auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM framework"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void nestedTransactionsJoinTheOuterOne()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db.ok());
        Status s = (*db)->transaction([&]() -> Status {
            Status inner = (*db)->transaction([&]() -> Status {
                auto r = (*db)->exec(QStringLiteral("INSERT INTO framework (name) VALUES ('inner')"));
                return r ? Status() : Status(r.error());
            });
            if (!inner)
                return inner;
            return Error{ErrorCode::InvalidArgument, QStringLiteral("outer fails")};
        });
        QVERIFY(!s.ok());
        auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM framework"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void fullDatabaseIsReportedAsDiskFull()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db.ok());
        // A page limit stands in for a full disk: SQLite answers SQLITE_FULL either way.
        auto pages = (*db)->exec(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages && pages->next());
        const int limit = pages->value(0).toInt() + 2;
        pages->finish();
        QVERIFY((*db)->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(limit)).ok());
        Status s = (*db)->transaction([&]() -> Status {
            for (int i = 0; i < 100; ++i) {
                auto r = (*db)->exec(QStringLiteral("INSERT INTO framework (name) VALUES (?)"),
                                     {QString(2000, QChar(u'a' + i % 26)) + QString::number(i)});
                if (!r)
                    return r.error();
            }
            return {};
        });
        QCOMPARE(s.code(), ErrorCode::DiskFull);
        auto q = (*db)->exec(QStringLiteral("SELECT count(*) FROM framework"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void unopenablePathIsAnError()
    {
        auto db = Database::open(QStringLiteral("/proc/pathfolio-no-such-dir/p.sqlite"));
        QVERIFY(!db.ok());
        QVERIFY(db.error().code == ErrorCode::ReadOnly || db.error().code == ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
