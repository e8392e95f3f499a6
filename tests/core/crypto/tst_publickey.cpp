#include "CryptoTestSupport.h"
#include "crypto/Multibase.h"
#include "crypto/Multicodec.h"
#include "crypto/PublicKey.h"

#include <QJsonDocument>
#include <QTest>

using namespace pf;
using namespace testsupport;

Q_DECLARE_METATYPE(pf::PublicKey::Type)

namespace {

QString message(const Result<PublicKey> &r)
{
    return r.ok() ? QString() : r.error().message;
}

QByteArray flippedBit(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

} // namespace

// PublicKey: every way in (JWK, PEM, Multikey, raw) and out (JWK, Multikey, raw, RFC 7638 thumbprint).
class tst_PublicKey : public QObject
{
    Q_OBJECT

    Pkey m_rsa2048, m_rsa3072, m_rsa1024, m_p256, m_p384, m_p521, m_ed25519;

    EVP_PKEY *keyFor(const QString &name) const
    {
        if (name == "RSA 2048")
            return m_rsa2048.get();
        if (name == "RSA 3072")
            return m_rsa3072.get();
        if (name == "P-256")
            return m_p256.get();
        if (name == "P-384")
            return m_p384.get();
        return m_ed25519.get();
    }

private slots:
    void initTestCase()
    {
        m_rsa2048 = generateRsa(2048);
        m_rsa3072 = generateRsa(3072);
        m_rsa1024 = generateRsa(1024);
        m_p256 = generateEc("P-256");
        m_p384 = generateEc("P-384");
        m_p521 = generateEc("P-521");
        m_ed25519 = generateEd25519();
        QVERIFY(m_rsa2048 && m_rsa3072 && m_rsa1024 && m_p256 && m_p384 && m_p521 && m_ed25519);
    }

    void generatedKeys_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<PublicKey::Type>("type");
        QTest::addColumn<int>("bits");
        QTest::newRow("RSA 2048") << "RSA 2048" << PublicKey::Type::Rsa << 2048;
        QTest::newRow("RSA 3072") << "RSA 3072" << PublicKey::Type::Rsa << 3072;
        QTest::newRow("P-256") << "P-256" << PublicKey::Type::P256 << 256;
        QTest::newRow("P-384") << "P-384" << PublicKey::Type::P384 << 384;
        QTest::newRow("Ed25519") << "Ed25519" << PublicKey::Type::Ed25519 << 256;
    }
    void generatedKeys()
    {
        QFETCH(QString, name);
        QFETCH(PublicKey::Type, type);
        QFETCH(int, bits);
        EVP_PKEY *pkey = keyFor(name);
        const QJsonObject jwk = publicJwk(pkey);

        auto fromJwk = PublicKey::fromJwk(jwk);
        QVERIFY2(fromJwk.ok(), qPrintable(message(fromJwk)));
        QCOMPARE(fromJwk->type(), type);
        QCOMPARE(fromJwk->bits(), bits);
        QCOMPARE(fromJwk->toJwk(), jwk); // exactly the public members, canonical encoding

        auto fromPem = PublicKey::fromPem(publicPem(pkey));
        QVERIFY2(fromPem.ok(), qPrintable(message(fromPem)));
        QVERIFY(*fromPem == *fromJwk);
        QCOMPARE(fromPem->fingerprint(), fromJwk->fingerprint());
        QCOMPARE(fromPem->fingerprint().size(), 43);

        auto fromRaw = PublicKey::fromRaw(type, fromJwk->raw());
        QVERIFY2(fromRaw.ok(), qPrintable(message(fromRaw)));
        QVERIFY(*fromRaw == *fromJwk);

        if (type == PublicKey::Type::Rsa) {
            QVERIFY(fromJwk->multikey().isEmpty());
        } else {
            auto fromMultikey = PublicKey::fromMultikey(fromJwk->multikey());
            QVERIFY2(fromMultikey.ok(), qPrintable(message(fromMultikey)));
            QVERIFY(*fromMultikey == *fromJwk);
            const char *prefix = type == PublicKey::Type::Ed25519 ? "z6Mk"
                                 : type == PublicKey::Type::P256  ? "zDn"
                                                                  : "z82";
            QVERIFY(fromJwk->multikey().startsWith(QLatin1String(prefix)));
        }
        if (type == PublicKey::Type::P256 || type == PublicKey::Type::P384) {
            // The uncompressed point is the same key as the compressed one.
            const QByteArray x = Base64Url::decode(jwk["x"].toString().toLatin1()).value();
            const QByteArray y = Base64Url::decode(jwk["y"].toString().toLatin1()).value();
            auto uncompressed = PublicKey::fromRaw(type, QByteArray(1, '\x04') + x + y);
            QVERIFY2(uncompressed.ok(), qPrintable(message(uncompressed)));
            QVERIFY(*uncompressed == *fromJwk);
        }
    }

