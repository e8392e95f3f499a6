#include "../credentials/Conformance.h"
#include "crypto/DidResolver.h"
#include "crypto/Multibase.h"
#include "verify/Cryptosuite.h"
#include "verify/DataIntegrityProofCheck.h"
#include "verify/DataIntegrityTransform.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace pf;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

// The one file in dir whose name starts with prefix ("signed", "canonDoc", ...).
QString fileIn(const QString &dir, const QString &prefix)
{
    const QStringList names = QDir(dir).entryList({prefix + QStringLiteral("*")}, QDir::Files);
    return names.size() == 1 ? dir + u'/' + names.first() : QString();
}

QJsonObject firstProof(const QJsonObject &doc)
{
    const QJsonValue p = doc.value(QStringLiteral("proof"));
    return (p.isArray() ? p.toArray().first() : p).toObject();
}

QJsonObject withProof(QJsonObject doc, const QJsonObject &proof)
{
    doc.insert(QStringLiteral("proof"), proof);
    return doc;
}

VerificationContext contextAt(const QString &when = QStringLiteral("2026-01-01T00:00:00Z"),
                              QHash<QString, QByteArray> cache = {})
{
    VerificationContext c;
    c.at = QDateTime::fromString(when, Qt::ISODate);
    c.lookup = [cache](const QString &url) -> std::optional<CachedDocument> {
        if (!cache.contains(url))
            return std::nullopt;
        CachedDocument d;
        d.url = url;
        d.content = cache.value(url);
        d.addedAt = QDateTime::fromString(QStringLiteral("2025-06-01T00:00:00Z"), Qt::ISODate);
        return d;
    };
    return c;
}

QString describe(const QList<Check> &checks)
{
    QStringList out;
    for (const Check &c : checks)
        out << QStringLiteral("%1=%2 %3 (%4)")
                   .arg(c.name, checkResultName(c.result), reasonCodeName(c.code), c.message);
    return out.join(QStringLiteral(" | "));
}

} // namespace

// The Data Integrity cryptosuites on the W3C vc-di-eddsa / vc-di-ecdsa vectors and the 1EdTech OB 3.0 /
// CLR 2.0 ones.
class tst_DataIntegrity : public QObject
{
    Q_OBJECT

    QString m_dir;
    QMap<QString, int> m_passed;

    QString eddsa() const { return m_dir + QStringLiteral("/vc-di-eddsa/TestVectors"); }
    QString ecdsa() const { return m_dir + QStringLiteral("/vc-di-ecdsa/TestVectors"); }

private slots:
    void initTestCase() { m_dir = conformanceDir(); }

    void cleanupTestCase()
    {
        for (auto it = m_passed.cbegin(); it != m_passed.cend(); ++it)
            qInfo("%s: %d passed", qPrintable(it.key()), it.value());
    }

    void vectors_data()
    {
        QTest::addColumn<QString>("dir");
        for (const char *d :
             {"eddsa-rdfc-2022", "eddsa-rdfc-2022/employ", "eddsa-jcs-2022", "Ed25519Signature2020"})
            QTest::newRow(d) << QStringLiteral("vc-di-eddsa/TestVectors/") + QLatin1String(d);
        for (const char *d : {"ecdsa-rdfc-2019-p256", "ecdsa-rdfc-2019-p256/employ", "ecdsa-rdfc-2019-p384",
                              "ecdsa-rdfc-2019-p384/employ", "ecdsa-jcs-2019-p256", "ecdsa-jcs-2019-p384"})
            QTest::newRow(d) << QStringLiteral("vc-di-ecdsa/TestVectors/") + QLatin1String(d);
    }

