#include "TempStore.h"

using namespace pf;

// Log entries: hours within (0, 24], dates inside the placement, competencies practised.
class tst_LogEntryRepository : public QObject
{
    Q_OBJECT

private slots:
    void crud()
    {
        TempStore s;
        const qint64 placement = s.addPlacement();
        const qint64 competency = s.addCompetency(QStringLiteral("Debugging"));
        LogEntry l;
        l.placementId = placement;
        l.date = QDate(2026, 3, 2);
        l.centiHours = 725;
        l.activities = QStringLiteral("Fixed the invoice export");
        l.reflection = QStringLiteral("Read the logs first");
        l.competencyIds = {competency};
        auto id = s->logEntries().create(l);
        QVERIFY(id.ok());
        auto back = *s->logEntries().get(*id);
        QCOMPARE(back.hours(), 7.25);
        QCOMPARE(back.activities, l.activities);
        QCOMPARE(back.reflection, l.reflection);
        QCOMPARE(back.competencyIds, l.competencyIds);

        back.centiHours = 2400;
        back.competencyIds.clear();
        QVERIFY(s->logEntries().update(back).ok());
        QCOMPARE(s->logEntries().get(*id)->centiHours, 2400);
        QVERIFY(s->logEntries().get(*id)->competencyIds.isEmpty());
        QCOMPARE(s->logEntries().listForPlacement(placement)->size(), 1);
        QCOMPARE(s->logEntries().count(), 1);

        QVERIFY(s->logEntries().remove(*id).ok());
        QCOMPARE(s->logEntries().get(*id).code(), ErrorCode::NotFound);
        QCOMPARE(s->logEntries().remove(*id).code(), ErrorCode::NotFound);
        QCOMPARE(s.rows(QStringLiteral("log_entry_competency")), 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("centi");
        QTest::addColumn<bool>("knownPlacement");
        QTest::addColumn<int>("code");
        QTest::newRow("zero hours") << QDate(2026, 3, 2) << 0 << true << int(ErrorCode::HoursOutOfRange);
        QTest::newRow("negative hours")
            << QDate(2026, 3, 2) << -100 << true << int(ErrorCode::HoursOutOfRange);
        QTest::newRow("more than a day")
            << QDate(2026, 3, 2) << 2401 << true << int(ErrorCode::HoursOutOfRange);
        QTest::newRow("before the start") << QDate(2026, 2, 28) << 100 << true << int(ErrorCode::DateOrder);
        QTest::newRow("after the end") << QDate(2026, 7, 1) << 100 << true << int(ErrorCode::DateOrder);
        QTest::newRow("no date") << QDate() << 100 << true << int(ErrorCode::InvalidDate);
        QTest::newRow("unknown placement") << QDate(2026, 3, 2) << 100 << false << int(ErrorCode::NotFound);
        QTest::newRow("first day") << QDate(2026, 3, 1) << 1 << true << int(ErrorCode::None);
        QTest::newRow("last day") << QDate(2026, 6, 30) << 2400 << true << int(ErrorCode::None);
    }
    void refusals()
    {
        QFETCH(QDate, date);
        QFETCH(int, centi);
        QFETCH(bool, knownPlacement);
        QFETCH(int, code);
        TempStore s;
        const qint64 placement = s.addPlacement();
        LogEntry l;
        l.placementId = knownPlacement ? placement : placement + 1;
        l.date = date;
        l.centiHours = centi;
        QCOMPARE(int(s->logEntries().create(l).code()), code);
        QCOMPARE(s.rows(QStringLiteral("log_entry")), code == int(ErrorCode::None) ? 1 : 0);
    }

    void ongoingPlacementAcceptsLaterDates()
    {
        TempStore s;
        const qint64 placement = s.addPlacement(QDate(2026, 3, 1), QDate());
        LogEntry l;
        l.placementId = placement;
        l.date = QDate(2027, 1, 15);
        l.centiHours = 100;
        QVERIFY(s->logEntries().create(l).ok());
    }

    void unknownCompetencyIsRefused()
    {
        TempStore s;
        LogEntry l;
        l.placementId = s.addPlacement();
        l.date = QDate(2026, 3, 2);
        l.centiHours = 100;
        l.competencyIds = {5};
        QCOMPARE(s->logEntries().create(l).code(), ErrorCode::NotFound);
        QCOMPARE(s.rows(QStringLiteral("log_entry")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_LogEntryRepository)
#include "tst_logentryrepository.moc"
