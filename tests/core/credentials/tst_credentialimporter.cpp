#include "../store/TempStore.h"
#include "BadgeTestSupport.h"
#include "Conformance.h"
#include "credentials/CredentialImporter.h"
#include "credentials/CredentialParser.h"
#include "credentials/PngBadgeBaker.h"
#include "credentials/SvgBadgeBaker.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>

using namespace pf;
using namespace badgetest;

namespace {

// The OB 2.0 samples name their badge classes, issuers and keys by URL; upstream serves
// http(s)://example.org/X and https://www.example.org/X from ob20/assets/X. The offline cache does the same.
void cacheOb2Assets(Store &store, const QString &conformance)
{
    const QString assets = conformance + QStringLiteral("/1edtech-validator-samples/ob20/assets");
    QDirIterator it(assets, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        const QByteArray content = readFile(path);
        for (const QString &prefix :
             {QStringLiteral("http://example.org/"), QStringLiteral("https://example.org/"),
              QStringLiteral("https://www.example.org/")}) {
            QVERIFY(store.cache().put(prefix + name, content, path).ok());
            if (name.endsWith(QStringLiteral(".json"))) // some samples drop the extension
                QVERIFY(store.cache().put(prefix + name.chopped(5), content, path).ok());
        }
    }
}

QString issued(const Credential &c)
{
    return c.issuedAt.isValid() ? c.issuedAt.toString(Qt::ISODate) : QString();
}

} // namespace

// Importing every kind of badge a learner can be given, keeping the original bytes, refusing with a reason.
class tst_CredentialImporter : public QObject
{
    Q_OBJECT

    QString m_conf;

private slots:
    void initTestCase() { m_conf = conformanceDir(); }

