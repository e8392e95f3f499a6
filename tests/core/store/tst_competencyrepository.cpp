#include "TempStore.h"

using namespace pf;

// Competencies and their frameworks, and what happens to links when one is deleted.
class tst_CompetencyRepository : public QObject
{
    Q_OBJECT

private slots:
    void frameworksAreSharedByNameAndUrl()
    {
        TempStore s;
        Competency a;
        a.title = QStringLiteral("Writes maintainable code");
        a.code = QStringLiteral("SE-2");
        a.frameworkName = QStringLiteral("ACM SE");
        a.frameworkUrl = QStringLiteral("https://example.org/acm");
        a.description = QStringLiteral("Readable, tested, reviewed");
        Competency b = a;
        b.title = QStringLiteral("Designs systems");
        b.code = QStringLiteral("SE-3");
        const qint64 ia = *s->competencies().create(a);
        const qint64 ib = *s->competencies().create(b);
        QCOMPARE(s.rows(QStringLiteral("framework")), 1);
        const auto back = *s->competencies().get(ia);
        QCOMPARE(back.frameworkName, a.frameworkName);
        QCOMPARE(back.frameworkUrl, a.frameworkUrl);
        QCOMPARE(back.description, a.description);
        QCOMPARE(back.frameworkId, s->competencies().get(ib)->frameworkId);
        QCOMPARE(s->competencies().findByCode(a.frameworkName, a.frameworkUrl, QStringLiteral("SE-3")), ib);
        QCOMPARE(s->competencies().findByCode(a.frameworkName, a.frameworkUrl, QStringLiteral("SE-9")), 0);

        Competency own;
        own.title = QStringLiteral("Public speaking");
        const qint64 io = *s->competencies().create(own);
        QCOMPARE(s->competencies().get(io)->frameworkId, 0);
        QCOMPARE(s->competencies().list()->size(), 3);
    }

    void duplicateCodeIsRefused()
    {
        TempStore s;
        s.addCompetency(QStringLiteral("One"), QStringLiteral("C1"), QStringLiteral("F"));
        Competency again;
        again.title = QStringLiteral("Other");
        again.code = QStringLiteral("C1");
        again.frameworkName = QStringLiteral("F");
        QCOMPARE(s->competencies().create(again).code(), ErrorCode::Duplicate);
        again.frameworkName = QStringLiteral("G"); // the same code in another framework is fine
        QVERIFY(s->competencies().create(again).ok());
    }

    void invalidValues()
    {
        TempStore s;
        Competency c;
        QCOMPARE(s->competencies().create(c).code(), ErrorCode::InvalidArgument);
        c.title = QStringLiteral("T");
        c.frameworkUrl = QStringLiteral("https://example.org");
        QCOMPARE(s->competencies().create(c).code(), ErrorCode::InvalidArgument); // URL without a name
        c.frameworkName = QStringLiteral("F");
        c.frameworkUrl = QStringLiteral("not a url");
        QCOMPARE(s->competencies().create(c).code(), ErrorCode::InvalidArgument);
        QCOMPARE(s.rows(QStringLiteral("competency")), 0);
        QCOMPARE(s.rows(QStringLiteral("framework")), 0);
    }

    void updateMovesBetweenFrameworks()
    {
        TempStore s;
        const qint64 id = s.addCompetency(QStringLiteral("One"), QStringLiteral("C1"), QStringLiteral("F"));
        auto c = *s->competencies().get(id);
        c.frameworkName = QStringLiteral("G");
        c.title = QStringLiteral("One, renamed");
        QVERIFY(s->competencies().update(c).ok());
        QCOMPARE(s->competencies().get(id)->frameworkName, QStringLiteral("G"));
        QCOMPARE(s->competencies().get(id)->title, QStringLiteral("One, renamed"));
    }

