#include "CryptoTestSupport.h"
#include "crypto/DidResolver.h"
#include "crypto/Multibase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pf;
using namespace testsupport;

namespace {

QString message(const Result<ResolvedKey> &r)
{
    return r.ok() ? QString() : r.error().message;
}

// An offline cache for tests: documents by URL, and a record of every URL asked for.
struct FakeCache
{
    QHash<QString, QByteArray> documents;
    mutable QStringList asked;

    DidResolver resolver() const
    {
        return DidResolver([this](const QString &url) -> std::optional<QByteArray> {
            asked.append(url);
            auto it = documents.constFind(url);
            if (it == documents.constEnd())
                return std::nullopt;
            return *it;
        });
    }
    void put(const QString &url, const QJsonObject &doc) { documents.insert(url, compactJson(doc)); }
};

const QString kEd25519Multikey =
    QStringLiteral("z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw"); // RFC 8032 test 1

} // namespace

// DidResolver: did:key, did:jwk, did:web and http(s) key references, resolved only from an offline cache.
class tst_DidResolver : public QObject
{
    Q_OBJECT

    Pkey m_rsa, m_p256, m_p384, m_ed25519;

private slots:
    void initTestCase()
    {
        m_rsa = generateRsa(2048);
        m_p256 = generateEc("P-256");
        m_p384 = generateEc("P-384");
        m_ed25519 = generateEd25519();
        QVERIFY(m_rsa && m_p256 && m_p384 && m_ed25519);
    }

    void didKey_data()
    {
        QTest::addColumn<QString>("multikey");
        QTest::addColumn<PublicKey::Type>("type");
        QTest::addColumn<bool>("withFragment");
        QTest::newRow("Ed25519 (RFC 8032 test 1)") << kEd25519Multikey << PublicKey::Type::Ed25519 << true;
        QTest::newRow("Ed25519 bare DID") << kEd25519Multikey << PublicKey::Type::Ed25519 << false;
        // The W3C vc-di-ecdsa key pairs, copied here so the test runs without the conformance folder.
        QTest::newRow("P-256 (vc-di-ecdsa)")
            << "zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP" << PublicKey::Type::P256 << true;
        QTest::newRow("P-384 (vc-di-ecdsa)")
            << "z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ"
            << PublicKey::Type::P384 << true;
    }
    void didKey()
    {
        QFETCH(QString, multikey);
        QFETCH(PublicKey::Type, type);
        QFETCH(bool, withFragment);
        FakeCache cache;
        const QString did = "did:key:" + multikey;
        auto r = cache.resolver().resolve(withFragment ? did + '#' + multikey : did);
        QVERIFY2(r.ok(), qPrintable(message(r)));
        QCOMPARE(r->id, did + '#' + multikey);
        QCOMPARE(r->controller, did);
        QCOMPARE(r->key.type(), type);
        QCOMPARE(r->key.multikey(), multikey);
        QCOMPARE(r->methodType, QStringLiteral("Multikey"));
        QCOMPARE(r->source, QStringLiteral("did:key (derived)"));
        QCOMPARE(r->assertionMethods, QStringList{r->id});
        QVERIFY(cache.asked.isEmpty()); // derived from the identifier, nothing looked up
    }

    void didKeyGenerated()
    {
        for (EVP_PKEY *pkey : {m_ed25519.get(), m_p256.get(), m_p384.get()}) {
            const PublicKey key = PublicKey::fromJwk(publicJwk(pkey)).value();
            FakeCache cache;
            auto r = cache.resolver().resolve("did:key:" + key.multikey() + '#' + key.multikey());
            QVERIFY2(r.ok(), qPrintable(message(r)));
            QVERIFY(r->key == key);
        }
    }

