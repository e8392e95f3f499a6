#include "TempStore.h"

using namespace pf;

// Placements, their constraints and the hour totals computed from the log.
class tst_PlacementRepository : public QObject
{
    Q_OBJECT

    static Placement valid()
    {
        Placement p;
        p.organisation = QStringLiteral("Acme GmbH");
        p.role = QStringLiteral("Software intern");
        p.kind = Placement::Kind::Apprenticeship;
        p.supervisorName = QStringLiteral("Dana Roe");
        p.supervisorTitle = QStringLiteral("Lead engineer");
        p.supervisorEmail = QStringLiteral("dana@acme.example");
        p.startDate = QDate(2026, 3, 1);
        p.endDate = QDate(2026, 6, 30);
        p.location = QStringLiteral("Berlin");
        p.description = QStringLiteral("Backend team");
        return p;
    }

    static LogEntry entry(qint64 placement, const QDate &date, int centi, QList<qint64> competencies = {})
    {
        LogEntry l;
        l.placementId = placement;
        l.date = date;
        l.centiHours = centi;
        l.activities = QStringLiteral("work");
        l.competencyIds = std::move(competencies);
        return l;
    }

private slots:
    void createReadUpdate()
    {
        TempStore s;
        auto id = s->placements().create(valid());
        QVERIFY(id.ok());
        auto back = s->placements().get(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->organisation, QStringLiteral("Acme GmbH"));
        QCOMPARE(back->kind, Placement::Kind::Apprenticeship);
        QCOMPARE(back->supervisorTitle, QStringLiteral("Lead engineer"));
        QCOMPARE(back->endDate, QDate(2026, 6, 30));

        Placement changed = *back;
        changed.role = QStringLiteral("Junior developer");
        changed.endDate = QDate(); // ongoing
        QVERIFY(s->placements().update(changed).ok());
        QCOMPARE(s->placements().get(*id)->role, QStringLiteral("Junior developer"));
        QVERIFY(!s->placements().get(*id)->endDate.isValid());
        QCOMPARE(s->placements().list()->size(), 1);
        QCOMPARE(s->placements().get(42).code(), ErrorCode::NotFound);
    }

    void validation_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("no organisation") << 0 << int(ErrorCode::InvalidArgument);
        QTest::newRow("no role") << 1 << int(ErrorCode::InvalidArgument);
        QTest::newRow("no start") << 2 << int(ErrorCode::InvalidDate);
        QTest::newRow("end before start") << 3 << int(ErrorCode::DateOrder);
        QTest::newRow("bad e-mail") << 4 << int(ErrorCode::InvalidArgument);
    }
    void validation()
    {
        QFETCH(int, field);
        QFETCH(int, code);
        Placement p = valid();
        switch (field) {
        case 0:
            p.organisation = QStringLiteral(" ");
            break;
        case 1:
            p.role.clear();
            break;
        case 2:
            p.startDate = QDate();
            break;
        case 3:
            p.endDate = QDate(2026, 2, 28);
            break;
        case 4:
            p.supervisorEmail = QStringLiteral("dana at acme");
            break;
        }
        TempStore s;
        QCOMPARE(int(s->placements().create(p).code()), code);
        QCOMPARE(s.rows(QStringLiteral("placement")), 0);
    }

    void updateCannotStrandLogEntries()
    {
        TempStore s;
        const qint64 id = *s->placements().create(valid());
        QVERIFY(s->logEntries().create(entry(id, QDate(2026, 6, 15), 400)).ok());
        Placement shorter = *s->placements().get(id);
        shorter.endDate = QDate(2026, 5, 31);
        auto refused = s->placements().update(shorter);
        QCOMPARE(refused.code(), ErrorCode::DateOrder);
        QVERIFY(refused.error().message.contains(QStringLiteral("2026-06-15")));
        QCOMPARE(s->placements().get(id)->endDate, QDate(2026, 6, 30));
    }

    void removeIsRefusedWhileEntriesExist()
    {
        TempStore s;
        const qint64 id = *s->placements().create(valid());
        const qint64 log = *s->logEntries().create(entry(id, QDate(2026, 3, 2), 800));
        Evaluation ev;
        ev.placementId = id;
        ev.date = QDate(2026, 6, 30);
        ev.evaluatorName = QStringLiteral("Dana Roe");
        QVERIFY(s->evaluations().create(ev).ok());

        auto refused = s->placements().remove(id);
        QCOMPARE(refused.code(), ErrorCode::InUse);
        QVERIFY(refused.error().message.contains(QStringLiteral("1 log entries")));
        QVERIFY(s->placements().get(id).ok());
        QVERIFY(s->logEntries().get(log).ok());

        QVERIFY(s->placements().remove(id, true).ok());
        QCOMPARE(s.rows(QStringLiteral("placement")), 0);
        QCOMPARE(s.rows(QStringLiteral("log_entry")), 0);
        QCOMPARE(s.rows(QStringLiteral("evaluation")), 0);
        QCOMPARE(s.rows(QStringLiteral("search_entry")), 0);
        QCOMPARE(s->placements().remove(id).code(), ErrorCode::NotFound);
    }

    void totalsAreComputedFromTheLog()
    {
        TempStore s;
        const qint64 id = *s->placements().create(valid());
        const qint64 other = *s->placements().create(valid());
        const qint64 coding = s.addCompetency(QStringLiteral("Coding"));
        const qint64 teamwork = s.addCompetency(QStringLiteral("Teamwork"));
        // Monday 2 March to Sunday 8 March 2026 is one ISO week; 9 March starts the next.
        QVERIFY(s->logEntries().create(entry(id, QDate(2026, 3, 2), 750, {coding})).ok());
        QVERIFY(s->logEntries().create(entry(id, QDate(2026, 3, 8), 325, {coding, teamwork})).ok());
        QVERIFY(s->logEntries().create(entry(id, QDate(2026, 3, 9), 800, {teamwork})).ok());
        QVERIFY(s->logEntries().create(entry(other, QDate(2026, 3, 9), 100, {coding})).ok());

        QCOMPARE(*s->placements().totalCentiHours(id), 1875);
        QCOMPARE(*s->placements().totalCentiHours(other), 100);
        QCOMPARE(s->placements().totalCentiHours(999).code(), ErrorCode::NotFound);

        const auto weeks = *s->placements().weeklyHours(id);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks[0].weekStart, QDate(2026, 3, 2));
        QCOMPARE(weeks[0].centiHours, 1075);
        QCOMPARE(weeks[1].weekStart, QDate(2026, 3, 9));
        QCOMPARE(weeks[1].centiHours, 800);

        const auto perCompetency = *s->placements().competencyHours(id);
        QCOMPARE(perCompetency.size(), 2);
        QCOMPARE(perCompetency[0].competencyId, teamwork); // 11.25 h before coding's 10.75 h
        QCOMPARE(perCompetency[0].centiHours, 1125);
        QCOMPARE(perCompetency[1].centiHours, 1075);

        const auto everywhere = *s->placements().competencyHours();
        QCOMPARE(everywhere.size(), 2);
        QCOMPARE(everywhere[0].competencyId, coding);
        QCOMPARE(everywhere[0].centiHours, 1175);

        // A changed entry changes the totals: they are never stored copies.
        auto first = *s->logEntries().listForPlacement(id);
        first[0].centiHours = 50;
        QVERIFY(s->logEntries().update(first[0]).ok());
        QCOMPARE(*s->placements().totalCentiHours(id), 1175);
    }
};

QTEST_GUILESS_MAIN(tst_PlacementRepository)
#include "tst_placementrepository.moc"
