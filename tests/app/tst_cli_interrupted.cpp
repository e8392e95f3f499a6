#include "CliRunner.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pf;

// Killing the CLI in the middle of an import of many files, again and again, never leaves half an item.
class tst_CliInterrupted : public QObject
{
    Q_OBJECT

    // Opens the store as the app would and checks that every item in it is whole.
    static void verifyWhole(const QString &dataDir, int *evidenceCount)
    {
        auto store = Store::open(dataDir, Store::Options{BlobStore::kDefaultMaxFileSize, false});
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        auto check = (*store)->database().exec(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check && check->next());
        QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
        check->finish();
        auto fk = (*store)->database().exec(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(fk && !fk->next());
        fk->finish();
        auto items = (*store)->evidence().list();
        QVERIFY(items.ok());
        for (const Evidence &e : *items) {
            QCOMPARE(e.files.size(), 1); // --each: one file per item, never zero
            QVERIFY2((*store)->blobs().verify(e.files.first().sha256).ok(), qPrintable(e.title));
            QCOMPARE(e.title, QFileInfo(e.files.first().originalName).completeBaseName());
            auto hits = (*store)->search().search(e.title);
            QVERIFY(hits.ok() && !hits->isEmpty());
        }
        *evidenceCount = int(items->size());
    }

private slots:
    void killRepeatedly()
    {
        QTemporaryDir dir;
        const QString inputs = dir.filePath(QStringLiteral("inputs"));
        QVERIFY(QDir().mkpath(inputs));
        constexpr int kFiles = 60;
        for (int i = 0; i < kFiles; ++i) {
            QFile f(inputs + QStringLiteral("/essay-%1.txt").arg(i, 3, 10, QChar(u'0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray content(256 * 1024, char('a' + i % 26));
            content.prepend(QByteArray::number(i));
            f.write(content);
        }
        const QString dataDir = dir.filePath(QStringLiteral("store"));
        CliRunner setup;
        setup.dataDir = dataDir;
        QCOMPARE(setup.run({QStringLiteral("list"), QStringLiteral("evidence")}), 0);

        // Measure an uninterrupted run's length on a scratch store, then kill at random points within it.
        QTemporaryDir scratch;
        CliRunner timing;
        timing.dataDir = scratch.path();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(
            timing.run({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--each"), inputs}),
            0);
        const qint64 fullRunMs = qMax<qint64>(timer.elapsed(), 20);

        int previous = 0;
        int kills = 0;
        for (int round = 0; round < 12; ++round) {
            QProcess p;
            p.start(QStringLiteral(PATHFOLIO_CLI_PATH),
                    {QStringLiteral("--data-dir"), dataDir, QStringLiteral("evidence"), QStringLiteral("add"),
                     QStringLiteral("--each"), inputs});
            QVERIFY(p.waitForStarted());
            const int delay = int(QRandomGenerator::global()->bounded(fullRunMs)) + 5;
            if (!p.waitForFinished(delay)) {
                p.kill();
                ++kills;
            }
            p.waitForFinished();
            int count = 0;
            verifyWhole(dataDir, &count);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(count >= previous);
            previous = count;
        }
        QVERIFY2(kills > 0, "no run was interrupted; the test proved nothing");
        qInfo("killed %d of 12 runs; the store holds %d whole items", kills, previous);
    }
};

QTEST_GUILESS_MAIN(tst_CliInterrupted)
#include "tst_cli_interrupted.moc"