    void didKeyRefusals_data()
    {
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("wrong multicodec (X25519)")
            << "did:key:z6LSrApwZptxFR4jy6U8Z8exYPwTqSXniWLqihApE1oK9WsK" << ErrorCode::InvalidKey
            << "X25519";
        QTest::newRow("wrong multicodec (secp256k1)")
            << "did:key:zQ3shbuSXtF4m4h3RFyLcrvNeRqhU93UHnsMQjk7akjgSgXSq" << ErrorCode::InvalidKey
            << "secp256k1";
        QTest::newRow("truncated key")
            << "did:key:z2DQYFhy74hg5eM3VNHKxySLj7rqfiJ7SZ3Gyokjx1w6yGc" << ErrorCode::InvalidKey << "31";
        QTest::newRow("truncated text")
            << "did:key:" + kEd25519Multikey.chopped(3) << ErrorCode::InvalidKey << "";
        QTest::newRow("not base58btc") << "did:key:uSGVsbG8" << ErrorCode::InvalidKey << "base58btc";
        QTest::newRow("invalid base58 character")
            << "did:key:z6Mk0000" << ErrorCode::InvalidKey << "base58btc";
        QTest::newRow("secret key") << "did:key:z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
                                    << ErrorCode::InvalidKey << "secret key";
        QTest::newRow("other fragment")
            << "did:key:" + kEd25519Multikey + "#key-1" << ErrorCode::UnresolvableKey << "#key-1";
        QTest::newRow("path") << "did:key:" + kEd25519Multikey + "/path" << ErrorCode::InvalidArgument
                              << "not a did:key";
        QTest::newRow("empty") << "did:key:" << ErrorCode::InvalidArgument << "not a did:key";
    }
    void didKeyRefusals()
    {
        QFETCH(QString, keyId);
        QFETCH(ErrorCode, code);
        QFETCH(QString, fragment);
        FakeCache cache;
        auto r = cache.resolver().resolve(keyId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
    }

    void didJwk()
    {
        for (EVP_PKEY *pkey : {m_ed25519.get(), m_p256.get(), m_rsa.get()}) {
            const QJsonObject jwk = publicJwk(pkey);
            const QString did = "did:jwk:" + b64(compactJson(jwk));
            FakeCache cache;
            for (const QString &id : {did + "#0", did}) {
                auto r = cache.resolver().resolve(id);
                QVERIFY2(r.ok(), qPrintable(message(r)));
                QCOMPARE(r->id, did + "#0");
                QCOMPARE(r->controller, did);
                QCOMPARE(r->key.toJwk(), jwk);
                QCOMPARE(r->methodType, QStringLiteral("JsonWebKey2020"));
                QCOMPARE(r->source, QStringLiteral("did:jwk (derived)"));
                QCOMPARE(r->assertionMethods, QStringList{did + "#0"});
            }
            QVERIFY(cache.asked.isEmpty());
        }
    }

    void didJwkRefusals_data()
    {
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<ErrorCode>("code");
        QJsonObject withD{{"kty", "OKP"},
                          {"crv", "Ed25519"},
                          {"x", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},
                          {"d", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}};
        QJsonObject good = withD;
        good.remove("d");
        QTest::newRow("private JWK") << "did:jwk:" + b64(compactJson(withD)) + "#0" << ErrorCode::InvalidKey;
        QTest::newRow("fragment other than 0")
            << "did:jwk:" + b64(compactJson(good)) + "#1" << ErrorCode::UnresolvableKey;
        QTest::newRow("not base64url") << "did:jwk:eyJ+a3R5Ijo=#0" << ErrorCode::InvalidArgument;
        QTest::newRow("not JSON") << "did:jwk:" + b64("not json") << ErrorCode::InvalidArgument;
        QTest::newRow("empty") << "did:jwk:" << ErrorCode::InvalidArgument;
    }
    void didJwkRefusals()
    {
        QFETCH(QString, keyId);
        QFETCH(ErrorCode, code);
        FakeCache cache;
        auto r = cache.resolver().resolve(keyId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }

    void didWebUrl_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QString>("url");
        QTest::newRow("host only") << "did:web:w3c-ccg.github.io"
                                   << "https://w3c-ccg.github.io/.well-known/did.json";
        QTest::newRow("path") << "did:web:w3c-ccg.github.io:user:alice"
                              << "https://w3c-ccg.github.io/user/alice/did.json";
        QTest::newRow("port") << "did:web:example.com%3A3000"
                              << "https://example.com:3000/.well-known/did.json";
        QTest::newRow("port and path") << "did:web:example.com%3a3000:user:alice"
                                       << "https://example.com:3000/user/alice/did.json";
        QTest::newRow("DCC fixtures")
            << "did:web:digitalcredentials.github.io:vc-test-fixtures:dids:oidf"
            << "https://digitalcredentials.github.io/vc-test-fixtures/dids/oidf/did.json";
        QTest::newRow("host lower-cased") << "did:web:Example.ORG"
                                          << "https://example.org/.well-known/did.json";
        QTest::newRow("empty") << "did:web:"
                               << "";
        QTest::newRow("slash") << "did:web:example.org/evil"
                               << "";
        QTest::newRow("dot dot") << "did:web:example.org:..:x"
                                 << "";
        QTest::newRow("encoded slash") << "did:web:example.org:a%2Fb"
                                       << "";
        QTest::newRow("empty segment") << "did:web:example.org::x"
                                       << "";
        QTest::newRow("user info") << "did:web:evil.com%40example.org"
                                   << "";
        QTest::newRow("query") << "did:web:example.org?x=1"
                               << "";
        QTest::newRow("not did:web") << "did:key:z6Mk"
                                     << "";
    }
    void didWebUrl()
    {
        QFETCH(QString, did);
        QFETCH(QString, url);
        auto r = DidResolver::didWebUrl(did);
        if (url.isEmpty()) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        } else {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(*r, url);
        }
    }

