#include "CacheModel.h"
#include "ErrorMessages.h"
#include "OfflineDataController.h"
#include "TrustModel.h"
#include "UiTestStore.h"

#include <QSignalSpy>
#include <QTranslator>

using namespace pf;

// OfflineDataController: adding and removing cached documents and trusted issuers from the Settings page.
class tst_OfflineDataController : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(PATHFOLIO_ENGLISH_QM)));
        QCoreApplication::installTranslator(&m_english);
    }

    void addAndRemoveCachedDocument()
    {
        UiTestStore s;
        OfflineDataController controller(*s);
        CacheModel model(*s);
        connect(&controller, &FormController::changed, &model, &CacheModel::reload);
        QSignalSpy changed(&controller, &FormController::changed);

        const QString path = s.file(QStringLiteral("issuer.json"), QByteArray(1500, ' '));
        QVERIFY(controller.addToCache(QStringLiteral("https://uni.example/issuer.json#key-1"),
                                      QUrl::fromLocalFile(path)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(controller.errorMessage(), QString());
        QCOMPARE(model.count(), 1);
        // Stored under the document's URL, without the fragment.
        QCOMPARE(roleValue(model, 0, "url").toString(), QStringLiteral("https://uni.example/issuer.json"));
        QCOMPARE(roleValue(model, 0, "sizeText").toString(), QStringLiteral("1.5 KiB"));
        QCOMPARE(roleValue(model, 0, "source").toString(), QDir::toNativeSeparators(path));
        auto stored = s->cache().get(QStringLiteral("https://uni.example/issuer.json"));
        QVERIFY(stored.ok());
        QCOMPARE(stored->size, 1500);

        QVERIFY(controller.removeFromCache(QStringLiteral("https://uni.example/issuer.json")));
        QCOMPARE(model.count(), 0);
    }

    void refusesMissingFileAndBadAddress()
    {
        UiTestStore s;
        OfflineDataController controller(*s);
        QSignalSpy changed(&controller, &FormController::changed);

        QVERIFY(!controller.addToCache(QStringLiteral("https://uni.example/issuer.json"),
                                       QUrl::fromLocalFile(s.dir.filePath(QStringLiteral("gone.json")))));
        QCOMPARE(controller.fieldErrors().value(QStringLiteral("cacheFile")).toString(),
                 ErrorMessages::sentence(ErrorCode::FileMissing));
        QVERIFY(!controller.errorMessage().isEmpty());

        const QString path = s.file(QStringLiteral("key.json"), QByteArrayLiteral("{}"));
        QVERIFY(!controller.addToCache(QStringLiteral("not an address"), QUrl::fromLocalFile(path)));
        QCOMPARE(controller.fieldErrors().value(QStringLiteral("cacheUrl")).toString(),
                 ErrorMessages::forField(QStringLiteral("cacheUrl"), ErrorCode::InvalidArgument));
        QVERIFY(!controller.fieldErrors().contains(QStringLiteral("cacheFile")));

        QVERIFY(!controller.addToCache(QStringLiteral("https://uni.example/issuer.json"), QUrl()));
        QVERIFY(controller.fieldErrors().contains(QStringLiteral("cacheFile")));
        QCOMPARE(changed.count(), 0);
        QVERIFY(s->cache().list()->isEmpty());

        // A good save clears the errors of the last one.
        QVERIFY(controller.addToCache(QStringLiteral("https://uni.example/issuer.json"),
                                      QUrl::fromLocalFile(path)));
        QVERIFY(controller.fieldErrors().isEmpty());
    }

    void removingWhatIsGoneFails()
    {
        UiTestStore s;
        OfflineDataController controller(*s);
        QSignalSpy failed(&controller, &FormController::failed);
        QVERIFY(!controller.removeFromCache(QStringLiteral("https://nowhere.example/x.json")));
        QVERIFY(!controller.untrustIssuer(QStringLiteral("did:web:nobody.example")));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(0).at(0).toString(), ErrorMessages::sentence(ErrorCode::NotFound));
    }

    void trustRoundTrip()
    {
        UiTestStore s;
        OfflineDataController controller(*s);
        TrustModel model(*s);
        connect(&controller, &FormController::changed, &model, &TrustModel::reload);

        QVERIFY(!controller.trustIssuer(QStringLiteral("  "), QStringLiteral("Nobody"), {}));
        QVERIFY(controller.fieldErrors().contains(QStringLiteral("issuerId")));
        QCOMPARE(model.count(), 0);

        QVERIFY(controller.trustIssuer(QStringLiteral(" did:web:uni.example "),
                                       QStringLiteral("Example University"), QStringLiteral("My school")));
        QVERIFY(controller.trustIssuer(QStringLiteral("https://acme.example/issuer"),
                                       QStringLiteral("Acme GmbH"), {}));
        QCOMPARE(model.count(), 2);
        QCOMPARE(roleValue(model, 1, "issuerId").toString(), QStringLiteral("did:web:uni.example"));
        QCOMPARE(roleValue(model, 1, "note").toString(), QStringLiteral("My school"));

        const QString exported = s.dir.filePath(QStringLiteral("trust.json"));
        QVERIFY(controller.exportTrustList(QUrl::fromLocalFile(exported)));
        QVERIFY(QFile::exists(exported));
        QVERIFY(controller.notice().contains(QDir::toNativeSeparators(exported)));

        QVERIFY(controller.untrustIssuer(QStringLiteral("did:web:uni.example")));
        QVERIFY(controller.untrustIssuer(QStringLiteral("https://acme.example/issuer")));
        QCOMPARE(model.count(), 0);

        QCOMPARE(controller.importTrustList(QUrl::fromLocalFile(exported)), 2);
        QCOMPARE(controller.notice(), QStringLiteral("2 issuers imported."));
        QCOMPARE(model.count(), 2);
        QCOMPARE(roleValue(model, 0, "name").toString(), QStringLiteral("Acme GmbH"));
        QCOMPARE(roleValue(model, 1, "name").toString(), QStringLiteral("Example University"));
        QCOMPARE(roleValue(model, 1, "note").toString(), QStringLiteral("My school"));
    }

    void refusesWhatIsNotATrustList()
    {
        UiTestStore s;
        OfflineDataController controller(*s);
        QSignalSpy failed(&controller, &FormController::failed);

        const QString other = s.file(QStringLiteral("other.json"), QByteArrayLiteral("{\"format\":\"x\"}"));
        QCOMPARE(controller.importTrustList(QUrl::fromLocalFile(other)), -1);
        QCOMPARE(controller.importTrustList(QUrl::fromLocalFile(s.dir.filePath(QStringLiteral("gone.json")))),
                 -1);
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.at(0).at(0).toString(),
                 ErrorMessages::forField(QStringLiteral("trustList"), ErrorCode::InvalidArgument));
        QCOMPARE(failed.at(1).at(0).toString(), ErrorMessages::sentence(ErrorCode::FileMissing));

        QVERIFY(!controller.exportTrustList(
            QUrl::fromLocalFile(s.dir.filePath(QStringLiteral("no/such/dir/t.json")))));
        QCOMPARE(failed.count(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_OfflineDataController)
#include "tst_offlinedatacontroller.moc"
