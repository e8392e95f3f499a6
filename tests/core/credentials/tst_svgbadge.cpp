#include "BadgeTestSupport.h"
#include "credentials/SvgBadgeBaker.h"
#include "credentials/SvgBadgeParser.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace pf;
using namespace badgetest;

namespace {

const QByteArray kOb3Json =
    QByteArrayLiteral("{\n  \"@context\": [\"https://www.w3.org/ns/credentials/v2\"],\n  \"name\": "
                      "\"Caf\xc3\xa9 \xf0\x9f\x8e\x93\",\n"
                      "  \"description\": \"has ]]> inside, and ]] and ]]]> too, & <tags>\"\n}");
const QByteArray kOb3Jws =
    QByteArrayLiteral("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2V4YW1wbGUub3JnIn0."
                      "c2lnbmF0dXJlLWJ5dGVzLWhlcmU");
const QByteArray kOb2Json = QByteArrayLiteral(
    "\r\n{\"@context\":\"https://w3id.org/openbadges/v2\",\r\n\"type\":\"Assertion\"}\r\n\r");
const QByteArray kOb2Jws = QByteArrayLiteral("eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOiIxMjMifQ.c2ln");
const QByteArray kOb2Hosted = QByteArrayLiteral("https://example.org/assertions/1.json?a=1&b=\"2\"");

constexpr char kOb3Ns[] = "https://purl.imsglobal.org/ob/v3p0";
constexpr char kOb2Ns[] = "http://openbadges.org";

QString dataDir(const QString &sub)
{
    return QStringLiteral(PATHFOLIO_BADGE_DATA_DIR "/svg/") + sub;
}

QByteArray unescape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size()) {
            const QChar c = text[++i];
            out += c == u'n' ? QChar(u'\n') : c == u'r' ? QChar(u'\r') : c == u't' ? QChar(u'\t') : c;
        } else {
            out += text[i];
        }
    }
    return out.toUtf8();
}

} // namespace

// Extracting and baking the Open Badges payload of SVG images: public samples, a hostile corpus, round trips.
class tst_SvgBadge : public QObject
{
    Q_OBJECT

    QString m_conformance;

    QString conformance(const QString &relative) const { return m_conformance + u'/' + relative; }

private slots:
    void initTestCase()
    {
        const QString dir = qEnvironmentVariable("PATHFOLIO_CONFORMANCE_DIR");
        if (!dir.isEmpty() && QDir(dir).exists())
            m_conformance = QDir(dir).absolutePath();
    }

    void conformanceSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<BakedPayload::Location>("location");
        QTest::addColumn<QByteArray>(
            "payloadStart"); // compared with the payload with outer white space trimmed
        QTest::addColumn<QString>("verifyAttribute");

