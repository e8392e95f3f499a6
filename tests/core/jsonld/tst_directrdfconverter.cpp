#include "../credentials/Conformance.h"
#include "jsonld/BundledContextLoader.h"
#include "jsonld/CompactDataset.h"
#include "jsonld/ContextCache.h"
#include "jsonld/DirectRdfConverter.h"
#include "jsonld/JsonLdProcessor.h"
#include "jsonld/JsonTreeParser.h"
#include "jsonld/RdfCanonicalizer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pf;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

JsonLdOptions safeOptions(const DocumentLoader *loader, ContextCache *cache)
{
    JsonLdOptions options;
    options.loader = loader;
    options.safeMode = true;
    options.contextCache = cache;
    return options;
}

// The document's canonical N-Quads through DirectRdfConverter, or nothing when it declines.
std::optional<QByteArray> directCanonical(const QByteArray &json, const JsonLdOptions &options)
{
    const std::optional<JsonTree> tree = JsonTreeParser::parse(json);
    if (!tree)
        return std::nullopt;
    const std::optional<CompactDataset> dataset = DirectRdfConverter(options).convert(*tree, tree->root());
    if (!dataset)
        return std::nullopt;
    auto canonical = RdfCanonicalizer().canonicalize(*dataset);
    return canonical ? std::optional<QByteArray>(canonical->nquads) : std::nullopt;
}

Result<QByteArray> fullCanonical(const QByteArray &json, JsonLdOptions options)
{
    options.directConversion = false;
    return JsonLdProcessor::canonize(QJsonDocument::fromJson(json).object(), options);
}

} // namespace

// DirectRdfConverter: the same canonical dataset as the full JSON-LD algorithms wherever it converts, and it
// declines everything it does not convert exactly. (The W3C toRdf suite runs it too: tst_jsonld_tordf.)
class tst_DirectRdfConverter : public QObject
{
    Q_OBJECT

