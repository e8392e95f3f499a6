#include "../credentials/Conformance.h"
#include "JsonLdSuite.h"
#include "jsonld/ContextCache.h"
#include "jsonld/DocumentLoader.h"
#include "jsonld/JsonLdExpander.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace pf;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<QJsonValue> parseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::UnknownContext, QStringLiteral("no such file: ") + path};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{ErrorCode::MalformedJson, error.errorString()};
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// Serves https://w3c.github.io/json-ld-api/tests/... from the local copy of the suite.
// Serves the bundled credential contexts listed in contexts/index.json.
class IndexLoader : public DocumentLoader
{
public:
    explicit IndexLoader(const QString &dir)
    {
        const QJsonObject index =
            QJsonDocument::fromJson(readFile(dir + QStringLiteral("/index.json"))).object();
        for (const QJsonValue &entry : index.value(QStringLiteral("contexts")).toArray()) {
            const QJsonObject e = entry.toObject();
            m_files.insert(e.value(QStringLiteral("url")).toString(),
                           dir + u'/' + e.value(QStringLiteral("file")).toString());
        }
    }
    Result<QJsonValue> load(const QString &url) const override
    {
        loads.fetchAndAddRelaxed(1);
        const QString file = m_files.value(url);
        if (file.isEmpty())
            return Error{ErrorCode::UnknownContext, QStringLiteral("not bundled: ") + url};
        return parseFile(file);
    }
    mutable QAtomicInt loads = 0;

private:
    QHash<QString, QString> m_files;
};

// Serves documents from memory, for the bad-input tests.
class MapLoader : public DocumentLoader
{
public:
    Result<QJsonValue> load(const QString &url) const override
    {
        ++loads;
        if (!documents.contains(url))
            return Error{ErrorCode::UnknownContext, QStringLiteral("unknown: ") + url};
        return QJsonValue(documents.value(url));
    }
    QHash<QString, QJsonObject> documents;
    mutable int loads = 0;
};

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

bool jsonLdEqual(const QJsonValue &a, const QJsonValue &b, bool ordered);

