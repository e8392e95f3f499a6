#include "CompetencyModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pf;

// CompetencyModel: competencies by framework, with the evidence and logged hours behind each one.
class tst_CompetencyModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesAndCounts()
    {
        UiTestStore s;
        const qint64 programming = s.addCompetency(QStringLiteral("Programming"), QStringLiteral("3.4"),
                                                   QStringLiteral("DigComp 2.2"));
        const qint64 research = s.addCompetency(QStringLiteral("User research"));
        s.addEvidence(QStringLiteral("Route planner"), QDate(2026, 1, 1), {programming});
        s.addEvidence(QStringLiteral("Parser"), QDate(2026, 2, 1), {programming, research});
        const qint64 acme = s.addPlacement();
        s.addLogEntry(acme, QDate(2026, 3, 3), 650, {programming});

        CompetencyModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 2);
        // The learner's own competencies (no framework) come first.
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), research);
        QCOMPARE(roleValue(model, 0, "framework").toString(), QStringLiteral("Your own competencies"));
        QCOMPARE(roleValue(model, 0, "label").toString(), QStringLiteral("User research"));
        QCOMPARE(roleValue(model, 0, "evidenceCount").toInt(), 1);
        QCOMPARE(roleValue(model, 0, "centiHours").toInt(), 0);
        QCOMPARE(roleValue(model, 1, "framework").toString(), QStringLiteral("DigComp 2.2"));
        QCOMPARE(roleValue(model, 1, "code").toString(), QStringLiteral("3.4"));
        QCOMPARE(roleValue(model, 1, "label").toString(), QStringLiteral("3.4 Programming"));
        QCOMPARE(roleValue(model, 1, "evidenceCount").toInt(), 2);
        QCOMPARE(roleValue(model, 1, "hoursText").toString(), QStringLiteral("6.5 h"));
    }

    void addEditRemoveRows()
    {
        UiTestStore s;
        CompetencyModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        QVERIFY(model.isEmpty());

        const qint64 b = s.addCompetency(QStringLiteral("B"), QStringLiteral("2"), QStringLiteral("F"));
        model.reload();
        const qint64 a = s.addCompetency(QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("F"));
        model.reload();
        QCOMPARE(model.count(), 2);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), a);

        auto edited = s->competencies().get(b);
        QVERIFY(edited.ok());
        edited->description = QStringLiteral("Now described");
        QVERIFY(s->competencies().update(*edited).ok());
        model.reload();
        QCOMPARE(roleValue(model, 1, "description").toString(), QStringLiteral("Now described"));

        QVERIFY(s->competencies().remove(a).ok());
        model.reload();
        QCOMPARE(model.count(), 1);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), b);
        QCOMPARE(countChanged.count(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_CompetencyModel)
#include "tst_competencymodel.moc"
