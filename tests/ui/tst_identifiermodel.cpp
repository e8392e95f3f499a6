#include "IdentifierModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pf;

// IdentifierModel: the learner's identifiers, as the Settings page lists them.
class tst_IdentifierModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesAndRows()
    {
        UiTestStore s;
        IdentifierModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        QVERIFY(model.isEmpty());

        QVERIFY(s->identities().add({QStringLiteral("email"), QStringLiteral("amira@example.org")}).ok());
        QVERIFY(s->identities().add({QStringLiteral("did"), QStringLiteral("did:key:z6MkAmira")}).ok());
        QVERIFY(s->identities().add({QStringLiteral("student-id"), QStringLiteral("S1234567")}).ok());
        model.reload();
        QCOMPARE(model.count(), 3);
        QCOMPARE(countChanged.count(), 1);
        // By kind, then value, as the store lists them.
        QCOMPARE(roleValue(model, 0, "kind").toString(), QStringLiteral("did"));
        QCOMPARE(roleValue(model, 0, "kindLabel").toString(), QStringLiteral("DID"));
        QCOMPARE(roleValue(model, 1, "value").toString(), QStringLiteral("amira@example.org"));
        QCOMPARE(roleValue(model, 1, "kindLabel").toString(), QStringLiteral("E-mail"));
        QCOMPARE(roleValue(model, 2, "kindLabel").toString(), QStringLiteral("Student ID"));

        // Removing one removes its row alone.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(s->identities().remove({QStringLiteral("did"), QStringLiteral("did:key:z6MkAmira")}).ok());
        model.reload();
        QCOMPARE(model.count(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(roleValue(model, 0, "value").toString(), QStringLiteral("amira@example.org"));
    }

    void everyKindHasItsOwnLabel()
    {
        QStringList labels;
        for (const QString &kind : IdentityRepository::kinds()) {
            const QString label = IdentifierModel::kindLabel(kind);
            QVERIFY2(!label.isEmpty() && !labels.contains(label), qPrintable(kind));
            labels << label;
        }
    }
};

QTEST_GUILESS_MAIN(tst_IdentifierModel)
#include "tst_identifiermodel.moc"
