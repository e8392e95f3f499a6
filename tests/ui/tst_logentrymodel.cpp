#include "LogEntryModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pf;

// LogEntryModel: one placement's log, oldest first, grouped by week, with its total and weekly hours.
class tst_LogEntryModel : public QObject
{
    Q_OBJECT

private slots:
    void followsThePlacement()
    {
        UiTestStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("Teamwork"));
        const qint64 acme = s.addPlacement(QStringLiteral("Acme"));
        const qint64 other = s.addPlacement(QStringLiteral("Other"));
        s.addLogEntry(acme, QDate(2026, 3, 4), 750, {competency}); // Wednesday of the week of 2 March
        s.addLogEntry(acme, QDate(2026, 3, 2), 600);               // Monday, same week
        s.addLogEntry(acme, QDate(2026, 3, 9), 325);               // next week
        s.addLogEntry(other, QDate(2026, 3, 5), 100);

        LogEntryModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy placementChanged(&model, &LogEntryModel::placementIdChanged);
        QSignalSpy totalsChanged(&model, &LogEntryModel::totalsChanged);
        QCOMPARE(model.count(), 0); // no placement chosen yet

        model.setPlacementId(acme);
        QCOMPARE(placementChanged.count(), 1);
        QCOMPARE(model.count(), 3);
        QCOMPARE(roleValue(model, 0, "date").toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(roleValue(model, 1, "date").toString(), QStringLiteral("2026-03-04"));
        QCOMPARE(roleValue(model, 0, "firstOfWeek").toBool(), true);
        QCOMPARE(roleValue(model, 1, "firstOfWeek").toBool(), false);
        QCOMPARE(roleValue(model, 2, "firstOfWeek").toBool(), true);
        QCOMPARE(roleValue(model, 0, "weekText").toString(), QStringLiteral("Week of 2 Mar 2026"));
        QCOMPARE(roleValue(model, 1, "hoursText").toString(), QStringLiteral("7.5 h"));
        QCOMPARE(roleValue(model, 1, "centiHours").toInt(), 750);
        QCOMPARE(roleValue(model, 1, "competencyTitles").toStringList(),
                 QStringList{QStringLiteral("Teamwork")});
        QCOMPARE(model.totalCentiHours(), 1675);
        QCOMPARE(model.totalHoursText(), QStringLiteral("16.75 h"));
        QVERIFY(totalsChanged.count() >= 1);
        QCOMPARE(model.weeks().size(), 2);
        const QVariantMap firstWeek = model.weeks().at(0).toMap();
        QCOMPARE(firstWeek.value(QStringLiteral("centiHours")).toInt(), 1350);
        QCOMPARE(firstWeek.value(QStringLiteral("fraction")).toDouble(), 1.0);

        model.setPlacementId(other);
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.totalHoursText(), QStringLiteral("1 h"));

        model.setPlacementId(0);
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.totalCentiHours(), 0);
    }

    void addEditRemoveRows()
    {
        UiTestStore s;
        const qint64 acme = s.addPlacement();
        LogEntryModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlacementId(acme);
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        const qint64 later = s.addLogEntry(acme, QDate(2026, 3, 10), 400);
        model.reload();
        const qint64 earlier = s.addLogEntry(acme, QDate(2026, 3, 3), 500);
        model.reload();
        QCOMPARE(model.count(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), earlier);

        auto entry = s->logEntries().get(later);
        QVERIFY(entry.ok());
        entry->centiHours = 800;
        QVERIFY(s->logEntries().update(*entry).ok());
        model.reload();
        QCOMPARE(roleValue(model, 1, "hoursText").toString(), QStringLiteral("8 h"));
        QCOMPARE(model.totalCentiHours(), 1300);

        QVERIFY(s->logEntries().remove(earlier).ok());
        model.reload();
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.totalCentiHours(), 800);
        QCOMPARE(countChanged.count(), 3);
    }

    void deletedPlacementShowsNothing()
    {
        UiTestStore s;
        const qint64 acme = s.addPlacement();
        s.addLogEntry(acme, QDate(2026, 3, 3), 500);
        LogEntryModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlacementId(acme);
        QSignalSpy failed(&model, &ListModel::failed);
        QVERIFY(s->placements().remove(acme, true).ok());
        model.reload();
        QCOMPARE(model.count(), 0);
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_LogEntryModel)
#include "tst_logentrymodel.moc"
