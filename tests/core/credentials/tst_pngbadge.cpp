#include "BadgeTestSupport.h"
#include "credentials/PngBadgeBaker.h"
#include "credentials/PngBadgeParser.h"
#include "credentials/PngChunk.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace pf;
using namespace badgetest;

namespace {

const QByteArray kOb3Json = QByteArrayLiteral(
    "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\",\"https://purl.imsglobal.org/spec/ob/v3p0/"
    "context-3.0.3.json\"],"
    "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],\"name\":\"Caf\\u00e9 \\u2014 Level 2\"}");
const QByteArray kOb3Jws =
    QByteArrayLiteral("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2V4YW1wbGUub3JnIn0."
                      "c2lnbmF0dXJlLWJ5dGVzLWhlcmU");
const QByteArray kOb2Json = QByteArrayLiteral("{\n  \"@context\": \"https://w3id.org/openbadges/v2\",\n  "
                                              "\"type\": \"Assertion\",\n  \"name\": \"Ümlaut ✓\"\n}\n");
const QByteArray kOb2Jws = QByteArrayLiteral("eyJhbGciOiJSUzI1NiJ9.eyJ1aWQiOiIxMjMifQ.c2ln");

QString dataDir(const QString &sub)
{
    return QStringLiteral(PATHFOLIO_BADGE_DATA_DIR "/png/") + sub;
}

// A chunk as owned bytes, for comparisons after the source buffer is gone.
struct Chunk
{
    QByteArray type;
    QByteArray data;
    bool operator==(const Chunk &) const = default;
};

QList<Chunk> chunksOf(const QByteArray &png, Status *status = nullptr)
{
    QList<Chunk> chunks;
    const Status walked = PngChunk::walk(png, [&](const PngChunk &c) {
        chunks.append({c.type.toByteArray(), c.data.toByteArray()});
    });
    if (status)
        *status = walked;
    return chunks;
}

bool isBadge(const Chunk &c)
{
    if (c.type != "iTXt" && c.type != "tEXt" && c.type != "zTXt")
        return false;
    const QByteArray keyword = c.data.left(c.data.indexOf('\0'));
    return keyword == "openbadges" || keyword == "openbadgecredential";
}

// A small valid PNG (2x2 grey), with extra chunks placed after IHDR.
QByteArray makePng(const QList<QByteArray> &extraChunks = {})
{
    QByteArray ihdr;
    ihdr.append("\x00\x00\x00\x02\x00\x00\x00\x02\x08\x00\x00\x00\x00", 13);
    const QByteArray pixels("\x00\x10\x20\x00\x30\x40", 6);
    const QByteArray idat = qCompress(pixels, 9).mid(4); // qCompress prefixes the length to a zlib stream
    QByteArray png(PngChunk::kSignature, PngChunk::kSignatureSize);
    png += PngChunk::serialise("IHDR", ihdr);
    for (const QByteArray &c : extraChunks)
        png += c;
    png += PngChunk::serialise("IDAT", idat);
    png += PngChunk::serialise("IEND", {});
    return png;
}

QByteArray textChunk(const char *type, const QByteArray &keyword, const QByteArray &body)
{
    return PngChunk::serialise(type, keyword + '\0' + body);
}

QByteArray zlibOf(const QByteArray &text)
{
    return qCompress(text, 9).mid(4);
}

} // namespace

