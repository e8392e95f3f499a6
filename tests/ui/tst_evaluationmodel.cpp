#include "EvaluationModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pf;

// EvaluationModel: one placement's supervisor evaluations with each competency's rating.
class tst_EvaluationModel : public QObject
{
    Q_OBJECT

    static qint64 addEvaluation(UiTestStore &s, qint64 placementId, const QDate &date, qint64 competency,
                                int rating)
    {
        Evaluation e;
        e.placementId = placementId;
        e.date = date;
        e.evaluatorName = QStringLiteral("Jonas Becker");
        e.evaluatorTitle = QStringLiteral("Lead designer");
        e.rubric = QStringLiteral("1 = beginning ... 5 = excellent");
        e.ratings = {{competency, rating, QStringLiteral("Well done")}};
        auto id = s->evaluations().create(e);
        if (!id)
            qFatal("cannot add an evaluation: %s", qPrintable(id.error().message));
        return *id;
    }

private slots:
    void rolesAndRows()
    {
        UiTestStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("User research"));
        const qint64 acme = s.addPlacement();
        EvaluationModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        QCOMPARE(model.count(), 0);

        const qint64 first = addEvaluation(s, acme, QDate(2026, 4, 1), competency, 4);
        model.setPlacementId(acme);
        QCOMPARE(model.count(), 1);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), first);
        QCOMPARE(roleValue(model, 0, "dateText").toString(), QStringLiteral("1 Apr 2026"));
        QCOMPARE(roleValue(model, 0, "evaluatorName").toString(), QStringLiteral("Jonas Becker"));
        QCOMPARE(roleValue(model, 0, "scaleText").toString(), QStringLiteral("Scale 1 to 5"));
        const QVariantMap rating = roleValue(model, 0, "ratings").toList().value(0).toMap();
        QCOMPARE(rating.value(QStringLiteral("title")).toString(), QStringLiteral("User research"));
        QCOMPARE(rating.value(QStringLiteral("rating")).toInt(), 4);
        QCOMPARE(rating.value(QStringLiteral("ratingText")).toString(), QStringLiteral("4 of 5"));
        QCOMPARE(rating.value(QStringLiteral("fraction")).toDouble(), 0.75);

        const qint64 second = addEvaluation(s, acme, QDate(2026, 6, 1), competency, 5);
        model.reload();
        QCOMPARE(model.count(), 2);
        QCOMPARE(roleValue(model, 1, "itemId").toLongLong(), second);

        auto edited = s->evaluations().get(first);
        QVERIFY(edited.ok());
        edited->comments = QStringLiteral("Reliable");
        QVERIFY(s->evaluations().update(*edited).ok());
        model.reload();
        QCOMPARE(roleValue(model, 0, "comments").toString(), QStringLiteral("Reliable"));

        QVERIFY(s->evaluations().remove(first).ok());
        model.reload();
        QCOMPARE(model.count(), 1);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), second);

        model.setPlacementId(0);
        QCOMPARE(model.count(), 0);
        QCOMPARE(countChanged.count(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_EvaluationModel)
#include "tst_evaluationmodel.moc"
