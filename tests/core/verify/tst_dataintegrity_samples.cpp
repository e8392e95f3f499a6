#include "../credentials/Conformance.h"
#include "SampleCache.h"
#include "crypto/DidResolver.h"
#include "verify/Verifier.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pf;

// The public Data Integrity samples (DCC verifier-core, DCC vc-test-fixtures, the 1EdTech validator's OB 3.0
// and CLR 2.0 samples, the OB 3.0 specification's signed examples), verified offline at a pinned moment, each
// against the verdict its upstream reaches online; where the offline answer differs, the row says why.
//
// What upstream has and the offline verification here does not, once for all rows:
// - DCC verifier-core checks issuer registries (legacy, OIDF, ...: the first word of a vc-test-fixtures
//   file name); that network step has no offline equivalent and decides nothing here.
// - Every DCC status list (verifier-core's and vc-test-fixtures') holds 100,000 entries, fewer than the
//   131,072 that Bitstring Status List requires; Pathfolio rejects such a list (status_list_invalid, an
//   unknown status) instead of reading the bit upstream reads, so "revoked" and "not revoked" both end as
//   unknown here, unless another check is invalid.
// - The 1EdTech validator takes an Ed25519 key from the verificationMethod's URL fragment
//   ("https://example.edu/issuers/565049#z6Mk...") without dereferencing the URL (FORMATS.md 9.6). Pathfolio
//   does the same when the document is not cached, so the signature is still checked, but it does not count
//   such a key as the issuer's: issuer unknown/unresolvable_key.
// - Several 1EdTech verdicts come from JSON schema and type probes that Pathfolio does not run; the rows
//   say so. Some of those samples use a type or property their contexts do not define, which safe-mode
//   JSON-LD rejects (undefined_term), as the Data Integrity specification requires.
class tst_DataIntegritySamples : public QObject
{
    Q_OBJECT

    QString m_conf;
    QHash<QString, QByteArray> m_cache;
    QHash<QString, int> m_results; // actual overall results, for the summary
    int m_rows = 0;
    int m_asExpected = 0;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // file: relative to the conformance folder. upstream: the upstream verdict, for the failure message.
    // result/reason: Pathfolio's overall answer. where: the check that carries the reason. proof: the proof
    // check's own result, so that "expired" or "status unknown" also says whether the signature held.
    static void row(const QString &file, const char *upstream, const char *result, const char *reason,
                    const char *where, const char *proof)
    {
        QTest::newRow(qPrintable(file))
            << file << QString::fromUtf8(upstream) << QString::fromLatin1(result)
            << QString::fromLatin1(reason) << QString::fromLatin1(where) << QString::fromLatin1(proof);
    }

private slots:
    void initTestCase()
    {
        m_conf = conformanceDir();
        if (m_conf.isEmpty())
            return;
        // Status lists, under the URLs the credentials name (upstream fetches them from GitHub).
        m_cache.insert(QStringLiteral("https://raw.githubusercontent.com/digitalcredentials/verifier-core/"
                                      "refs/heads/main/src/test-fixtures/"
                                      "status/e5WK8CbZ1GjycuPombrj"),
                       read(m_conf + QStringLiteral("/dcc-verifier-core/status/e5WK8CbZ1GjycuPombrj.json")));
        QDirIterator lists(
            m_conf + QStringLiteral("/dcc-vc-test-fixtures/statusLists/didkey-ed25519Signature2020"),
            QDir::Files);
        while (lists.hasNext()) {
            const QString path = lists.next();
            m_cache.insert(QStringLiteral("https://digitalcredentials.github.io/vc-test-fixtures/statusLists/"
                                          "didkey-ed25519Signature2020/") +
                               QFileInfo(path).fileName(),
                           read(path));
        }
        m_cache.insert(
            QStringLiteral("https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/"
                           "refs/heads/main/"
                           "inspector-vc/src/test/resources/ob30/bit-string-list/testlist"),
            read(m_conf + QStringLiteral("/1edtech-validator-samples/ob30/bit-string-list/testlist")));
        // The did:web documents of vc-test-fixtures, where did:web puts them.
        for (const char *name : {"legacy", "oidf"}) {
            const QByteArray document = read(
                m_conf + QStringLiteral("/dcc-vc-test-fixtures/dids/%1/did.json").arg(QLatin1String(name)));
            const QString did =
                QJsonDocument::fromJson(document).object().value(QStringLiteral("id")).toString();
            auto url = DidResolver::didWebUrl(did);
            QVERIFY2(url.ok(), qPrintable(did));
            m_cache.insert(*url, document);
        }
        for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }

    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("upstream");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("proof");