// Extracting and baking the Open Badges payload of PNG images: public samples, a hostile corpus, round trips.
class tst_PngBadge : public QObject
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
        QTest::addColumn<int>("generation");
        QTest::addColumn<QByteArray>("payloadStart");
        QTest::addColumn<int>("payloadSize");

        QTest::newRow("1edtech ob20 simple-badge")
            << "1edtech-validator-samples/ob20/simple-badge.png"
            << "iTXt openbadges" << 2 << QByteArray("{\"@context\":\"https://w3id.org/openbadges/v2\",")
            << 446 - 15;
        QTest::newRow("1edtech ob30 simple-json")
            << "1edtech-validator-samples/ob30/simple-json.png"
            << "iTXt openbadgecredential" << 3 << QByteArray("{  \"@context\": [    \"https://www.w3.org/")
            << 1389 - 24;
        QTest::newRow("1edtech ob30 simple-jwt")
            << "1edtech-validator-samples/ob30/simple-jwt.png"
            << "iTXt openbadgecredential" << 3 << QByteArray("eyJhbGciOiJSUzI1NiIsImp3ayI6eyJrdHki")
            << 2287 - 24;
        QTest::newRow("1edtech ob30 simple-jwt_v1")
            << "1edtech-validator-samples/ob30/simple-jwt_v1.png"
            << "iTXt openbadgecredential" << 3 << QByteArray("eyJhbGciOiJSUzI1NiIsImp3ayI6eyJrdHki")
            << 2573 - 24;
        QTest::newRow("concentricsky baked_heart")
            << "ob2-baking/concentricsky/baked_heart.png"
            << "iTXt openbadges" << 2 << QByteArray("{\"uid\":\"123\",\"issuedOn\":\"2015-04-01\",\"badge\":")
            << 216 - 15;
    }

    void conformanceSamples()
    {
        if (m_conformance.isEmpty())
            QSKIP("PATHFOLIO_CONFORMANCE_DIR is not set or does not exist: the public samples are not "
                  "available");
        QFETCH(QString, file);
        QFETCH(QString, marker);
        QFETCH(int, generation);
        QFETCH(QByteArray, payloadStart);
        QFETCH(int, payloadSize);

        const QByteArray png = readFile(conformance(file));
        QVERIFY2(!png.isEmpty(), qPrintable(file));
        const auto baked = PngBadgeParser::extract(png);
        QVERIFY2(baked.ok(), why(baked).constData());
        QCOMPARE(baked->marker, marker);
        QCOMPARE(int(baked->generation), generation);
        QCOMPARE(baked->container, BakedPayload::Container::Png);
        QCOMPARE(baked->location, BakedPayload::Location::PngText);
        QCOMPARE(baked->compressed, false);
        QCOMPARE(baked->markerCount, 1);
        QVERIFY2(baked->payload.startsWith(payloadStart), baked->payload.left(80).constData());
        QCOMPARE(int(baked->payload.size()),
                 payloadSize); // the whole chunk text: chunk length minus the header bytes
    }

    void conformanceNegatives_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("messageFragment");

        QTest::newRow("concentricsky public_domain_heart")
            << "ob2-baking/concentricsky/public_domain_heart.png" << ErrorCode::NotABadge
            << "found no text chunks";
        QTest::newRow("mozilla unbaked")
            << "ob2-baking/mozilla/unbaked.png" << ErrorCode::NotABadge << "found only tEXt 'Software'";
        QTest::newRow("an SVG is not a PNG") << "ob2-baking/mozilla/baked.svg" << ErrorCode::CorruptImage
                                             << "not a PNG: the signature is 3c 3f 78 6d 6c 20 76 65";
        QTest::newRow("JSON is not a PNG")
            << "1edtech-validator-samples/ob30/simple.json" << ErrorCode::CorruptImage << "not a PNG";
    }

    void conformanceNegatives()
    {
        if (m_conformance.isEmpty())
            QSKIP("PATHFOLIO_CONFORMANCE_DIR is not set or does not exist: the public samples are not "
                  "available");
        QFETCH(QString, file);
        QFETCH(ErrorCode, code);
        QFETCH(QString, messageFragment);

        const QByteArray bytes = readFile(conformance(file));
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const auto baked = PngBadgeParser::extract(bytes);
        QVERIFY(!baked.ok());
        QCOMPARE(baked.code(), code);
        QVERIFY2(baked.error().message.contains(messageFragment), why(baked).constData());
    }

    void invalidCorpus_data()
    {
        addCorpusRows(dataDir(QStringLiteral("invalid")), QStringLiteral("*.png"), 20);
    }

    void invalidCorpus()
    {
        QFETCH(QString, file);
        QFETCH(ErrorCode, code);
        QFETCH(QString, messageFragment);

        QFile f(dataDir(QStringLiteral("invalid/") + file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray bytes = f.readAll();
        const auto baked = PngBadgeParser::extract(bytes);
        QVERIFY2(!baked.ok(), qPrintable(file + QStringLiteral(" was accepted")));
        QVERIFY2(baked.code() == code, why(baked).constData());
        QVERIFY2(baked.error().message.contains(messageFragment), why(baked).constData());
        // Baking into an image whose chunk structure is broken is refused; a broken badge chunk in a sound
        // image is simply replaced.
        const bool sound = PngChunk::walk(bytes, {}).ok();
        const auto rebaked = PngBadgeBaker::bake(bytes, kOb3Jws, BakedPayload::Generation::Ob3);
        QCOMPARE(rebaked.code(), sound ? ErrorCode::None : ErrorCode::CorruptImage);
        if (sound)
            QCOMPARE(PngBadgeParser::extract(*rebaked)->payload, kOb3Jws);
    }

    void validCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("marker");
        QTest::addColumn<int>("generation");
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<QByteArray>("payload");

        const QList<QStringList> rows = readTsv(dataDir(QStringLiteral("valid/expected.tsv")));
        QVERIFY(rows.size() >= 5);
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 5);
            QTest::newRow(qPrintable(row[0]))
                << row[0] << row[1] << row[2].toInt() << (row[3] == u"1") << row[4].toUtf8();
        }
    }

    void validCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, marker);
        QFETCH(int, generation);
        QFETCH(bool, compressed);
        QFETCH(QByteArray, payload);

        const QByteArray bytes = readFile(dataDir(QStringLiteral("valid/") + file));
        QVERIFY(!bytes.isEmpty());
        const auto baked = PngBadgeParser::extract(bytes);
        QVERIFY2(baked.ok(), why(baked).constData());
        QCOMPARE(baked->marker, marker);
        QCOMPARE(int(baked->generation), generation);
        QCOMPARE(baked->compressed, compressed);
        QCOMPARE(baked->latin1, baked->chunkType != u"iTXt");
        QCOMPARE(baked->payload, payload);
    }

    void multipleMarkersFirstWins()
    {
        const QByteArray png =
            makePng({textChunk("iTXt", "openbadgecredential", QByteArray(4, '\0') + kOb3Jws),
                     textChunk("iTXt", "openbadges", QByteArray(4, '\0') + kOb2Jws)});
        const auto baked = PngBadgeParser::extract(png);
        QVERIFY(baked.ok());
        QCOMPARE(baked->payload, kOb3Jws);
        QCOMPARE(baked->markerCount, 2);
        QCOMPARE(baked->chunkOffset, 33); // right after the signature and IHDR
    }

    // Inflation stops at the bound, whatever the chunk kind; a payload exactly at the bound is fine.
    void inflationBound_data()
    {
        QTest::addColumn<QByteArray>("png");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<ErrorCode>("code");

        const QByteArray text(5000, 'a');
        const QByteArray ztxt =
            makePng({textChunk("zTXt", "openbadges", QByteArray(1, '\0') + zlibOf(text))});
        const QByteArray itxt = makePng(
            {textChunk("iTXt", "openbadgecredential", QByteArray("\x01\x00\x00\x00", 4) + zlibOf(text))});
        const QByteArray plain = makePng({textChunk("iTXt", "openbadges", QByteArray(4, '\0') + text)});
        const QByteArray tExt = makePng({textChunk("tEXt", "openbadges", text)});
        QTest::newRow("zTXt over") << ztxt << qsizetype(4999) << ErrorCode::PayloadTooLarge;
        QTest::newRow("zTXt at") << ztxt << qsizetype(5000) << ErrorCode::None;
        QTest::newRow("zTXt far over") << ztxt << qsizetype(10) << ErrorCode::PayloadTooLarge;
        QTest::newRow("compressed iTXt over") << itxt << qsizetype(4096) << ErrorCode::PayloadTooLarge;
        QTest::newRow("compressed iTXt at") << itxt << qsizetype(5000) << ErrorCode::None;
        QTest::newRow("uncompressed iTXt over") << plain << qsizetype(4999) << ErrorCode::PayloadTooLarge;
        QTest::newRow("uncompressed iTXt at") << plain << qsizetype(5000) << ErrorCode::None;
        QTest::newRow("tEXt over") << tExt << qsizetype(100) << ErrorCode::PayloadTooLarge;
    }

    void inflationBound()
    {
        QFETCH(QByteArray, png);
        QFETCH(qsizetype, limit);
        QFETCH(ErrorCode, code);
        const auto baked = PngBadgeParser::extract(png, limit);
        QCOMPARE(baked.code(), code);
        if (baked.ok())
            QCOMPARE(baked->payload, QByteArray(5000, 'a'));
    }

    // A bomb generated here: 64 MiB of zeros in about 64 KB; refused with the default 16 MiB bound.
    void generatedBombWithDefaultBound()
    {
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        const QByteArray png =
            makePng({textChunk("zTXt", "openbadges", QByteArray(1, '\0') + zlibOf(zeros))});
        QVERIFY(png.size() < 128 * 1024);
        const auto baked = PngBadgeParser::extract(png);
        QCOMPARE(baked.code(), ErrorCode::PayloadTooLarge);
        QVERIFY(baked.error().message.contains(QStringLiteral("16777216")));
    }

    // Every prefix of a valid baked PNG is refused as corrupt; no read past the end (see the ASan build).
    void everyTruncationIsCorrupt()
    {
        const QByteArray png = PngBadgeBaker::bake(makePng({textChunk("tEXt", "Software", "x")}), kOb3Json,
                                                   BakedPayload::Generation::Ob3)
                                   .value();
        for (qsizetype n = 0; n < png.size(); ++n) {
            const auto baked = PngBadgeParser::extract(QByteArrayView(png).first(n));
            QVERIFY2(baked.code() == ErrorCode::CorruptImage, qPrintable(QString::number(n)));
        }
        QVERIFY(PngBadgeParser::extract(png).ok());
    }

    // Any single flipped byte is caught by a CRC, the signature or the layout checks: never accepted
    // silently.
    void everyFlippedByteIsCaught()
    {
        const QByteArray png =
            PngBadgeBaker::bake(makePng(), kOb2Json, BakedPayload::Generation::Ob2).value();
        for (qsizetype i = 0; i < png.size(); ++i) {
            QByteArray damaged = png;
            damaged[i] = char(damaged[i] ^ 0x20);
            const auto baked = PngBadgeParser::extract(damaged);
            QVERIFY2(!baked.ok() || baked->payload == kOb2Json, qPrintable(QString::number(i)));
            if (!baked.ok())
                QVERIFY2(baked.code() == ErrorCode::CorruptImage || baked.code() == ErrorCode::NotABadge,
                         why(baked).constData());
        }
    }

    void bakeRoundTrip_data()
    {
        QTest::addColumn<QString>("baseFile"); // a conformance file, or empty for a generated PNG
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<BakedPayload::Generation>("generation");

        const QList<std::pair<const char *, QString>> bases = {
            {"generated", QString()},
            {"heart", QStringLiteral("ob2-baking/concentricsky/public_domain_heart.png")},
            {"mozilla", QStringLiteral("ob2-baking/mozilla/unbaked.png")},
            {"already baked ob3", QStringLiteral("1edtech-validator-samples/ob30/simple-jwt.png")},
            {"already baked ob2", QStringLiteral("1edtech-validator-samples/ob20/simple-badge.png")},
        };
        for (const auto &[name, file] : bases) {
            QTest::newRow(qPrintable(QStringLiteral("%1 ob3 json").arg(QLatin1StringView(name))))
                << file << kOb3Json << BakedPayload::Generation::Ob3;
            QTest::newRow(qPrintable(QStringLiteral("%1 ob3 jws").arg(QLatin1StringView(name))))
                << file << kOb3Jws << BakedPayload::Generation::Ob3;
            QTest::newRow(qPrintable(QStringLiteral("%1 ob2 json").arg(QLatin1StringView(name))))
                << file << kOb2Json << BakedPayload::Generation::Ob2;
            QTest::newRow(qPrintable(QStringLiteral("%1 ob2 jws").arg(QLatin1StringView(name))))
                << file << kOb2Jws << BakedPayload::Generation::Ob2;
        }
        // No public signed OB 2.0 baked PNG exists (FORMATS.md 1.3); this is how the project makes one.
        QTest::newRow("heart ob2 signed sample")
            << QStringLiteral("ob2-baking/concentricsky/public_domain_heart.png")
            << QByteArray("conformance:1edtech-validator-samples/ob20/simple.jwt")
            << BakedPayload::Generation::Ob2;
    }

    void bakeRoundTrip()
    {
        QFETCH(QString, baseFile);
        QFETCH(QByteArray, payload);
        QFETCH(BakedPayload::Generation, generation);

        if (!baseFile.isEmpty() || payload.startsWith("conformance:")) {
            if (m_conformance.isEmpty())
                QSKIP("PATHFOLIO_CONFORMANCE_DIR is not set or does not exist: the public samples are not "
                      "available");
        }
        if (payload.startsWith("conformance:")) {
            payload = readFile(conformance(QString::fromUtf8(payload.mid(12)))).trimmed();
            QVERIFY(payload.startsWith("eyJ"));
        }
        const QByteArray base = baseFile.isEmpty() ? makePng({textChunk("tEXt", "Software", "tst_pngbadge")})
                                                   : readFile(conformance(baseFile));
        QVERIFY(!base.isEmpty());

        const auto baked = PngBadgeBaker::bake(base, payload, generation);
        QVERIFY2(baked.ok(), why(baked).constData());

        // Reads back byte for byte, as an uncompressed iTXt with the generation's keyword.
        const auto read = PngBadgeParser::extract(*baked);
        QVERIFY2(read.ok(), why(read).constData());
        QCOMPARE(read->payload, payload);
        QCOMPARE(read->generation, generation);
        QCOMPARE(read->marker, generation == BakedPayload::Generation::Ob3
                                   ? QStringLiteral("iTXt openbadgecredential")
                                   : QStringLiteral("iTXt openbadges"));
        QCOMPARE(read->markerCount, 1);
        QCOMPARE(read->compressed, false);

        // Every CRC is valid; the chunks are the original ones minus any badge chunk, with the new iTXt just
        // before IEND; IDAT and every other chunk byte-identical and in the same order.
        Status status;
        const QList<Chunk> after = chunksOf(*baked, &status);
        QVERIFY2(status.ok(), why(status).constData());
        QList<Chunk> expected;
        for (const Chunk &c : chunksOf(base)) {
            if (!isBadge(c))
                expected.append(c);
        }
        const QByteArray keyword =
            generation == BakedPayload::Generation::Ob3 ? "openbadgecredential" : "openbadges";
        expected.insert(expected.size() - 1, Chunk{"iTXt", keyword + QByteArray(5, '\0') + payload});
        QCOMPARE(after, expected);
        QCOMPARE(after.constLast().type, QByteArray("IEND"));
        QByteArray idatBefore, idatAfter;
        for (const Chunk &c : chunksOf(base))
            idatBefore += c.type == "IDAT" ? c.data : QByteArray();
        for (const Chunk &c : after)
            idatAfter += c.type == "IDAT" ? c.data : QByteArray();
        QCOMPARE(idatAfter, idatBefore);
        QVERIFY(!idatAfter.isEmpty());

        // Rebaking keeps exactly one badge chunk; baking the same payload again changes nothing.
        const auto again = PngBadgeBaker::bake(*baked, payload, generation);
        QVERIFY(again.ok());
        QCOMPARE(*again, *baked);
        const BakedPayload::Generation other = generation == BakedPayload::Generation::Ob3
                                                   ? BakedPayload::Generation::Ob2
                                                   : BakedPayload::Generation::Ob3;
        const auto rebaked = PngBadgeBaker::bake(*baked, kOb3Jws, other);
        QVERIFY(rebaked.ok());
        int badges = 0;
        for (const Chunk &c : chunksOf(*rebaked))
            badges += isBadge(c) ? 1 : 0;
        QCOMPARE(badges, 1);
        QCOMPARE(PngBadgeParser::extract(*rebaked)->payload, kOb3Jws);

        // Stripping gives back the image without any badge chunk, other bytes untouched.
        const auto stripped = PngBadgeBaker::strip(*baked);
        QVERIFY(stripped.ok());
        QCOMPARE(PngBadgeParser::extract(*stripped).code(), ErrorCode::NotABadge);
        QCOMPARE(*stripped, PngBadgeBaker::strip(base).value());
    }

    void bakeReplacesEveryKindOfMarker()
    {
        const QByteArray base =
            makePng({textChunk("tEXt", "openbadges", "https://example.org/a.json"),
                     textChunk("zTXt", "openbadges", QByteArray(1, '\0') + zlibOf(kOb2Json)),
                     textChunk("tEXt", "Comment", "kept"),
                     textChunk("iTXt", "openbadgecredential", QByteArray(4, '\0') + kOb3Jws)});
        QCOMPARE(PngBadgeParser::extract(base)->markerCount, 3);
        const auto baked = PngBadgeBaker::bake(base, kOb3Json, BakedPayload::Generation::Ob3);
        QVERIFY(baked.ok());
        const auto read = PngBadgeParser::extract(*baked);
        QCOMPARE(read->markerCount, 1);
        QCOMPARE(read->payload, kOb3Json);
        QVERIFY(baked->contains("Comment\0kept"));
    }

    void bakeKeepsBytesAfterIend()
    {
        const QByteArray base = makePng() + "trailing";
        const auto baked = PngBadgeBaker::bake(base, kOb2Jws, BakedPayload::Generation::Ob2);
        QVERIFY(baked.ok());
        QVERIFY(baked->endsWith(PngChunk::serialise("IEND", {}) + "trailing"));
        QCOMPARE(PngBadgeParser::extract(*baked)->payload, kOb2Jws);
    }

    void bakeRefuses_data()
    {
        QTest::addColumn<QByteArray>("png");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<BakedPayload::Generation>("generation");
        QTest::addColumn<ErrorCode>("code");

        QByteArray badCrc = makePng();
        badCrc[40] = char(badCrc[40] ^ 1);
        QTest::newRow("not a PNG") << QByteArray("<svg/>") << kOb3Jws << BakedPayload::Generation::Ob3
                                   << ErrorCode::CorruptImage;
        QTest::newRow("CRC mismatch")
            << badCrc << kOb3Jws << BakedPayload::Generation::Ob3 << ErrorCode::CorruptImage;
        QTest::newRow("truncated") << makePng().chopped(3) << kOb3Jws << BakedPayload::Generation::Ob3
                                   << ErrorCode::CorruptImage;
        QTest::newRow("empty payload")
            << makePng() << QByteArray() << BakedPayload::Generation::Ob3 << ErrorCode::InvalidArgument;
        QTest::newRow("unknown generation")
            << makePng() << kOb3Jws << BakedPayload::Generation::Unknown << ErrorCode::InvalidArgument;
        QTest::newRow("payload not UTF-8") << makePng() << QByteArray("{\"a\":\"\xff\"}")
                                           << BakedPayload::Generation::Ob2 << ErrorCode::InvalidUtf8;
        QTest::newRow("payload a lone surrogate") << makePng() << QByteArray("{\"a\":\"\xed\xb0\x80\"}")
                                                  << BakedPayload::Generation::Ob2 << ErrorCode::InvalidUtf8;
    }

    void bakeRefuses()
    {
        QFETCH(QByteArray, png);
        QFETCH(QByteArray, payload);
        QFETCH(BakedPayload::Generation, generation);
        QFETCH(ErrorCode, code);
        const auto baked = PngBadgeBaker::bake(png, payload, generation);
        QCOMPARE(baked.code(), code);
    }

    void bakeRefusesPayloadOverLimit()
    {
        const auto baked =
            PngBadgeBaker::bake(makePng(), QByteArray(2000, 'a'), BakedPayload::Generation::Ob3, 1999);
        QCOMPARE(baked.code(), ErrorCode::PayloadTooLarge);
        QVERIFY(
            PngBadgeBaker::bake(makePng(), QByteArray(2000, 'a'), BakedPayload::Generation::Ob3, 2000).ok());
    }

    void signatureSniffing()
    {
        QVERIFY(PngBadgeParser::hasPngSignature(makePng()));
        QVERIFY(!PngBadgeParser::hasPngSignature(QByteArray("\x89PNG\r\n\x1a", 7)));
        QVERIFY(!PngBadgeParser::hasPngSignature("GIF89a.."));
    }
};

QTEST_GUILESS_MAIN(tst_PngBadge)
#include "tst_pngbadge.moc"