    void didWebDocument_data()
    {
        QTest::addColumn<QString>("methodType");
        QTest::addColumn<QString>("keyName");
        QTest::newRow("Multikey Ed25519") << "Multikey"
                                          << "Ed25519";
        QTest::newRow("Multikey P-256") << "Multikey"
                                        << "P-256";
        QTest::newRow("JsonWebKey2020 P-384") << "JsonWebKey2020"
                                              << "P-384";
        QTest::newRow("JsonWebKey RSA") << "JsonWebKey"
                                        << "RSA";
        QTest::newRow("Ed25519VerificationKey2020") << "Ed25519VerificationKey2020"
                                                    << "Ed25519";
        QTest::newRow("Ed25519VerificationKey2018") << "Ed25519VerificationKey2018"
                                                    << "Ed25519";
    }
    void didWebDocument()
    {
        QFETCH(QString, methodType);
        QFETCH(QString, keyName);
        EVP_PKEY *pkey = keyName == "RSA"     ? m_rsa.get()
                         : keyName == "P-256" ? m_p256.get()
                         : keyName == "P-384" ? m_p384.get()
                                              : m_ed25519.get();
        const PublicKey key = PublicKey::fromJwk(publicJwk(pkey)).value();
        const QString did = "did:web:example.org:issuers:1";
        QJsonObject method{{"id", "#key-1"}, {"type", methodType}, {"controller", did}};
        if (methodType.startsWith("JsonWebKey"))
            method["publicKeyJwk"] = key.toJwk();
        else if (methodType == "Ed25519VerificationKey2018")
            method["publicKeyBase58"] = QString::fromLatin1(Multibase::encodeBase58(key.raw()));
        else
            method["publicKeyMultibase"] = key.multikey();
        // A second key, and a relative assertionMethod reference.
        const QJsonObject other{{"id", did + "#key-2"},
                                {"type", "Multikey"},
                                {"controller", did},
                                {"publicKeyMultibase", kEd25519Multikey}};
        FakeCache cache;
        cache.put("https://example.org/issuers/1/did.json",
                  {{"@context", QJsonArray{"https://www.w3.org/ns/did/v1"}},
                   {"id", did},
                   {"verificationMethod", QJsonArray{method, other}},
                   {"assertionMethod", QJsonArray{"#key-1", did + "#key-2"}},
                   {"authentication", QJsonArray{"#key-2"}}});
        auto r = cache.resolver().resolve(did + "#key-1");
        QVERIFY2(r.ok(), qPrintable(message(r)));
        QVERIFY(r->key == key);
        QCOMPARE(r->id, did + "#key-1");
        QCOMPARE(r->controller, did);
        QCOMPARE(r->methodType, methodType);
        QCOMPARE(r->source, QStringLiteral("offline cache: https://example.org/issuers/1/did.json"));
        QCOMPARE(r->assertionMethods, (QStringList{did + "#key-1", did + "#key-2"}));
        QCOMPARE(cache.asked, QStringList{"https://example.org/issuers/1/did.json"});

        // The JWS kid picks the key when the id has no fragment; a bare DID with two keys and no kid does
        // not.
        auto byKid = cache.resolver().resolve(did, "#key-2");
        QVERIFY2(byKid.ok(), qPrintable(message(byKid)));
        QCOMPARE(byKid->key.multikey(), kEd25519Multikey);
        QCOMPARE(cache.resolver().resolve(did, did + "#key-1")->id, did + "#key-1");
        QCOMPARE(cache.resolver().resolve(did).code(), ErrorCode::UnresolvableKey);
        QCOMPARE(cache.resolver().resolve(did + "#key-9").code(), ErrorCode::UnresolvableKey);
    }