    const BundledContextLoader m_loader;

private slots:
    // Every credential of the conformance suites and the project's own test data, without its proof, as
    // Data Integrity canonicalizes it (safe mode, bundled contexts).
    void credentialsMatchTheFullAlgorithms()
    {
        QStringList roots{QStringLiteral(PATHFOLIO_TEST_DATA_ROOT)};
        const QString conformance = conformanceDir();
        if (!conformance.isEmpty())
            roots << conformance;
        else
            qInfo("the conformance suites are absent: only the project's own credentials are compared");
        ContextCache cache;
        const JsonLdOptions options = safeOptions(&m_loader, &cache);
        int compared = 0;
        int converted = 0;
        QStringList benchConverted;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, {QStringLiteral("*.json"), QStringLiteral("*.jsonld")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QJsonParseError error{};
                const QJsonDocument document = QJsonDocument::fromJson(readFile(path), &error);
                if (error.error != QJsonParseError::NoError || !document.isObject() ||
                    !document.object().contains(QStringLiteral("@context")))
                    continue;
                QJsonObject unsecured = document.object();
                unsecured.remove(QStringLiteral("proof"));
                const QByteArray json = QJsonDocument(unsecured).toJson(QJsonDocument::Compact);
                ++compared;
                const std::optional<QByteArray> direct = directCanonical(json, options);
                if (!direct)
                    continue;
                ++converted;
                const Result<QByteArray> full = fullCanonical(json, options);
                QVERIFY2(full.ok(), qPrintable(path +
                                               QStringLiteral(": converted directly, but the full "
                                                              "algorithms fail: ") +
                                               (full.ok() ? QString() : full.error().message)));
                QVERIFY2(*direct == *full, qPrintable(path));
                if (path.contains(QStringLiteral("/bench/ob3-eddsa-rdfc/")))
                    benchConverted << path;
            }
        }
        qInfo("credentials: %d compared, %d converted directly, each equal to the full algorithms", compared,
              converted);
        // The fast road must really be taken for the credentials verification is measured on.
        QCOMPARE(benchConverted.size(), 100);
        if (!conformance.isEmpty()) {
            const QByteArray ob3 =
                readFile(conformance + QStringLiteral("/ob3-1edtech-spec/obv3p0/signed-credential.json"));
            QJsonObject unsecured = QJsonDocument::fromJson(ob3).object();
            unsecured.remove(QStringLiteral("proof"));
            const auto direct =
                directCanonical(QJsonDocument(unsecured).toJson(QJsonDocument::Compact), options);
            QVERIFY(direct);
            QCOMPARE(*direct,
                     readFile(conformance + QStringLiteral("/ob3-1edtech-spec/obv3p0/document-canon.txt")));
        }
    }

    void declines_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray ctx =
            "\"@context\": {\"@vocab\": \"http://example.org/\"}, \"@id\": \"http://example.org/s\", ";
        QTest::newRow("list") << QByteArray("{" + ctx + "\"p\": {\"@list\": [1, 2]}}");
        QTest::newRow("list container") << QByteArray(
            "{\"@context\": {\"@vocab\": \"http://example.org/\", \"p\": {\"@container\": \"@list\"}},\n"
            "                             \"@id\": \"http://example.org/s\", \"p\": [1, 2]}");
        QTest::newRow("value object")
            << QByteArray("{" + ctx + "\"p\": {\"@value\": \"x\", \"@language\": \"en\"}}");
        QTest::newRow("default language")
            << QByteArray("{\"@context\": {\"@vocab\": \"http://example.org/\", \"@language\": \"en\"},\n"
                          "                             \"@id\": \"http://example.org/s\", \"p\": \"x\"}");
        QTest::newRow("language map") << QByteArray(
            "{\"@context\": {\"@vocab\": \"http://example.org/\", \"p\": {\"@container\": \"@language\"}},\n"
            "                             \"@id\": \"http://example.org/s\", \"p\": {\"en\": \"x\"}}");
        QTest::newRow("reverse") << QByteArray("{" + ctx +
                                               "\"@reverse\": {\"p\": {\"@id\": \"http://example.org/o\"}}}");
        QTest::newRow("graph") << QByteArray("{" + ctx +
                                             "\"@graph\": [{\"@id\": \"http://example.org/o\", \"p\": 1}]}");
        QTest::newRow("included") << QByteArray(
            "{" + ctx + "\"@included\": [{\"@id\": \"http://example.org/o\", \"p\": 1}]}");
        QTest::newRow("nest") << QByteArray("{" + ctx + "\"@nest\": {\"p\": 1}}");
        QTest::newRow("json literal") << QByteArray(
            "{\"@context\": {\"@vocab\": \"http://example.org/\", \"p\": {\"@type\": \"@json\"}},\n"
            "                             \"@id\": \"http://example.org/s\", \"p\": {\"a\": 1}}");
        QTest::newRow("undefined term")
            << QByteArray("{\"@context\": {\"q\": \"http://example.org/q\"}, \"p\": 1, \"q\": 2}");
        QTest::newRow("relative @id")
            << QByteArray("{\"@context\": {\"@vocab\": \"http://example.org/\"}, \"@id\": \"s\", \"p\": 1}");
        QTest::newRow("relative type")
            << QByteArray("{\"@context\": {\"p\": \"http://example.org/p\"}, \"@type\": \"T\", \"p\": 1}");
        QTest::newRow("free-floating @id") << QByteArray(
            "{\"@context\": {\"p\": \"http://example.org/p\"}, \"@id\": \"http://example.org/s\"}");
        QTest::newRow("empty node") << QByteArray("{\"@context\": {\"p\": \"http://example.org/p\"}}");
        QTest::newRow("duplicate member")
            << QByteArray("{\"@context\": {\"p\": \"http://example.org/p\"}, \"p\": 1, \"p\": 2}");
        QTest::newRow("two @id") << QByteArray("{" + ctx + "\"@id\": \"http://example.org/t\", \"p\": 1}");
        QTest::newRow("unknown keyword") << QByteArray("{" + ctx + "\"@foo\": 1, \"p\": 1}");
        QTest::newRow("top-level array")
            << QByteArray("[{\"@id\": \"http://example.org/s\", \"http://example.org/p\": 1}]");
        QTest::newRow("unknown context")
            << QByteArray("{\"@context\": \"https://example.org/none\", \"p\": 1}");
        QTest::newRow("blank node property") << QByteArray("{\"@id\": \"http://example.org/s\", \"_:p\": 1}");
    }
    void declines()
    {
        QFETCH(QByteArray, json);
        ContextCache cache;
        const JsonLdOptions options = safeOptions(&m_loader, &cache);
        const std::optional<JsonTree> tree = JsonTreeParser::parse(json);
        QVERIFY(tree);
        DirectRdfConverter converter(options);
        QVERIFY(!converter.convert(*tree, tree->root()));
        QCOMPARE(converter.declined(), 1);
    }

    void converts_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("nquads");
        QTest::newRow("scalars")
            << QByteArray("{\"@context\": {\"@vocab\": \"http://example.org/\"}, \"@id\": "
                          "\"http://example.org/s\",\n"
                          "                             \"@type\": \"T\", \"b\": true, \"i\": 5, \"d\": 1.5, "
                          "\"s\": \"a\\\"b\\n\", \"n\": null, \"e\": []}")
            << QByteArray("<http://example.org/s> <http://example.org/b> "
                          "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n"
                          "<http://example.org/s> <http://example.org/d> "
                          "\"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"
                          "<http://example.org/s> <http://example.org/i> "
                          "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
                          "<http://example.org/s> <http://example.org/s> \"a\\\"b\\n\" .\n"
                          "<http://example.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                          "<http://example.org/T> .\n");
        QTest::newRow("coerced and nested")
            << QByteArray(
                   "{\"@context\": {\"@vocab\": \"http://example.org/\", \"r\": {\"@type\": \"@id\"},\n"
                   "  \"t\": {\"@type\": \"http://example.org/dt\"}}, \"r\": \"http://example.org/o\", "
                   "\"t\": 3,\n"
                   "  \"n\": [{\"x\": \"y\"}, [{\"@id\": \"_:q\", \"x\": \"z\"}]]}")
            << QByteArray("_:c14n0 <http://example.org/x> \"y\" .\n"
                          "_:c14n1 <http://example.org/n> _:c14n0 .\n"
                          "_:c14n1 <http://example.org/n> _:c14n2 .\n"
                          "_:c14n1 <http://example.org/r> <http://example.org/o> .\n"
                          "_:c14n1 <http://example.org/t> \"3\"^^<http://example.org/dt> .\n"
                          "_:c14n2 <http://example.org/x> \"z\" .\n");
    }
    void converts()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, nquads);
        ContextCache cache;
        const JsonLdOptions options = safeOptions(&m_loader, &cache);
        const std::optional<QByteArray> direct = directCanonical(json, options);
        QVERIFY(direct);
        QCOMPARE(*direct, nquads);
        const Result<QByteArray> full = fullCanonical(json, options);
        QVERIFY(full.ok());
        QCOMPARE(*full, nquads);
    }
};

QTEST_GUILESS_MAIN(tst_DirectRdfConverter)
#include "tst_directrdfconverter.moc"
