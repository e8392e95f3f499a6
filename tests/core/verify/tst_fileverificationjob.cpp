#include "../store/TempStore.h"
#include "credentials/CredentialImporter.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/PortfolioVerifier.h"
#include "verify/FileVerificationJob.h"

#include <QDir>
#include <QSignalSpy>
#include <QThreadPool>

using namespace pf;

namespace {
const QDateTime kAt(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

QString benchFile(int i)
{
    return QDir(QStringLiteral(PATHFOLIO_BENCH_DATA))
        .filePath(QStringLiteral("credential-%1.json").arg(i, 3, 10, QLatin1Char('0')));
}
QString dataFile(const QString &relative)
{
    return QDir(QStringLiteral(PATHFOLIO_TEST_DATA_ROOT)).filePath(relative);
}
} // namespace

// Verifying files that are not kept: a report per credential in file order, nothing stored, a broken
// file reported as such, and cancellation between files.
class tst_FileVerificationJob : public QObject
{
    Q_OBJECT

private slots:
    void anExportedPortfolioIsVerifiedAsOne()
    {
        TempStore s;
        QFile badge(benchFile(0));
        QVERIFY(badge.open(QIODevice::ReadOnly));
        QCOMPARE(
            CredentialImporter(*s.store).importBytes(badge.readAll(), QStringLiteral("badge.json")).size(),
            1);
        const QString bundle = s.dir.filePath(QStringLiteral("portfolio.json"));
        QVERIFY(BundleExporter(*s.store).write(bundle, kAt).ok());
        // A PDF that carries no bundle is a portfolio that fails, not a credential that fails.
        const QString pdf = s.dir.filePath(QStringLiteral("other.pdf"));
        QFile other(pdf);
        QVERIFY(other.open(QIODevice::WriteOnly));
        QVERIFY(other.write("%PDF-1.7\nnot the rest of a PDF\n") > 0);
        other.close();

        FileVerificationJob job(s.dir.path(), {bundle, pdf, benchFile(1)}, kAt);
        QSignalSpy finished(&job, &FileVerificationJob::finished);
        QThreadPool pool;
        pool.start(&job);
        QVERIFY(finished.wait(20000));
        pool.waitForDone();

        const QList<VerificationReport> &reports = job.reports();
        QCOMPARE(reports.size(), 4);
        QCOMPARE(reports.at(0).file, bundle);
        QCOMPARE(reports.at(0).format, QStringLiteral("portfolio-bundle"));
        QCOMPARE(reports.at(0).result(), CheckResult::Unchecked); // intact, not signed by its holder
        QCOMPARE(reports.at(1).file, bundle + QStringLiteral("#badge.json"));
        QCOMPARE(reports.at(1).format, QStringLiteral("ob3-json"));
        QCOMPARE(reports.at(2).file, pdf);
        QCOMPARE(reports.at(2).format, QStringLiteral("portfolio-pdf"));
        QCOMPARE(reports.at(2).result(), CheckResult::Invalid);
        QCOMPARE(reports.at(3).file, benchFile(1));
        QCOMPARE(reports.at(3).format, QStringLiteral("ob3-json"));

        // A credential file is no portfolio: nullopt, so the caller verifies it as a credential.
        QVERIFY(!PortfolioVerifier::verifyFile(benchFile(1), kAt));
        QVERIFY(PortfolioVerifier::verifyFile(bundle, kAt));
    }

    void reportsEachFileAndStoresNothing()
    {
        TempStore s;
        const QStringList paths{benchFile(0), dataFile(QStringLiteral("json/invalid/malformed.json")),
                                dataFile(QStringLiteral("vp/valid/two-badges.json")), benchFile(1)};
        FileVerificationJob job(s.dir.path(), paths, kAt);
        QSignalSpy progress(&job, &FileVerificationJob::progress);
        QSignalSpy failed(&job, &FileVerificationJob::failed);
        QSignalSpy finished(&job, &FileVerificationJob::finished);
        QThreadPool pool;
        pool.start(&job);
        QVERIFY(finished.wait(20000));
        pool.waitForDone();

        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(job.files(), paths);
        const QList<VerificationReport> &reports = job.reports();
        QCOMPARE(reports.size(), 6); // the presentation itself, then the two badges it holds

        QCOMPARE(reports.at(0).file, paths.at(0));
        QCOMPARE(reports.at(0).result(), CheckResult::Valid);
        QCOMPARE(reports.at(0).verifiedAt, kAt);
        QCOMPARE(reports.at(1).file, paths.at(1));
        QCOMPARE(reports.at(1).result(), CheckResult::Invalid);
        QCOMPARE(reports.at(1).reason(), ReasonCode::Malformed);
        QCOMPARE(reports.at(2).file, paths.at(2));
        QCOMPARE(reports.at(2).format, QStringLiteral("vp-json"));
        QCOMPARE(reports.at(2).result(), CheckResult::Unchecked); // the holder's signature is not checked
        QCOMPARE(reports.at(3).file, paths.at(2));
        QCOMPARE(reports.at(3).name, QStringLiteral("First"));
        QCOMPARE(reports.at(3).reason(), ReasonCode::NoProof);
        QCOMPARE(reports.at(4).name, QStringLiteral("Second"));
        QCOMPARE(reports.at(5).file, paths.at(3));
        QCOMPARE(reports.at(5).result(), CheckResult::Valid);

        // The library is as it was: no credential, no report, nothing cached.
        QCOMPARE(s.rows(QStringLiteral("credential")), 0);
        QCOMPARE(s.rows(QStringLiteral("credential_verification")), 0);

        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);
    }

    void aMissingFileIsAReportNotAFailure()
    {
        TempStore s;
        const QString missing = s.dir.filePath(QStringLiteral("gone.json"));
        FileVerificationJob job(s.dir.path(), {missing}, kAt);
        QSignalSpy failed(&job, &FileVerificationJob::failed);
        job.run();
        QCOMPARE(failed.size(), 0);
        // A path that names nothing is not walked into a file list, so there is nothing to report on.
        QVERIFY(job.reports().size() <= 1);
        for (const VerificationReport &r : job.reports())
            QCOMPARE(r.result(), CheckResult::Invalid);
    }

    void cancelStopsBeforeTheNextFile()
    {
        TempStore s;
        FileVerificationJob job(s.dir.path(), {benchFile(0), benchFile(1)}, kAt);
        QSignalSpy finished(&job, &FileVerificationJob::finished);
        job.cancel();
        job.run();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(job.reports().isEmpty());
        QCOMPARE(job.files().size(), 2);
    }

    void aStoreThatCannotOpenIsReported()
    {
        FileVerificationJob job(QStringLiteral("/proc/no-such-store"), {benchFile(0)});
        QSignalSpy failed(&job, &FileVerificationJob::failed);
        QSignalSpy finished(&job, &FileVerificationJob::finished);
        job.run();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 1);
        QVERIFY(job.reports().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FileVerificationJob)
#include "tst_fileverificationjob.moc"
