#include "PlacementModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pf;

// PlacementModel: the placements, latest first, with the hours and counts computed from their logs.
class tst_PlacementModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesAndTotals()
    {
        UiTestStore s;
        const qint64 id = s.addPlacement(QStringLiteral("Acme GmbH"), QDate(2026, 3, 2), QDate(2026, 6, 30));
        s.addLogEntry(id, QDate(2026, 3, 2), 750);
        s.addLogEntry(id, QDate(2026, 3, 3), 425);

        PlacementModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 1);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), id);
        QCOMPARE(roleValue(model, 0, "organisation").toString(), QStringLiteral("Acme GmbH"));
        QCOMPARE(roleValue(model, 0, "roleTitle").toString(), QStringLiteral("Software intern"));
        QCOMPARE(roleValue(model, 0, "kind").toString(), QStringLiteral("internship"));
        QCOMPARE(roleValue(model, 0, "kindLabel").toString(), QStringLiteral("Internship"));
        QCOMPARE(roleValue(model, 0, "startDate").toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(roleValue(model, 0, "periodText").toString(), QStringLiteral("2 Mar 2026 – 30 Jun 2026"));
        QCOMPARE(roleValue(model, 0, "ongoing").toBool(), false);
        QCOMPARE(roleValue(model, 0, "centiHours").toInt(), 1175);
        QCOMPARE(roleValue(model, 0, "totalHoursText").toString(), QStringLiteral("11.75 h"));
        QCOMPARE(roleValue(model, 0, "entryCount").toInt(), 2);
        QCOMPARE(roleValue(model, 0, "evaluationCount").toInt(), 0);
    }

    void ongoingPlacement()
    {
        UiTestStore s;
        s.addPlacement(QStringLiteral("Open end"), QDate(2026, 3, 2), QDate());
        PlacementModel model(*s);
        QCOMPARE(roleValue(model, 0, "ongoing").toBool(), true);
        QCOMPARE(roleValue(model, 0, "endDate").toString(), QString());
        QCOMPARE(roleValue(model, 0, "periodText").toString(), QStringLiteral("since 2 Mar 2026"));
    }

    void addEditRemoveRows()
    {
        UiTestStore s;
        PlacementModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        QVERIFY(model.isEmpty());

        const qint64 first = s.addPlacement(QStringLiteral("First"), QDate(2025, 9, 1), QDate(2025, 12, 19));
        const qint64 second = s.addPlacement(QStringLiteral("Second"), QDate(2026, 3, 2), QDate(2026, 6, 30));
        model.reload();
        QCOMPARE(model.count(), 2);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), second);

        // Logging hours changes the row's totals in place.
        s.addLogEntry(first, QDate(2025, 9, 1), 800);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QVERIFY(changed.count() >= 1);
        QCOMPARE(roleValue(model, 1, "totalHoursText").toString(), QStringLiteral("8 h"));

        QVERIFY(s->placements().remove(first, true).ok());
        model.reload();
        QCOMPARE(model.count(), 1);
        QCOMPARE(roleValue(model, 0, "organisation").toString(), QStringLiteral("Second"));
        QCOMPARE(countChanged.count(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_PlacementModel)
#include "tst_placementmodel.moc"