    void didWebRefusals()
    {
        FakeCache cache;
        auto missing = cache.resolver().resolve("did:web:example.org#key-1");
        QCOMPARE(missing.code(), ErrorCode::UnresolvableKey);
        QVERIFY2(missing.error().message.contains("https://example.org/.well-known/did.json"),
                 qPrintable(missing.error().message));
        QVERIFY(missing.error().message.contains("offline cache"));

        // A document published for another DID.
        cache.put("https://example.org/.well-known/did.json",
                  {{"id", "did:web:evil.example"},
                   {"verificationMethod",
                    QJsonArray{QJsonObject{
                        {"id", "#key-1"}, {"type", "Multikey"}, {"publicKeyMultibase", kEd25519Multikey}}}}});
        auto mismatch = cache.resolver().resolve("did:web:example.org#key-1");
        QCOMPARE(mismatch.code(), ErrorCode::UnresolvableKey);
        QVERIFY(mismatch.error().message.contains("did:web:evil.example"));

        // A verification method carrying its private key.
        cache.put("https://example.org/.well-known/did.json",
                  {{"id", "did:web:example.org"},
                   {"verificationMethod",
                    QJsonArray{QJsonObject{
                        {"id", "#key-1"},
                        {"type", "Multikey"},
                        {"publicKeyMultibase", kEd25519Multikey},
                        {"secretKeyMultibase", "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"}}}}});
        QCOMPARE(cache.resolver().resolve("did:web:example.org#key-1").code(), ErrorCode::InvalidKey);

        // An unsupported verification method type.
        cache.put(
            "https://example.org/.well-known/did.json",
            {{"id", "did:web:example.org"},
             {"verificationMethod", QJsonArray{QJsonObject{{"id", "#key-1"},
                                                           {"type", "EcdsaSecp256k1VerificationKey2019"},
                                                           {"publicKeyMultibase", kEd25519Multikey}}}}});
        auto unsupported = cache.resolver().resolve("did:web:example.org#key-1");
        QCOMPARE(unsupported.code(), ErrorCode::InvalidKey);
        QVERIFY(unsupported.error().message.contains("EcdsaSecp256k1VerificationKey2019"));

        // A verification method controlled by someone else than the DID.
        cache.put(
            "https://example.org/.well-known/did.json",
            {{"id", "did:web:example.org"},
             {"verificationMethod", QJsonArray{QJsonObject{{"id", "#key-1"},
                                                           {"type", "Multikey"},
                                                           {"controller", "did:web:evil.example"},
                                                           {"publicKeyMultibase", kEd25519Multikey}}}}});
        auto foreign = cache.resolver().resolve("did:web:example.org#key-1");
        QCOMPARE(foreign.code(), ErrorCode::UnresolvableKey);
        QVERIFY2(foreign.error().message.contains("another controller"), qPrintable(foreign.error().message));

        // A cached document that is not JSON.
        cache.documents.insert("https://example.org/.well-known/did.json", "<html>");
        QCOMPARE(cache.resolver().resolve("did:web:example.org#key-1").code(), ErrorCode::MalformedJson);
    }

    void httpsJwk()
    {
        const QJsonObject jwk = publicJwk(m_p256.get());
        FakeCache cache;
        cache.put("https://issuer.example/key.json", jwk);
        auto r = cache.resolver().resolve("https://issuer.example/key.json");
        QVERIFY2(r.ok(), qPrintable(message(r)));
        QCOMPARE(r->key.toJwk(), jwk);
        QCOMPARE(r->source, QStringLiteral("offline cache: https://issuer.example/key.json"));
        QVERIFY(r->assertionMethods.isEmpty());
        QCOMPARE(cache.resolver().resolve("https://issuer.example/other.json").code(),
                 ErrorCode::UnresolvableKey);
    }

