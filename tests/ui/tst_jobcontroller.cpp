#include "JobController.h"
#include "UiTestStore.h"
#include "VerifyController.h"
#include "credentials/CredentialImporter.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/PortfolioPdfExporter.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>

using namespace pf;

// JobController runs long work in the background, one job at a time; VerifyController shows what a
// Verify page run found and adds files to the library on request.
class tst_JobController : public QObject
{
    Q_OBJECT

    static QString benchFile(int i)
    {
        return QDir(QStringLiteral(PATHFOLIO_BENCH_DATA))
            .filePath(QStringLiteral("credential-%1.json").arg(i, 3, 10, QLatin1Char('0')));
    }

    static QString dataDir(UiTestStore &s) { return s.dir.filePath(QStringLiteral("data")); }

private slots:
    void importRunsInTheBackgroundAndSaysWhatHappened()
    {
        UiTestStore s;
        JobController jobs(dataDir(s));
        QSignalSpy running(&jobs, &JobController::runningChanged);
        QSignalSpy progress(&jobs, &JobController::progressChanged);
        QSignalSpy notice(&jobs, &JobController::notice);
        QSignalSpy failed(&jobs, &JobController::failed);
        QSignalSpy changed(&jobs, &JobController::changed);
        QSignalSpy imported(&jobs, &JobController::imported);

        QVERIFY(!jobs.isRunning());
        QVERIFY(jobs.importFiles({QUrl::fromLocalFile(benchFile(0)), benchFile(1)}));
        QVERIFY(jobs.isRunning());
        QVERIFY(!jobs.title().isEmpty());
        // A second job waits its turn: refused with a notice, the first goes on.
        QVERIFY(!jobs.verifyLibrary());
        QCOMPARE(notice.size(), 1);
        QVERIFY(notice.first().first().toString().contains(jobs.title()));

        QVERIFY(imported.wait(20000));
        QVERIFY(!jobs.isRunning());
        QCOMPARE(jobs.title(), QString());
        QCOMPARE(imported.first().first().value<QList<qint64>>().size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(notice.size(), 2);
        QCOMPARE(notice.last().first().toString(),
                 QStringLiteral("Import finished: 2 badge(s) added and verified."));
        QVERIFY(running.size() >= 2);
        QVERIFY(progress.size() >= 3);
        QCOMPARE(s->credentials().list()->size(), 2);

        // The same files again: nothing new, said as such.
        QVERIFY(jobs.importFiles({benchFile(0)}));
        QVERIFY(imported.wait(20000));
        QCOMPARE(notice.last().first().toString(),
                 QStringLiteral("Import finished: 1 already in your portfolio."));
        QCOMPARE(changed.size(), 1);
    }

    void refusedFilesAreNamedWithTheReason()
    {
        UiTestStore s;
        JobController jobs(dataDir(s));
        QSignalSpy failed(&jobs, &JobController::failed);
        QSignalSpy imported(&jobs, &JobController::imported);
        const QString broken = s.file(QStringLiteral("broken.json"), "{\"@context\": [");
        QVERIFY(jobs.importFiles({broken, benchFile(2)}));
        QVERIFY(imported.wait(20000));
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("broken.json: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("1 badge(s) added")), qPrintable(message));
        QCOMPARE(s->credentials().list()->size(), 1);
    }

    void aStoreThatCannotOpenIsAFailureNotNoFiles()
    {
        JobController jobs(QStringLiteral("/proc/no-such-store"));
        QSignalSpy failed(&jobs, &JobController::failed);
        QSignalSpy notice(&jobs, &JobController::notice);
        QSignalSpy imported(&jobs, &JobController::imported);
        QVERIFY(jobs.importFiles({benchFile(0)}));
        QVERIFY(imported.wait(20000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(notice.size(), 0);
    }

    void nothingToDoStartsNothing()
    {
        UiTestStore s;
        JobController jobs(dataDir(s));
        QVERIFY(!jobs.importFiles({}));
        QVERIFY(!jobs.verifyFiles({QString()}));
        QVERIFY(!jobs.isRunning());
        jobs.cancel(); // nothing running: no effect
        QVERIFY(!jobs.isCancelling());
    }

    void verifyingTheLibraryAddsAReportPerBadge()
    {
        UiTestStore s;
        CredentialImporter importer(*s);
        for (int i = 0; i < 3; ++i) {
            QFile f(benchFile(i));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(importer.importBytes(f.readAll(), QFileInfo(f).fileName()).first().kind,
                     ImportOutcome::Kind::Imported);
        }
        JobController jobs(dataDir(s));
        QSignalSpy notice(&jobs, &JobController::notice);
        QSignalSpy changed(&jobs, &JobController::changed);
        QVERIFY(jobs.verifyLibrary());
        QVERIFY(changed.wait(20000));
        QCOMPARE(notice.last().first().toString(), QStringLiteral("3 badge(s) verified."));
        QCOMPARE(jobs.done(), 3);
        QCOMPARE(jobs.detail(), QString());
        const auto stored = s->credentials().list(); // kept: a loop over *list() would outlive it
        QVERIFY(stored.ok());
        for (const Credential &c : *stored)
            QCOMPARE(s->credentials().verifications(c.id)->size(), 1);
    }

    void cancelIsReported()
    {
        UiTestStore s;
        JobController jobs(dataDir(s));
        QSignalSpy imported(&jobs, &JobController::imported);
        QSignalSpy notice(&jobs, &JobController::notice);
        QVariantList many;
        for (int i = 0; i < 40; ++i)
            many << benchFile(i);
        QVERIFY(jobs.importFiles(many));
        jobs.cancel();
        QVERIFY(jobs.isCancelling());
        QVERIFY(imported.wait(20000));
        QVERIFY2(notice.last().first().toString().startsWith(QStringLiteral("Import cancelled: ")),
                 qPrintable(notice.last().first().toString()));
        // Whatever was stored before the cancel is whole and verified.
        const auto stored = s->credentials().list(); // kept: a loop over *list() would outlive it
        QVERIFY(stored.ok());
        for (const Credential &c : *stored)
            QCOMPARE(s->credentials().verifications(c.id)->size(), 1);
        QVERIFY(s->credentials().list()->size() < 40);
    }

    void verifyPageReportsWithoutStoring()
    {
        UiTestStore s;
        JobController jobs(dataDir(s));
        VerifyController verifier(jobs);
        QAbstractItemModelTester results(verifier.results(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester report(verifier.report(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy summary(&verifier, &VerifyController::summaryChanged);
        QSignalSpy imported(&jobs, &JobController::imported);

        const QString broken = s.file(QStringLiteral("broken.json"), "not json");
        QVERIFY(verifier.verify({QUrl::fromLocalFile(benchFile(0)), broken}));
        QVERIFY(summary.wait(20000));
        QCOMPARE(verifier.results()->count(), 2);
        QCOMPARE(verifier.summary(),
                 QStringLiteral("2 credential(s) in 2 file(s): 1 verified, 1 failed, 0 not fully checked"));
        QCOMPARE(verifier.currentIndex(), 0);
        QCOMPARE(verifier.report()->result(), QStringLiteral("valid"));
        QCOMPARE(s->credentials().list()->size(), 0); // nothing stored

        verifier.select(1);
        QCOMPARE(verifier.currentIndex(), 1);
        QCOMPARE(verifier.report()->result(), QStringLiteral("invalid"));
        verifier.select(9);
        QCOMPARE(verifier.currentIndex(), -1);
        QVERIFY(verifier.report()->isEmpty());

        // On request, only the file that holds a credential goes into the library.
        QVERIFY(verifier.addAllToLibrary());
        QVERIFY(imported.wait(20000));
        QCOMPARE(s->credentials().list()->size(), 1);

        verifier.clear();
        QVERIFY(verifier.results()->isEmpty());
        QCOMPARE(verifier.summary(), QString());
        QCOMPARE(verifier.currentIndex(), -1);
    }

    void verifyPageChecksAnExportedPortfolio()
    {
        UiTestStore s;
        CredentialImporter importer(*s);
        QFile badge(benchFile(0));
        QVERIFY(badge.open(QIODevice::ReadOnly));
        QCOMPARE(importer.importBytes(badge.readAll(), QStringLiteral("badge.json")).size(), 1);
        const QString bundle = s.dir.filePath(QStringLiteral("portfolio.json"));
        const QString pdf = s.dir.filePath(QStringLiteral("portfolio.pdf"));
        QVERIFY(BundleExporter(*s).write(bundle, QDateTime::currentDateTimeUtc()).ok());
        ExportOptions options;
        QVERIFY(PortfolioPdfExporter(*s).write(pdf, options).ok());

        JobController jobs(dataDir(s));
        VerifyController verifier(jobs);
        QAbstractItemModelTester results(verifier.results(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy summary(&verifier, &VerifyController::summaryChanged);
        QSignalSpy imported(&jobs, &JobController::imported);
        QVERIFY(verifier.verify({QUrl::fromLocalFile(bundle), pdf, benchFile(1)}));
        QVERIFY(summary.wait(30000));

        // Each portfolio: a report on itself, then its credential; then the badge file on its own.
        VerifyResultModel *model = verifier.results();
        QCOMPARE(model->count(), 5);
        const auto format = [model](int row) {
            return model->reportAt(row).value(QStringLiteral("format")).toString();
        };
        QCOMPARE(format(0), QStringLiteral("portfolio-bundle"));
        QCOMPARE(format(1), QStringLiteral("ob3-json"));
        QCOMPARE(format(2), QStringLiteral("portfolio-pdf"));
        QCOMPARE(format(3), QStringLiteral("ob3-json"));
        QCOMPARE(format(4), QStringLiteral("ob3-json"));
        // Intact, but unsigned by its holder: nothing failed.
        QCOMPARE(model->reportAt(0).value(QStringLiteral("result")).toString(), QStringLiteral("unchecked"));
        QCOMPARE(model->reportAt(2).value(QStringLiteral("result")).toString(), QStringLiteral("unchecked"));
        QCOMPARE(model->reportAt(1).value(QStringLiteral("result")).toString(), QStringLiteral("valid"));
        QCOMPARE(model->data(model->index(0), VerifyResultModel::PortfolioRole).toBool(), true);
        QCOMPARE(model->data(model->index(1), VerifyResultModel::PortfolioRole).toBool(), false);
        QVERIFY(verifier.summary().endsWith(QStringLiteral(": 2 intact, 0 changed or unreadable")));
        QVERIFY(verifier.summary().startsWith(QStringLiteral("3 credential(s) in 3 file(s)")));

        // Neither a portfolio nor what it carries is a file the library can import; the badge file is.
        QCOMPARE(model->importableCount(), 1);
        for (int row = 0; row < 4; ++row) {
            QVERIFY2(!model->isImportable(row), qPrintable(QString::number(row)));
            QVERIFY(!verifier.addToLibrary(row));
        }
        QVERIFY(model->isImportable(4));
        QVERIFY(verifier.addAllToLibrary());
        QVERIFY(imported.wait(20000));
        QCOMPARE(imported.first().first().value<QList<qint64>>().size(), 1);
    }
};

// A GUI application: the portfolio PDF the Verify page is given is laid out with fonts.
QTEST_MAIN(tst_JobController)
#include "tst_jobcontroller.moc"
