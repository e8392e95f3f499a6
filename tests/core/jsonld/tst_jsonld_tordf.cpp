#include "../credentials/Conformance.h"
#include "JsonLdSuite.h"
#include "jsonld/BundledContextLoader.h"
#include "jsonld/CompactDataset.h"
#include "jsonld/ContextCache.h"
#include "jsonld/DirectRdfConverter.h"
#include "jsonld/JsonLdProcessor.h"
#include "jsonld/JsonLdToRdf.h"
#include "jsonld/NQuads.h"
#include "jsonld/RdfCanonicalizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <limits>

using namespace pf;

namespace {

const QString kSuiteBase = JsonLdSuite::base();
const QString kXsd = QStringLiteral("http://www.w3.org/2001/XMLSchema#");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonValue parseJson(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QByteArray serialize(const QList<RdfQuad> &quads)
{
    QByteArray out;
    for (const RdfQuad &q : quads)
        out += NQuads::serialize(q);
    return out;
}

// Generalized RDF (blank node predicates) is beyond N-Quads and RDFC-1.0: compare two small datasets' lines
// under every mapping of blank node labels instead.
bool isomorphicByPermutation(const QByteArray &ours, const QByteArray &theirs)
{
    static const QRegularExpression label(QStringLiteral("(_:[A-Za-z0-9_-]+)"));
    const auto labelsOf = [](const QString &text) {
        QStringList labels;
        for (const QRegularExpressionMatch &m : label.globalMatch(text)) {
            if (!labels.contains(m.captured()))
                labels << m.captured();
        }
        return labels;
    };
    const QString a = QString::fromUtf8(ours);
    const QString b = QString::fromUtf8(theirs);
    const QStringList aLabels = labelsOf(a);
    QStringList bLabels = labelsOf(b);
    if (aLabels.size() != bLabels.size() || aLabels.size() > 8)
        return false;
    const auto sortedLines = [](const QString &text) {
        QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        for (QString &line : lines)
            line = line.trimmed();
        lines.sort();
        return lines;
    };
    const QStringList target = sortedLines(b);
    std::sort(bLabels.begin(), bLabels.end());
    do {
        QString mapped = a;
        mapped.replace(label, QStringLiteral("\\1#")); // mark every label, so replacements do not collide
        for (qsizetype i = 0; i < aLabels.size(); ++i)
            mapped.replace(aLabels.at(i) + u'#', bLabels.at(i));
        if (sortedLines(mapped) == target)
            return true;
    } while (std::next_permutation(bLabels.begin(), bLabels.end()));
    return false;
}

// One node with one property holding value: the smallest expanded document that makes a literal.
QJsonArray documentWithValue(const QJsonObject &value)
{
    QJsonObject node;
    node.insert(QStringLiteral("@id"), QStringLiteral("http://example.org/s"));
    node.insert(QStringLiteral("http://example.org/p"), QJsonArray{value});
    return QJsonArray{node};
}

} // namespace

// JSON-LD 1.1 to RDF: the W3C toRdf suite (every test), native number forms and huge lists.
class tst_JsonLdToRdf : public QObject
{
    Q_OBJECT

    int m_applicable = 0;
    int m_passed = 0;
    int m_direct = 0;      // entries DirectRdfConverter converted (each checked against the full algorithms)
    QStringList m_skipped; // "id: reason"
    QStringList m_failed;

private slots:
    void cleanupTestCase()
    {
        if (m_applicable == 0)
            return;
        qInfo("toRdf: %d/%d", m_passed, m_applicable);
        qInfo("toRdf: DirectRdfConverter converted %d of them, each to the full algorithms' dataset",
              m_direct);
        for (const QString &s : std::as_const(m_skipped))
            qInfo("toRdf skipped %s", qPrintable(s));
        if (!m_failed.isEmpty())
            qInfo("toRdf failed: %s", qPrintable(m_failed.join(u' ')));
    }