    // The published intermediate files: hashes of the exact bytes, the signature over them.
    void vectors()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_dir);
        QFETCH(QString, dir);
        dir = m_dir + u'/' + dir;
        const QJsonObject signedDoc = readJson(fileIn(dir, QStringLiteral("signed")));
        const QJsonObject proof = firstProof(signedDoc);
        auto suite = Cryptosuite::forProof(proof);
        QVERIFY(suite);
        auto key = DidResolver({}).resolve(proof.value(QStringLiteral("verificationMethod")).toString());
        QVERIFY(key.ok());
        const QCryptographicHash::Algorithm hash = suite->hashFor(key->key.type());
        QCOMPARE(hash, key->key.type() == PublicKey::Type::P384 ? QCryptographicHash::Sha384
                                                                : QCryptographicHash::Sha256);

        const QByteArray canonDoc = readFile(fileIn(dir, QStringLiteral("canonDoc")));
        const QByteArray proofCanon = readFile(fileIn(dir, QStringLiteral("proofCanon")));
        const QByteArray docHash = QCryptographicHash::hash(canonDoc, hash);
        const QByteArray proofHash = QCryptographicHash::hash(proofCanon, hash);
        QCOMPARE(docHash.toHex(), readFile(fileIn(dir, QStringLiteral("docHash"))).trimmed());
        QCOMPARE(proofHash.toHex(), readFile(fileIn(dir, QStringLiteral("proofHash"))).trimmed());
        QCOMPARE((proofHash + docHash).toHex(),
                 readFile(fileIn(dir, QStringLiteral("combinedHash"))).trimmed());
        const QByteArray sigHex = readFile(fileIn(dir, QStringLiteral("sigHex"))).trimmed();
        auto sig = Multibase::decode(
            QString::fromLatin1(readFile(fileIn(dir, QStringLiteral("sigBTC58"))).trimmed()));
        QVERIFY(sig.ok());
        QCOMPARE(sig->bytes.toHex(), sigHex);
        QCOMPARE(QString::fromLatin1(readFile(fileIn(dir, QStringLiteral("sigBTC58"))).trimmed()),
                 proof.value(QStringLiteral("proofValue")).toString());
        Status verified = JwsVerifier::verifyRaw(key->key, proofHash + docHash, sig->bytes,
                                                 suite->signatureHashFor(key->key.type()));
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
        if (key->key.type() == PublicKey::Type::P384) {
            // The P-384 suites hash with SHA-384 throughout: SHA-256 hashes do not verify.
            QCOMPARE(docHash.size(), 48);
            const QByteArray wrong = QCryptographicHash::hash(proofCanon, QCryptographicHash::Sha256) +
                                     QCryptographicHash::hash(canonDoc, QCryptographicHash::Sha256);
            QVERIFY(!JwsVerifier::verifyRaw(key->key, wrong, sig->bytes, JwsVerifier::Hash::Sha384).ok());
            QVERIFY(
                !JwsVerifier::verifyRaw(key->key, proofHash + docHash, sig->bytes, JwsVerifier::Hash::Sha256)
                     .ok());
        }
        ++m_passed[QStringLiteral("vector hashes and signatures")];

        // Our own transformation of the signed document reproduces the published canonical forms.
        const bool needsUnbundledContext =
            dir.endsWith(QStringLiteral("/employ")); // https://w3id.org/citizenship/v4rc1
        const QList<DataIntegrityProofVerifier::Outcome> outcomes =
            DataIntegrityProofCheck::verifyProofs(signedDoc, contextAt());
        QCOMPARE(outcomes.size(), 1);
        const auto &o = outcomes.first();
        if (needsUnbundledContext) {
            QCOMPARE(o.result, CheckResult::Unknown);
            QCOMPARE(o.code, ReasonCode::UnknownContext);
            QVERIFY2(o.message.contains(QStringLiteral("https://w3id.org/citizenship/v4rc1")),
                     qPrintable(o.message));
            ++m_passed[QStringLiteral("unbundled context reported as unknown_context")];
            return;
        }
        QVERIFY(o.transform);
        QCOMPARE(o.transform->canonicalDocument, canonDoc);
        QCOMPARE(o.transform->canonicalProofConfig, proofCanon);
        QVERIFY2(o.result == CheckResult::Valid, qPrintable(o.message));
        ++m_passed[QStringLiteral("signed documents verified, canonical forms equal")];
    }

    void changedByteFails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("eddsa-rdfc-2022")
            << QStringLiteral("vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json");
        QTest::newRow("eddsa-jcs-2022")
            << QStringLiteral("vc-di-eddsa/TestVectors/eddsa-jcs-2022/signedJCS.json");
        QTest::newRow("Ed25519Signature2020")
            << QStringLiteral("vc-di-eddsa/TestVectors/Ed25519Signature2020/signedEdSig.json");
        QTest::newRow("ecdsa-rdfc-2019-p256")
            << QStringLiteral("vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p256/signedECDSAP256.json");
        QTest::newRow("ecdsa-rdfc-2019-p384")
            << QStringLiteral("vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p384/signedECDSAP384.json");
        QTest::newRow("ecdsa-jcs-2019-p256")
            << QStringLiteral("vc-di-ecdsa/TestVectors/ecdsa-jcs-2019-p256/signedJCSECDSAP256.json");
        QTest::newRow("ecdsa-jcs-2019-p384")
            << QStringLiteral("vc-di-ecdsa/TestVectors/ecdsa-jcs-2019-p384/signedJCSECDSAP384.json");
    }

    void changedByteFails()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_dir);
        QFETCH(QString, file);
        const QJsonObject doc = readJson(m_dir + u'/' + file);
        const QJsonObject proof = firstProof(doc);

        QList<Check> checks = DataIntegrityProofCheck::run(doc, contextAt());
        QVERIFY2(checks.value(0).result == CheckResult::Valid, qPrintable(describe(checks)));

        // One character of the subject changed.
        QJsonObject changed = doc;
        QJsonObject subject = changed.value(QStringLiteral("credentialSubject")).toObject();
        subject.insert(QStringLiteral("alumniOf"), QStringLiteral("The School of Examplez"));
        changed.insert(QStringLiteral("credentialSubject"), subject);
        checks = DataIntegrityProofCheck::run(changed, contextAt());
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).result, CheckResult::Invalid);
        QCOMPARE(checks.at(0).code, ReasonCode::Signature);
        QCOMPARE(checks.at(1).result, CheckResult::Unchecked);

        // One character of the signature changed (still base58btc, same length).
        QString value = proof.value(QStringLiteral("proofValue")).toString();
        value[10] = value.at(10) == u'A' ? u'B' : u'A';
        QJsonObject badProof = proof;
        badProof.insert(QStringLiteral("proofValue"), value);
        checks = DataIntegrityProofCheck::run(withProof(doc, badProof), contextAt());
        QCOMPARE(checks.at(0).result, CheckResult::Invalid);
        QCOMPARE(checks.at(0).code, ReasonCode::Signature);

        // A changed proof option (created) is signed too.
        QJsonObject otherCreated = proof;
        otherCreated.insert(QStringLiteral("created"), QStringLiteral("2023-02-24T23:36:39Z"));
        checks = DataIntegrityProofCheck::run(withProof(doc, otherCreated), contextAt());
        QCOMPARE(checks.at(0).code, ReasonCode::Signature);
        ++m_passed[QStringLiteral("changed byte -> signature")];
    }

    void proofRules()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_dir);
        // JCS, so that these rules are tested whatever the state of the JSON-LD processor.
        const QJsonObject doc = readJson(eddsa() + QStringLiteral("/eddsa-jcs-2022/signedJCS.json"));
        const QJsonObject proof = firstProof(doc);
        const auto run = [&](const QJsonObject &p, const VerificationContext &c = contextAt()) {
            return DataIntegrityProofCheck::run(withProof(doc, p), c);
        };

        QJsonObject purpose = proof;
        purpose.insert(QStringLiteral("proofPurpose"), QStringLiteral("authentication"));
        QList<Check> checks = run(purpose);
        QCOMPARE(checks.at(0).result, CheckResult::Invalid);
        QCOMPARE(checks.at(0).code, ReasonCode::ProofPurpose);
        ++m_passed[QStringLiteral("proof rules")];

        for (const char *suiteName : {"ecdsa-sd-2023", "bbs-2023", "eddsa-rdf-2022", "made-up-2099"}) {
            QJsonObject unknown = proof;
            unknown.insert(QStringLiteral("cryptosuite"), QLatin1String(suiteName));
            checks = run(unknown);
            // A suite Pathfolio does not implement leaves the proof unchecked (docs/cli.md), never invalid.
            QCOMPARE(checks.at(0).result, CheckResult::Unchecked);
            QCOMPARE(checks.at(0).code, ReasonCode::UnknownCryptosuite);
            QVERIFY(checks.at(0).message.contains(QLatin1String(suiteName)));
        }
        QJsonObject otherType = proof;
        otherType.insert(QStringLiteral("type"), QStringLiteral("RsaSignature2018"));
        otherType.remove(QStringLiteral("cryptosuite"));
        QCOMPARE(run(otherType).at(0).code, ReasonCode::UnknownCryptosuite);
        ++m_passed[QStringLiteral("proof rules")];

        QJsonObject badCreated = proof;
        badCreated.insert(QStringLiteral("created"), QStringLiteral("2023-02-30T10:00:00Z"));
        QCOMPARE(run(badCreated).at(0).code, ReasonCode::Malformed);
        badCreated.insert(QStringLiteral("created"), QStringLiteral("yesterday"));
        QCOMPARE(run(badCreated).at(0).code, ReasonCode::Malformed);
        ++m_passed[QStringLiteral("proof rules")];

        // expires is part of what was signed, so a changed one fails the signature once it is in the future;
        // in the past it is refused before the signature is looked at.
        QJsonObject expired = proof;
        expired.insert(QStringLiteral("expires"), QStringLiteral("2024-01-01T00:00:00Z"));
        checks = run(expired);
        QCOMPARE(checks.at(0).result, CheckResult::Invalid);
        QCOMPARE(checks.at(0).code, ReasonCode::Expired);
        checks = run(expired, contextAt(QStringLiteral("2023-06-01T00:00:00Z")));
        QCOMPARE(checks.at(0).code, ReasonCode::Signature);
        ++m_passed[QStringLiteral("proof rules")];

        QJsonObject noPurpose = proof;
        noPurpose.remove(QStringLiteral("proofPurpose"));
        QCOMPARE(run(noPurpose).at(0).code, ReasonCode::Malformed);

        QJsonObject unresolvable = proof;
        unresolvable.insert(QStringLiteral("verificationMethod"),
                            QStringLiteral("did:web:issuer.example#key-1"));
        checks = run(unresolvable);
        QCOMPARE(checks.at(0).result, CheckResult::Unknown);
        QCOMPARE(checks.at(0).code, ReasonCode::UnresolvableKey);
        unresolvable.insert(QStringLiteral("verificationMethod"), QStringLiteral("did:example:123#key"));
        QCOMPARE(run(unresolvable).at(0).code, ReasonCode::UnresolvableKey);

        // "<controller>#<publicKeyMultibase>" (the 1EdTech convention): the key comes from the fragment, even
        // for a controller that cannot be dereferenced; an identifier that is neither is malformed.
        const QString signer = QStringLiteral("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        QJsonObject fragmentKey = proof;
        fragmentKey.insert(QStringLiteral("verificationMethod"),
                           QStringLiteral("urn:uuid:4ca4a241-fc3b-4d92#") + signer);
        const auto fromFragment =
            DataIntegrityProofCheck::verifyProofs(withProof(doc, fragmentKey), contextAt()).first();
        QVERIFY(fromFragment.keyFromFragment);
        QCOMPARE(fromFragment.code, ReasonCode::Signature); // the method is part of the signed proof options
        for (const QString &vm :
             {QStringLiteral("xxx:") + signer, signer, QStringLiteral("urn:uuid:4ca4a241#key-1")}) {
            QJsonObject malformed = proof;
            malformed.insert(QStringLiteral("verificationMethod"), vm);
            QCOMPARE(run(malformed).at(0).code, ReasonCode::Malformed);
        }

        // An ECDSA key under an EdDSA suite.
        QJsonObject wrongKey = proof;
        const QString p256 = QStringLiteral("did:key:zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP");
        wrongKey.insert(QStringLiteral("verificationMethod"), p256 + u'#' + p256.mid(8));
        QCOMPARE(run(wrongKey).at(0).code, ReasonCode::KeyMismatch);

        QJsonObject notBase58 = proof;
        notBase58.insert(QStringLiteral("proofValue"), QStringLiteral("uAAAA"));
        QCOMPARE(run(notBase58).at(0).code, ReasonCode::Signature);
        notBase58.insert(QStringLiteral("proofValue"), QStringLiteral("z2YwC8z3"));
        QCOMPARE(run(notBase58).at(0).code, ReasonCode::Signature);
        ++m_passed[QStringLiteral("proof rules")];

        QJsonObject noProof = doc;
        noProof.remove(QStringLiteral("proof"));
        QCOMPARE(DataIntegrityProofCheck::run(noProof, contextAt()).at(0).code, ReasonCode::NoProof);
    }

    void jcsContextRule()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_dir);
        const QJsonObject doc = readJson(eddsa() + QStringLiteral("/eddsa-jcs-2022/signedJCS.json"));
        // The proof's @context must be the beginning of the document's.
        QJsonObject proof = firstProof(doc);
        proof.insert(QStringLiteral("@context"),
                     QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/examples/v2")});
        const QList<Check> checks = DataIntegrityProofCheck::run(withProof(doc, proof), contextAt());
        QCOMPARE(checks.at(0).result, CheckResult::Invalid);
        ++m_passed[QStringLiteral("proof rules")];
    }

    void issuerBinding()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_dir);
        const QJsonObject doc = readJson(eddsa() + QStringLiteral("/eddsa-jcs-2022/signedJCS.json"));
        const QString vm = firstProof(doc).value(QStringLiteral("verificationMethod")).toString();
        const QString issuer =
            doc.value(QStringLiteral("issuer")).toString(); // https://vc.example/issuers/5678

        // The issuer's document is not cached: the proof holds, the binding is unknown.
        QList<Check> checks = DataIntegrityProofCheck::run(doc, contextAt());
        QVERIFY2(checks.at(0).result == CheckResult::Valid, qPrintable(describe(checks)));
        QCOMPARE(checks.at(1).result, CheckResult::Unknown);
        QVERIFY(checks.at(1).message.contains(issuer));

        // The issuer's cached document lists the key under assertionMethod.
        const auto issuerDoc = [&](const QString &listed) {
            QJsonObject d{{QStringLiteral("@context"), QStringLiteral("https://www.w3.org/ns/did/v1")},
                          {QStringLiteral("id"), issuer},
                          {QStringLiteral("assertionMethod"), QJsonArray{listed}}};
            return QHash<QString, QByteArray>{{issuer, QJsonDocument(d).toJson()}};
        };
        checks = DataIntegrityProofCheck::run(
            doc, contextAt(QStringLiteral("2026-01-01T00:00:00Z"), issuerDoc(vm)));
        QVERIFY2(checks.at(1).result == CheckResult::Valid, qPrintable(describe(checks)));
        bool sourced = false;
        for (const DataSource &s : checks.at(1).sources)
            sourced = sourced || (s.location == issuer && s.origin == u"offline cache");
        QVERIFY(sourced);

        // A key of another issuer: the issuer's document lists a different key.
        const QString other = QStringLiteral("did:key:z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7#"
                                             "z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7");
        checks = DataIntegrityProofCheck::run(
            doc, contextAt(QStringLiteral("2026-01-01T00:00:00Z"), issuerDoc(other)));
        QCOMPARE(checks.at(0).result, CheckResult::Valid);
        QCOMPARE(checks.at(1).result, CheckResult::Invalid);
        QCOMPARE(checks.at(1).code, ReasonCode::IssuerMismatch);

        // A did:key issuer other than the signer: the signature is checked, the binding fails.
        DataIntegrityProofVerifier::Outcome outcome =
            DataIntegrityProofCheck::verifyProofs(doc, contextAt()).first();
        QCOMPARE(outcome.result, CheckResult::Valid);
        Check b = DataIntegrityProofCheck::issuerBinding(outcome, other.section(u'#', 0, 0), contextAt());
        QCOMPARE(b.result, CheckResult::Invalid);
        QCOMPARE(b.code, ReasonCode::IssuerMismatch);
        b = DataIntegrityProofCheck::issuerBinding(outcome, vm.section(u'#', 0, 0), contextAt());
        QCOMPARE(b.result, CheckResult::Valid);
        // An issuer that names no document (urn:uuid) lists no keys; another DID method is merely unknown
        // offline.
        b = DataIntegrityProofCheck::issuerBinding(
            outcome, QStringLiteral("urn:uuid:6f2e33e5-7a29-4155-840a-59483ba10164"), contextAt());
        QCOMPARE(b.code, ReasonCode::IssuerMismatch);
        b = DataIntegrityProofCheck::issuerBinding(outcome, QStringLiteral("did:example:issuer"),
                                                   contextAt());
        QCOMPARE(b.result, CheckResult::Unknown);
        ++m_passed[QStringLiteral("issuer binding")];
    }

    void proofSetsAndChains_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::newRow("signedProofSet1") << QStringLiteral("signedProofSet1.json") << 1;
        QTest::newRow("signedProofSet2") << QStringLiteral("signedProofSet2.json") << 2;
        QTest::newRow("signedProofChain1") << QStringLiteral("signedProofChain1.json") << 3;
        QTest::newRow("signedProofChain2") << QStringLiteral("signedProofChain2.json") << 4;
    }

    void proofSetsAndChains()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_dir);
        QFETCH(QString, file);
        QFETCH(int, count);
        const QJsonObject doc = readJson(eddsa() + QStringLiteral("/proof-set-chain/") + file);
        const auto outcomes = DataIntegrityProofCheck::verifyProofs(doc, contextAt());
        QCOMPARE(outcomes.size(), count);
        for (const auto &o : outcomes)
            QVERIFY2(o.result == CheckResult::Valid, qPrintable(o.message));
        QCOMPARE(DataIntegrityProofCheck::run(doc, contextAt()).at(0).result, CheckResult::Valid);

        const QJsonValue proofValue = doc.value(QStringLiteral("proof"));
        QJsonArray proofs = proofValue.isArray() ? proofValue.toArray() : QJsonArray{proofValue};
        if (count > 2) {
            // A chain whose earlier proof is gone, or changed, no longer verifies.
            QJsonArray withoutFirst = proofs;
            withoutFirst.removeAt(0);
            QJsonObject broken = doc;
            broken.insert(QStringLiteral("proof"), withoutFirst);
            const QList<Check> checks = DataIntegrityProofCheck::run(broken, contextAt());
            QCOMPARE(checks.at(0).result, CheckResult::Invalid);
            QCOMPARE(checks.at(0).code, ReasonCode::Malformed);
        }
        // Any proof of a set altered: the whole set fails.
        QJsonObject last = proofs.last().toObject();
        last.insert(QStringLiteral("created"), QStringLiteral("2020-01-01T00:00:00Z"));
        proofs.replace(proofs.size() - 1, last);
        QJsonObject altered = doc;
        altered.insert(QStringLiteral("proof"), proofs);
        QCOMPARE(DataIntegrityProofCheck::run(altered, contextAt()).at(0).code, ReasonCode::Signature);
        ++m_passed[QStringLiteral("proof sets and chains")];
    }

    void onedtechVectors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("obv3p0") << QStringLiteral("obv3p0");
        QTest::newRow("clrv2p0") << QStringLiteral("clrv2p0");
    }

    // 1EdTech's OB 3.0 and CLR 2.0 vectors: the key is the fragment of an https URL (FORMATS 9.6).
    void onedtechVectors()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_dir);
        QFETCH(QString, name);
        const QString base = m_dir + QStringLiteral("/ob3-1edtech-spec/");
        const QJsonObject vectors = readJson(base + QStringLiteral("vectors.json"));
        const QJsonObject key = vectors.value(QStringLiteral("key")).toObject();
        const QJsonObject v = vectors.value(name).toObject();
        const QByteArray docCanon = readFile(base + v.value(QStringLiteral("documentCanon")).toString());
        const QByteArray proofCanon = readFile(base + v.value(QStringLiteral("proofCanon")).toString());
        const QByteArray docHash = QCryptographicHash::hash(docCanon, QCryptographicHash::Sha256);
        const QByteArray proofHash = QCryptographicHash::hash(proofCanon, QCryptographicHash::Sha256);
        QCOMPARE(docHash.toHex(), v.value(QStringLiteral("documentHashHex")).toString().toLatin1());
        QCOMPARE(proofHash.toHex(), v.value(QStringLiteral("proofHashHex")).toString().toLatin1());
        auto sig = Multibase::decode(v.value(QStringLiteral("proofValue")).toString());
        QVERIFY(sig.ok());
        QCOMPARE(sig->bytes.toHex(), v.value(QStringLiteral("signatureHex")).toString().toLatin1());
        auto publicKey = PublicKey::fromMultikey(key.value(QStringLiteral("publicKeyMultibase")).toString());
        QVERIFY(publicKey.ok());
        QCOMPARE(publicKey->raw().toHex(), key.value(QStringLiteral("publicKeyHex")).toString().toLatin1());
        QVERIFY(JwsVerifier::verifyRaw(*publicKey, proofHash + docHash, sig->bytes, JwsVerifier::Hash::None)
                    .ok());
        ++m_passed[QStringLiteral("1EdTech vector hashes and signatures")];

        const QJsonObject signedDoc = readJson(base + v.value(QStringLiteral("signedCredential")).toString());
        const auto outcomes = DataIntegrityProofCheck::verifyProofs(signedDoc, contextAt());
        QCOMPARE(outcomes.size(), 1);
        const auto &o = outcomes.first();
        QVERIFY(o.key);
        QVERIFY(o.keyFromFragment);
        QCOMPARE(o.key->key, *publicKey);
        QVERIFY(o.transform);
        QCOMPARE(o.transform->canonicalDocument, docCanon);
        QCOMPARE(o.transform->canonicalProofConfig, proofCanon);
        QVERIFY2(o.result == CheckResult::Valid, qPrintable(o.message));
        // The key verifies the signature but is bound to nobody: never reported as the issuer's.
        const QList<Check> checks = DataIntegrityProofCheck::run(signedDoc, contextAt());
        QCOMPARE(checks.at(0).result, CheckResult::Valid);
        QCOMPARE(checks.at(1).result, CheckResult::Unknown);
        QVERIFY(checks.at(1).message.contains(QStringLiteral("fragment")));
        ++m_passed[QStringLiteral("1EdTech signed credentials verified")];
    }

    // JSON-LD safe mode and contexts, on the 1EdTech OB 3.0 credential (its contexts have no @vocab).
    void jsonLdFailures()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_dir);
        const QJsonObject doc =
            readJson(m_dir + QStringLiteral("/ob3-1edtech-spec/obv3p0/signed-credential.json"));
        QCOMPARE(DataIntegrityProofCheck::run(doc, contextAt()).at(0).result, CheckResult::Valid);

        // A term no context defines would be dropped silently by plain JSON-LD: safe mode refuses it.
        QJsonObject undefinedTerm = doc;
        undefinedTerm.insert(QStringLiteral("favouriteColour"), QStringLiteral("green"));
        QList<Check> checks = DataIntegrityProofCheck::run(undefinedTerm, contextAt());
        QVERIFY2(checks.at(0).result == CheckResult::Invalid, qPrintable(describe(checks)));
        QCOMPARE(checks.at(0).code, ReasonCode::UndefinedTerm);

        // A context that is neither bundled nor cached: unknown, naming the URL; never fetched.
        const QString url = QStringLiteral("https://contexts.example/extra/v1.jsonld");
        QJsonObject extraContext = doc;
        QJsonArray contexts = doc.value(QStringLiteral("@context")).toArray();
        contexts.append(url);
        extraContext.insert(QStringLiteral("@context"), contexts);
        extraContext.insert(QStringLiteral("extra"), QStringLiteral("a term only that context defines"));
        checks = DataIntegrityProofCheck::run(extraContext, contextAt());
        QCOMPARE(checks.at(0).result, CheckResult::Unknown);
        QCOMPARE(checks.at(0).code, ReasonCode::UnknownContext);
        QVERIFY2(checks.at(0).message.contains(url), qPrintable(checks.at(0).message));
        QCOMPARE(checks.at(1).result, CheckResult::Unchecked);

        // The same context from the offline cache is used, and named as a data source; the signature never
        // covered the new term, so it fails now.
        const QHash<QString, QByteArray> cache{
            {url, QByteArray("{\"@context\": {\"extra\": \"https://contexts.example/extra#\"}}")}};
        checks = DataIntegrityProofCheck::run(extraContext,
                                              contextAt(QStringLiteral("2026-01-01T00:00:00Z"), cache));
        QCOMPARE(checks.at(0).result, CheckResult::Invalid);
        QCOMPARE(checks.at(0).code, ReasonCode::Signature);
        bool sourced = false;
        for (const DataSource &s : checks.at(0).sources)
            sourced = sourced ||
                      (s.location == url && s.origin == u"offline cache" && s.what == u"JSON-LD context");
        QVERIFY(sourced);
        ++m_passed[QStringLiteral("JSON-LD failures")];
    }

    // The DCC vc-test-fixtures: did:key and did:web (their DID documents in the cache), VC 1.1 and 2.0,
    // eddsa-rdfc-2022, Ed25519Signature2020 and both; "tampered" in a name means a broken signature.
    void dccFixtures()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_dir);
        const QString base = m_dir + QStringLiteral("/dcc-vc-test-fixtures/");
        QHash<QString, QByteArray> cache;
        for (const char *name : {"legacy", "oidf"})
            cache.insert(
                QStringLiteral("https://digitalcredentials.github.io/vc-test-fixtures/dids/%1/did.json")
                    .arg(QLatin1String(name)),
                readFile(base + QStringLiteral("dids/%1/did.json").arg(QLatin1String(name))));
        const VerificationContext context = contextAt(QStringLiteral("2026-01-01T00:00:00Z"), cache);
        int count = 0;
        QStringList failures;
        QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const bool credential = path.contains(QStringLiteral("/verifiableCredentials/")) &&
                                    path.endsWith(QStringLiteral(".json"));
            if (!credential && !path.contains(QStringLiteral("/statusLists/")))
                continue;
            const QJsonObject doc = readJson(path);
            const QString name = path.mid(base.size());
            const QList<Check> checks = DataIntegrityProofCheck::run(doc, context);
            const QString what = name + QStringLiteral(": ") + describe(checks);
            const QJsonArray contexts = doc.value(QStringLiteral("@context")).toArray();
            CheckResult expected = CheckResult::Valid;
            ReasonCode code = ReasonCode::None;
            if (name.endsWith(QStringLiteral("/tampered")) ||
                name.endsWith(QStringLiteral("-tampered.json"))) {
                expected = CheckResult::Invalid;
                code = ReasonCode::Signature;
            } else if (contexts.contains(QStringLiteral("https://w3id.org/dcc/v1"))) {
                // A DCC context Pathfolio does not bundle: unknown until it is in the offline cache.
                expected = CheckResult::Unknown;
                code = ReasonCode::UnknownContext;
            } else if (name.contains(QStringLiteral("badDidWeb"))) {
                // A did:web whose document was never published (upstream: DID_WEB_UNRESOLVED).
                expected = CheckResult::Unknown;
                code = ReasonCode::UnresolvableKey;
            }
            if (checks.at(0).result != expected || checks.at(0).code != code ||
                (expected == CheckResult::Valid && checks.at(1).result != CheckResult::Valid))
                failures << what;
            ++count;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
        QVERIFY(count >= 90);
        m_passed[QStringLiteral("dcc-vc-test-fixtures credentials and status lists as expected")] = count;
    }

    void xsdDateTime()
    {
        for (const char *ok : {"2023-02-24T23:36:38Z", "2023-02-24T23:36:38", "2023-02-24T23:36:38.123+02:00",
                               "2024-02-29T00:00:00-14:00", "2023-02-24T24:00:00Z"})
            QVERIFY2(DataIntegrityProofVerifier::isXsdDateTime(QLatin1String(ok)), ok);
        for (const char *bad :
             {"2023-02-24", "2023-02-30T00:00:00Z", "2023-13-01T00:00:00Z", "2023-02-24 23:36:38Z",
              "2023-02-24T23:36:38+15:00", "", "2023-02-24T23:60:00Z"})
            QVERIFY2(!DataIntegrityProofVerifier::isXsdDateTime(QLatin1String(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(tst_DataIntegrity)
#include "tst_dataintegrity.moc"
