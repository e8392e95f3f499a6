#include "CredentialModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pf;

// CredentialModel: the stored badges, as the Badges page lists them.
class tst_CredentialModel : public QObject
{
    Q_OBJECT

    static qint64 addCredential(UiTestStore &s, const QString &name, const QByteArray &bytes)
    {
        Credential c;
        c.format = QStringLiteral("ob3-json");
        c.name = name;
        c.issuerName = QStringLiteral("Example University");
        c.issuedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        c.validUntil = QDateTime(QDate(2028, 5, 1), QTime(12, 0), Qt::UTC);
        c.sourceFileName = name + QStringLiteral(".json");
        auto added = s->credentials().add(bytes, c);
        if (!added)
            qFatal("cannot add a credential: %s", qPrintable(added.error().message));
        return added->id;
    }

private slots:
    void rolesAndRows()
    {
        UiTestStore s;
        CredentialModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        QVERIFY(model.isEmpty());

        const qint64 first =
            addCredential(s, QStringLiteral("Data literacy"), QByteArrayLiteral("{\"a\":1}"));
        model.reload();
        QCOMPARE(model.count(), 1);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), first);
        QCOMPARE(roleValue(model, 0, "name").toString(), QStringLiteral("Data literacy"));
        QCOMPARE(roleValue(model, 0, "issuer").toString(), QStringLiteral("Example University"));
        QCOMPARE(roleValue(model, 0, "issuedText").toString(), QStringLiteral("1 May 2026"));
        QCOMPARE(roleValue(model, 0, "validUntilText").toString(), QStringLiteral("1 May 2028"));
        QCOMPARE(roleValue(model, 0, "fileName").toString(), QStringLiteral("Data literacy.json"));

        const qint64 second = addCredential(s, QStringLiteral("Teamwork"), QByteArrayLiteral("{\"b\":2}"));
        model.reload();
        QCOMPARE(model.count(), 2);

        QVERIFY(s->credentials().remove(first).ok());
        model.reload();
        QCOMPARE(model.count(), 1);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), second);
        QCOMPARE(countChanged.count(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialModel)
#include "tst_credentialmodel.moc"
