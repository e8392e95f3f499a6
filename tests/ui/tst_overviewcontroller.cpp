#include "OverviewController.h"
#include "SamplePortfolio.h"
#include "UiTestStore.h"

#include <QSignalSpy>

using namespace pf;

// OverviewController: the Home page's counts, hours, badges needing attention, activity and coverage.
class tst_OverviewController : public QObject
{
    Q_OBJECT

private slots:
    void anEmptyPortfolioSuggestsFirstSteps()
    {
        UiTestStore s;
        OverviewController overview(*s);
        QVERIFY(overview.isEmpty());
        QCOMPARE(overview.attentionCount(), 0);
        QVERIFY(overview.recentActivity().isEmpty());
        QVERIFY(overview.coverage().isEmpty());
        QVERIFY(!overview.nextSteps().isEmpty());
    }

    void theSamplePortfolioAtAFixedMoment()
    {
        UiTestStore s;
        QVERIFY(SamplePortfolio::populate(*s, s.dir.filePath(QStringLiteral("files"))).ok());
        OverviewController overview(*s);
        QSignalSpy changed(&overview, &OverviewController::changed);
        // Six weeks before the React certificate runs out; the internship was logged in June–July 2024.
        overview.refreshAt(QDateTime(QDate(2026, 12, 20), QTime(12, 0), Qt::UTC));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(overview.credentialCount(), 4);
        QCOMPARE(overview.monthHoursText(), QStringLiteral("0 h"));

        QCOMPARE(overview.attentionCount(), 1);
        const QVariantMap item = overview.attention().first().toMap();
        QCOMPARE(item.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Front-end Development with React"));
        QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("Expires soon"));
        QVERIFY(!item.value(QStringLiteral("icon")).toString().isEmpty());
        QVERIFY(item.value(QStringLiteral("text")).toString().contains(QStringLiteral("31 Jan 2027")));

        // After the end date it has expired instead.
        overview.refreshAt(QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(overview.attention().first().toMap().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Expired"));

        QCOMPARE(overview.recentActivity().size(), 6);
        QCOMPARE(overview.coveredCompetencyCount(), overview.competencyCount());
        QVERIFY(!overview.coverage().isEmpty());
        QVERIFY(overview.coverage().size() <= OverviewController::kMaxCoverage);
        const QVariantMap strongest = overview.coverage().first().toMap();
        QCOMPARE(strongest.value(QStringLiteral("strength")).toDouble(), 1.0);
        QVERIFY(!strongest.value(QStringLiteral("summary")).toString().isEmpty());

        // Hours this month count the month of the moment given.
        overview.refreshAt(QDateTime(QDate(2024, 6, 30), QTime(12, 0), Qt::UTC));
        QVERIFY(overview.monthHoursText() != QStringLiteral("0 h"));
    }
};

QTEST_MAIN(tst_OverviewController) // the sample draws its PDF and picture
#include "tst_overviewcontroller.moc"