    void httpsJwkSet()
    {
        QJsonObject a = publicJwk(m_p256.get());
        a["kid"] = "key-a";
        QJsonObject b = publicJwk(m_ed25519.get());
        b["kid"] = "key-b";
        FakeCache cache;
        cache.put("https://issuer.example/jwks.json", {{"keys", QJsonArray{a, b}}});
        const DidResolver resolver = cache.resolver();

        auto byFragment = resolver.resolve("https://issuer.example/jwks.json#key-b");
        QVERIFY2(byFragment.ok(), qPrintable(message(byFragment)));
        QCOMPARE(byFragment->key.type(), PublicKey::Type::Ed25519);
        QCOMPARE(byFragment->id, QStringLiteral("https://issuer.example/jwks.json#key-b"));

        auto byKid = resolver.resolve("https://issuer.example/jwks.json", "key-a");
        QVERIFY2(byKid.ok(), qPrintable(message(byKid)));
        QCOMPARE(byKid->key.type(), PublicKey::Type::P256);

        auto byKidUrl =
            resolver.resolve("https://issuer.example/jwks.json", "https://issuer.example/jwks.json#key-b");
        QVERIFY2(byKidUrl.ok(), qPrintable(message(byKidUrl)));
        QCOMPARE(byKidUrl->key.type(), PublicKey::Type::Ed25519);

        auto missingKid = resolver.resolve("https://issuer.example/jwks.json#key-c");
        QCOMPARE(missingKid.code(), ErrorCode::UnresolvableKey);
        QVERIFY2(missingKid.error().message.contains("key-c"), qPrintable(missingKid.error().message));

        auto noKid = resolver.resolve("https://issuer.example/jwks.json");
        QCOMPARE(noKid.code(), ErrorCode::UnresolvableKey);
        QVERIFY2(noKid.error().message.contains("2 keys"), qPrintable(noKid.error().message));

        // A set of one key needs no kid.
        cache.put("https://issuer.example/one.json", {{"keys", QJsonArray{a}}});
        QVERIFY(cache.resolver().resolve("https://issuer.example/one.json").ok());
    }

    void httpsCryptographicKey()
    {
        const QJsonObject doc{{"@context", "https://w3id.org/openbadges/v2"},
                              {"id", "https://issuer.example/key1.json"},
                              {"type", "CryptographicKey"},
                              {"owner", "https://issuer.example/organization.json"},
                              {"publicKeyPem", QString::fromLatin1(publicPem(m_rsa.get()))}};
        FakeCache cache;
        cache.put("https://issuer.example/key1.json", doc);
        // An OB 2.0 issuer Profile naming the key by URL only.
        cache.put("https://issuer.example/organization.json",
                  {{"id", "https://issuer.example/organization.json"},
                   {"type", "Issuer"},
                   {"publicKey", "https://issuer.example/key1.json"}});
        auto r = cache.resolver().resolve("https://issuer.example/key1.json");
        QVERIFY2(r.ok(), qPrintable(message(r)));
        QCOMPARE(r->key.type(), PublicKey::Type::Rsa);
        QCOMPARE(r->id, QStringLiteral("https://issuer.example/key1.json"));
        QCOMPARE(r->controller, QStringLiteral("https://issuer.example/organization.json"));
        QCOMPARE(r->methodType, QStringLiteral("CryptographicKey"));

        auto viaProfile = cache.resolver().resolve("https://issuer.example/organization.json");
        QVERIFY2(viaProfile.ok(), qPrintable(message(viaProfile)));
        QVERIFY(viaProfile->key == r->key);
        QCOMPARE(viaProfile->source, QStringLiteral("offline cache: https://issuer.example/key1.json"));

        // A document cached under one URL that claims to be another one does not speak for it.
        QJsonObject elsewhere = doc;
        elsewhere["id"] = "https://other.example/key1.json";
        cache.put("https://issuer.example/key2.json", elsewhere);
        auto claimed = cache.resolver().resolve("https://issuer.example/key2.json");
        QCOMPARE(claimed.code(), ErrorCode::UnresolvableKey);
        QVERIFY2(claimed.error().message.contains("https://other.example/key1.json"),
                 qPrintable(claimed.error().message));

        // The PEM of a private key in the document is refused.
        QJsonObject leaked = doc;
        leaked["publicKeyPem"] = QString::fromLatin1(privatePkcs8Pem(m_rsa.get()));
        cache.put("https://issuer.example/key1.json", leaked);
        QCOMPARE(cache.resolver().resolve("https://issuer.example/key1.json").code(), ErrorCode::InvalidKey);
    }

