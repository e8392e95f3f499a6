#include "../store/TempStore.h"
#include "BadgeTestSupport.h"
#include "Conformance.h"
#include "credentials/CredentialBaker.h"
#include "credentials/CredentialImporter.h"
#include "credentials/PlaceholderBadge.h"
#include "credentials/PngBadgeParser.h"
#include "credentials/PngChunk.h"
#include "credentials/SvgBadgeParser.h"

using namespace pf;
using namespace badgetest;

namespace {

} // namespace

// Baking stored credentials into PNG and SVG images: unbake(bake(x)) is x, byte for byte, for every format.
class tst_CredentialBaker : public QObject
{
    Q_OBJECT

    QString m_conf;

private slots:
    void initTestCase() { m_conf = conformanceDir(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("keyword");
        const QString v = QStringLiteral("1edtech-validator-samples/");
        QTest::newRow("OB 3.0 JSON") << v + "ob30/complete.json"
                                     << "openbadgecredential";
        QTest::newRow("OB 3.0 VC-JWT") << v + "ob30/velocity.jwt"
                                       << "openbadgecredential";
        QTest::newRow("OB 3.0 from a PNG") << v + "ob30/simple-jwt.png"
                                           << "openbadgecredential";
        QTest::newRow("OB 3.0 from an SVG with CRLF") << v + "ob30/simple-json.svg"
                                                      << "openbadgecredential";
        QTest::newRow("CLR 2.0") << v + "clr20/simple.json"
                                 << "openbadgecredential";
        QTest::newRow("OB 2.0 hosted") << v + "ob20/basic-assertion.json"
                                       << "openbadges";
        QTest::newRow("OB 2.0 signed") << v + "ob20/simple.jwt"
                                       << "openbadges";
        QTest::newRow("OB 2.0 from a PNG") << v + "ob20/simple-badge.png"
                                           << "openbadges";
    }
    void roundTrip()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_conf);
        QFETCH(QString, file);
        QFETCH(QString, keyword);
        TempStore s;
        CredentialImporter importer(*s.store);
        const auto imported = importer.importPaths({m_conf + u'/' + file});
        QCOMPARE(imported.first().kind, ImportOutcome::Kind::Imported);
        const qint64 id = imported.first().id;
        const Credential credential = *s->credentials().get(id);
        const QByteArray original = *s->credentials().original(id);
        const QByteArray payload = *CredentialBaker::payloadOf(original);

        for (const auto container : {CredentialBaker::Container::Png, CredentialBaker::Container::Svg}) {
            const auto stored = s->credentials().image(id);
            auto baked =
                CredentialBaker::bake(credential, original, container, {}, stored ? *stored : QByteArray());
            QVERIFY2(baked.ok(), qPrintable(baked.ok() ? QString() : baked.error().message));
            auto unbaked = container == CredentialBaker::Container::Png ? PngBadgeParser::extract(*baked)
                                                                        : SvgBadgeParser::extract(*baked);
            QVERIFY(unbaked.ok());
            QCOMPARE(unbaked->payload, payload);
            if (container == CredentialBaker::Container::Png) {
                QCOMPARE(unbaked->keyword, keyword);
                QVERIFY(!unbaked->compressed);
                QCOMPARE(unbaked->markerCount, 1);
            } else {
                QCOMPARE(unbaked->namespaceUri, keyword == u"openbadges"
                                                    ? QStringLiteral("http://openbadges.org")
                                                    : QStringLiteral("https://purl.imsglobal.org/ob/v3p0"));
            }
            // The baked image is the same credential: importing it finds it already there.
            const auto again = importer.importBytes(*baked, QStringLiteral("baked"));
            QCOMPARE(again.first().kind, ImportOutcome::Kind::Present);
            QCOMPARE(again.first().id, id);
        }
    }

    void givenImageKeepsItsPixels()
    {
        PATHFOLIO_REQUIRE_CONFORMANCE(m_conf);
        const QByteArray picture =
            readFile(m_conf + QStringLiteral("/ob2-baking/concentricsky/public_domain_heart.png"));
        QVERIFY(!picture.isEmpty());
        Credential c;
        c.derived = QJsonObject{{QStringLiteral("version"), QStringLiteral("ob3")}};
        const QByteArray json =
            readFile(m_conf + QStringLiteral("/1edtech-validator-samples/ob30/simple.json"));
        auto baked = CredentialBaker::bake(c, json, CredentialBaker::Container::Png, picture);
        QVERIFY(baked.ok());
        const auto idat = [](const QByteArray &png) {
            QByteArray data;
            const Status walked = PngChunk::walk(png, [&](const PngChunk &chunk) {
                if (chunk.isType("IDAT"))
                    data += chunk.data.toByteArray();
            });
            return walked.ok() ? data : QByteArray();
        };
        QCOMPARE(idat(*baked), idat(picture));
        QVERIFY(!idat(picture).isEmpty());
    }

    void placeholdersAreValidImages()
    {
        const QByteArray png = PlaceholderBadge::png(64);
        QStringList types;
        QVERIFY(PngChunk::walk(png, [&](const PngChunk &chunk) {
                    types << QString::fromLatin1(chunk.type.toByteArray());
                }).ok());
        QCOMPARE(types,
                 (QStringList{QStringLiteral("IHDR"), QStringLiteral("IDAT"), QStringLiteral("IEND")}));
        QCOMPARE(PngBadgeParser::extract(png).code(), ErrorCode::NotABadge);
        const QByteArray svg = PlaceholderBadge::svg(QStringLiteral("Data <&> Analysis"));
        QVERIFY(svg.contains("Data &lt;&amp;&gt; Analysis"));
        QCOMPARE(SvgBadgeParser::extract(svg).code(), ErrorCode::NotABadge);
    }

    void wrongKindOfImageIsRefused()
    {
        Credential c;
        QCOMPARE(CredentialBaker::bake(c, "{\"a\":1}", CredentialBaker::Container::Png,
                                       PlaceholderBadge::svg(QStringLiteral("x")))
                     .code(),
                 ErrorCode::CorruptImage);
        QCOMPARE(
            CredentialBaker::bake(c, "{\"a\":1}", CredentialBaker::Container::Svg, PlaceholderBadge::png(8))
                .code(),
            ErrorCode::CorruptImage);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialBaker)
#include "tst_credentialbaker.moc"