    void copiesShareTheKey()
    {
        PublicKey copy;
        QVERIFY(copy.isNull());
        QCOMPARE(copy.bits(), 0);
        QVERIFY(copy == PublicKey());
        {
            auto key = PublicKey::fromJwk(publicJwk(m_p256.get()));
            QVERIFY(key.ok());
            copy = *key;
            QVERIFY(!(copy == PublicKey()));
        }
        QCOMPARE(copy.type(), PublicKey::Type::P256);
        QCOMPARE(copy.description(), QStringLiteral("P-256"));
        auto other = PublicKey::fromJwk(publicJwk(m_ed25519.get()));
        QVERIFY(!(copy == *other));
    }

    void thumbprints_data()
    {
        QTest::addColumn<QByteArray>("jwk");
        QTest::addColumn<QString>("thumbprint");
        // RFC 7638 section 3.1 (the extra members alg and kid do not count).
        QTest::newRow("RFC 7638 3.1")
            << QByteArray(
                   "{\"kty\":\"RSA\",\"n\":"
                   "\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPF"
                   "FxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_"
                   "RN5w6Cf0h4QyQ5v-65Y"
                   "GjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-"
                   "bFTWhAI4v"
                   "MQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\",\"e\":"
                   "\"AQAB\","
                   "\"alg\":\"RS256\",\"kid\":\"2011-04-29\"}")
            << "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";
        // RFC 8037 appendix A.3.
        QTest::newRow("RFC 8037 A.3") << QByteArray("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":"
                                                    "\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\"}")
                                      << "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
    }
    void thumbprints()
    {
        QFETCH(QByteArray, jwk);
        QFETCH(QString, thumbprint);
        auto key = PublicKey::fromJwk(QJsonDocument::fromJson(jwk).object());
        QVERIFY2(key.ok(), qPrintable(message(key)));
        QCOMPARE(key->fingerprint(), thumbprint);
    }