    void httpsControllerDocument()
    {
        // A controller document (VC Data Integrity), with the verification method id relative to it.
        const PublicKey key = PublicKey::fromJwk(publicJwk(m_ed25519.get())).value();
        FakeCache cache;
        cache.put("https://issuer.example/issuers/565049",
                  {{"id", "https://issuer.example/issuers/565049"},
                   {"verificationMethod",
                    QJsonArray{QJsonObject{{"id", "#" + key.multikey()},
                                           {"type", "Multikey"},
                                           {"controller", "https://issuer.example/issuers/565049"},
                                           {"publicKeyMultibase", key.multikey()}}}},
                   {"assertionMethod", QJsonArray{"#" + key.multikey()}}});
        auto r = cache.resolver().resolve("https://issuer.example/issuers/565049#" + key.multikey());
        QVERIFY2(r.ok(), qPrintable(message(r)));
        QVERIFY(r->key == key);
        QCOMPARE(r->controller, QStringLiteral("https://issuer.example/issuers/565049"));
        QCOMPARE(r->assertionMethods, QStringList{"https://issuer.example/issuers/565049#" + key.multikey()});
        // With one key, the bare document URL resolves to it.
        QVERIFY(cache.resolver().resolve("https://issuer.example/issuers/565049").ok());
    }

    void unsupportedReferences_data()
    {
        QTest::addColumn<QString>("keyId");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("did:ethr") << "did:ethr:0xb9c5714089478a327f09197987f16f9e5d936e8a#controller"
                                  << ErrorCode::UnresolvableKey;
        QTest::newRow("did:velocity (1EdTech sample kid)")
            << "did:velocity:v2:0x4ade3a40a6092366765fa42a8247d07a6c3bdddd#key-1"
            << ErrorCode::UnresolvableKey;
        QTest::newRow("ftp URL") << "ftp://example.org/key.json" << ErrorCode::UnresolvableKey;
        QTest::newRow("urn:uuid") << "urn:uuid:4ca4a241-fc3b-4d92-978e-f56fa96ae795#z6MkjZRZ"
                                  << ErrorCode::UnresolvableKey;
        QTest::newRow("empty") << "  " << ErrorCode::InvalidArgument;
    }
    void unsupportedReferences()
    {
        QFETCH(QString, keyId);
        QFETCH(ErrorCode, code);
        FakeCache cache;
        QCOMPARE(cache.resolver().resolve(keyId).code(), code);
        QVERIFY(cache.asked.isEmpty());
    }

    void conformanceDidWebDocuments_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("methodType");
        QTest::newRow("oidf (Multikey in verificationMethod)") << "oidf"
                                                               << "Multikey";
        QTest::newRow("legacy (Ed25519VerificationKey2020 only under assertionMethod)")
            << "legacy"
            << "Ed25519VerificationKey2020";
    }
    void conformanceDidWebDocuments()
    {
        QFETCH(QString, name);
        QFETCH(QString, methodType);
        const QString dir = conformanceDir();
        if (dir.isEmpty())
            QSKIP("PATHFOLIO_CONFORMANCE_DIR is not set or not a folder: the DCC did:web documents are not "
                  "available");
        const QByteArray doc = readFile(dir + "/dcc-vc-test-fixtures/dids/" + name + "/did.json");
        QVERIFY(!doc.isEmpty());
        FakeCache cache;
        cache.documents.insert(
            "https://digitalcredentials.github.io/vc-test-fixtures/dids/" + name + "/did.json", doc);
        const QString did = "did:web:digitalcredentials.github.io:vc-test-fixtures:dids:" + name;
        const QString vm = did + "#z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ";
        auto r = cache.resolver().resolve(vm);
        QVERIFY2(r.ok(), qPrintable(message(r)));
        QCOMPARE(r->id, vm);
        QCOMPARE(r->controller, did);
        QCOMPARE(r->methodType, methodType);
        QCOMPARE(r->key.multikey(), QStringLiteral("z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ"));
        QCOMPARE(r->assertionMethods, QStringList{vm});
    }

    void conformanceOb20Key()
    {
        const QString dir = conformanceDir();
        if (dir.isEmpty())
            QSKIP("PATHFOLIO_CONFORMANCE_DIR is not set or not a folder: the 1EdTech OB 2.0 key documents "
                  "are not "
                  "available");
        FakeCache cache;
        cache.documents.insert("http://example.org/key1.json",
                               readFile(dir + "/1edtech-validator-samples/ob20/assets/key1.json"));
        auto r = cache.resolver().resolve("http://example.org/key1.json");
        QVERIFY2(r.ok(), qPrintable(message(r)));
        QCOMPARE(r->key.type(), PublicKey::Type::Rsa);
        QCOMPARE(r->controller, QStringLiteral("https://example.org/organization.json"));
        QCOMPARE(r->methodType, QStringLiteral("CryptographicKey"));
    }
};

QTEST_GUILESS_MAIN(tst_DidResolver)
#include "tst_didresolver.moc"