        // DCC verifier-core (EXPECTATIONS.tsv there: upstream verdicts from its Verify.v1/v2 specs).
        const QString D = QStringLiteral("dcc-verifier-core/credentials/");
        row(D + "v2/v2NoStatus.json", "verified", "valid", "", "", "valid");
        row(D + "v2/v2SimpleIssuerId.json", "verified", "valid", "", "", "valid");
        row(D + "v2/v2OBv3SpecExample.json", "verified", "valid", "", "", "valid");
        row(D + "v2/v2Expired.json", "signature valid, expired", "invalid", "expired", "validity", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 9: not revoked).
        row(D + "v2/v2WithValidStatus.json", "verified, status valid", "unknown", "status_list_invalid",
            "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked).
        row(D + "v2/v2Revoked.json", "revoked", "unknown", "status_list_invalid", "status", "valid");
        // Expired decides; the status list is rejected as too short (unknown).
        row(D + "v2/v2RevokedAndExpired.json", "revoked, expired", "invalid", "expired", "validity", "valid");
        // Expired decides; the status list is rejected as too short (unknown).
        row(D + "v2/v2ExpiredWithValidStatus.json", "expired, status valid", "invalid", "expired", "validity",
            "valid");
        // did:web document of did:web:digitalcredentials.github.io:dcc-did-web not cached offline ->
        // unknown/unresolvable_key.
        row(D + "v2/didWeb/v2didWebWithValidStatus.json", "verified (did:web resolved online)", "unknown",
            "unresolvable_key", "proof", "unknown");
        // did:web document of ...:dcc-did-web:multikey not cached offline -> unknown/unresolvable_key.
        row(D + "v2/didWeb/v2didWebMultikeyWithValidStatus.json", "verified (did:web resolved online)",
            "unknown", "unresolvable_key", "proof", "unknown");
        // Offline, a DID document that does not exist cannot be told from one that is not cached: unknown,
        // not invalid.
        row(D + "v2/didWeb/v2WithBadDidWeb.json", "fatal DID_WEB_UNRESOLVED", "unknown", "unresolvable_key",
            "proof", "unknown");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 9: not revoked).
        row(D + "eddsa/v2/v2EddsaWithValidStatus.json", "verified, status valid", "unknown",
            "status_list_invalid", "status", "valid");
        // Safe mode: StatusList2021Entry is undefined in VC v2 / OB 3.0.3 (a relative @type) ->
        // undefined_term, as upstream.
        row(D + "eddsa/v2/safeModeBreaker.json", "fatal: relative @type reference (safe mode)", "invalid",
            "undefined_term", "proof", "invalid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 9: not revoked); both
        // proofs verify.
        row(D + "eddsaAndEd25519/v2/v2DoubleSigWithValidStatus.json", "verified (proof set)", "unknown",
            "status_list_invalid", "status", "valid");
        // The list URL (e5VK...) is in no cache, as upstream cannot fetch it: status unknown.
        row(D + "eddsaAndEd25519/v2/v2DoubleSigWithBadStatusUrl.json", "verified, status not checkable",
            "unknown", "status_unavailable", "status", "valid");
        row(D + "v1/v1NoStatus.json", "verified", "valid", "", "", "valid");
        row(D + "v1/v1SimpleIssuerId.json", "verified", "valid", "", "", "valid");
        row(D + "v1/v1OBv3SpecExample.json", "verified", "valid", "", "", "valid");
        // Upstream uses it only as a helper (no verdict). Neither of its two proofs verifies over the content
        // as published (checked independently with jsonld.js RDFC-1.0 and Ed25519, bundled contexts).
        row(D + "v1/testVC.json", "(helper fixture, no verdict)", "invalid", "signature", "proof", "invalid");
        row(D + "v1/v1Expired.json", "expired", "invalid", "expired", "validity", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked).
        row(D + "v1/v1WithValidStatus.json", "status valid", "unknown", "status_list_invalid", "status",
            "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 6: revoked).
        row(D + "v1/v1Revoked.json", "revoked", "unknown", "status_list_invalid", "status", "valid");
        // Expired decides; the status list is rejected as too short (unknown).
        row(D + "v1/v1RevokedAndExpired.json", "revoked, expired", "invalid", "expired", "validity", "valid");
        // Expired decides; the status list is rejected as too short (unknown).
        row(D + "v1/v1ExpiredWithValidStatus.json", "expired, status valid", "invalid", "expired", "validity",
            "valid");
        // The status list credential itself, verified as a credential: its proof holds.
        row(QStringLiteral("dcc-verifier-core/status/e5WK8CbZ1GjycuPombrj.json"),
            "status list (its proof verifies)", "valid", "", "", "valid");

        // DCC vc-test-fixtures: no expectation file upstream; each verdict follows from the file name
        // ([registry]-[status]-[expiry]), checked against the content (dates, the status bit, the signature).
        const QString F = QStringLiteral("dcc-vc-test-fixtures/verifiableCredentials/");
        const QString L = QStringLiteral("dcc-vc-test-fixtures/statusLists/didkey-ed25519Signature2020/");
        row(F + "v1/bothSignatureTypes/didKey/fourRegistry-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        row(F + "v1/bothSignatureTypes/didKey/legacy-noStatus-noExpiry-basicOBv3.json", "valid", "valid", "",
            "", "valid");
        row(F + "v1/bothSignatureTypes/didKey/legacy-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked)
        row(F + "v1/bothSignatureTypes/didKey/mixedRegistry-validStatus-noExpiry.json", "not revoked",
            "unknown", "status_list_invalid", "status", "valid");
        row(F + "v1/bothSignatureTypes/didKey/noRegistry-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        row(F + "v1/bothSignatureTypes/didKey/oidf-noStatus-expired.json", "expired", "invalid", "expired",
            "validity", "valid");
        row(F + "v1/bothSignatureTypes/didKey/oidf-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 6: revoked)
        row(F + "v1/bothSignatureTypes/didKey/oidf-revokedStatus-expired.json", "revoked, expired", "invalid",
            "expired", "validity", "valid");
        row(F + "v1/bothSignatureTypes/didWeb/legacy-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 6: revoked)
        row(F + "v1/bothSignatureTypes/didWeb/legacy-revokedStaus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked)
        row(F + "v1/bothSignatureTypes/didWeb/legacy-validStatus-noExpiry.json", "not revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v1/bothSignatureTypes/didWeb/oidf-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 6: revoked)
        row(F + "v1/bothSignatureTypes/didWeb/oidf-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked)
        row(F + "v1/bothSignatureTypes/didWeb/oidf-validStatus-noExpiry.json", "not revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v1/dataIntegrityProof/didKey/fourRegistry-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        row(F + "v1/dataIntegrityProof/didKey/legacy-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        row(F + "v1/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-OBSpecExample.json",
            "valid", "valid", "", "", "valid");
        // Context https://w3id.org/dcc/v1 is neither bundled nor cached -> unknown_context
        row(F + "v1/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-oldDCCExample.json",
            "valid", "unknown", "unknown_context", "proof", "unknown");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked)
        row(F + "v1/dataIntegrityProof/didKey/mixedRegistry-validStatus-noExpiry.json", "not revoked",
            "unknown", "status_list_invalid", "status", "valid");
        row(F + "v1/dataIntegrityProof/didKey/noRegistry-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        row(F + "v1/dataIntegrityProof/didKey/oidf-noStatus-expired.json", "expired", "invalid", "expired",
            "validity", "valid");
        row(F + "v1/dataIntegrityProof/didKey/oidf-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 6: revoked)
        row(F + "v1/dataIntegrityProof/didKey/oidf-revokedStatus-expired.json", "revoked, expired", "invalid",
            "expired", "validity", "valid");
        row(F + "v1/dataIntegrityProof/didWeb/legacy-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 6: revoked)
        row(F + "v1/dataIntegrityProof/didWeb/legacy-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked)
        row(F + "v1/dataIntegrityProof/didWeb/legacy-validStatus-noExpiry.json", "not revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v1/dataIntegrityProof/didWeb/oidf-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 6: revoked)
        row(F + "v1/dataIntegrityProof/didWeb/oidf-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked)
        row(F + "v1/dataIntegrityProof/didWeb/oidf-validStatus-noExpiry.json", "not revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v1/ed25519/didKey/fourRegistry-noStatus-noExpiry.json", "valid", "valid", "", "", "valid");
        row(F + "v1/ed25519/didKey/legacy-noStatus-expired.json", "expired", "invalid", "expired", "validity",
            "valid");
        row(F + "v1/ed25519/didKey/legacy-noStatus-noExpiry-stringIssuerId.json", "valid", "valid", "", "",
            "valid");
        row(F + "v1/ed25519/didKey/legacyRegistry-noStatus-noExpiry-issuerImageId.json", "valid", "valid", "",
            "", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked)
        row(F + "v1/ed25519/didKey/mixedRegistry-validStatus-noExpiry.json", "not revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v1/ed25519/didKey/noRegistry-noStatus-noExpiry.json", "valid", "valid", "", "", "valid");
        row(F + "v1/ed25519/didKey/oidf-noStatus-expired.json", "expired", "invalid", "expired", "validity",
            "valid");
        row(F + "v1/ed25519/didKey/oidf-noStatus-noExpiry.json", "valid", "valid", "", "", "valid");
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 6: revoked)
        row(F + "v1/ed25519/didKey/oidf-revokedStatus-expired.json", "revoked, expired", "invalid", "expired",
            "validity", "valid");
        row(F + "v1/ed25519/didWeb/legacy-noStatus-noExpiry.json", "valid", "valid", "", "", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 6: revoked)
        row(F + "v1/ed25519/didWeb/legacy-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked)
        row(F + "v1/ed25519/didWeb/legacy-validStatus-noExpiry.json", "not revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v1/ed25519/didWeb/oidf-noStatus-noExpiry.json", "valid", "valid", "", "", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 6: revoked)
        row(F + "v1/ed25519/didWeb/oidf-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked)
        row(F + "v1/ed25519/didWeb/oidf-validStatus-noExpiry.json", "not revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v2/bothSignatureTypes/didkey/"
                "legacy-noStatus-noExpiry-nonOBWithOBContext.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/bothSignatureTypes/didkey/legacy-noStatus-noExpiry.json", "valid", "valid", "", "",
            "valid");
        row(F + "v2/bothSignatureTypes/didkey/"
                "legacy-noStatus-notExpired-endorsement-withSchema.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/bothSignatureTypes/didkey/"
                "legacy-noStatus-notExpired-endorsement.json",
            "valid", "valid", "", "", "valid");
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 8: revoked)
        row(F + "v2/bothSignatureTypes/didkey/noRegistry-revokedStatus-expired.json", "revoked, expired",
            "invalid", "expired", "validity", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/bothSignatureTypes/didkey/noRegistry-revokedStatus-notExpired.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/bothSignatureTypes/didkey/oidf-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 8: revoked)
        row(F + "v2/bothSignatureTypes/didweb/legacy-revokedStatus-expired.json", "revoked, expired",
            "invalid", "expired", "validity", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/bothSignatureTypes/didweb/legacy-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v2/bothSignatureTypes/didweb/oidf-noStatus-notExpired.json", "valid", "valid", "", "",
            "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-_noExpiry-credSubjName.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-OBSpecExample.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-achievementTypeExample.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-alignments.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-basicOBv3.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-credName.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-credSubjName.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-identityHash.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-noExpiry-minimal.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "legacyRegistry-noStatus-notExpired-withSchema.json",
            "valid", "valid", "", "", "valid");
        // Named noExpiry, but validUntil is 2010-01-02T00:00:00Z
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 8: revoked)
        row(F + "v2/dataIntegrityProof/didKey/noRegistry-revokedStatus-noExpiry.json", "revoked, expired",
            "invalid", "expired", "validity", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/dataIntegrityProof/didKey/noRegsitry-revokedStatus-notExpired.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "oidf-noStatus-notExpired-complexIssuer.json",
            "valid", "valid", "", "", "valid");
        row(F + "v2/dataIntegrityProof/didKey/"
                "oidf-noStatus-notExpired-notYetValid.json",
            "not yet valid", "invalid", "not_yet_valid", "validity", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/dataIntegrityProof/didKey/oidf-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/dataIntegrityProof/didKey/"
                "twoOIDF-revoked-notExpired-badSchema.json",
            "revoked", "unknown", "status_list_invalid", "status", "valid");
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 7: not revoked)
        row(F + "v2/dataIntegrityProof/didKey/twoOIDF-validStatus-expired.json", "not revoked, expired",
            "invalid", "expired", "validity", "valid");
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 8: revoked)
        row(F + "v2/dataIntegrityProof/didweb/legacy-revokedStatus-expired.json", "revoked, expired",
            "invalid", "expired", "validity", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/dataIntegrityProof/didweb/legacy-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v2/dataIntegrityProof/didweb/oidf-noStatus-notExpired.json", "valid", "valid", "", "",
            "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked); its
        // expiry is not reached
        row(F + "v2/ed25519/didKey/legacy-expiredStatus-noExpiry.json", "status list expired", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked); its
        // type is not reached
        row(F + "v2/ed25519/didKey/legacy-missingTypeStatus-noExpiry.json", "status list lacks its type",
            "unknown", "status_list_invalid", "status", "valid");
        row(F + "v2/ed25519/didKey/legacy-noStatus-expired.json", "expired", "invalid", "expired", "validity",
            "valid");
        row(F + "v2/ed25519/didKey/legacy-noStatus-noExpiry-lcwExperience.json", "valid", "valid", "", "",
            "valid");
        row(F + "v2/ed25519/didKey/legacy-noStatus-noExpiry-stringIssuerId.json", "valid", "valid", "", "",
            "valid");
        row(F + "v2/ed25519/didKey/legacy-noStatus-noExpiry-tampered.json", "signature invalid (tampered)",
            "invalid", "signature", "proof", "invalid");
        row(F + "v2/ed25519/didKey/legacy-noStatus-noExpiry.json", "valid", "valid", "", "", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 7: not revoked); its
        // validFrom is not reached
        row(F + "v2/ed25519/didKey/legacy-notYetValidStatus-noExpiry.json", "status list not yet valid",
            "unknown", "status_list_invalid", "status", "valid");
        // The list's encodedList does not decode -> status_list_invalid
        row(F + "v2/ed25519/didKey/legacy-tamperedStatus-noExpiry.json", "status list tampered", "unknown",
            "status_list_invalid", "status", "valid");
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 8: revoked)
        row(F + "v2/ed25519/didKey/noRegistry-revokedStatus-expired.json", "revoked, expired", "invalid",
            "expired", "validity", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/ed25519/didKey/noRegistry-revokedStatus-notExpired.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/ed25519/didKey/oidf-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        // No DID document for did:web:digitalcredentials.github.io:dcc-did-web-bad: offline, a missing
        // document is unknown, not invalid -> unresolvable_key
        row(F + "v2/ed25519/didWeb/badDidWeb.json", "did:web document unresolvable", "unknown",
            "unresolvable_key", "proof", "unknown");
        // Expired decides; status: list of 100,000 entries < 131,072 -> status_list_invalid (upstream reads
        // bit 8: revoked)
        row(F + "v2/ed25519/didWeb/legacy-revokedStatus-expired.json", "revoked, expired", "invalid",
            "expired", "validity", "valid");
        // List of 100,000 entries < 131,072 -> status_list_invalid (upstream reads bit 8: revoked)
        row(F + "v2/ed25519/didWeb/legacy-revokedStatus-noExpiry.json", "revoked", "unknown",
            "status_list_invalid", "status", "valid");
        row(F + "v2/ed25519/didWeb/oidf-noStatus-notExpired.json", "valid", "valid", "", "", "valid");
        // The status lists themselves, verified as credentials (upstream judges them only as lists).
        row(L + "e5WK8CbZ1GjycuPombrj", "status list (valid)", "valid", "", "", "valid");
        // Its validUntil (2021-01-09) has passed.
        row(L + "expired", "status list, expired", "invalid", "expired", "validity", "valid");
        // Upstream refuses it as a list (type); as a credential its proof and dates hold.
        row(L + "missingBitStringType", "status list without the BitstringStatusListCredential type", "valid",
            "", "", "valid");
        // Its validFrom is in the year 3000.
        row(L + "notYetValid", "status list, not yet valid", "invalid", "not_yet_valid", "validity", "valid");
        row(L + "tampered", "status list, tampered (signature)", "invalid", "signature", "proof", "invalid");

        // 1EdTech validator samples (EXPECTATIONS.tsv there: the upstream JUnit assertions). Unless a row
        // says otherwise, the verificationMethod is https://host/issuers/N#z6Mk..., whose document is not
        // cached. Like upstream, Pathfolio then reads the Ed25519 key from the fragment (FORMATS.md 9.6), so
        // the signature is checked ("proof" valid or invalid); unlike upstream, it does not count such a key
        // as the issuer's: issuer unknown/unresolvable_key, so the overall result is unknown where upstream
        // says valid.
        const QString E = QStringLiteral("1edtech-validator-samples/");
        row(E + "ob30/simple.json", "valid", "unknown", "unresolvable_key", "issuer", "valid");
        row(E + "ob30/simple.1ob", "valid", "unknown", "unresolvable_key", "issuer", "valid");
        row(E + "ob30/simple-json.png", "valid", "unknown", "unresolvable_key", "issuer", "valid");
        row(E + "ob30/simple-json.svg", "valid", "unknown", "unresolvable_key", "issuer", "valid");
        row(E + "ob30/simple_v1.json", "valid with warning (VC 1.1)", "unknown", "unresolvable_key", "issuer",
            "valid");
        row(E + "ob30/simple-context-alias.json", "valid", "unknown", "unresolvable_key", "issuer", "valid");
        // Upstream's verdict is a context-version probe (3.0.2); Pathfolio bundles 3.0.2 and does not judge
        // versions.
        row(E + "ob30/simple-context-version.json", "ContextPropertyProbe (context 3.0.2)", "unknown",
            "unresolvable_key", "issuer", "valid");
        // The key is a did:key, resolved offline, and the signature holds; but the issuer is urn:uuid:..., so
        // nothing ties the key to it (upstream does not compare them) -> issuer_mismatch (issue 5: "the
        // verification method must belong to the issuer ...: issuer_mismatch otherwise"; a VC-JWT gets the
        // same answer).
        row(E + "ob30/simple-did-key-method.json", "valid", "invalid", "issuer_mismatch", "issuer", "valid");
        // Despite its name, an https verificationMethod (upstream's test is disabled).
        row(E + "ob30/simple-did-web-method.json", "valid (test disabled)", "unknown", "unresolvable_key",
            "issuer", "valid");
        // eddsa-2022, the cryptosuite's older name, is accepted; upstream only warns about the name.
        row(E + "ob30/simple-eddsa-2022.json", "valid with warning (eddsa-2022)", "unknown",
            "unresolvable_key", "issuer", "valid");
        row(E + "ob30/endorsement-valid.json", "valid", "unknown", "unresolvable_key", "issuer", "valid");
        // Upstream fails CredentialParseProbe (its JSON schema checks), which Pathfolio does not run; its
        // Ed25519Signature2020 proof does not verify with the fragment's key either (also checked with
        // jsonld.js).
        row(E + "ob30/endorsement-err-schema-status-refresh.json", "invalid (CredentialParseProbe)",
            "invalid", "signature", "proof", "invalid");
        // Upstream's verdict is an inline JSON schema probe Pathfolio does not run. The 1EdTech revocation
        // list is not cached either (status_unavailable); the issuer check comes first.
        row(E + "ob30/complete.json", "InlineJsonSchemaProbe", "unknown", "unresolvable_key", "issuer",
            "valid");
        // Upstream's verdict is an inline JSON schema probe. The key (#key-1, no key in the fragment) cannot
        // be resolved, so the proof is unknown before its JSON-LD is read (which would fail safe mode: the
        // credentialSchema type 1EdTechJsonSchemaValidator2019 is undefined); it expired in 2020, which
        // decides.
        row(E + "ob30/complete_v1.json", "InlineJsonSchemaProbe", "invalid", "expired", "validity",
            "unknown");
        // Upstream fetches the revocation list; offline neither the did:web document nor the list is cached.
        row(E + "ob30/credential-status-revoked.json", "invalid (revoked, list fetched)", "unknown",
            "unresolvable_key", "proof", "unknown");
        // The list (served from the cache) decodes and has bit 23 set, but its own key, too, is only the
        // fragment's (status_unverified); the credential's issuer check comes first.
        row(E + "ob30/bit-string-list/credential-status-revoked.json", "invalid (revoked)", "unknown",
            "unresolvable_key", "issuer", "valid");
        row(E + "ob30/bit-string-list/credential-status-revoked-blank-nodes.json", "invalid (revoked)",
            "unknown", "unresolvable_key", "issuer", "valid");
        row(E + "ob30/bit-string-list/testlist", "valid (status list)", "unknown", "unresolvable_key",
            "issuer", "valid");
        // ecdsa-sd-2023 (selective disclosure) is not among the supported cryptosuites. An unsupported suite
        // leaves the proof, and the credential, unchecked (shared/design/CLI.md: "unchecked if the proof
        // itself could not be checked (an unsupported suite)").
        row(E + "ob30/sd/derivedcredential.json", "valid", "unchecked", "unknown_cryptosuite", "proof",
            "unchecked");
        // Upstream: an invalid context list (no VC context) -> ContextPropertyProbe. Without the VC context
        // its terms are undefined -> undefined_term.
        row(E + "ob30/simple-err-context.json", "invalid (ContextPropertyProbe)", "invalid", "undefined_term",
            "proof", "invalid");
        // The following (up to simple-err-type) fail upstream's schema or type probes, which Pathfolio does
        // not run; each also uses a property or type the OB 3.0.3 context does not define (checked with
        // jsonld.js safe mode too), which safe mode rejects -> undefined_term.
        row(E + "ob30/simple-err-credential-subject-achievement-result-description-type.json",
            "invalid (CredentialSubjectProbe)", "invalid", "undefined_term", "proof", "invalid");
        row(E + "ob30/simple-err-credential-subject-identifier-type.json", "invalid (CredentialSubjectProbe)",
            "invalid", "undefined_term", "proof", "invalid");
        row(E + "ob30/simple-err-credential-subject-profile-type.json", "invalid (CredentialSubjectProbe)",
            "invalid", "undefined_term", "proof", "invalid");
        row(E + "ob30/simple-err-credential-subject-result-type.json", "invalid (CredentialSubjectProbe)",
            "invalid", "undefined_term", "proof", "invalid");
        row(E + "ob30/simple-err-credential-subject-type.json", "invalid (CredentialSubjectProbe)", "invalid",
            "undefined_term", "proof", "invalid");
        row(E + "ob30/simple-err-evidence-type.json", "invalid (EvidenceProbe)", "invalid", "undefined_term",
            "proof", "invalid");
        row(E + "ob30/simple-err-issuer-otheridentifier-type.json", "invalid (IssuerProbe)", "invalid",
            "undefined_term", "proof", "invalid");
        row(E + "ob30/simple-err-issuer-parentorg-type.json", "invalid (IssuerProbe)", "invalid",
            "undefined_term", "proof", "invalid");
        row(E + "ob30/simple-err-issuer-type.json", "invalid (IssuerProbe)", "invalid", "undefined_term",
            "proof", "invalid");
        // OtherCredential is not defined by any of its contexts -> undefined_term (upstream:
        // TypePropertyProbe).
        row(E + "ob30/simple-err-type.json", "invalid (TypePropertyProbe)", "invalid", "undefined_term",
            "proof", "invalid");
        // The signature holds (fragment key); the expiry decides.
        row(E + "ob30/simple-err-expired.json", "invalid (ExpirationProbe)", "invalid", "expired", "validity",
            "valid");
        row(E + "ob30/simple-err-issued.json", "invalid (IssuanceProbe)", "invalid", "not_yet_valid",
            "validity", "valid");
        // No issuer: upstream's JSON schema probe fails; Pathfolio does not read it as a credential at all.
        row(E + "ob30/simple-err-issuer.json", "invalid (JsonSchemaProbe)", "invalid", "malformed", "format",
            "");
        // A bare "z6Mk..." is not a URL at all: a broken proof -> malformed (upstream: EmbeddedProofProbe
        // error).
        row(E + "ob30/simple-err-proof-method-no-scheme.json", "invalid (EmbeddedProofProbe)", "invalid",
            "malformed", "proof", "invalid");
        // did:example cannot be resolved (offline or not); Pathfolio says unknown, not invalid.
        row(E + "ob30/simple-err-proof-method-unknown-did-method.json", "invalid (EmbeddedProofProbe)",
            "unknown", "unresolvable_key", "proof", "unknown");
        // "xxx:z6Mk..." is neither a DID nor an http(s) URL, and its fragment is no usable key: a malformed
        // verification method, as upstream also finds.
        row(E + "ob30/simple-err-proof-method-unknown-scheme.json", "invalid (EmbeddedProofProbe)", "invalid",
            "malformed", "proof", "invalid");
        // Upstream finds the fragment's key malformed; Pathfolio cannot take a key from it, and the URL is
        // not cached.
        row(E + "ob30/simple-err-proof-method.json", "invalid (EmbeddedProofProbe)", "unknown",
            "unresolvable_key", "proof", "unknown");
        // The signature does not verify with the fragment's key, as upstream finds.
        row(E + "ob30/simple-err-proof-value.json", "invalid (EmbeddedProofProbe)", "invalid", "signature",
            "proof", "invalid");
        // A proof set whose first proof (SomeProofType) lacks a verificationMethod: a broken proof ->
        // malformed (upstream: JsonLDValidationProbe error); every proof of a set must verify.
        row(E + "ob30/simple-multiple-proofs.json", "error (JsonLDValidationProbe)", "invalid", "malformed",
            "proof", "invalid");
        row(E + "clr20/simple.json", "valid", "unknown", "unresolvable_key", "issuer", "valid");
        // The key is a did:key and the signature holds, but the issuer is urn:uuid:... -> issuer_mismatch
        // (see simple-did-key-method.json above).
        row(E + "clr20/complex.json", "valid", "invalid", "issuer_mismatch", "issuer", "valid");
        // verificationMethod urn:uuid:...#z6Mk...: nothing dereferences a urn:uuid, so the key is read from
        // the fragment, as upstream does; but nothing ties it to the issuer.
        row(E + "clr20/simple_v1.json", "valid with warning (VC 1.1)", "unknown", "unresolvable_key",
            "issuer", "valid");
        // No upstream test. Its CLR context https://dc.imsglobal.org/draft/clr/v2p0/context is neither
        // bundled nor cached.
        row(E + "clr20/simple_old_safesigned.json", "(no upstream test)", "unknown", "unknown_context",
            "proof", "unknown");

        // The OB 3.0 specification's signed examples (vectors.json has their key; its own test covers the
        // canonical forms). The key is https://example.edu/issuers/565049#z6Mk...: read from the fragment,
        // not the issuer's.
        const QString S = QStringLiteral("ob3-1edtech-spec/");
        row(S + "obv3p0/signed-credential.json", "valid (spec test vector)", "unknown", "unresolvable_key",
            "issuer", "valid");
        row(S + "clrv2p0/signed-credential.json", "valid (spec test vector)", "unknown", "unresolvable_key",
            "issuer", "valid");
    }

    void samples()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_conf);
        QFETCH(QString, file);
        QFETCH(QString, upstream);
        QFETCH(QString, result);
        QFETCH(QString, reason);
        QFETCH(QString, where);
        QFETCH(QString, proof);
        VerificationContext context;
        // Before every validUntil in the future (2030) and after every proof's creation (2026-01-23).
        context.at = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        context.lookup = sampleLookup(m_cache);
        const QByteArray bytes = read(m_conf + u'/' + file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const auto reports = Verifier(context).verifyBytes(bytes, file);
        QVERIFY(!reports.isEmpty());
        const VerificationReport &r = reports.first(); // a CLR's own report comes first
        ++m_rows;
        m_results[checkResultName(r.result())] += 1;

        QString checks;
        for (const Check &c : r.checks)
            checks += QStringLiteral("\n  %1 %2 %3 %4")
                          .arg(c.name, checkResultName(c.result), reasonCodeName(c.code), c.message);
        const QString context_ = QStringLiteral("upstream: %1%2").arg(upstream, checks);
        QVERIFY2(checkResultName(r.result()) == result,
                 qPrintable(QStringLiteral("result %1, expected %2; %3")
                                .arg(checkResultName(r.result()), result, context_)));
        QVERIFY2(reasonCodeName(r.reason()) == reason,
                 qPrintable(QStringLiteral("reason %1, expected %2; %3")
                                .arg(reasonCodeName(r.reason()), reason, context_)));
        if (!where.isEmpty()) {
            QString carrier;
            for (const Check &c : r.checks) {
                if (c.result == r.result() && c.code == r.reason()) {
                    carrier = c.name;
                    break;
                }
            }
            QVERIFY2(
                carrier == where,
                qPrintable(
                    QStringLiteral("reason carried by %1, expected %2; %3").arg(carrier, where, context_)));
        }
        const Check *proofCheck = r.check(QStringLiteral("proof"));
        const QString proofResult = proofCheck ? checkResultName(proofCheck->result) : QString();
        QVERIFY2(proofResult == proof,
                 qPrintable(QStringLiteral("proof %1, expected %2; %3").arg(proofResult, proof, context_)));
        ++m_asExpected;
    }

    void cleanupTestCase()
    {
        qInfo().noquote()
            << QStringLiteral(
                   "DI samples: %1 rows, %2 valid, %3 invalid, %4 unknown, %5 unchecked; %6 as expected")
                   .arg(m_rows)
                   .arg(m_results.value(QStringLiteral("valid")))
                   .arg(m_results.value(QStringLiteral("invalid")))
                   .arg(m_results.value(QStringLiteral("unknown")))
                   .arg(m_results.value(QStringLiteral("unchecked")))
                   .arg(m_asExpected);
    }
};

QTEST_GUILESS_MAIN(tst_DataIntegritySamples)
#include "tst_dataintegrity_samples.moc"