        QTest::newRow("1edtech ob30 simple-json.svg")
            << "1edtech-validator-samples/ob30/simple-json.svg"
            << "openbadges:credential" << BakedPayload::Location::SvgBody
            << QByteArray("{\n      \"@context\": [\n") << QString();
        QTest::newRow("1edtech ob30 simple-jwt.svg")
            << "1edtech-validator-samples/ob30/simple-jwt.svg"
            << "openbadges:credential" << BakedPayload::Location::SvgVerifyAttribute
            << QByteArray("eyJhbGciOiJSUzI1NiIsImp3ayI6eyJrdHki")
            << QStringLiteral("eyJhbGciOiJSUzI1NiIsImp3ayI6");
        QTest::newRow("1edtech ob30 simple-jwt_v1.svg")
            << "1edtech-validator-samples/ob30/simple-jwt_v1.svg"
            << "openbadges:credential" << BakedPayload::Location::SvgVerifyAttribute
            << QByteArray("eyJhbGciOiJSUzI1NiIsImp3ayI6eyJrdHki")
            << QStringLiteral("eyJhbGciOiJSUzI1NiIsImp3ayI6");
        QTest::newRow("concentricsky baked_example.svg")
            << "ob2-baking/concentricsky/baked_example.svg"
            << "openbadges:assertion" << BakedPayload::Location::SvgBody
            << QByteArray("{\n         \"uid\": \"abcdef12345\",")
            << QStringLiteral("https://example.org/assertion.json");
        QTest::newRow("mozilla baked.svg") << "ob2-baking/mozilla/baked.svg"
                                           << "openbadges:assertion" << BakedPayload::Location::SvgBody
                                           << QByteArray("{\"verify\":{\"url\":\"http://example.org\"}}")
                                           << QStringLiteral("http://example.org");
        // Negative upstream because the JSON is invalid: the container is fine, the payload parser refuses
        // it.
        QTest::newRow("mozilla bad-json.svg") << "ob2-baking/mozilla/bad-json.svg"
                                              << "openbadges:assertion" << BakedPayload::Location::SvgBody
                                              << QByteArray("{verify:{\"url\":\"http://example.org\"}}")
                                              << QStringLiteral("http://example.org");
        // An empty CDATA section: the verify attribute (a hosted assertion URL) is the payload.
        QTest::newRow("mozilla no-json.svg")
            << "ob2-baking/mozilla/no-json.svg"
            << "openbadges:assertion" << BakedPayload::Location::SvgVerifyAttribute
            << QByteArray("http://example.org") << QStringLiteral("http://example.org");
    }

    void conformanceSamples()
    {
        if (m_conformance.isEmpty())
            QSKIP("PATHFOLIO_CONFORMANCE_DIR is not set or does not exist: the public samples are not "
                  "available");
        QFETCH(QString, file);
        QFETCH(QString, marker);
        QFETCH(BakedPayload::Location, location);
        QFETCH(QByteArray, payloadStart);
        QFETCH(QString, verifyAttribute);

        const QByteArray svg = readFile(conformance(file));
        QVERIFY2(!svg.isEmpty(), qPrintable(file));
        const auto baked = SvgBadgeParser::extract(svg);
        QVERIFY2(baked.ok(), why(baked).constData());
        QCOMPARE(baked->container, BakedPayload::Container::Svg);
        QCOMPARE(baked->marker, marker);
        QCOMPARE(baked->location, location);
        QCOMPARE(baked->markerCount, 1);
        QCOMPARE(baked->generation, marker.endsWith(u"credential") ? BakedPayload::Generation::Ob3
                                                                   : BakedPayload::Generation::Ob2);
        QCOMPARE(baked->namespaceUri, QLatin1StringView(marker.endsWith(u"credential") ? kOb3Ns : kOb2Ns));
        QVERIFY2(baked->payload.trimmed().startsWith(payloadStart), baked->payload.left(80).constData());
        QVERIFY(baked->verifyAttribute.startsWith(verifyAttribute));
        if (location == BakedPayload::Location::SvgVerifyAttribute)
            QCOMPARE(baked->payload, baked->verifyAttribute.toUtf8());
        // CDATA content is kept exactly: its white space is in the payload, and the payload is in the file.
        // (XML reads a CR LF line end as LF, also inside CDATA.)
        if (location == BakedPayload::Location::SvgBody && svg.contains("<![CDATA["))
            QVERIFY(QByteArray(svg).replace("\r\n", "\n").contains(baked->payload));
    }

    void conformanceNegatives_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ErrorCode>("code");

        QTest::newRow("concentricsky unbaked_example.svg")
            << "ob2-baking/concentricsky/unbaked_example.svg" << ErrorCode::NotABadge;
        QTest::newRow("mozilla unbaked.svg") << "ob2-baking/mozilla/unbaked.svg" << ErrorCode::NotABadge;
        QTest::newRow("a PNG is not an SVG")
            << "ob2-baking/concentricsky/baked_heart.png" << ErrorCode::InvalidUtf8;
        QTest::newRow("JSON is not an SVG")
            << "1edtech-validator-samples/ob30/simple.json" << ErrorCode::CorruptImage;
    }

    void conformanceNegatives()
    {
        if (m_conformance.isEmpty())
            QSKIP("PATHFOLIO_CONFORMANCE_DIR is not set or does not exist: the public samples are not "
                  "available");
        QFETCH(QString, file);
        QFETCH(ErrorCode, code);
        const QByteArray bytes = readFile(conformance(file));
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const auto baked = SvgBadgeParser::extract(bytes);
        QVERIFY(!baked.ok());
        QVERIFY2(baked.code() == code, why(baked).constData());
        if (code == ErrorCode::NotABadge)
            QVERIFY(baked.error().message.contains(QLatin1StringView(kOb3Ns)));
    }

    void invalidCorpus_data()
    {
        addCorpusRows(dataDir(QStringLiteral("invalid")), QStringLiteral("*.svg"), 15);
    }

    void invalidCorpus()
    {
        QFETCH(QString, file);
        QFETCH(ErrorCode, code);
        QFETCH(QString, messageFragment);

        QFile f(dataDir(QStringLiteral("invalid/") + file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray bytes = f.readAll();
        const auto baked = SvgBadgeParser::extract(bytes);
        QVERIFY2(!baked.ok(), qPrintable(file + QStringLiteral(" was accepted")));
        QVERIFY2(baked.code() == code, why(baked).constData());
        QVERIFY2(baked.error().message.contains(messageFragment), why(baked).constData());
        // Nothing from an entity ever reaches a message or a payload.
        QVERIFY(!baked.error().message.contains(QStringLiteral("lollol")));
        // Baking is refused for the same reasons, except that a missing or empty badge is fine to bake into.
        const auto rebaked = SvgBadgeBaker::bake(bytes, kOb3Jws, BakedPayload::Generation::Ob3);
        if (code == ErrorCode::NotABadge)
            QVERIFY2(rebaked.ok(), why(rebaked).constData());
        else
            QCOMPARE(rebaked.code(), code);
    }

    void validCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<int>("generation");
        QTest::addColumn<BakedPayload::Location>("location");
        QTest::addColumn<int>("markers");
        QTest::addColumn<QByteArray>("payload");

        const QList<QStringList> rows = readTsv(dataDir(QStringLiteral("valid/expected.tsv")));
        QVERIFY(rows.size() >= 6);
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 6);
            QTest::newRow(qPrintable(row[0]))
                << row[0] << row[1] << row[2].toInt()
                << (row[3] == u"verify" ? BakedPayload::Location::SvgVerifyAttribute
                                        : BakedPayload::Location::SvgBody)
                << row[4].toInt() << unescape(row[5]);
        }
    }

    void validCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, marker);
        QFETCH(int, generation);
        QFETCH(BakedPayload::Location, location);
        QFETCH(int, markers);
        QFETCH(QByteArray, payload);

        const QByteArray bytes = readFile(dataDir(QStringLiteral("valid/") + file));
        QVERIFY(!bytes.isEmpty());
        const auto baked = SvgBadgeParser::extract(bytes);
        QVERIFY2(baked.ok(), why(baked).constData());
        QCOMPARE(baked->marker, marker);
        QCOMPARE(int(baked->generation), generation);
        QCOMPARE(baked->location, location);
        QCOMPARE(baked->markerCount, markers);
        QCOMPARE(baked->payload, payload);

        // Rebaking removes every badge element, wherever it is, and leaves one; a non-UTF-8 file is refused.
        const auto rebaked = SvgBadgeBaker::bake(bytes, kOb3Jws, BakedPayload::Generation::Ob3);
        if (file == u"latin1.svg") {
            QCOMPARE(rebaked.code(), ErrorCode::InvalidArgument);
            return;
        }
        QVERIFY2(rebaked.ok(), why(rebaked).constData());
        const auto reread = SvgBadgeParser::extract(*rebaked);
        QCOMPARE(reread->markerCount, 1);
        QCOMPARE(reread->payload, kOb3Jws);
        QVERIFY(!rebaked->contains(payload.left(12)) || payload.startsWith("eyJ"));
    }

    void payloadLimit()
    {
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><a:credential xmlns:a=\"" +
                               QByteArray(kOb3Ns) + "\"><![CDATA[" + QByteArray(3000, 'x') +
                               "]]></a:credential></svg>";
        QCOMPARE(SvgBadgeParser::extract(svg, 2999).code(), ErrorCode::PayloadTooLarge);
        QVERIFY(SvgBadgeParser::extract(svg, 3000).ok());
    }

    // Every prefix of a baked SVG is handled without a crash or an overread (see the ASan build).
    void everyTruncationIsSafe()
    {
        const QByteArray svg =
            SvgBadgeBaker::bake("<?xml version=\"1.0\"?>\n<!-- c -->\n<svg xmlns=\"http://www.w3.org/"
                                "2000/svg\" a='1 > 0'><g/></svg>\n",
                                kOb3Json, BakedPayload::Generation::Ob3)
                .value();
        const qsizetype complete = svg.lastIndexOf('>') + 1; // the trailing line feed is optional
        for (qsizetype n = 0; n < complete; ++n) {
            const QByteArrayView prefix = QByteArrayView(svg).first(n);
            const auto read = SvgBadgeParser::extract(prefix);
            QVERIFY2(!read.ok(), qPrintable(QString::number(n)));
            QVERIFY(SvgBadgeBaker::bake(prefix, kOb2Jws, BakedPayload::Generation::Ob2).code() !=
                    ErrorCode::None);
        }
    }

    void bakeRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("base"); // SVG bytes, or "conformance:<path>"
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<BakedPayload::Generation>("generation");

        const QList<std::pair<const char *, QByteArray>> bases = {
            {"minimal", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"},
            {"self-closing root", "<svg xmlns=\"http://www.w3.org/2000/svg\" width='2'\n/>"},
            {"no attributes", "<svg>\n</svg>\n"},
            {"prefixed root", "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:g/></s:svg>"},
            {"tricky prolog",
             "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
             "<!-- <svg attr=\"in a comment\"> -->\n<?xml-stylesheet href=\"a.css?x>y\"?>\n"
             "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
             "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
             "<svg xmlns=\"http://www.w3.org/2000/svg\" data-a=\"1 > 0\" data-b='it&apos;s \"&lt;/>\"' >\n"
             "  <text>caf\xc3\xa9 &amp; <![CDATA[<svg>]]></text>\n</svg>"},
            {"other badge prefix bound",
             "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://"
             "openbadges.org\"><openbadges:assertion verify=\"https://example.org/"
             "x.json\"/><g/></svg>"},
            {"prefix in use elsewhere",
             "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"urn:other\">"
             "<openbadges:meta/></svg>"},
            {"unbaked.svg", "conformance:ob2-baking/mozilla/unbaked.svg"},
            {"unbaked_example.svg", "conformance:ob2-baking/concentricsky/unbaked_example.svg"},
            {"baked_example.svg", "conformance:ob2-baking/concentricsky/baked_example.svg"},
            {"simple-json.svg", "conformance:1edtech-validator-samples/ob30/simple-json.svg"},
            {"simple-jwt.svg", "conformance:1edtech-validator-samples/ob30/simple-jwt.svg"},
        };
        for (const auto &[name, base] : bases) {
            const QString n = QLatin1StringView(name);
            QTest::newRow(qPrintable(n + QStringLiteral(" ob3 json")))
                << base << kOb3Json << BakedPayload::Generation::Ob3;
            QTest::newRow(qPrintable(n + QStringLiteral(" ob3 jws")))
                << base << kOb3Jws << BakedPayload::Generation::Ob3;
            QTest::newRow(qPrintable(n + QStringLiteral(" ob2 json")))
                << base << kOb2Json << BakedPayload::Generation::Ob2;
            QTest::newRow(qPrintable(n + QStringLiteral(" ob2 jws")))
                << base << kOb2Jws << BakedPayload::Generation::Ob2;
            QTest::newRow(qPrintable(n + QStringLiteral(" ob2 hosted url")))
                << base << kOb2Hosted << BakedPayload::Generation::Ob2;
        }
    }

    void bakeRoundTrip()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, payload);
        QFETCH(BakedPayload::Generation, generation);

        if (base.startsWith("conformance:")) {
            if (m_conformance.isEmpty())
                QSKIP("PATHFOLIO_CONFORMANCE_DIR is not set or does not exist: the public samples are not "
                      "available");
            base = readFile(conformance(QString::fromUtf8(base.mid(12))));
            QVERIFY(!base.isEmpty());
        }
        const bool ob3 = generation == BakedPayload::Generation::Ob3;
        const bool json = SvgBadgeBaker::isJsonPayload(payload);
        const auto baked = SvgBadgeBaker::bake(base, payload, generation);
        QVERIFY2(baked.ok(), why(baked).constData());

        const auto read = SvgBadgeParser::extract(*baked);
        QVERIFY2(read.ok(), why(read).constData());
        QCOMPARE(read->payload, payload);
        QCOMPARE(read->generation, generation);
        QCOMPARE(read->markerCount, 1);
        QCOMPARE(read->location,
                 json ? BakedPayload::Location::SvgBody : BakedPayload::Location::SvgVerifyAttribute);
        QCOMPARE(read->marker,
                 ob3 ? QStringLiteral("openbadges:credential") : QStringLiteral("openbadges:assertion"));
        QCOMPARE(read->qualifiedName, read->marker);

        // The shapes the specifications give.
        const QByteArray name = ob3 ? "openbadges:credential" : "openbadges:assertion";
        const qsizetype at = baked->indexOf("<" + name);
        QVERIFY(at > 0);
        const QByteArray closing = json || ob3 ? "</" + name + ">" : QByteArray("/>");
        const qsizetype end = baked->indexOf(closing, at) + closing.size();
        QByteArray element = baked->mid(at, end - at);
        const QByteArray declaration = " xmlns:openbadges=\"" + QByteArray(ob3 ? kOb3Ns : kOb2Ns) + "\"";
        QByteArray shape = element;
        const bool localDeclaration = shape.startsWith("<" + name + declaration);
        if (localDeclaration) // the prefix is bound to something else that the SVG still uses
            shape.remove(name.size() + 1, declaration.size());
        if (json)
            QVERIFY2(shape.startsWith("<" + name + "><![CDATA[") && shape.endsWith("]]></" + name + ">"),
                     shape.left(200).constData());
        else if (ob3)
            QVERIFY2(shape.startsWith("<" + name + " verify=\"") && shape.endsWith("\"></" + name + ">"),
                     shape.constData());
        else
            QVERIFY2(shape.startsWith("<" + name + " verify=\"") && shape.endsWith("\"/>"),
                     shape.constData());

        // Everything else is byte-identical: without the new element and the namespace edit, the baked SVG is
        // the original with its old badge elements removed.
        QByteArray rest = *baked;
        rest.remove(at, element.size());
        const auto stripped = SvgBadgeBaker::strip(base);
        QVERIFY(stripped.ok());
        QByteArray expected = *stripped;
        const QByteArray attribute = "xmlns:openbadges=\"";
        const qsizetype existing = expected.indexOf(attribute);
        const qsizetype rootEnd = expected.indexOf(">", expected.indexOf("<svg"));
        if (existing < 0 || existing > rootEnd) {
            QVERIFY(!localDeclaration);
            // Inserted after the last attribute of <svg>: find where by removing it from the baked copy.
            const qsizetype inserted = rest.indexOf(declaration);
            QVERIFY(inserted > 0);
            rest.remove(inserted, declaration.size());
        } else if (!localDeclaration) {
            const qsizetype valueBegin = existing + attribute.size();
            expected.replace(valueBegin, expected.indexOf('"', valueBegin) - valueBegin,
                             ob3 ? kOb3Ns : kOb2Ns);
        }
        if (expected.endsWith("\n/>")) // a self-closing <svg/> gets an end tag
            expected = expected.chopped(2) + "></svg>";
        QCOMPARE(rest, expected);

        // Baking again with the same payload changes nothing; with another keeps exactly one badge.
        const auto again = SvgBadgeBaker::bake(*baked, payload, generation);
        QVERIFY2(again.ok(), why(again).constData());
        QCOMPARE(*again, *baked);
        const BakedPayload::Generation other =
            ob3 ? BakedPayload::Generation::Ob2 : BakedPayload::Generation::Ob3;
        const auto rebaked = SvgBadgeBaker::bake(*baked, kOb3Jws, other);
        QVERIFY2(rebaked.ok(), why(rebaked).constData());
        const auto reread = SvgBadgeParser::extract(*rebaked);
        QVERIFY(reread.ok());
        QCOMPARE(reread->payload, kOb3Jws);
        QCOMPARE(reread->markerCount, 1);
        QCOMPARE(reread->generation, other);
        QCOMPARE(rebaked->count("<openbadges:credential") + rebaked->count("<openbadges:assertion"), 1);
    }

    void bakeWithVerifyUrl()
    {
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        const QString url = QStringLiteral("https://example.org/assertion.json?a=1&b=2");
        const auto baked = SvgBadgeBaker::bake(svg, kOb2Json, BakedPayload::Generation::Ob2, url);
        QVERIFY2(baked.ok(), why(baked).constData());
        QVERIFY(baked->contains("verify=\"https://example.org/assertion.json?a=1&amp;b=2\"><![CDATA["));
        const auto read = SvgBadgeParser::extract(*baked);
        QCOMPARE(read->payload, kOb2Json);
        QCOMPARE(read->location, BakedPayload::Location::SvgBody);
        QCOMPARE(read->verifyAttribute, url);

        QCOMPARE(SvgBadgeBaker::bake(svg, kOb3Json, BakedPayload::Generation::Ob3, url).code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(SvgBadgeBaker::bake(svg, kOb2Jws, BakedPayload::Generation::Ob2, url).code(),
                 ErrorCode::InvalidArgument);
    }

    void bakeExactOutput()
    {
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\">\n  <g/>\n</svg>\n";
        QCOMPARE(
            SvgBadgeBaker::bake(svg, "a.b.c", BakedPayload::Generation::Ob3).value(),
            QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" xmlns:openbadges=\"https://"
                       "purl.imsglobal.org/ob/v3p0\"><openbadges:credential verify=\"a.b.c\"></openbadges:"
                       "credential>\n  <g/>\n</svg>\n"));
        QCOMPARE(SvgBadgeBaker::bake(svg, "{\"a\":\"]]>\"}", BakedPayload::Generation::Ob2).value(),
                 QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" xmlns:openbadges=\"http://"
                            "openbadges.org\"><openbadges:assertion><![CDATA[{\"a\":\"]]]]><![CDATA[>\"}]]>"
                            "</openbadges:assertion>\n  <g/>\n</svg>\n"));
        QCOMPARE(
            SvgBadgeBaker::bake("<svg/>", "a.b.c", BakedPayload::Generation::Ob2).value(),
            QByteArray(
                "<svg xmlns:openbadges=\"http://openbadges.org\"><openbadges:assertion verify=\"a.b.c\"/>"
                "</svg>"));
    }

    void bakeRefuses_data()
    {
        QTest::addColumn<QByteArray>("svg");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<BakedPayload::Generation>("generation");
        QTest::addColumn<ErrorCode>("code");

        const QByteArray plain = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        QTest::newRow("DTD internal subset")
            << QByteArray("<!DOCTYPE svg [<!ENTITY a \"b\">]><svg>&a;</svg>") << kOb3Jws
            << BakedPayload::Generation::Ob3 << ErrorCode::UnsafeXml;
        QTest::newRow("malformed") << QByteArray("<svg><g></svg>") << kOb3Jws << BakedPayload::Generation::Ob3
                                   << ErrorCode::CorruptImage;
        QTest::newRow("not svg") << QByteArray("<html/>") << kOb3Jws << BakedPayload::Generation::Ob3
                                 << ErrorCode::CorruptImage;
        QTest::newRow("latin-1 svg") << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?><svg/>")
                                     << kOb3Jws << BakedPayload::Generation::Ob3
                                     << ErrorCode::InvalidArgument;
        QTest::newRow("empty payload")
            << plain << QByteArray() << BakedPayload::Generation::Ob3 << ErrorCode::InvalidArgument;
        QTest::newRow("unknown generation")
            << plain << kOb3Jws << BakedPayload::Generation::Unknown << ErrorCode::InvalidArgument;
        QTest::newRow("payload not UTF-8") << plain << QByteArray("{\"a\":\"\xe9\"}")
                                           << BakedPayload::Generation::Ob3 << ErrorCode::InvalidUtf8;
        QTest::newRow("control character") << plain << QByteArray("{\"a\":\"\x01\"}")
                                           << BakedPayload::Generation::Ob3 << ErrorCode::InvalidArgument;
        QTest::newRow("NUL in a JWS") << plain << QByteArray("a.b\0.c", 6) << BakedPayload::Generation::Ob3
                                      << ErrorCode::InvalidArgument;
        QTest::newRow("U+FFFF") << plain << QByteArray("{\"a\":\"\xef\xbf\xbf\"}")
                                << BakedPayload::Generation::Ob2 << ErrorCode::InvalidArgument;
    }

    void bakeRefuses()
    {
        QFETCH(QByteArray, svg);
        QFETCH(QByteArray, payload);
        QFETCH(BakedPayload::Generation, generation);
        QFETCH(ErrorCode, code);
        const auto baked = SvgBadgeBaker::bake(svg, payload, generation);
        QVERIFY2(baked.code() == code, baked.ok() ? baked->constData() : why(baked).constData());
    }

    void bakeRefusesPayloadOverLimit()
    {
        const QByteArray svg = "<svg/>";
        QCOMPARE(
            SvgBadgeBaker::bake(svg, "{" + QByteArray(99, ' '), BakedPayload::Generation::Ob3, {}, 99).code(),
            ErrorCode::PayloadTooLarge);
        QVERIFY(
            SvgBadgeBaker::bake(svg, "{" + QByteArray(99, ' '), BakedPayload::Generation::Ob3, {}, 100).ok());
    }

    // Payloads whose ends or middle XML would otherwise change: carriage returns, "]]>", white space.
    void bakeKeepsAwkwardPayloads_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("leading CR") << QByteArray("\r{\"a\":1}");
        QTest::newRow("trailing CR") << QByteArray("{\"a\":1}\r");
        QTest::newRow("CRLF everywhere") << QByteArray("\r\n{\r\n\"a\":\r\n1}\r\n");
        QTest::newRow("only ]]>") << QByteArray("{\"a\":\"]]>]]>]]]]>>\"}");
        QTest::newRow("ends with ]]") << QByteArray("[\"]]");
        QTest::newRow("white space around") << QByteArray(" \t\n{}\n\t ");
        QTest::newRow("tabs in a non-JSON payload") << QByteArray("a\tb\nc\rd  e");
        QTest::newRow("quotes and markup") << QByteArray("x\"y'<z>&amp;");
        QTest::newRow("non-BMP") << QByteArray("{\"e\":\"\xf0\x9f\x98\x80\"}");
    }

    void bakeKeepsAwkwardPayloads()
    {
        QFETCH(QByteArray, payload);
        for (const auto generation : {BakedPayload::Generation::Ob2, BakedPayload::Generation::Ob3}) {
            const auto baked =
                SvgBadgeBaker::bake("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", payload, generation);
            QVERIFY2(baked.ok(), why(baked).constData());
            const auto read = SvgBadgeParser::extract(*baked);
            QVERIFY2(read.ok(), why(read).constData());
            QCOMPARE(read->payload, payload);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SvgBadge)
#include "tst_svgbadge.moc"