    void lexicalForms_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("lexical");
        QTest::addColumn<QString>("datatype");
        const QString integer = kXsd + QStringLiteral("integer");
        const QString dbl = kXsd + QStringLiteral("double");
        const QString boolean = kXsd + QStringLiteral("boolean");
        QTest::newRow("1") << QJsonValue(1) << QString() << QStringLiteral("1") << integer;
        QTest::newRow("-5") << QJsonValue(-5) << QString() << QStringLiteral("-5") << integer;
        QTest::newRow("1.0 is integral") << QJsonValue(1.0) << QString() << QStringLiteral("1") << integer;
        QTest::newRow("0") << QJsonValue(0.0) << QString() << QStringLiteral("0") << integer;
        QTest::newRow("-0") << QJsonValue(-0.0) << QString() << QStringLiteral("0") << integer;
        QTest::newRow("2^53+2") << QJsonValue(9007199254740994.0) << QString()
                                << QStringLiteral("9007199254740994") << integer;
        QTest::newRow("1e20") << QJsonValue(1e20) << QString() << QStringLiteral("100000000000000000000")
                              << integer;
        QTest::newRow("-1e20") << QJsonValue(-1e20) << QString() << QStringLiteral("-100000000000000000000")
                               << integer;
        QTest::newRow("1e21") << QJsonValue(1e21) << QString() << QStringLiteral("1.0E21") << dbl;
        QTest::newRow("1.1") << QJsonValue(1.1) << QString() << QStringLiteral("1.1E0") << dbl;
        QTest::newRow("-1.1") << QJsonValue(-1.1) << QString() << QStringLiteral("-1.1E0") << dbl;
        QTest::newRow("0.5") << QJsonValue(0.5) << QString() << QStringLiteral("5.0E-1") << dbl;
        QTest::newRow("123.456") << QJsonValue(123.456) << QString() << QStringLiteral("1.23456E2") << dbl;
        QTest::newRow("1.5e-7") << QJsonValue(1.5e-7) << QString() << QStringLiteral("1.5E-7") << dbl;
        QTest::newRow("0.1+0.2 has 16 digits")
            << QJsonValue(0.1 + 0.2) << QString() << QStringLiteral("3.0E-1") << dbl;
        QTest::newRow("tie away from zero")
            << QJsonValue(1234567890123456.5) << QString() << QStringLiteral("1.234567890123457E15") << dbl;
        QTest::newRow("negative tie")
            << QJsonValue(-1234567890123456.5) << QString() << QStringLiteral("-1.234567890123457E15") << dbl;
        QTest::newRow("1e23 is below 1e23")
            << QJsonValue(1e23) << QString() << QStringLiteral("9.999999999999999E22") << dbl;
        QTest::newRow("max") << QJsonValue(std::numeric_limits<double>::max()) << QString()
                             << QStringLiteral("1.797693134862316E308") << dbl;
        QTest::newRow("min subnormal") << QJsonValue(std::numeric_limits<double>::denorm_min()) << QString()
                                       << QStringLiteral("4.940656458412465E-324") << dbl;
        QTest::newRow("integer typed double") << QJsonValue(5) << dbl << QStringLiteral("5.0E0") << dbl;
        QTest::newRow("integer typed float") << QJsonValue(3) << kXsd + QStringLiteral("float")
                                             << QStringLiteral("3") << kXsd + QStringLiteral("float");
        QTest::newRow("fraction typed decimal")
            << QJsonValue(2.5) << kXsd + QStringLiteral("decimal") << QStringLiteral("2.5E0")
            << kXsd + QStringLiteral("decimal");
        QTest::newRow("true") << QJsonValue(true) << QString() << QStringLiteral("true") << boolean;
        QTest::newRow("false") << QJsonValue(false) << QString() << QStringLiteral("false") << boolean;
        QTest::newRow("json") << QJsonValue(
                                     QJsonObject{{QStringLiteral("b"), 1.50}, {QStringLiteral("a"), true}})
                              << QStringLiteral("@json") << QStringLiteral("{\"a\":true,\"b\":1.5}")
                              << QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON");
    }
    void lexicalForms()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, type);
        QFETCH(QString, lexical);
        QFETCH(QString, datatype);
        QJsonObject object{{QStringLiteral("@value"), value}};
        if (!type.isEmpty())
            object.insert(QStringLiteral("@type"), type);
        auto quads = JsonLdToRdf(JsonLdOptions{}).convert(documentWithValue(object));
        QVERIFY2(quads.ok(), qPrintable(quads.ok() ? QString() : quads.error().message));
        QCOMPARE(quads->size(), 1);
        QCOMPARE(quads->at(0).object.kind, RdfTerm::Kind::Literal);
        QCOMPARE(quads->at(0).object.value, lexical);
        QCOMPARE(quads->at(0).object.datatype, datatype);
    }

    void duplicateLiteralsCountOnce()
    {
        // "1"^^xsd:integer twice over, from two different value objects, and a repeated string.
        QJsonObject node;
        node.insert(QStringLiteral("@id"), QStringLiteral("http://example.org/s"));
        QJsonArray values{QJsonObject{{QStringLiteral("@value"), 1}},
                          QJsonObject{{QStringLiteral("@value"), QStringLiteral("1")},
                                      {QStringLiteral("@type"), kXsd + QStringLiteral("integer")}},
                          QJsonObject{{QStringLiteral("@value"), QStringLiteral("x")}},
                          QJsonObject{{QStringLiteral("@value"), QStringLiteral("x")}}};
        node.insert(QStringLiteral("http://example.org/p"), values);
        auto quads = JsonLdToRdf(JsonLdOptions{}).convert(QJsonArray{node});
        QVERIFY(quads.ok());
        QCOMPARE(quads->size(), 2);
    }

    void hugeList()
    {
        constexpr int kItems = 100000;
        QJsonArray items;
        for (int i = 0; i < kItems; ++i)
            items.append(QJsonObject{{QStringLiteral("@value"), i}});
        const QJsonArray document = documentWithValue(QJsonObject{{QStringLiteral("@list"), items}});
        QElapsedTimer timer;
        timer.start();
        auto quads = JsonLdToRdf(JsonLdOptions{}).convert(document);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(quads.ok());
        QCOMPARE(quads->size(), 2 * kItems + 1);
        qInfo("a %d-item list: %d quads in %lld ms", kItems, int(quads->size()), elapsed);
        QVERIFY2(elapsed < 10000, "list conversion is not linear");
        const QString nil = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil");
        QCOMPARE(std::count_if(quads->cbegin(), quads->cend(),
                               [&](const RdfQuad &q) { return q.object.value == nil; }),
                 1);
    }

    // The 1EdTech OB 3.0 and CLR 2.0 signed examples: canonize() gives their published canonical documents.
    // Also times each step, for the record (a debug build's figures are several times a release build's).
    void canonizeCredential_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("obv3p0") << QStringLiteral("obv3p0");
        QTest::newRow("clrv2p0") << QStringLiteral("clrv2p0");
    }
    void canonizeCredential()
    {
        QFETCH(QString, folder);
        const QString root = conformanceDir();
        PATHFOLIO_REQUIRE_CONFORMANCE(root);
        const QString dir = root + QStringLiteral("/ob3-1edtech-spec/") + folder;
        QJsonObject credential =
            parseJson(readFile(dir + QStringLiteral("/signed-credential.json"))).toObject();
        credential.remove(QStringLiteral("proof"));
        const BundledContextLoader loader;
        JsonLdOptions options;
        options.loader = &loader;
        options.safeMode = true;
        ContextCache cache; // as a verifier keeps one: warm contexts are not processed again
        options.contextCache = &cache;
        auto canonical = JsonLdProcessor::canonize(credential, options);
        QVERIFY2(canonical.ok(), qPrintable(canonical.ok() ? QString() : canonical.error().message));
        QCOMPARE(*canonical, readFile(dir + QStringLiteral("/document-canon.txt")));

        constexpr int kRounds = 200;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kRounds; ++i)
            (void)JsonLdProcessor::expand(credential, options);
        const double expandUs = timer.nsecsElapsed() / 1e3 / kRounds;
        const QJsonArray expanded = *JsonLdProcessor::expand(credential, options);
        timer.restart();
        for (int i = 0; i < kRounds * 10; ++i)
            (void)JsonLdToRdf(options).convert(expanded);
        const double toRdfUs = timer.nsecsElapsed() / 1e3 / kRounds / 10;
        const QList<RdfQuad> quads = *JsonLdToRdf(options).convert(expanded);
        timer.restart();
        for (int i = 0; i < kRounds; ++i)
            (void)RdfCanonicalizer().canonicalize(quads);
        const double canonUs = timer.nsecsElapsed() / 1e3 / kRounds;
        timer.restart();
        for (int i = 0; i < kRounds; ++i)
            (void)JsonLdProcessor::canonize(credential, options);
        const double canonizeUs = timer.nsecsElapsed() / 1e3 / kRounds;
        qInfo("%s: %d quads; expand %.1f us, toRdf %.1f us, RDFC-1.0 %.1f us, canonize() %.1f us",
              qPrintable(folder), int(quads.size()), expandUs, toRdfUs, canonUs, canonizeUs);
    }

    void deepNestingIsAnError()
    {
        QJsonObject node{{QStringLiteral("@id"), QStringLiteral("http://example.org/leaf")}};
        for (int i = 0; i < 2000; ++i)
            node = QJsonObject{{QStringLiteral("http://example.org/p"), QJsonArray{node}}};
        auto quads = JsonLdToRdf(JsonLdOptions{}).convert(QJsonArray{node});
        QVERIFY(!quads.ok());
        QCOMPARE(quads.error().code, ErrorCode::TooDeep);
    }

    void conflictingIndexes()
    {
        const auto node = [](const QString &index) {
            return QJsonObject{{QStringLiteral("@id"), QStringLiteral("http://example.org/n")},
                               {QStringLiteral("@index"), index}};
        };
        auto quads = JsonLdToRdf(JsonLdOptions{})
                         .convert(QJsonArray{node(QStringLiteral("a")), node(QStringLiteral("b"))});
        QVERIFY(!quads.ok());
        QCOMPARE(quads.error().detail, QStringLiteral("conflicting indexes"));
        QVERIFY(JsonLdToRdf(JsonLdOptions{})
                    .convert(QJsonArray{node(QStringLiteral("a")), node(QStringLiteral("a"))})
                    .ok());
    }

    void safeModeRejectsDrops_data()
    {
        QTest::addColumn<QJsonObject>("node");
        const QString p = QStringLiteral("http://example.org/p");
        const QString s = QStringLiteral("http://example.org/s");
        QTest::newRow("relative subject")
            << QJsonObject{{QStringLiteral("@id"), QStringLiteral("s")},
                           {p, QJsonArray{QJsonObject{{QStringLiteral("@value"), 1}}}}};
        QTest::newRow("relative object")
            << QJsonObject{{QStringLiteral("@id"), s},
                           {p, QJsonArray{QJsonObject{{QStringLiteral("@id"), QStringLiteral("o")}}}}};
        QTest::newRow("relative type") << QJsonObject{
            {QStringLiteral("@id"), s}, {QStringLiteral("@type"), QJsonArray{QStringLiteral("T")}}};
        QTest::newRow("relative property")
            << QJsonObject{{QStringLiteral("@id"), s},
                           {QStringLiteral("p:x y"), QJsonArray{QJsonObject{{QStringLiteral("@value"), 1}}}}};
        QTest::newRow("bad language") << QJsonObject{
            {QStringLiteral("@id"), s},
            {p, QJsonArray{QJsonObject{{QStringLiteral("@value"), QStringLiteral("x")},
                                       {QStringLiteral("@language"), QStringLiteral("a b")}}}}};
        QTest::newRow("direction") << QJsonObject{
            {QStringLiteral("@id"), s},
            {p, QJsonArray{QJsonObject{{QStringLiteral("@value"), QStringLiteral("x")},
                                       {QStringLiteral("@direction"), QStringLiteral("rtl")}}}}};
    }
    void safeModeRejectsDrops()
    {
        QFETCH(QJsonObject, node);
        JsonLdOptions options;
        QVERIFY(JsonLdToRdf(options).convert(QJsonArray{node}).ok());
        options.safeMode = true;
        auto quads = JsonLdToRdf(options).convert(QJsonArray{node});
        QVERIFY(!quads.ok());
        QCOMPARE(quads.error().code, ErrorCode::UndefinedTerm);
    }

    void wellFormedness_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("iri");
        QTest::addColumn<bool>("language");
        QTest::newRow("http IRI") << QStringLiteral("http://example.org/a#b") << true << false;
        QTest::newRow("urn") << QStringLiteral("urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33") << true
                             << false;
        QTest::newRow("did") << QStringLiteral("did:key:z6Mk") << true << false;
        QTest::newRow("unicode IRI") << QStringLiteral("http://example.org/\u00e9t\u00e9") << true << false;
        QTest::newRow("relative") << QStringLiteral("a/b") << false << false;
        QTest::newRow("space") << QStringLiteral("http://example.org/a b") << false << false;
        QTest::newRow("angle bracket") << QStringLiteral("http://example.org/<a>") << false << false;
        QTest::newRow("two fragments") << QStringLiteral("http://example.org/a#b#c") << false << false;
        QTest::newRow("bad scheme") << QStringLiteral("1http://example.org/") << false << false;
        QTest::newRow("en") << QStringLiteral("en") << false << true;
        QTest::newRow("en-US") << QStringLiteral("en-US") << false << true;
        QTest::newRow("zh-Hant-TW-x-private1") << QStringLiteral("zh-Hant-TW-x-private1") << false << true;
        QTest::newRow("a b") << QStringLiteral("a b") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("digit first") << QStringLiteral("1en") << false << false;
        QTest::newRow("long subtag") << QStringLiteral("en-abcdefghi") << false << false;
        QTest::newRow("trailing dash") << QStringLiteral("en-") << false << false;
    }
    void wellFormedness()
    {
        QFETCH(QString, text);
        QFETCH(bool, iri);
        QFETCH(bool, language);
        QCOMPARE(JsonLdToRdf::isWellFormedIri(text), iri);
        QCOMPARE(JsonLdToRdf::isWellFormedLanguage(text), language);
    }

    void suite_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind"); // positive, negative or syntax
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QJsonObject>("option");
        const QString dir = conformanceDir();
        if (dir.isEmpty()) {
            QTest::newRow("suite absent")
                << QString() << QString() << QString() << QString() << QString() << QJsonObject();
            return;
        }
        const QJsonObject manifest =
            parseJson(readFile(dir + QStringLiteral("/json-ld-api/toRdf-manifest.jsonld"))).toObject();
        for (const QJsonValue &v : manifest.value(QStringLiteral("sequence")).toArray()) {
            const QJsonObject e = v.toObject();
            const QJsonArray types = e.value(QStringLiteral("@type")).toArray();
            const QString kind =
                types.contains(QStringLiteral("jld:NegativeEvaluationTest")) ? QStringLiteral("negative")
                : types.contains(QStringLiteral("jld:PositiveSyntaxTest"))   ? QStringLiteral("syntax")
                                                                             : QStringLiteral("positive");
            const QString id = e.value(QStringLiteral("@id")).toString();
            QTest::newRow(qPrintable(id + u' ' + e.value(QStringLiteral("name")).toString()))
                << id << kind << e.value(QStringLiteral("input")).toString()
                << e.value(QStringLiteral("expect")).toString()
                << e.value(QStringLiteral("expectErrorCode")).toString()
                << e.value(QStringLiteral("option")).toObject();
        }
    }
    void suite()
    {
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, expect);
        QFETCH(QString, errorCode);
        QFETCH(QJsonObject, option);
        const QString root = conformanceDir();
        PATHFOLIO_REQUIRE_CONFORMANCE(root);
        const QString dir = root + QStringLiteral("/json-ld-api");

        if (const auto reason = JsonLdSuite::skipReason(option)) {
            m_skipped << id + QStringLiteral(": ") + *reason;
            QSKIP(qPrintable(*reason));
        }
        ++m_applicable;
        m_failed << id; // taken off again when every check passes

        const LocalTestLoader loader(kSuiteBase, dir);
        const Result<JsonLdOptions> suiteOptions = JsonLdSuite::options(option, input, loader);
        QVERIFY(suiteOptions.ok());
        const JsonLdOptions &options = *suiteOptions;

        auto document = loader.load(kSuiteBase + input);
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        const auto quads = JsonLdProcessor::toRdf(*document, options);

        // The direct converter must decline whatever it cannot convert exactly as the full algorithms do:
        // where it converts, the canonical datasets are the same, in safe mode too.
        for (const bool safe : {false, true}) {
            JsonLdOptions directOptions = options;
            directOptions.safeMode = safe;
            const JsonTree tree = JsonTree::fromJson(*document);
            const std::optional<CompactDataset> direct =
                DirectRdfConverter(directOptions).convert(tree, tree.root());
            if (!direct)
                continue;
            const auto full = JsonLdProcessor::toRdf(*document, directOptions);
            QVERIFY2(full.ok(),
                     qPrintable(QStringLiteral("converted directly, but the full algorithms fail: ") +
                                (full.ok() ? QString() : full.error().message)));
            auto ours = RdfCanonicalizer().canonicalize(*direct);
            auto theirs = RdfCanonicalizer().canonicalize(*full);
            QVERIFY(ours.ok() && theirs.ok());
            QCOMPARE(ours->nquads, theirs->nquads);
            m_direct += safe ? 0 : 1;
        }

        if (kind == u"negative") {
            QVERIFY2(!quads.ok(), qPrintable(QStringLiteral("expected the error ") + errorCode));
            QCOMPARE(quads.error().detail, errorCode);
        } else {
            QVERIFY2(quads.ok(), qPrintable(quads.ok() ? QString()
                                                       : quads.error().message + QStringLiteral(" [") +
                                                             quads.error().detail + u']'));
            if (!expect.isEmpty()) {
                const QByteArray expectedText = readFile(dir + u'/' + expect);
                if (options.produceGeneralizedRdf && !NQuads::parse(expectedText).ok()) {
                    QVERIFY2(isomorphicByPermutation(serialize(*quads), expectedText),
                             serialize(*quads).constData());
                    m_failed.removeLast();
                    ++m_passed;
                    return;
                }
                auto expected = NQuads::parse(expectedText);
                QVERIFY2(expected.ok(), qPrintable(expected.ok() ? QString() : expected.error().message));
                auto ours = RdfCanonicalizer().canonicalize(*quads);
                auto theirs = RdfCanonicalizer().canonicalize(*expected);
                QVERIFY(ours.ok() && theirs.ok());
                if (ours->nquads != theirs->nquads)
                    qWarning("produced:\n%s", serialize(*quads).constData());
                QCOMPARE(ours->nquads, theirs->nquads);
            }
        }
        m_failed.removeLast();
        ++m_passed;
    }
};

QTEST_GUILESS_MAIN(tst_JsonLdToRdf)
#include "tst_jsonld_tordf.moc"