    void rawEd25519KnownAnswer()
    {
        // RFC 8032 section 7.1 test 1 public key, and its Multikey (computed independently).
        const QByteArray raw = fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        auto key = PublicKey::fromRaw(PublicKey::Type::Ed25519, raw);
        QVERIFY(key.ok());
        QCOMPARE(key->multikey(), QStringLiteral("z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw"));
        QCOMPARE(key->raw(), raw);
        QCOMPARE(key->toJwk()["x"].toString(), QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"));
    }

    void conformanceMultikeys_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("member");
        QTest::addColumn<PublicKey::Type>("type");
        QTest::newRow("vc-di-eddsa keyPair") << "vc-di-eddsa/TestVectors/keyPair.json"
                                             << "" << PublicKey::Type::Ed25519;
        for (const char *pair : {"keyPair1", "keyPair2", "keyPair3", "keyPair4"})
            QTest::newRow(qPrintable(QStringLiteral("vc-di-eddsa proof-set %1").arg(QLatin1String(pair))))
                << "vc-di-eddsa/TestVectors/proof-set-chain/multiKeyPairs.json" << pair
                << PublicKey::Type::Ed25519;
        QTest::newRow("vc-di-ecdsa P-256") << "vc-di-ecdsa/TestVectors/p256KeyPair.json"
                                           << "" << PublicKey::Type::P256;
        QTest::newRow("vc-di-ecdsa P-384") << "vc-di-ecdsa/TestVectors/p384KeyPair.json"
                                           << "" << PublicKey::Type::P384;
    }
    void conformanceMultikeys()
    {
        QFETCH(QString, file);
        QFETCH(QString, member);
        QFETCH(PublicKey::Type, type);
        const QString dir = conformanceDir();
        if (dir.isEmpty())
            QSKIP(
                "PATHFOLIO_CONFORMANCE_DIR is not set or not a folder: the W3C key pairs are not available");
        QJsonObject pair = QJsonDocument::fromJson(readFile(dir + '/' + file)).object();
        if (!member.isEmpty())
            pair = pair[member].toObject();
        const QString multikey = pair["publicKeyMultibase"].toString();
        QVERIFY(!multikey.isEmpty());
        auto key = PublicKey::fromMultikey(multikey);
        QVERIFY2(key.ok(), qPrintable(message(key)));
        QCOMPARE(key->type(), type);
        QCOMPARE(key->multikey(), multikey); // round trip
        auto viaJwk = PublicKey::fromJwk(key->toJwk());
        QVERIFY(viaJwk.ok());
        QCOMPARE(viaJwk->multikey(), multikey);

        // The secret half of each pair is refused, naming it a secret key.
        const QString secret = pair.contains("secretKeyMultibase") ? pair["secretKeyMultibase"].toString()
                                                                   : pair["privateKeyMultibase"].toString();
        auto refused = PublicKey::fromMultikey(secret);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidKey);
        QVERIFY2(refused.error().message.contains("secret key"), qPrintable(refused.error().message));
    }

    void ob20CryptographicKeyPem()
    {
        const QString dir = conformanceDir();
        if (dir.isEmpty())
            QSKIP("PATHFOLIO_CONFORMANCE_DIR is not set or not a folder: the 1EdTech samples are not "
                  "available");
        for (const char *name : {"key1.json", "key2.json", "key3.json"}) {
            const QJsonObject doc =
                QJsonDocument::fromJson(readFile(dir + "/1edtech-validator-samples/ob20/assets/" + name))
                    .object();
            if (doc.isEmpty())
                continue;
            auto key = PublicKey::fromPem(doc["publicKeyPem"].toString().toUtf8());
            QVERIFY2(key.ok(), qPrintable(message(key)));
            QCOMPARE(key->type(), PublicKey::Type::Rsa);
            QVERIFY(key->bits() >= 2048);
        }
    }

    void pemVariants()
    {
        const QByteArray pem = publicPem(m_rsa2048.get());
        auto reference = PublicKey::fromPem(pem);
        QVERIFY(reference.ok());
        // CRLF line ends, surrounding white space, and the line breaks of a JSON string all decode the same.
        QByteArray crlf = pem;
        crlf.replace("\n", "\r\n");
        QVERIFY(*PublicKey::fromPem(crlf) == *reference);
        QVERIFY(*PublicKey::fromPem("\n  " + pem + "  \n") == *reference);
        // PKCS #1 "RSA PUBLIC KEY".
        const QByteArray pkcs1 = "-----BEGIN RSA PUBLIC KEY-----\n" + reference->raw().toBase64() +
                                 "\n-----END RSA PUBLIC KEY-----\n";
        auto fromPkcs1 = PublicKey::fromPem(pkcs1);
        QVERIFY2(fromPkcs1.ok(), qPrintable(message(fromPkcs1)));
        QVERIFY(*fromPkcs1 == *reference);
        // Ed25519 and EC keys as SPKI too.
        QVERIFY(PublicKey::fromPem(publicPem(m_ed25519.get())).ok());
        QVERIFY(PublicKey::fromPem(publicPem(m_p384.get())).ok());
    }

    void pemRefusals_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("fragment");
        const QByteArray spki = publicPem(m_p256.get());
        const QByteArray body = publicDer(m_p256.get()).toBase64();
        QTest::newRow("PKCS #8 private key") << privatePkcs8Pem(m_rsa2048.get()) << "private key";
        QTest::newRow("Ed25519 private key") << privatePkcs8Pem(m_ed25519.get()) << "private key";
        QTest::newRow("traditional EC private key")
            << QByteArray("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIvx\n-----END EC PRIVATE KEY-----\n")
            << "private key";
        QTest::newRow("garbage") << QByteArray("this is not a key") << "not a PEM block";
        QTest::newRow("empty") << QByteArray() << "not a PEM block";
        QTest::newRow("garbage body")
            << QByteArray("-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PUBLIC KEY-----")
            << "DER";
        QTest::newRow("not base64") << QByteArray(
                                           "-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----")
                                    << "not base64";
        QTest::newRow("mismatched END")
            << QByteArray("-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END CERTIFICATE-----")
            << "does not end";
        QTest::newRow("certificate") << QByteArray("-----BEGIN CERTIFICATE-----\n" + body +
                                                   "\n-----END CERTIFICATE-----")
                                     << "not a public key";
        QTest::newRow("two keys") << spki + spki << "exactly one";
        QTest::newRow("trailing DER bytes")
            << QByteArray("-----BEGIN PUBLIC KEY-----\n" + (publicDer(m_p256.get()) + "xx").toBase64() +
                          "\n-----END PUBLIC KEY-----")
            << "after";
        QTest::newRow("RSA 1024") << publicPem(m_rsa1024.get()) << "2048";
        QTest::newRow("P-521") << publicPem(m_p521.get()) << "secp521r1";
    }
    void pemRefusals()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, fragment);
        auto key = PublicKey::fromPem(pem);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::InvalidKey);
        QVERIFY2(key.error().message.contains(fragment), qPrintable(key.error().message));
    }

    void jwkRefusals_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QString>("fragment");
        QJsonObject withD = publicJwk(m_p256.get());
        withD["d"] = "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI";
        QTest::newRow("EC with d") << withD << "private";
        QJsonObject okpWithD = publicJwk(m_ed25519.get());
        okpWithD["d"] = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
        QTest::newRow("OKP with d") << okpWithD << "private";
        QTest::newRow("oct") << QJsonObject{{"kty", "oct"},
                                            {"k", "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T"}}
                             << "secret";
        QTest::newRow("no kty") << QJsonObject{{"n", "AQAB"}, {"e", "AQAB"}} << "kty";
        QTest::newRow("kty not a string") << QJsonObject{{"kty", 3}} << "kty";
        QTest::newRow("unknown kty") << QJsonObject{{"kty", "XYZ"}} << "not supported";
        QTest::newRow("RSA 1024") << publicJwk(m_rsa1024.get()) << "1024 bits is too weak";
        QJsonObject rsaNoE = publicJwk(m_rsa2048.get());
        rsaNoE.remove("e");
        QTest::newRow("RSA without e") << rsaNoE << "\"e\"";
        QJsonObject rsaBadB64 = publicJwk(m_rsa2048.get());
        rsaBadB64["n"] = rsaBadB64["n"].toString() + "=";
        QTest::newRow("RSA n padded") << rsaBadB64 << "base64url";
        QJsonObject rsaEvenE = publicJwk(m_rsa2048.get());
        rsaEvenE["e"] = "AQAA";
        QTest::newRow("RSA even exponent") << rsaEvenE << "exponent";
        QJsonObject rsaEvenN = publicJwk(m_rsa2048.get());
        QByteArray n = Base64Url::decode(rsaEvenN["n"].toString().toLatin1()).value();
        n[n.size() - 1] = char(n[n.size() - 1] & 0xfe);
        rsaEvenN["n"] = b64(n);
        QTest::newRow("RSA even modulus") << rsaEvenN << "even";
        QJsonObject p521;
        p521["kty"] = "EC";
        p521["crv"] = "P-521";
        p521["x"] =
            "AekpBQ8ST8a8VcfVOTNl353vSrDCLLJXmPk06wTjxrrjcBpXp5EOnYG_NjFZ6OvLFV1jSfS9tsz4qUxcWceqwQGk";
        p521["y"] =
            "ADSmRA43Z1DSNx_RvcLI87cdL07l6jQyyBXMoxVg_l2Th-x3S1WDhjDly79ajL4Kkd0AZMaZmh9ubmf63e3kyMj2";
        QTest::newRow("P-521 (RFC 7515 A.4)") << p521 << "P-521";
        QJsonObject secp256k1 = publicJwk(m_p256.get());
        secp256k1["crv"] = "secp256k1";
        QTest::newRow("secp256k1") << secp256k1 << "secp256k1";
        QJsonObject offCurve = publicJwk(m_p256.get());
        QByteArray y = Base64Url::decode(offCurve["y"].toString().toLatin1()).value();
        offCurve["y"] = b64(flippedBit(y, 31));
        QTest::newRow("EC point not on the curve") << offCurve << "curve";
        QJsonObject shortX = publicJwk(m_p384.get());
        shortX["x"] = b64(Base64Url::decode(shortX["x"].toString().toLatin1()).value().mid(1));
        QTest::newRow("P-384 x too short") << shortX << "48 bytes";
        QJsonObject p256AsP384 = publicJwk(m_p256.get());
        p256AsP384["crv"] = "P-384";
        QTest::newRow("P-256 coordinates as P-384") << p256AsP384 << "48 bytes";
        QJsonObject x25519 = publicJwk(m_ed25519.get());
        x25519["crv"] = "X25519";
        QTest::newRow("X25519") << x25519 << "X25519";
        QJsonObject ed448 = publicJwk(m_ed25519.get());
        ed448["crv"] = "Ed448";
        QTest::newRow("Ed448") << ed448 << "Ed448";
        QJsonObject edShort = publicJwk(m_ed25519.get());
        edShort["x"] = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcH";
        QTest::newRow("Ed25519 x too short") << edShort << "32 bytes";
        QJsonObject encryption = publicJwk(m_rsa2048.get());
        encryption["use"] = "enc";
        QTest::newRow("use enc") << encryption << "\"enc\"";
    }
    void jwkRefusals()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(QString, fragment);
        auto key = PublicKey::fromJwk(jwk);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::InvalidKey);
        QVERIFY2(key.error().message.contains(fragment), qPrintable(key.error().message));
    }

    void jwkExtrasAccepted()
    {
        // kid, alg, use "sig" and key_ops are metadata: accepted, and not part of the key.
        QJsonObject jwk = publicJwk(m_p256.get());
        auto plain = PublicKey::fromJwk(jwk);
        jwk["kid"] = "k1";
        jwk["alg"] = "ES256";
        jwk["use"] = "sig";
        auto decorated = PublicKey::fromJwk(jwk);
        QVERIFY(decorated.ok());
        QVERIFY(*decorated == *plain);
        QCOMPARE(decorated->fingerprint(), plain->fingerprint());
    }

    void multikeyRefusals_data()
    {
        QTest::addColumn<QString>("multikey");
        QTest::addColumn<QString>("fragment");
        const QByteArray ed = fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        auto mb = [](const QByteArray &bytes) {
            return Multibase::encode(Multibase::Base::Base58Btc, bytes);
        };
        QTest::newRow("X25519 (z6LS)") << "z6LSrApwZptxFR4jy6U8Z8exYPwTqSXniWLqihApE1oK9WsK"
                                       << "X25519";
        QTest::newRow("secp256k1") << "zQ3shbuSXtF4m4h3RFyLcrvNeRqhU93UHnsMQjk7akjgSgXSq"
                                   << "secp256k1-pub";
        QTest::newRow("Ed25519 truncated") << "z2DQYFhy74hg5eM3VNHKxySLj7rqfiJ7SZ3Gyokjx1w6yGc"
                                           << "31";
        QTest::newRow("Ed25519 one byte too many") << mb(QByteArray::fromHex("ed01") + ed + 'x') << "33";
        QTest::newRow("Ed25519 prefix only") << mb(QByteArray::fromHex("ed01")) << "holds 0";
        QTest::newRow("P-256 uncompressed")
            << mb(QByteArray::fromHex("8024") + QByteArray(1, '\x04') + QByteArray(64, '\x01')) << "33";
        QTest::newRow("P-256 bad point form")
            << mb(QByteArray::fromHex("8024") + QByteArray(1, '\x05') + QByteArray(32, '\x01'))
            << "compressed";
        QTest::newRow("P-384 truncated")
            << mb(QByteArray::fromHex("8124") + QByteArray(1, '\x02') + QByteArray(40, '\x01')) << "49";
        QTest::newRow("not on the curve")
            << mb(QByteArray::fromHex("8024") + QByteArray(1, '\x02') + QByteArray(32, '\xff')) << "curve";
        QTest::newRow("base64url multibase")
            << Multibase::encode(Multibase::Base::Base64Url, QByteArray::fromHex("ed01") + ed) << "base58btc";
        QTest::newRow("no multibase prefix") << "6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw"
                                             << "prefix";
        QTest::newRow("bad varint") << mb(QByteArray::fromHex("ff")) << "varint";
        QTest::newRow("empty") << ""
                               << "empty";
    }
    void multikeyRefusals()
    {
        QFETCH(QString, multikey);
        QFETCH(QString, fragment);
        auto key = PublicKey::fromMultikey(multikey);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::InvalidKey);
        QVERIFY2(key.error().message.contains(fragment), qPrintable(key.error().message));
    }

    void rawRefusals()
    {
        QCOMPARE(PublicKey::fromRaw(PublicKey::Type::Ed25519, QByteArray(31, 'a')).code(),
                 ErrorCode::InvalidKey);
        QCOMPARE(PublicKey::fromRaw(PublicKey::Type::P256, QByteArray(49, '\x02')).code(),
                 ErrorCode::InvalidKey);
        QCOMPARE(PublicKey::fromRaw(PublicKey::Type::P384, QByteArray(33, '\x02')).code(),
                 ErrorCode::InvalidKey);
        QCOMPARE(PublicKey::fromRaw(PublicKey::Type::Rsa, "not DER").code(), ErrorCode::InvalidKey);
    }
};

QTEST_GUILESS_MAIN(tst_PublicKey)
#include "tst_publickey.moc"
