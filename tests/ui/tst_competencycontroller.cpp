#include "CompetencyController.h"
#include "ErrorMessages.h"
#include "UiTestStore.h"

#include <QSignalSpy>

using namespace pf;

// CompetencyController: adding, editing and deleting competencies, and the refusal to delete a rated one.
class tst_CompetencyController : public QObject
{
    Q_OBJECT

private slots:
    void addEditRemove()
    {
        UiTestStore s;
        CompetencyController controller(*s);
        QSignalSpy changed(&controller, &FormController::changed);
        const qint64 id = controller.save({{QStringLiteral("frameworkName"), QStringLiteral("DigComp 2.2")},
                                           {QStringLiteral("code"), QStringLiteral("3.4")},
                                           {QStringLiteral("title"), QStringLiteral("Programming")}});
        QVERIFY2(id > 0, qPrintable(controller.errorMessage()));
        QCOMPARE(changed.count(), 1);

        QVariantMap form = controller.load(id);
        QCOMPARE(form.value(QStringLiteral("frameworkName")).toString(), QStringLiteral("DigComp 2.2"));
        form.insert(QStringLiteral("description"), QStringLiteral("Writing programs"));
        QCOMPARE(controller.save(form), id);
        QCOMPARE(s->competencies().get(id)->description, QStringLiteral("Writing programs"));

        // The same code twice in one framework is refused, under the code field.
        QCOMPARE(controller.save({{QStringLiteral("frameworkName"), QStringLiteral("DigComp 2.2")},
                                  {QStringLiteral("code"), QStringLiteral("3.4")},
                                  {QStringLiteral("title"), QStringLiteral("Coding")}}),
                 0);
        QCOMPARE(controller.fieldErrors().value(QStringLiteral("code")).toString(),
                 ErrorMessages::forField(QStringLiteral("code"), ErrorCode::Duplicate));

        QCOMPARE(controller.save({{QStringLiteral("title"), QString()}}), 0);
        QCOMPARE(controller.fieldErrors().value(QStringLiteral("title")).toString(),
                 ErrorMessages::forField(QStringLiteral("title"), ErrorCode::InvalidArgument));

        QVERIFY(controller.deleteQuestion(id).contains(QStringLiteral("Programming")));
        QVERIFY(controller.remove(id));
        QCOMPARE(s->competencies().count(), 0);
    }

    void ratedCompetencyIsKept()
    {
        UiTestStore s;
        const qint64 id = s.addCompetency(QStringLiteral("User research"));
        Evaluation e;
        e.placementId = s.addPlacement();
        e.date = QDate(2026, 4, 1);
        e.evaluatorName = QStringLiteral("Jonas Becker");
        e.ratings = {{id, 3, {}}};
        QVERIFY(s->evaluations().create(e).ok());

        CompetencyController controller(*s);
        QSignalSpy failed(&controller, &FormController::failed);
        QVERIFY(!controller.remove(id));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(),
                 ErrorMessages::forField(QStringLiteral("competency"), ErrorCode::InUse));
        QCOMPARE(s->competencies().count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CompetencyController)
#include "tst_competencycontroller.moc"