    void deleteTakesLinksButNotRatings()
    {
        TempStore s;
        const qint64 linked =
            s.addCompetency(QStringLiteral("Linked"), QStringLiteral("L"), QStringLiteral("F"));
        const qint64 rated =
            s.addCompetency(QStringLiteral("Rated"), QStringLiteral("R"), QStringLiteral("F"));
        Evidence e;
        e.title = QStringLiteral("Report");
        e.competencyIds = {linked, rated};
        const qint64 evidence = *s->evidence().create(e);
        const qint64 placement = s.addPlacement();
        LogEntry l;
        l.placementId = placement;
        l.date = QDate(2026, 3, 3);
        l.centiHours = 100;
        l.competencyIds = {linked};
        const qint64 log = *s->logEntries().create(l);
        Evaluation ev;
        ev.placementId = placement;
        ev.date = QDate(2026, 4, 1);
        ev.evaluatorName = QStringLiteral("Dana");
        ev.ratings = {{rated, 3, {}}};
        QVERIFY(s->evaluations().create(ev).ok());

        QVERIFY(s->competencies().remove(linked).ok());
        QCOMPARE(s->evidence().get(evidence)->competencyIds, QList<qint64>{rated});
        QVERIFY(s->logEntries().get(log)->competencyIds.isEmpty());

        auto refused = s->competencies().remove(rated);
        QCOMPARE(refused.code(), ErrorCode::InUse);
        QVERIFY(s->competencies().get(rated).ok());
        QCOMPARE(s.rows(QStringLiteral("framework")), 1);
        QCOMPARE(s->competencies().remove(12345).code(), ErrorCode::NotFound);
    }

    void lastCompetencyTakesItsFramework()
    {
        TempStore s;
        const qint64 id =
            s.addCompetency(QStringLiteral("Only"), QStringLiteral("O"), QStringLiteral("Lonely framework"));
        QCOMPARE(s.rows(QStringLiteral("framework")), 1);
        QVERIFY(s->competencies().remove(id).ok());
        QCOMPARE(s.rows(QStringLiteral("framework")), 0);
    }

    void coverageSaysWhatBacksEachCompetency()
    {
        TempStore s;
        const auto competency = [&](const char *code, const char *title) {
            Competency c;
            c.frameworkName = QStringLiteral("DigComp");
            c.code = QLatin1String(code);
            c.title = QLatin1String(title);
            return *s->competencies().create(c);
        };
        const qint64 programming = competency("3.4", "Programming");
        const qint64 content = competency("3.1", "Developing content");
        const qint64 idle = competency("1.1", "Browsing");
        for (int i = 0; i < 2; ++i) {
            Evidence e;
            e.title = QStringLiteral("Project %1").arg(i);
            e.kind = Evidence::Kind::Note;
            e.competencyIds = {content};
            QVERIFY(s->evidence().create(e).ok());
        }
        Placement p;
        p.organisation = QStringLiteral("Acme");
        p.role = QStringLiteral("Intern");
        p.startDate = QDate(2026, 1, 5);
        LogEntry entry;
        entry.placementId = *s->placements().create(p);
        entry.date = QDate(2026, 1, 6);
        entry.centiHours = 725;
        entry.activities = QStringLiteral("Code review");
        entry.competencyIds = {programming};
        QVERIFY(s->logEntries().create(entry).ok());

        auto coverage = s->competencies().coverage();
        QVERIFY(coverage.ok());
        QCOMPARE(coverage->size(), 3);
        QCOMPARE(coverage->at(0).competencyId, content); // two pieces of evidence
        QCOMPARE(coverage->at(0).evidence, 2);
        QCOMPARE(coverage->at(1).competencyId, programming);
        QCOMPARE(coverage->at(1).centiHours, 725);
        QCOMPARE(coverage->at(1).evidence, 0);
        QVERIFY(coverage->at(1).isCovered());
        QCOMPARE(coverage->at(2).competencyId, idle);
        QVERIFY(!coverage->at(2).isCovered());
    }
};

QTEST_GUILESS_MAIN(tst_CompetencyRepository)
#include "tst_competencyrepository.moc"
