#include "TempStore.h"

using namespace pf;

// ActivityRepository: recent activity across item kinds, and hours logged in a period.
class tst_ActivityRepository : public QObject
{
    Q_OBJECT

private slots:
    void recentActivityMixesKindsNewestFirst()
    {
        TempStore s;
        QVERIFY(s->activity().recent()->isEmpty());
        Placement p;
        p.organisation = QStringLiteral("Acme GmbH");
        p.role = QStringLiteral("Intern");
        p.startDate = QDate(2020, 1, 6);
        p.endDate = QDate(2020, 12, 18);
        const qint64 placement = *s->placements().create(p);
        LogEntry old;
        old.placementId = placement;
        old.date = QDate(2020, 2, 3);
        old.centiHours = 750;
        old.activities = QStringLiteral("Wrote tests");
        const qint64 oldEntry = *s->logEntries().create(old);
        Evidence e;
        e.title = QStringLiteral("Audit report");
        e.kind = Evidence::Kind::Note;
        e.course = QStringLiteral("HCI 210");
        const qint64 evidence = *s->evidence().create(e); // added now: newer than the 2020 log entry

        auto recent = s->activity().recent();
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->at(0).kind, ItemKind::Evidence);
        QCOMPARE(recent->at(0).id, evidence);
        QCOMPARE(recent->at(0).title, QStringLiteral("Audit report"));
        QCOMPARE(recent->at(0).detail, QStringLiteral("HCI 210"));
        QVERIFY(!recent->at(0).dateOnly);
        QCOMPARE(recent->at(1).kind, ItemKind::LogEntry);
        QCOMPARE(recent->at(1).id, oldEntry);
        QCOMPARE(recent->at(1).title, QStringLiteral("Acme GmbH"));
        QCOMPARE(recent->at(1).detail, QStringLiteral("Wrote tests"));
        QCOMPARE(recent->at(1).centiHours, 750);
        QCOMPARE(recent->at(0).centiHours, 0);
        QVERIFY(recent->at(1).dateOnly);
        QCOMPARE(recent->at(1).at.date(), QDate(2020, 2, 3));
        QCOMPARE(s->activity().recent(1)->size(), 1);
    }

    void hoursBetweenCountBothEnds()
    {
        TempStore s;
        Placement p;
        p.organisation = QStringLiteral("Acme GmbH");
        p.role = QStringLiteral("Intern");
        p.startDate = QDate(2026, 1, 1);
        const qint64 placement = *s->placements().create(p);
        for (const auto &[day, centi] :
             {std::pair{QDate(2026, 10, 31), 800}, std::pair{QDate(2026, 11, 1), 700},
              std::pair{QDate(2026, 11, 30), 650}, std::pair{QDate(2026, 12, 1), 500}}) {
            LogEntry entry;
            entry.placementId = placement;
            entry.date = day;
            entry.centiHours = centi;
            entry.activities = QStringLiteral("Work");
            QVERIFY(s->logEntries().create(entry).ok());
        }
        QCOMPARE(*s->activity().centiHoursBetween(QDate(2026, 11, 1), QDate(2026, 11, 30)), 1350);
        QCOMPARE(*s->activity().centiHoursBetween(QDate(2027, 1, 1), QDate(2027, 1, 31)), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ActivityRepository)
#include "tst_activityrepository.moc"
