#include "../store/TempStore.h"
#include "credentials/ImportJob.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QThreadPool>

using namespace pf;

namespace {

// Copies the first n signed benchmark credentials into folder.
QStringList copySigned(const QString &folder, int n)
{
    const QDir bench(QStringLiteral(PATHFOLIO_BENCH_DATA));
    QDir().mkpath(folder);
    QStringList copied;
    const QStringList names = bench.entryList({QStringLiteral("credential-*.json")}, QDir::Files, QDir::Name);
    for (int i = 0; i < n && i < names.size(); ++i) {
        const QString target = QDir(folder).filePath(names.at(i));
        if (!QFile::copy(bench.filePath(names.at(i)), target))
            qFatal("cannot copy %s", qPrintable(names.at(i)));
        copied << target;
    }
    return copied;
}

} // namespace

// Import in the background: every file is read, each new credential verified once, progress only forward,
// and a cancelled or failing job ends cleanly.
class tst_ImportJob : public QObject
{
    Q_OBJECT

private slots:
    void importsAFolderAndVerifiesWhatIsNew()
    {
        TempStore s;
        const QString folder = s.dir.filePath(QStringLiteral("inbox"));
        const QStringList signedFiles = copySigned(folder, 3);
        QFile broken(QDir(folder).filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"@context\": [");
        broken.close();

        ImportJob job(s.dir.path(), {folder, signedFiles.first()}); // the first file twice: once is enough
        QSignalSpy progress(&job, &ImportJob::progress);
        QSignalSpy failed(&job, &ImportJob::failed);
        QSignalSpy finished(&job, &ImportJob::finished);
        QThreadPool pool;
        pool.start(&job);
        QVERIFY(finished.wait(20000));
        pool.waitForDone();

        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QList<ImportOutcome> &outcomes = job.outcomes();
        int imported = 0, present = 0, refused = 0;
        for (const ImportOutcome &o : outcomes) {
            imported += o.kind == ImportOutcome::Kind::Imported;
            present += o.kind == ImportOutcome::Kind::Present;
            if (o.kind == ImportOutcome::Kind::Refused) {
                ++refused;
                QVERIFY2(o.file.endsWith(QStringLiteral("broken.json")), qPrintable(o.file));
                QVERIFY(!o.error.message.isEmpty());
            }
        }
        QCOMPARE(imported, 3);
        QCOMPARE(present, 1);
        QCOMPARE(refused, 1);
        QCOMPARE(s.rows(QStringLiteral("credential")), 3);

        // Each new credential has exactly one report, and a signed one from a did:key issuer verifies.
        for (const ImportOutcome &o : outcomes) {
            if (o.kind != ImportOutcome::Kind::Imported)
                continue;
            const auto history = s->credentials().verifications(o.id);
            QVERIFY(history);
            QCOMPARE(history->size(), 1);
            const QJsonObject report = history->first().report;
            const auto checks = report.value(QStringLiteral("checks")).toArray();
            bool proofValid = false;
            for (const auto &c : checks) {
                if (c.toObject().value(QStringLiteral("check")).toString() == QStringLiteral("proof"))
                    proofValid =
                        c.toObject().value(QStringLiteral("result")).toString() == QStringLiteral("valid");
            }
            QVERIFY2(proofValid, QJsonDocument(report).toJson().constData());
        }

        // Two steps a file (read, then verify): five files found, so ten in all, never going backwards.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 10);
        QCOMPARE(progress.last().at(1).toInt(), 10);
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
    }

    void cancelledBeforeItStartsStoresNothing()
    {
        TempStore s;
        const QStringList files = copySigned(s.dir.filePath(QStringLiteral("inbox")), 2);
        ImportJob job(s.dir.path(), files);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.cancel();
        QVERIFY(job.isCancelled());
        job.run();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(s.rows(QStringLiteral("credential")), 0);
        QCOMPARE(s.rows(QStringLiteral("credential_verification")), 0);
    }

    void aStoreThatCannotOpenIsReported()
    {
        ImportJob job(QStringLiteral("/proc/no-such-store"), {QStringLiteral("/nonexistent.json")});
        QSignalSpy failed(&job, &ImportJob::failed);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.run();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(finished.size(), 1);
        QVERIFY(job.outcomes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ImportJob)
#include "tst_importjob.moc"
