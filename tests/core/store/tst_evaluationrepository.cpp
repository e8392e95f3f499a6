#include "TempStore.h"

using namespace pf;

// Supervisor evaluations: ratings on the stated scale, cited evidence, one rating per competency.
class tst_EvaluationRepository : public QObject
{
    Q_OBJECT

    static Evaluation valid(qint64 placement, qint64 competency)
    {
        Evaluation e;
        e.placementId = placement;
        e.date = QDate(2026, 6, 30);
        e.evaluatorName = QStringLiteral("Dana Roe");
        e.evaluatorTitle = QStringLiteral("Lead engineer");
        e.rubric = QStringLiteral("1 novice, 2 advanced beginner, 3 competent, 4 proficient, 5 expert");
        e.scaleMin = 1;
        e.scaleMax = 5;
        e.ratings = {{competency, 4, QStringLiteral("Reviews thoroughly")}};
        e.comments = QStringLiteral("A reliable colleague");
        return e;
    }

private slots:
    void crud()
    {
        TempStore s;
        const qint64 placement = s.addPlacement();
        const qint64 c1 = s.addCompetency(QStringLiteral("Reviewing"));
        const qint64 c2 = s.addCompetency(QStringLiteral("Testing"));
        Evidence doc;
        doc.title = QStringLiteral("Test plan");
        const qint64 evidence = *s->evidence().create(doc);

        Evaluation e = valid(placement, c1);
        e.evidenceIds = {evidence};
        auto id = s->evaluations().create(e);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        auto back = *s->evaluations().get(*id);
        QCOMPARE(back.evaluatorTitle, e.evaluatorTitle);
        QCOMPARE(back.rubric, e.rubric);
        QCOMPARE(back.ratings.size(), 1);
        QCOMPARE(back.ratings[0].rating, 4);
        QCOMPARE(back.ratings[0].comment, QStringLiteral("Reviews thoroughly"));
        QCOMPARE(back.evidenceIds, QList<qint64>{evidence});

        back.ratings = {{c1, 5, {}}, {c2, 3, {}}};
        QVERIFY(s->evaluations().update(back).ok());
        QCOMPARE(s->evaluations().get(*id)->ratings.size(), 2);
        QCOMPARE(s->evaluations().listForPlacement(placement)->size(), 1);

        QVERIFY(s->evaluations().remove(*id).ok());
        QCOMPARE(s.rows(QStringLiteral("evaluation_rating")), 0);
        QCOMPARE(s.rows(QStringLiteral("evaluation_evidence")), 0);
        QVERIFY(s->evidence().get(evidence).ok());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<int>("code");
        QTest::newRow("rating above the scale") << 0 << int(ErrorCode::InvalidArgument);
        QTest::newRow("rating below the scale") << 1 << int(ErrorCode::InvalidArgument);
        QTest::newRow("empty scale") << 2 << int(ErrorCode::InvalidArgument);
        QTest::newRow("competency rated twice") << 3 << int(ErrorCode::InvalidArgument);
        QTest::newRow("unknown competency") << 4 << int(ErrorCode::NotFound);
        QTest::newRow("unknown evidence") << 5 << int(ErrorCode::NotFound);
        QTest::newRow("unknown placement") << 6 << int(ErrorCode::NotFound);
        QTest::newRow("no evaluator") << 7 << int(ErrorCode::InvalidArgument);
        QTest::newRow("no date") << 8 << int(ErrorCode::InvalidDate);
    }
    void refusals()
    {
        QFETCH(int, defect);
        QFETCH(int, code);
        TempStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("Reviewing"));
        Evaluation e = valid(s.addPlacement(), competency);
        switch (defect) {
        case 0:
            e.ratings[0].rating = 6;
            break;
        case 1:
            e.ratings[0].rating = 0;
            break;
        case 2:
            e.scaleMax = e.scaleMin;
            break;
        case 3:
            e.ratings << CompetencyRating{competency, 2, {}};
            break;
        case 4:
            e.ratings[0].competencyId = 99;
            break;
        case 5:
            e.evidenceIds = {12};
            break;
        case 6:
            e.placementId = 50;
            break;
        case 7:
            e.evaluatorName.clear();
            break;
        case 8:
            e.date = QDate();
            break;
        }
        QCOMPARE(int(s->evaluations().create(e).code()), code);
        QCOMPARE(s.rows(QStringLiteral("evaluation")), 0);
        QCOMPARE(s.rows(QStringLiteral("evaluation_rating")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EvaluationRepository)
#include "tst_evaluationrepository.moc"
