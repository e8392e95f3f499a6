#include "ErrorMessages.h"
#include "EvaluationController.h"
#include "UiTestStore.h"

#include <QSignalSpy>

using namespace pf;

// EvaluationController: recording a supervisor's evaluation, rated per competency on a rubric.
class tst_EvaluationController : public QObject
{
    Q_OBJECT

private slots:
    void addAndEdit()
    {
        UiTestStore s;
        const qint64 research = s.addCompetency(QStringLiteral("User research"));
        const qint64 placement = s.addPlacement();
        auto p = s->placements().get(placement);
        QVERIFY(p.ok());
        p->supervisorName = QStringLiteral("Jonas Becker");
        QVERIFY(s->placements().update(*p).ok());

        EvaluationController controller(*s);
        QVariantMap form = controller.blank(placement);
        QCOMPARE(form.value(QStringLiteral("evaluatorName")).toString(), QStringLiteral("Jonas Becker"));
        QCOMPARE(form.value(QStringLiteral("scaleMin")).toInt(), 1);
        QCOMPARE(form.value(QStringLiteral("scaleMax")).toInt(), 5);
        form.insert(QStringLiteral("date"), QStringLiteral("2026-06-30"));
        form.insert(
            QStringLiteral("ratings"),
            QVariantList{QVariantMap{{QStringLiteral("competencyId"), research},
                                     {QStringLiteral("rating"), 4},
                                     {QStringLiteral("comment"), QStringLiteral("Ran tests alone")}}});
        QSignalSpy changed(&controller, &FormController::changed);
        const qint64 id = controller.save(form);
        QVERIFY2(id > 0, qPrintable(controller.errorMessage()));
        QCOMPARE(changed.count(), 1);
        auto stored = s->evaluations().get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->ratings.size(), 1);
        QCOMPARE(stored->ratings.first().rating, 4);

        // Editing replaces the ratings with the form's.
        QVariantMap edit = controller.load(id);
        edit.insert(QStringLiteral("ratings"), QVariantList());
        edit.insert(QStringLiteral("comments"), QStringLiteral("Great work"));
        QCOMPARE(controller.save(edit), id);
        QCOMPARE(s->evaluations().get(id)->ratings.size(), 0);
        QCOMPARE(s->evaluations().get(id)->comments, QStringLiteral("Great work"));

        QVERIFY(controller.deleteQuestion(id).contains(QStringLiteral("Jonas Becker")));
        QVERIFY(controller.remove(id));
        QCOMPARE(s->evaluations().count(), 0);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("no evaluator")
            << "evaluatorName" << QVariant(QString()) << "evaluatorName" << int(ErrorCode::InvalidArgument);
        QTest::newRow("no date") << "date" << QVariant(QString()) << "date" << int(ErrorCode::InvalidDate);
        QTest::newRow("empty scale") << "scaleMax" << QVariant(1) << "scale"
                                     << int(ErrorCode::InvalidArgument);
        QTest::newRow("rating off the scale")
            << "ratings"
            << QVariant(QVariantList{
                   QVariantMap{{QStringLiteral("competencyId"), 1}, {QStringLiteral("rating"), 9}}})
            << "ratings" << int(ErrorCode::InvalidArgument);
    }

    void validation()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, field);
        QFETCH(int, code);
        UiTestStore s;
        s.addCompetency(QStringLiteral("User research"));
        const qint64 placement = s.addPlacement();
        EvaluationController controller(*s);
        QVariantMap form = controller.blank(placement);
        form.insert(QStringLiteral("evaluatorName"), QStringLiteral("Jonas Becker"));
        form.insert(key, value);
        QCOMPARE(controller.save(form), 0);
        QCOMPARE(controller.fieldErrors().value(field).toString(),
                 ErrorMessages::forField(field, ErrorCode(code)));
        QCOMPARE(s->evaluations().count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_EvaluationController)
#include "tst_evaluationcontroller.moc"
