#include "../store/TempStore.h"
#include "credentials/CredentialImporter.h"
#include "verify/VerificationJob.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QThreadPool>

using namespace pf;

// Verification off the calling thread: progress, a history entry per credential, and cancellation.
class tst_VerificationJob : public QObject
{
    Q_OBJECT

private slots:
    void verifiesEveryCredentialInTheBackground()
    {
        TempStore s;
        CredentialImporter importer(*s.store);
        for (int i = 0; i < 5; ++i) {
            const QByteArray vc =
                QStringLiteral(
                    "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": "
                    "[\"VerifiableCredential\", "
                    "\"OpenBadgeCredential\"], \"issuer\": {\"id\": \"https://a.example\", \"name\": \"A\"}, "
                    "\"validFrom\": \"2024-01-01T00:00:00Z\", \"credentialSubject\": {\"achievement\": "
                    "{\"name\": \"Badge %1\"}}}")
                    .arg(i)
                    .toUtf8();
            QCOMPARE(importer.importBytes(vc, QStringLiteral("b%1.json").arg(i)).first().kind,
                     ImportOutcome::Kind::Imported);
        }
        VerificationJob job(s.dir.path());
        QSignalSpy progress(&job, &VerificationJob::progress);
        QSignalSpy verified(&job, &VerificationJob::verified);
        QSignalSpy finished(&job, &VerificationJob::finished);
        QThreadPool::globalInstance()->start(&job);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 5);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(verified.size(), 5);
        QCOMPARE(verified.first().at(1).toString(), QStringLiteral("invalid")); // unsigned: no_proof
        QVERIFY(progress.size() >= 5);
        QThreadPool::globalInstance()->waitForDone();
        const auto history = *s->credentials().verifications(verified.first().at(0).toLongLong());
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().report.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("no_proof"));
    }

    void spreadsTheWorkAndVerifiesEachCredentialOnce()
    {
        // 100 credentials with Data Integrity proofs: enough for a worker per core, each with its own
        // connection.
        TempStore s;
        CredentialImporter importer(*s.store);
        const QDir bench(QStringLiteral(PATHFOLIO_BENCH_DATA));
        const QStringList files =
            bench.entryList({QStringLiteral("credential-*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 100);
        for (const QString &name : files) {
            QFile f(bench.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(importer.importBytes(f.readAll(), name).first().kind, ImportOutcome::Kind::Imported);
        }
        VerificationJob job(s.dir.path(), {}, QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
        QSignalSpy progress(&job, &VerificationJob::progress);
        QSignalSpy verified(&job, &VerificationJob::verified);
        QSignalSpy failed(&job, &VerificationJob::failed);
        QSignalSpy finished(&job, &VerificationJob::finished);
        job.run(); // on this thread: the signals arrive in order, from the job's thread alone
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 100);
        QSet<qint64> ids;
        for (const QList<QVariant> &v : std::as_const(verified)) {
            ids.insert(v.at(0).toLongLong());
            QCOMPARE(v.at(1).toString(), QStringLiteral("valid"));
        }
        QCOMPARE(ids.size(), 100);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        for (int i = 1; i < progress.size(); ++i) // never backwards
            QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
        for (qint64 id : std::as_const(ids))
            QCOMPARE(s->credentials().verifications(id)->size(), 1);
    }

    void cancelStopsBeforeTheNext()
    {
        TempStore s;
        Credential c;
        c.format = QStringLiteral("ob3-json");
        QVERIFY(s->credentials().add("{}", c).ok());
        VerificationJob job(s.dir.path());
        QSignalSpy finished(&job, &VerificationJob::finished);
        job.cancel();
        job.run(); // on this thread: the job does not care where it runs
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toBool(), true);
    }

    void aStoreThatCannotOpenIsReported()
    {
        VerificationJob job(QStringLiteral("/proc/no-such-store"));
        QSignalSpy failed(&job, &VerificationJob::failed);
        QSignalSpy finished(&job, &VerificationJob::finished);
        job.run();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_VerificationJob)
#include "tst_verificationjob.moc"