bool arraysEqual(const QJsonArray &a, const QJsonArray &b, bool ordered)
{
    if (a.size() != b.size())
        return false;
    if (ordered) {
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!jsonLdEqual(a.at(i), b.at(i), false))
                return false;
        }
        return true;
    }
    QList<bool> used(b.size(), false);
    for (const QJsonValue &x : a) {
        bool found = false;
        for (qsizetype j = 0; j < b.size() && !found; ++j) {
            if (!used[j] && jsonLdEqual(x, b.at(j), false)) {
                used[j] = true;
                found = true;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

// The JSON-LD test suite comparison: arrays are unordered except @list values (and JSON literals).
bool jsonLdEqual(const QJsonValue &a, const QJsonValue &b, bool ordered)
{
    if (a.type() != b.type())
        return false;
    if (a.isArray())
        return arraysEqual(a.toArray(), b.toArray(), ordered);
    if (!a.isObject())
        return a == b;
    const QJsonObject x = a.toObject();
    const QJsonObject y = b.toObject();
    if (x.size() != y.size())
        return false;
    const bool jsonLiteral = x.value(QStringLiteral("@type")) == QJsonValue(QStringLiteral("@json"));
    for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
        if (!y.contains(it.key()))
            return false;
        if (jsonLiteral && it.key() == QStringLiteral("@value")) {
            if (it.value() != y.value(it.key()))
                return false;
            continue;
        }
        if (!jsonLdEqual(it.value(), y.value(it.key()), it.key() == QStringLiteral("@list")))
            return false;
    }
    return true;
}

QJsonObject deepNest(int depth)
{
    QJsonObject inner{{QStringLiteral("http://example.org/leaf"), QStringLiteral("x")}};
    for (int i = 0; i < depth; ++i)
        inner = QJsonObject{{QStringLiteral("http://example.org/p"), inner}};
    return inner;
}

} // namespace

// JSON-LD 1.1 expansion: every test of the W3C expand manifest, plus bounds, remote contexts and safe mode.
class tst_JsonLdExpand : public QObject
{
    Q_OBJECT

    int m_applicable = 0;
    int m_passed = 0;
    QStringList m_failed;
    QStringList m_skipped;

private slots:
    void conformance_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QJsonObject>("option");
        const QString dir = conformanceDir();
        if (dir.isEmpty()) {
            QTest::newRow("suite absent") << QString() << QString() << QString() << QJsonObject();
            return;
        }
        const QJsonObject manifest =
            QJsonDocument::fromJson(readFile(dir + QStringLiteral("/json-ld-api/expand-manifest.jsonld")))
                .object();
        for (const QJsonValue &v : manifest.value(QStringLiteral("sequence")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString id = e.value(QStringLiteral("@id")).toString();
            const QJsonObject option = e.value(QStringLiteral("option")).toObject();
            const QString name = id + u' ' + e.value(QStringLiteral("name")).toString();
            if (const auto reason = JsonLdSuite::skipReason(option)) {
                m_skipped.append(id + QStringLiteral(" (") + *reason + u')');
                continue;
            }
            QTest::newRow(qPrintable(name))
                << e.value(QStringLiteral("input")).toString() << e.value(QStringLiteral("expect")).toString()
                << e.value(QStringLiteral("expectErrorCode")).toString() << option;
        }
    }

    void conformance()
    {
        QFETCH(QString, input);
        QFETCH(QString, expect);
        QFETCH(QString, errorCode);
        QFETCH(QJsonObject, option);
        const QString dir = conformanceDir();
        PATHFOLIO_REQUIRE_CONFORMANCE(dir);
        const QString suite = dir + QStringLiteral("/json-ld-api");
        ++m_applicable;
        const QString testName = QString::fromLatin1(QTest::currentDataTag());
        m_failed.append(testName); // removed on success

        const LocalTestLoader loader(JsonLdSuite::base(), suite);
        const Result<JsonLdOptions> suiteOptions = JsonLdSuite::options(option, input, loader);
        QVERIFY(suiteOptions.ok());
        const JsonLdOptions &options = *suiteOptions;
        Result<QJsonValue> document = parseFile(suite + u'/' + input);
        QVERIFY(document.ok());
        JsonLdExpander expander(options);
        const Result<QJsonArray> result = expander.expand(document.value());
        if (!errorCode.isEmpty()) {
            QVERIFY2(!result.ok(),
                     qPrintable(QStringLiteral("expected error ") + errorCode + QStringLiteral(", got ") +
                                QString::fromUtf8(QJsonDocument(result.ok() ? result.value() : QJsonArray())
                                                      .toJson(QJsonDocument::Compact))));
            QCOMPARE(result.error().detail, errorCode);
        } else {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString()
                                                         : result.error().detail + QStringLiteral(": ") +
                                                               result.error().message));
            Result<QJsonValue> expected = parseFile(suite + u'/' + expect);
            QVERIFY(expected.ok());
            QVERIFY2(
                jsonLdEqual(result.value(), expected.value(), false),
                qPrintable(QString::fromUtf8(QJsonDocument(result.value()).toJson(QJsonDocument::Compact)) +
                           QStringLiteral("\nexpected ") +
                           QString::fromUtf8(
                               QJsonDocument(expected.value().toArray()).toJson(QJsonDocument::Compact))));
        }
        m_failed.removeLast();
        ++m_passed;
    }

    void conformanceSummary()
    {
        if (m_applicable == 0)
            QSKIP("the expand suite did not run");
        qInfo("expand: %d/%d", m_passed, m_applicable);
        qInfo("skipped (%lld): %s", static_cast<long long>(m_skipped.size()),
              qPrintable(m_skipped.join(QStringLiteral(", "))));
        if (!m_failed.isEmpty())
            qInfo("failed: %s", qPrintable(m_failed.join(QStringLiteral("; "))));
        QCOMPARE(m_passed, m_applicable);
    }

    void contextIncludingItself()
    {
        MapLoader loader;
        loader.documents.insert(QStringLiteral("https://example.test/self"),
                                json("{\"@context\": \"https://example.test/self\"}"));
        JsonLdOptions options;
        options.loader = &loader;
        JsonLdExpander expander(options);
        const Result<QJsonArray> result = expander.expand(
            json("{\"@context\": \"https://example.test/self\", \"http://example.org/p\": 1}"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().detail, QStringLiteral("recursive context inclusion"));
    }

    void remoteContextLoop()
    {
        MapLoader loader;
        loader.documents.insert(QStringLiteral("https://example.test/a"),
                                json("{\"@context\": [\"https://example.test/b\"]}"));
        loader.documents.insert(QStringLiteral("https://example.test/b"),
                                json("{\"@context\": [\"https://example.test/a\"]}"));
        JsonLdOptions options;
        options.loader = &loader;
        JsonLdExpander expander(options);
        const Result<QJsonArray> result =
            expander.expand(json("{\"@context\": \"https://example.test/a\", \"http://example.org/p\": 1}"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().detail, QStringLiteral("recursive context inclusion"));
    }

    void importLoop()
    {
        MapLoader loader;
        loader.documents.insert(QStringLiteral("https://example.test/a"),
                                json("{\"@context\": {\"@import\": \"https://example.test/b\"}}"));
        loader.documents.insert(QStringLiteral("https://example.test/b"),
                                json("{\"@context\": {\"@import\": \"https://example.test/a\"}}"));
        JsonLdOptions options;
        options.loader = &loader;
        JsonLdExpander expander(options);
        const Result<QJsonArray> result =
            expander.expand(json("{\"@context\": \"https://example.test/a\", \"http://example.org/p\": 1}"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidJsonLd);
        QVERIFY(loader.loads <= 2);
    }

    void scopedContextBomb()
    {
        // Every term's scoped context names the next remote context: work must stay bounded.
        MapLoader loader;
        for (int i = 0; i < 40; ++i) {
            QJsonObject context;
            for (int t = 0; t < 8; ++t)
                context.insert(QStringLiteral("t%1").arg(t),
                               QJsonObject{{QStringLiteral("@id"), QStringLiteral("http://example.org/t")},
                                           {QStringLiteral("@context"),
                                            QStringLiteral("https://example.test/c%1").arg(i + 1)}});
            loader.documents.insert(QStringLiteral("https://example.test/c%1").arg(i),
                                    QJsonObject{{QStringLiteral("@context"), context}});
        }
        JsonLdOptions options;
        options.loader = &loader;
        JsonLdExpander expander(options);
        QElapsedTimer timer;
        timer.start();
        const Result<QJsonArray> result =
            expander.expand(json("{\"@context\": \"https://example.test/c0\", \"t0\": {\"t1\": 1}}"));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().detail, QStringLiteral("context overflow"));
    }

    void nestedTooDeep()
    {
        JsonLdExpander expander{JsonLdOptions()};
        const Result<QJsonArray> result = expander.expand(deepNest(100));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::TooDeep);
        QVERIFY(expander.expand(deepNest(20)).ok());
    }

    void hugeList()
    {
        QJsonArray items;
        for (int i = 0; i < 100000; ++i)
            items.append(i);
        QJsonObject document =
            json("{\"@context\": {\"l\": {\"@id\": \"http://example.org/l\", \"@container\": \"@list\"}}}");
        document.insert(QStringLiteral("l"), items);
        JsonLdExpander expander{JsonLdOptions()};
        QElapsedTimer timer;
        timer.start();
        const Result<QJsonArray> result = expander.expand(document);
        QVERIFY(result.ok());
        const QJsonArray list = result.value()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("http://example.org/l"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("@list"))
                                    .toArray();
        QCOMPARE(list.size(), 100000);
        qInfo("100,000-item list expanded in %lld ms", static_cast<long long>(timer.elapsed()));
    }

    void unknownRemoteContext()
    {
        MapLoader loader;
        JsonLdOptions options;
        options.loader = &loader;
        JsonLdExpander expander(options);
        const Result<QJsonArray> result = expander.expand(
            json("{\"@context\": \"https://example.test/missing\", \"http://example.org/p\": 1}"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::UnknownContext);
        QCOMPARE(result.error().detail, QStringLiteral("loading remote context failed"));
        QVERIFY(result.error().message.contains(QStringLiteral("https://example.test/missing")));

        JsonLdExpander withoutLoader{JsonLdOptions()};
        const Result<QJsonArray> none = withoutLoader.expand(
            json("{\"@context\": \"https://example.test/missing\", \"http://example.org/p\": 1}"));
        QCOMPARE(none.code(), ErrorCode::UnknownContext);
    }

    void safeModeUndefinedProperty()
    {
        JsonLdOptions options;
        options.safeMode = true;
        JsonLdExpander expander(options);
        const Result<QJsonArray> result = expander.expand(json(
            "{\"@context\": {\"name\": \"http://schema.org/name\"}, \"name\": \"a\", \"nickname\": \"b\"}"));
        QCOMPARE(result.code(), ErrorCode::UndefinedTerm);
        QVERIFY(result.error().message.contains(QStringLiteral("nickname")));

        options.safeMode = false;
        JsonLdExpander lenient(options);
        QVERIFY(lenient
                    .expand(json("{\"@context\": {\"name\": \"http://schema.org/name\"}, \"name\": \"a\", "
                                 "\"nickname\": \"b\"}"))
                    .ok());
    }

    void safeModeRelativeType()
    {
        JsonLdOptions options;
        options.safeMode = true;
        JsonLdExpander expander(options);
        const Result<QJsonArray> result =
            expander.expand(json("{\"@type\": \"Thing\", \"http://schema.org/name\": \"a\"}"));
        QCOMPARE(result.code(), ErrorCode::UndefinedTerm);
        QVERIFY(result.error().message.contains(QStringLiteral("Thing")));

        const Result<QJsonArray> relativeId =
            expander.expand(json("{\"@id\": \"#me\", \"http://schema.org/name\": \"a\"}"));
        QCOMPARE(relativeId.code(), ErrorCode::UndefinedTerm);
        QVERIFY(relativeId.error().message.contains(QStringLiteral("#me")));

        const Result<QJsonArray> badLanguage = expander.expand(
            json("{\"http://schema.org/name\": {\"@value\": \"a\", \"@language\": \"not a tag\"}}"));
        QCOMPARE(badLanguage.code(), ErrorCode::UndefinedTerm);
    }

    void safeModeAcceptsCredentials_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("OB 3.0.3 with VC v2")
            << QStringLiteral("dcc-vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/"
                              "legacyRegistry-noStatus-noExpiry-basicOBv3.json");
        QTest::newRow("VC DI eddsa-rdfc-2022 vector")
            << QStringLiteral("vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json");
    }

    void safeModeAcceptsCredentials()
    {
        QFETCH(QString, file);
        const QString dir = conformanceDir();
        PATHFOLIO_REQUIRE_CONFORMANCE(dir);
        IndexLoader loader(dir + QStringLiteral("/contexts"));
        Result<QJsonValue> credential = parseFile(dir + u'/' + file);
        QVERIFY(credential.ok());
        ContextCache cache;
        JsonLdOptions options;
        options.loader = &loader;
        options.safeMode = true;
        options.contextCache = &cache;
        JsonLdExpander expander(options);
        QElapsedTimer coldTimer;
        coldTimer.start();
        const Result<QJsonArray> first = expander.expand(credential.value());
        const qint64 coldNs = coldTimer.nsecsElapsed();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first.value().size(), 1);
        const int loads = loader.loads.loadRelaxed();

        // Warm: the same result from the cache, with no more loads.
        JsonLdExpander second(options);
        constexpr int kRounds = 200;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kRounds; ++i) {
            const Result<QJsonArray> again = second.expand(credential.value());
            QVERIFY(again.ok());
            if (i == 0)
                QVERIFY(jsonLdEqual(again.value(), first.value(), false));
        }
        qInfo("%s: cold expansion (loading and processing contexts) %.1f us, warm expansion %.1f us",
              qPrintable(file.section(u'/', -1)), static_cast<double>(coldNs) / 1000.0,
              static_cast<double>(timer.nsecsElapsed()) / 1000.0 / kRounds);
        QCOMPARE(loader.loads.loadRelaxed(), loads);
    }

    void sharedCacheAcrossThreads()
    {
        const QString dir = conformanceDir();
        PATHFOLIO_REQUIRE_CONFORMANCE(dir);
        Result<QJsonValue> credential = parseFile(
            dir + QStringLiteral("/dcc-vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/"
                                 "legacyRegistry-noStatus-noExpiry-basicOBv3.json"));
        QVERIFY(credential.ok());
        IndexLoader referenceLoader(dir + QStringLiteral("/contexts"));
        JsonLdOptions referenceOptions;
        referenceOptions.loader = &referenceLoader;
        referenceOptions.safeMode = true;
        const Result<QJsonArray> reference = JsonLdExpander(referenceOptions).expand(credential.value());
        QVERIFY(reference.ok());

        ContextCache cache;
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&]() {
                IndexLoader loader(dir + QStringLiteral("/contexts"));
                JsonLdOptions options = referenceOptions;
                options.loader = &loader;
                options.contextCache = &cache;
                JsonLdExpander expander(options);
                for (int i = 0; i < 50; ++i) {
                    const Result<QJsonArray> result = expander.expand(credential.value());
                    if (!result.ok() || !jsonLdEqual(result.value(), reference.value(), false))
                        ++mismatches;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void protectedRedefinitionNeedsIdenticalDefinition()
    {
        MapLoader loader;
        loader.documents.insert(
            QStringLiteral("https://example.test/base"),
            json("{\"@context\": {\"@protected\": true, \"name\": {\"@id\": \"http://schema.org/name\"},"
                 " \"Thing\": {\"@id\": \"http://example.org/Thing\", \"@context\": {\"x\": "
                 "\"http://example.org/x\"}}}}"));
        loader.documents.insert(QStringLiteral("https://example.test/same"),
                                json("{\"@context\": {\"name\": \"http://schema.org/name\","
                                     " \"Thing\": {\"@id\": \"http://example.org/Thing\", \"@context\": "
                                     "{\"x\": \"http://example.org/x\"}}}}"));
        loader.documents.insert(QStringLiteral("https://example.test/other"),
                                json("{\"@context\": {\"name\": \"http://example.org/name\"}}"));
        JsonLdOptions options;
        options.loader = &loader;
        JsonLdExpander expander(options);
        QVERIFY(
            expander
                .expand(json("{\"@context\": [\"https://example.test/base\", \"https://example.test/same\"], "
                             "\"name\": \"a\"}"))
                .ok());
        const Result<QJsonArray> result =
            expander.expand(json("{\"@context\": [\"https://example.test/base\", "
                                 "\"https://example.test/other\"], \"name\": \"a\"}"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().detail, QStringLiteral("protected term redefinition"));
    }
};

QTEST_GUILESS_MAIN(tst_JsonLdExpand)
#include "tst_jsonld_expand.moc"
