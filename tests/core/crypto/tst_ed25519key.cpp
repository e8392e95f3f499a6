#include "crypto/Ed25519Key.h"
#include "crypto/JwsVerifier.h"
#include "crypto/Multibase.h"
#include "crypto/Multicodec.h"
#include "crypto/PublicKey.h"

#include <QTest>

using namespace pf;

// Ed25519Key: RFC 8032's known answers, the did:key it names, and signatures that the verifier accepts.
class tst_Ed25519Key : public QObject
{
    Q_OBJECT

private slots:
    void rfc8032KnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        // RFC 8032 section 7.1, tests 1 and 2.
        QTest::newRow("test 1")
            << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray()
            << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb88215"
                                   "90a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("test 2")
            << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray::fromHex("72")
            << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e4"
                                   "3e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }

    void rfc8032KnownAnswers()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        auto key = Ed25519Key::fromSeed(seed);
        QVERIFY(key.ok());
        QCOMPARE(key->publicKey(), publicKey);
        auto signed_ = key->sign(message);
        QVERIFY(signed_.ok());
        QCOMPARE(*signed_, signature);
    }

    void itsDidKeyNamesItsPublicKey()
    {
        auto key = Ed25519Key::generate();
        QVERIFY(key.ok());
        const QString did = key->did();
        QVERIFY(did.startsWith(QStringLiteral("did:key:z6Mk")));
        auto decoded = Multibase::decode(did.mid(8));
        QVERIFY(decoded.ok());
        auto split = Multicodec::split(decoded->bytes);
        QVERIFY(split.has_value());
        QCOMPARE(split->code, Multicodec::kEd25519Pub);
        QCOMPARE(split->body, key->publicKey());
        QCOMPARE(key->verificationMethod(), did + u'#' + did.mid(8));
    }

    void itsSignaturesVerifyAndOnlyForWhatWasSigned()
    {
        auto key = Ed25519Key::generate();
        QVERIFY(key.ok());
        auto other = Ed25519Key::generate();
        QVERIFY(other.ok());
        QVERIFY(key->seed() != other->seed());
        const QByteArray data("the portfolio's hash data");
        auto signature = key->sign(data);
        QVERIFY(signature.ok());
        QCOMPARE(signature->size(), Ed25519Key::kSignatureSize);
        auto publicKey = PublicKey::fromRaw(PublicKey::Type::Ed25519, key->publicKey());
        QVERIFY(publicKey.ok());
        QVERIFY(JwsVerifier::verifyRaw(*publicKey, data, *signature, JwsVerifier::Hash::None).ok());
        QVERIFY(!JwsVerifier::verifyRaw(*publicKey, data + 'x', *signature, JwsVerifier::Hash::None).ok());
        auto otherKey = PublicKey::fromRaw(PublicKey::Type::Ed25519, other->publicKey());
        QVERIFY(otherKey.ok());
        QVERIFY(!JwsVerifier::verifyRaw(*otherKey, data, *signature, JwsVerifier::Hash::None).ok());
    }

    void aSeedOfAnotherLengthIsRefused()
    {
        QCOMPARE(Ed25519Key::fromSeed(QByteArray(31, 'x')).code(), ErrorCode::InvalidKey);
        QCOMPARE(Ed25519Key::fromSeed(QByteArray(33, 'x')).code(), ErrorCode::InvalidKey);
        QCOMPARE(Ed25519Key::fromSeed({}).code(), ErrorCode::InvalidKey);
    }
};

QTEST_APPLESS_MAIN(tst_Ed25519Key)
#include "tst_ed25519key.moc"
