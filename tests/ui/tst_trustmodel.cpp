#include "TrustModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pf;

// TrustModel: the trusted issuers, as the Settings page lists them.
class tst_TrustModel : public QObject
{
    Q_OBJECT

    static void trust(UiTestStore &s, const QString &id, const QString &name, const QString &note = {})
    {
        const TrustedIssuer issuer{id, name, note, QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC)};
        if (Status added = s->trust().add(issuer); !added)
            qFatal("cannot trust %s: %s", qPrintable(id), qPrintable(added.error().message));
    }

private slots:
    void rolesAndRows()
    {
        UiTestStore s;
        TrustModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        QVERIFY(model.isEmpty());

        trust(s, QStringLiteral("did:web:uni.example"), QStringLiteral("Example University"),
              QStringLiteral("My school"));
        trust(s, QStringLiteral("https://acme.example/issuer"), QStringLiteral("Acme GmbH"));
        model.reload();
        QCOMPARE(model.count(), 2);
        QCOMPARE(roleValue(model, 0, "issuerId").toString(), QStringLiteral("https://acme.example/issuer"));
        QCOMPARE(roleValue(model, 0, "name").toString(), QStringLiteral("Acme GmbH"));
        QCOMPARE(roleValue(model, 1, "note").toString(), QStringLiteral("My school"));
        QCOMPARE(roleValue(model, 1, "addedText").toString(), QStringLiteral("1 May 2026"));

        // An issuer without a name is listed by its id.
        trust(s, QStringLiteral("did:key:z6Mk"), QString());
        model.reload();
        QCOMPARE(model.count(), 3);
        QCOMPARE(roleValue(model, 0, "name").toString(), QStringLiteral("did:key:z6Mk"));

        QVERIFY(s->trust().remove(QStringLiteral("did:web:uni.example")).ok());
        model.reload();
        QCOMPARE(model.count(), 2);
        QCOMPARE(countChanged.count(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_TrustModel)
#include "tst_trustmodel.moc"