    void publicSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("issuedOn");
        QTest::addColumn<QString>("validUntil");
        const QString v = QStringLiteral("1edtech-validator-samples/");
        QTest::newRow("OB 3.0 JSON") << v + "ob30/simple.json"
                                     << "ob3-json"
                                     << "Teamwork Badge"
                                     << "Example Corp"
                                     << "2010-01-01T00:00:00Z"
                                     << "";
        QTest::newRow("OB 3.0 complete") << v + "ob30/complete.json"
                                         << "ob3-json"
                                         << "1EdTech University Degree for Example Student"
                                         << "1EdTech University"
                                         << "2010-01-01T00:00:00Z"
                                         << "2030-01-01T00:00:00Z";
        QTest::newRow("OB 3.0 VC 1.1") << v + "ob30/simple_v1.json"
                                       << "ob3-json"
                                       << "Teamwork Badge"
                                       << "Example Corp"
                                       << "2010-01-01T00:00:00Z"
                                       << "";
        QTest::newRow("OB 3.0 baked PNG, JSON") << v + "ob30/simple-json.png"
                                                << "ob3-png"
                                                << "Teamwork Badge"
                                                << "Example Corp"
                                                << "2010-01-01T00:00:00Z"
                                                << "";
        QTest::newRow("OB 3.0 baked SVG, JSON") << v + "ob30/simple-json.svg"
                                                << "ob3-svg"
                                                << "Teamwork Badge"
                                                << "Example Corp"
                                                << "2010-01-01T00:00:00Z"
                                                << "";
        QTest::newRow("OB 3.0 baked PNG, VC-JWT") << v + "ob30/simple-jwt.png"
                                                  << "ob3-png"
                                                  << "Teamwork Badge"
                                                  << "Example Corp"
                                                  << "2010-01-01T00:00:00Z"
                                                  << "";
        QTest::newRow("OB 3.0 baked SVG, VC-JWT vc claim") << v + "ob30/simple-jwt_v1.svg"
                                                           << "ob3-svg"
                                                           << "Example University Degree"
                                                           << "Example University"
                                                           << "2010-01-01T00:00:00Z"
                                                           << "";
        QTest::newRow("OB 3.0 VC-JWT") << v + "ob30/velocity.jwt"
                                       << "ob3-vc-jwt"
                                       << "Velocity Network Board Member 2022"
                                       << ""
                                       << "2022-12-31T00:00:00Z"
                                       << "";
        QTest::newRow("CLR 2.0 JSON") << v + "clr20/simple.json"
                                      << "clr-json"
                                      << "Sample Transcript"
                                      << "Example University"
                                      << "2010-01-01T00:00:00Z"
                                      << "";
        QTest::newRow("CLR 2.0 VC-JWT") << v + "clr20/simple.jwt"
                                        << "clr-vc-jwt"
                                        << "Sample Transcript"
                                        << "Example University"
                                        << "2010-01-01T00:00:00Z"
                                        << "";
        QTest::newRow("OB 2.0 hosted") << v + "ob20/basic-assertion.json"
                                       << "ob2-json"
                                       << "Awesome Robotics Badge"
                                       << "An Example Badge Issuer"
                                       << "2016-12-31T23:59:59Z"
                                       << "";
        QTest::newRow("OB 2.0 signed") << v + "ob20/simple.jwt"
                                       << "ob2-jws"
                                       << "Awesome Robotics Badge"
                                       << "An Example Badge Issuer"
                                       << "2016-12-31T23:59:59Z"
                                       << "";
        QTest::newRow("OB 2.0 baked PNG") << v + "ob20/simple-badge.png"
                                          << "ob2-png"
                                          << "Awesome Robotics Badge"
                                          << "An Example Badge Issuer"
                                          << "2016-12-31T23:59:59Z"
                                          << "";
        QTest::newRow("DCC VC 2.0 expired")
            << QStringLiteral("dcc-verifier-core/credentials/v2/v2Expired.json") << "ob3-json"
            << "Teamwork Badge"
            << "Example Corp"
            << "2010-01-01T00:00:00Z"
            << "2011-01-01T00:00:00Z";
        QTest::newRow("DCC VC 1.1") << QStringLiteral("dcc-verifier-core/credentials/v1/v1NoStatus.json")
                                    << "ob3-json"
                                    << "DCC Test Credential"
                                    << "Digital Credentials Consortium Test Issuer"
                                    << "2023-08-02T17:43:32Z"
                                    << "";
    }
    void publicSamples()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_conf);
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, name);
        QFETCH(QString, issuer);
        QFETCH(QString, issuedOn);
        QFETCH(QString, validUntil);
        TempStore s;
        cacheOb2Assets(*s.store, m_conf);
        CredentialImporter importer(*s.store);
        const auto outcomes = importer.importPaths({m_conf + u'/' + file});
        QVERIFY(!outcomes.isEmpty());
        const ImportOutcome &o = outcomes.first();
        QVERIFY2(o.kind == ImportOutcome::Kind::Imported, qPrintable(o.error.message));
        QCOMPARE(o.format, format);
        auto c = s->credentials().get(o.id);
        QVERIFY(c.ok());
        QCOMPARE(c->format, format);
        QCOMPARE(c->name, name);
        QCOMPARE(c->issuerName, issuer);
        QCOMPARE(issued(*c), issuedOn);
        QCOMPARE(c->validUntil.isValid() ? c->validUntil.toString(Qt::ISODate) : QString(), validUntil);
        QVERIFY(c->derived.value(QStringLiteral("unresolved")).toArray().isEmpty());
        QCOMPARE(*s->credentials().original(o.id),
                 readFile(m_conf + u'/' + file)); // original bytes, unchanged
    }

    // Every sample either imports or is refused for a reason this table states.
    void everySampleImportsOrIsRefusedForAStatedReason()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_conf);
        const QHash<QString, QString> refusals{
            // Supporting documents and malformed samples among the 1EdTech OB 2.0 files:
            {QStringLiteral("ob20/badge-class-with-language.json"),
             QStringLiteral("not_a_badge")}, // a BadgeClass
            {QStringLiteral("ob20/issuer-compact-iri-validation.json"),
             QStringLiteral("not_a_badge")}, // an Issuer profile
            {QStringLiteral("ob20/basic-assertion-invalid-type.json"),
             QStringLiteral("unsupported_version")}, // type OtherAssertion
            {QStringLiteral("ob20/redirected-validation-subject.json"),
             QStringLiteral("malformed_json")}, // has // comments
            {QStringLiteral("ob30/simple-err-issuer.json"),
             QStringLiteral("missing_fields")}, // no issuer at all
            // OB 1.x, and the baking library's negative cases:
            {QStringLiteral("concentricsky/baked_example.svg"), QStringLiteral("unsupported_version")},
            {QStringLiteral("concentricsky/baked_heart.png"), QStringLiteral("unsupported_version")},
            {QStringLiteral("mozilla/baked.svg"), QStringLiteral("unsupported_version")},
            {QStringLiteral("mozilla/no-json.svg"),
             QStringLiteral("unsupported_version")}, // only a hosted URL
            {QStringLiteral("mozilla/bad-json.svg"), QStringLiteral("malformed_json")},
            {QStringLiteral("concentricsky/public_domain_heart.png"), QStringLiteral("not_a_badge")},
            {QStringLiteral("concentricsky/unbaked_example.svg"), QStringLiteral("not_a_badge")},
            {QStringLiteral("mozilla/unbaked.png"), QStringLiteral("not_a_badge")},
            {QStringLiteral("mozilla/unbaked.svg"), QStringLiteral("not_a_badge")},
        };
        const QStringList folders{QStringLiteral("1edtech-validator-samples/ob20"),
                                  QStringLiteral("1edtech-validator-samples/ob30"),
                                  QStringLiteral("1edtech-validator-samples/clr20"),
                                  QStringLiteral("dcc-verifier-core/credentials"),
                                  QStringLiteral("dcc-verifier-core/status"),
                                  QStringLiteral("dcc-vc-test-fixtures/verifiableCredentials"),
                                  QStringLiteral("dcc-vc-test-fixtures/statusLists"),
                                  QStringLiteral("ob2-baking")};
        TempStore s;
        cacheOb2Assets(*s.store, m_conf);
        CredentialImporter importer(*s.store);
        int imported = 0;
        int refused = 0;
        for (const QString &folder : folders) {
            QDirIterator it(m_conf + u'/' + folder, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString name = QFileInfo(path).fileName();
                if (path.contains(QStringLiteral("/assets/")) ||
                    path.contains(QStringLiteral("/rdf-validation/")) ||
                    name.startsWith(QStringLiteral("LICENSE")) || name.startsWith(QStringLiteral("README")) ||
                    name == u"SOURCE.txt" || name.endsWith(QStringLiteral(".tsv")))
                    continue;
                const QString key = QFileInfo(path).dir().dirName() + u'/' + name;
                const auto outcomes = importer.importPaths({path});
                QVERIFY(!outcomes.isEmpty());
                const ImportOutcome &first = outcomes.first();
                if (refusals.contains(key)) {
                    QVERIFY2(first.kind == ImportOutcome::Kind::Refused, qPrintable(key));
                    QCOMPARE(errorCodeName(first.error.code), refusals.value(key));
                    ++refused;
                    continue;
                }
                QVERIFY2(first.kind != ImportOutcome::Kind::Refused,
                         qPrintable(key + QStringLiteral(": ") + first.error.message));
                for (const ImportOutcome &o : outcomes)
                    QVERIFY2(o.kind != ImportOutcome::Kind::Refused, qPrintable(key));
                ++imported;
            }
        }
        QCOMPARE(refused, int(refusals.size()));
        QVERIFY(imported > 150);
        qInfo("%d sample files imported, %d refused for the stated reasons", imported, refused);
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fragment");
        const QString data = QStringLiteral(PATHFOLIO_TEST_DATA_ROOT);
        QTest::newRow("malformed JSON") << data + "/json/invalid/malformed.json"
                                        << "malformed_json"
                                        << "line 4, column 3";
        QTest::newRow("JSON too deep") << data + "/json/invalid/too-deep.json"
                                       << "too_deep"
                                       << "64 levels";
        QTest::newRow("invalid UTF-8") << data + "/json/invalid/invalid-utf8.json"
                                       << "invalid_utf8"
                                       << "line 1";
        QTest::newRow("OB 3.0 missing fields") << data + "/json/invalid/missing-fields-ob3.json"
                                               << "missing_fields"
                                               << "credentialSubject, validFrom (or issuanceDate)";
        QTest::newRow("OB 2.0 missing fields") << data + "/json/invalid/missing-fields-ob2.json"
                                               << "missing_fields"
                                               << "badge, issuedOn";
        QTest::newRow("OB 1.0") << data + "/json/invalid/unsupported-ob1.json"
                                << "unsupported_version"
                                << "1.x";
        QTest::newRow("ordinary JSON") << data + "/json/invalid/not-a-badge.json"
                                       << "not_a_badge"
                                       << "looked for";
        QTest::newRow("JSON array") << data + "/json/invalid/array.json"
                                    << "not_a_badge"
                                    << "array";
        QTest::newRow("issuer profile") << data + "/json/invalid/issuer-profile.json"
                                        << "not_a_badge"
                                        << "cache add";
        QTest::newRow("JWS in two parts") << data + "/jws/invalid/two-parts.jws"
                                          << "malformed_jws"
                                          << "has 2";
        QTest::newRow("JWS in four parts") << data + "/jws/invalid/four-parts.jws"
                                           << "malformed_jws"
                                           << "has 4";
        QTest::newRow("JWS bad base64url") << data + "/jws/invalid/bad-base64.jws"
                                           << "malformed_jws"
                                           << "base64url";
        QTest::newRow("JWS header not JSON") << data + "/jws/invalid/header-not-json.jws"
                                             << "malformed_jws"
                                             << "header";
        QTest::newRow("JWS payload not JSON") << data + "/jws/invalid/payload-not-json.jws"
                                              << "malformed_jws"
                                              << "payload";
        QTest::newRow("ordinary PNG") << data + "/png/invalid/ordinary.png"
                                      << "not_a_badge"
                                      << "openbadgecredential";
        QTest::newRow("PNG bad signature") << data + "/png/invalid/bad-signature.png"
                                           << "not_a_badge"
                                           << "looked for";
        QTest::newRow("PNG CRC mismatch") << data + "/png/invalid/crc-mismatch.png"
                                          << "corrupt_image"
                                          << "CRC";
        QTest::newRow("PNG truncated") << data + "/png/invalid/truncated-chunk.png"
                                       << "corrupt_image"
                                       << "";
        QTest::newRow("PNG zTXt bomb") << data + "/png/invalid/ztxt-bomb.png"
                                       << "payload_too_large"
                                       << "";
        QTest::newRow("SVG with DTD") << data + "/svg/invalid/doctype-internal-subset.svg"
                                      << "unsafe_xml"
                                      << "";
        QTest::newRow("SVG with entities") << data + "/svg/invalid/entity-expansion.svg"
                                           << "unsafe_xml"
                                           << "";
        QTest::newRow("SVG external entity") << data + "/svg/invalid/external-entity.svg"
                                             << "unsafe_xml"
                                             << "";
    }
    void hostileFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, fragment);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        TempStore s;
        CredentialImporter importer(*s.store);
        const auto outcomes = importer.importPaths({file});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().kind, ImportOutcome::Kind::Refused);
        QCOMPARE(errorCodeName(outcomes.first().error.code), code);
        QVERIFY2(outcomes.first().error.message.contains(fragment),
                 qPrintable(outcomes.first().error.message));
        QCOMPARE(s->credentials().count(), 0);
        QCOMPARE(s.rows(QStringLiteral("competency")), 0);
    }

    void limitsAreEnforced()
    {
        TempStore s;
        ImportLimits limits;
        limits.maxFileSize = 1000;
        CredentialImporter importer(*s.store, limits);
        const QString big = s.file(QStringLiteral("big.json"), "{\"a\": \"" + QByteArray(2000, 'x') + "\"}");
        auto outcomes = importer.importPaths({big});
        QCOMPARE(outcomes.first().error.code, ErrorCode::FileTooLarge);
        outcomes = importer.importPaths({s.dir.filePath(QStringLiteral("absent.png"))});
        QCOMPARE(outcomes.first().error.code, ErrorCode::FileMissing);
        // The default payload bound is 16 MiB: a baked payload over it is refused while reading.
        const QByteArray png = QFile::exists(QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/png/valid/plain.png"))
                                   ? readFile(QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/png/valid/plain.png"))
                                   : QByteArray();
        Q_UNUSED(png);
    }

    void duplicatesAcrossContainers()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_conf);
        const QByteArray json =
            readFile(m_conf + QStringLiteral("/1edtech-validator-samples/ob30/complete.json"));
        const QByteArray png =
            readFile(m_conf + QStringLiteral("/ob2-baking/concentricsky/public_domain_heart.png"));
        const QByteArray svg = readFile(m_conf + QStringLiteral("/ob2-baking/mozilla/unbaked.svg"));
        auto bakedPng = PngBadgeBaker::bake(png, json, BakedPayload::Generation::Ob3);
        auto bakedSvg = SvgBadgeBaker::bake(svg, json, BakedPayload::Generation::Ob3);
        QVERIFY(bakedPng.ok() && bakedSvg.ok());
        // The same credential re-serialised with other white space is still the same credential.
        const QByteArray reformatted = QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
        TempStore s;
        CredentialImporter importer(*s.store);
        const auto first = importer.importBytes(json, QStringLiteral("complete.json"));
        QCOMPARE(first.first().kind, ImportOutcome::Kind::Imported);
        for (const auto &[bytes, name] : {std::pair{*bakedPng, QStringLiteral("complete.png")},
                                          std::pair{*bakedSvg, QStringLiteral("complete.svg")},
                                          std::pair{reformatted, QStringLiteral("compact.json")}}) {
            const auto again = importer.importBytes(bytes, name);
            QCOMPARE(again.first().kind, ImportOutcome::Kind::Present);
            QCOMPARE(again.first().id, first.first().id);
        }
        // One changed value, the same id: another credential.
        QByteArray tampered = json;
        tampered.replace("1EdTech University Degree for Example Student",
                         "1EdTech University Degree for Someone Else");
        const auto forged = importer.importBytes(tampered, QStringLiteral("tampered.json"));
        QCOMPARE(forged.first().kind, ImportOutcome::Kind::Imported);
        QVERIFY(forged.first().id != first.first().id);
        QCOMPARE(s->credentials().count(), 2);
    }

    void recordsKeepTheirCredentials()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_conf);
        TempStore s;
        CredentialImporter importer(*s.store);
        const auto outcomes =
            importer.importPaths({m_conf + QStringLiteral("/1edtech-validator-samples/clr20/complex.json")});
        QCOMPARE(outcomes.size(), 7);
        QCOMPARE(outcomes.first().format, QStringLiteral("clr-json"));
        const qint64 record = outcomes.first().id;
        const auto children = *s->credentials().children(record);
        QCOMPARE(children.size(), 6);
        for (const Credential &c : children) {
            QCOMPARE(c.parentId, record);
            QCOMPARE(c.format, QStringLiteral("ob3-json"));
            QVERIFY(!c.name.isEmpty());
            // Each inner credential keeps its own JSON, which parses back to the same object.
            QVERIFY(QJsonDocument::fromJson(*s->credentials().original(c.id)).isObject());
        }
    }

    void aBrokenRecordStoresNothing()
    {
        TempStore s;
        CredentialImporter importer(*s.store);
        const auto outcomes = importer.importPaths(
            {QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/clr/invalid/broken-inner-credential.json")});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().error.code, ErrorCode::MissingFields);
        QVERIFY(outcomes.first().error.message.contains(QStringLiteral("credential 2 inside")));
        QCOMPARE(s->credentials().count(), 0);
    }

    void presentationsCarryCredentials()
    {
        TempStore s;
        CredentialImporter importer(*s.store);
        const auto outcomes =
            importer.importPaths({QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/vp/valid/two-badges.json")});
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes[0].format, QStringLiteral("vp-json"));
        QCOMPARE(outcomes[1].name, QStringLiteral("First"));
        QCOMPARE(outcomes[2].name, QStringLiteral("Second"));
        QCOMPARE(outcomes[2].parentId, outcomes[0].id);
        QCOMPARE(s->credentials().get(outcomes[2].id)->issuerName, QStringLiteral("B"));
    }

    void statusListsGoToTheOfflineCache()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_conf);
        TempStore s;
        CredentialImporter importer(*s.store);
        const QString file = m_conf + QStringLiteral("/dcc-verifier-core/status/e5WK8CbZ1GjycuPombrj.json");
        const auto outcomes = importer.importPaths({file});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().format, QStringLiteral("vc-status-list"));
        QCOMPARE(outcomes.first().cacheUrl,
                 QStringLiteral("https://testing.dcconsortium.org/status/e5WK8CbZ1GjycuPombrj"));
        QCOMPARE(s->credentials().count(), 0);
        auto cached = s->cache().get(outcomes.first().cacheUrl);
        QVERIFY(cached.ok());
        QCOMPARE(cached->content, readFile(file));
        QCOMPARE(importer.importPaths({file}).first().kind, ImportOutcome::Kind::Present);
    }

    void alignmentsBecomeCompetencies()
    {
        TempStore s;
        CredentialImporter importer(*s.store);
        const auto first =
            importer.importPaths({QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/json/valid/aligned-one.json")});
        const auto second =
            importer.importPaths({QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/json/valid/aligned-two.json")});
        QCOMPARE(s->competencies().count(), 2); // the second badge reuses both
        const auto c1 = *s->credentials().get(first.first().id);
        const auto c2 = *s->credentials().get(second.first().id);
        QCOMPARE(c1.competencyIds.size(), 2);
        QCOMPARE(c1.competencyIds, c2.competencyIds);
        const qint64 byUrl = s->competencies().findByUrl(QStringLiteral("https://example.org/frameworks/da"));
        QVERIFY(byUrl != 0);
        QCOMPARE(s->competencies().get(byUrl)->code, QStringLiteral("DA-1"));
        QCOMPARE(s->competencies().get(byUrl)->frameworkName, QStringLiteral("Example Skills"));
    }

    void alignmentsSharingAFrameworkUrlStaySeparate()
    {
        // Issuers often give the framework's address as every alignment's targetUrl: the codes tell the
        // competencies apart, and a competency the learner already keeps (here with its framework's
        // source URL, which the badge does not state) is reused, not duplicated.
        TempStore s;
        Competency own;
        own.frameworkName = QStringLiteral("DigComp 2.2");
        own.frameworkUrl = QStringLiteral("https://joint-research-centre.ec.europa.eu/digcomp_en");
        own.code = QStringLiteral("3.4");
        own.title = QStringLiteral("Programming");
        const qint64 programming = *s->competencies().create(own);

        CredentialImporter importer(*s.store);
        const auto outcomes = importer.importPaths(
            {QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/json/valid/shared-framework-url.json")});
        QCOMPARE(outcomes.first().kind, ImportOutcome::Kind::Imported);
        const auto c = *s->credentials().get(outcomes.first().id);
        QCOMPARE(c.competencyIds.size(), 3);
        QCOMPARE(c.competencyIds.first(), programming);
        QCOMPARE(s->competencies().count(), 3);
        QStringList codes;
        for (qint64 id : c.competencyIds)
            codes << s->competencies().get(id)->code;
        QCOMPARE(codes, (QStringList{QStringLiteral("3.4"), QStringLiteral("2.4"), QStringLiteral("2.1")}));
    }

    void dataUriImagesAreKept()
    {
        TempStore s;
        CredentialImporter importer(*s.store);
        const QByteArray pixel = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlE"
                                                        "QVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        const auto outcomes = importer.importPaths(
            {QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/json/valid/data-uri-image.json")});
        QCOMPARE(outcomes.first().kind, ImportOutcome::Kind::Imported);
        QCOMPARE(*s->credentials().image(outcomes.first().id), pixel);

        // Verification alone leaves the picture undecoded.
        QFile file(QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/json/valid/data-uri-image.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(CredentialParser().parse(bytes)->first().image, pixel);
        CredentialParser verifying;
        verifying.setImages(false);
        QVERIFY(verifying.parse(bytes)->first().image.isEmpty());
    }

    void aFolderOfMixedFiles()
    {
        TempStore s;
        QDir(s.dir.path()).mkpath(QStringLiteral("drop/nested"));
        const QString drop = s.dir.filePath(QStringLiteral("drop"));
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(drop + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        const QByteArray good =
            readFile(QStringLiteral(PATHFOLIO_TEST_DATA_ROOT "/json/valid/minimal-ob3.json"));
        write(QStringLiteral("a-good.json"), good);
        write(QStringLiteral("b-broken.json"), "{\"type\": ");
        write(QStringLiteral("c-notes.txt"), "meeting notes");
        write(QStringLiteral("nested/d-good.badge"),
              QByteArray(good).replace("\"Good\"", "\"Good too\"")); // the extension does not matter
        write(QStringLiteral("nested/e-empty.png"), "");
        CredentialImporter importer(*s.store);
        int calls = 0;
        const auto outcomes = importer.importPaths({drop}, [&](int, int total, const QString &) {
            ++calls;
            QCOMPARE(total, 5);
        });
        QCOMPARE(outcomes.size(), 5);
        QCOMPARE(calls, 6);
        QStringList kinds;
        for (const ImportOutcome &o : outcomes)
            kinds << ImportOutcome::kindName(o.kind);
        QCOMPARE(kinds, (QStringList{QStringLiteral("imported"), QStringLiteral("refused"),
                                     QStringLiteral("refused"), QStringLiteral("imported"),
                                     QStringLiteral("refused")}));
        QCOMPARE(s->credentials().count(), 2);
        auto fk = s->database().exec(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(fk && !fk->next());
    }

    void cancelStopsBetweenFiles()
    {
        TempStore s;
        std::atomic_bool cancel{false};
        CredentialImporter importer(*s.store);
        const QString a = s.file(QStringLiteral("a.json"), "{}");
        const QString b = s.file(QStringLiteral("b.json"), "{}");
        const auto outcomes = importer.importPaths(
            {a, b},
            [&](int done, int, const QString &) {
                if (done == 1)
                    cancel = true;
            },
            &cancel);
        QCOMPARE(outcomes.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialImporter)
#include "tst_credentialimporter.moc"
