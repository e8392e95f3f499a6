#include "jsonld/BundledContextLoader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace pf;

// The contexts compiled into pathfolio_core and the loader that serves them before the offline cache.
class tst_BundledContextLoader : public QObject
{
    Q_OBJECT

private slots:
    void resourcesAreCompiledIn()
    {
        // A static library's resources need their initializer; this proves it ran in a test executable.
        QVERIFY(QFile::exists(QStringLiteral(":/contexts/index.json")));
        QVERIFY(QFile::exists(QStringLiteral(":/contexts/w3.org/ns/credentials/v2.jsonld")));
    }

    void everyIndexedFileMatchesItsHash()
    {
        const QList<BundledContextLoader::Entry> entries = BundledContextLoader::entries();
        QFile indexFile(QStringLiteral(":/contexts/index.json"));
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        const QJsonObject index = QJsonDocument::fromJson(indexFile.readAll()).object();
        const QJsonArray contexts = index.value(QStringLiteral("contexts")).toArray();
        QCOMPARE(entries.size(), contexts.size());
        int checked = 0;
        const auto checkFile = [&](const QJsonObject &e) {
            QFile f(QStringLiteral(":/contexts/") + e.value(QStringLiteral("file")).toString());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray bytes = f.readAll();
            if (e.contains(QStringLiteral("bytes")))
                QCOMPARE(bytes.size(), e.value(QStringLiteral("bytes")).toInt());
            if (e.contains(QStringLiteral("sha256"))) {
                QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(),
                         e.value(QStringLiteral("sha256")).toString().toLatin1());
                ++checked;
            }
        };
        for (const QJsonValue &v : contexts)
            checkFile(v.toObject());
        for (const QJsonValue &v : index.value(QStringLiteral("variants")).toArray())
            checkFile(v.toObject());
        for (const BundledContextLoader::Entry &e : entries) {
            auto bytes = BundledContextLoader::bundledBytes(e.url);
            QVERIFY(bytes);
            QCOMPARE(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex(), e.sha256);
        }
        qInfo("bundled contexts: %lld, sha256 checked: %d", qint64(entries.size()), checked);
    }

    void publishedRecommendationHashes()
    {
        // The W3C Recommendations publish these; a different byte would change every canonical form.
        const QList<std::pair<QString, QByteArray>> published{
            {QStringLiteral("https://www.w3.org/ns/credentials/v2"),
             "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734"},
            {QStringLiteral("https://w3id.org/security/data-integrity/v2"),
             "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4"},
            {QStringLiteral("https://w3id.org/security/multikey/v1"),
             "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597"},
            {QStringLiteral("https://w3id.org/security/jwk/v1"),
             "0f14b62f6071aafe00df265770ea0c7508e118247d79b7d861a406d2aa00bece"},
        };
        for (const auto &[url, hash] : published) {
            auto bytes = BundledContextLoader::bundledBytes(url);
            QVERIFY2(bytes, qPrintable(url));
            QCOMPARE(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex(), hash);
        }
    }

    void servesBundledContexts()
    {
        BundledContextLoader loader;
        for (const char *url :
             {"https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1",
              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
              "https://w3id.org/security/suites/ed25519-2020/v1", "https://www.w3.org/ns/did/v1",
              "https://w3id.org/openbadges/v2"}) {
            auto doc = loader.load(QString::fromLatin1(url));
            QVERIFY2(doc.ok(), url);
            QVERIFY(doc->isObject());
            QVERIFY2(doc->toObject().contains(QStringLiteral("@context")), url);
            QVERIFY(BundledContextLoader::isBundled(QString::fromLatin1(url)));
        }
        // The 3.0.3 primary is the newest variant (it defines endorsementJwt).
        auto ob = loader.load(QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        QVERIFY(ob->toObject()
                    .value(QStringLiteral("@context"))
                    .toObject()
                    .contains(QStringLiteral("endorsementJwt")));
    }

    void variantsAreListedNotServed()
    {
        const QString url = QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        const auto variants = BundledContextLoader::variants(url);
        QCOMPARE(variants.size(), 2);
        for (const auto &v : variants) {
            auto doc = BundledContextLoader::variantDocument(v.resource);
            QVERIFY(doc);
            QVERIFY(!doc->toObject()
                         .value(QStringLiteral("@context"))
                         .toObject()
                         .contains(QStringLiteral("endorsementJwt")));
        }
        QVERIFY(!BundledContextLoader::variantDocument(QStringLiteral(":/contexts/index.json")));
    }

    void bundledBeforeCache()
    {
        int asked = 0;
        BundledContextLoader loader([&](const QString &) -> std::optional<CachedDocument> {
            ++asked;
            CachedDocument d;
            d.content = "{\"@context\": {\"evil\": \"https://evil.example/\"}}";
            return d;
        });
        auto doc = loader.load(QStringLiteral("https://www.w3.org/ns/credentials/v2"));
        QVERIFY(doc.ok());
        QCOMPARE(asked, 0);
        QVERIFY(
            !doc->toObject().value(QStringLiteral("@context")).toObject().contains(QStringLiteral("evil")));
    }

    void cacheAfterBundled()
    {
        QStringList asked;
        BundledContextLoader loader([&](const QString &url) -> std::optional<CachedDocument> {
            asked << url;
            if (url != u"https://example.org/ctx.jsonld")
                return std::nullopt;
            CachedDocument d;
            d.url = url;
            d.content = "{\"@context\": {\"term\": \"https://example.org/term\"}}";
            return d;
        });
        auto doc = loader.load(QStringLiteral("https://example.org/ctx.jsonld"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->toObject()
                     .value(QStringLiteral("@context"))
                     .toObject()
                     .value(QStringLiteral("term"))
                     .toString(),
                 QStringLiteral("https://example.org/term"));
        // Parsed once per loader.
        auto again = loader.load(QStringLiteral("https://example.org/ctx.jsonld"));
        QVERIFY(again.ok());
        QCOMPARE(asked.size(), 1);
    }

    void unknownContextNamesUrl()
    {
        BundledContextLoader noCache;
        auto doc = noCache.load(QStringLiteral("https://unknown.example/context.jsonld"));
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, ErrorCode::UnknownContext);
        QVERIFY(doc.error().message.contains(QStringLiteral("https://unknown.example/context.jsonld")));

        BundledContextLoader emptyCache([](const QString &) { return std::optional<CachedDocument>(); });
        auto missing = emptyCache.load(QStringLiteral("https://w3id.org/security/suites/x25519-2020/v1"));
        QCOMPARE(missing.code(), ErrorCode::UnknownContext);
        QVERIFY(missing.error().message.contains(QStringLiteral("x25519-2020")));
        // Near misses of a bundled URL are other URLs: nothing is guessed.
        QCOMPARE(noCache.load(QStringLiteral("http://www.w3.org/ns/credentials/v2")).code(),
                 ErrorCode::UnknownContext);
        QCOMPARE(noCache.load(QStringLiteral("https://www.w3.org/ns/credentials/v2/")).code(),
                 ErrorCode::UnknownContext);
    }

    void brokenCachedDocument()
    {
        BundledContextLoader loader([](const QString &url) -> std::optional<CachedDocument> {
            CachedDocument d;
            d.url = url;
            d.content = url.endsWith(u"array") ? QByteArray("[1, 2]") : QByteArray("{not json");
            return d;
        });
        auto bad = loader.load(QStringLiteral("https://example.org/bad"));
        QCOMPARE(bad.code(), ErrorCode::InvalidJsonLd);
        QCOMPARE(bad.error().detail, QStringLiteral("loading remote context failed"));
        QCOMPARE(loader.load(QStringLiteral("https://example.org/array")).code(), ErrorCode::InvalidJsonLd);
    }

    void threadSafe()
    {
        std::atomic_int failures{0};
        QList<QThread *> threads;
        for (int i = 0; i < 8; ++i) {
            threads << QThread::create([&failures] {
                BundledContextLoader loader;
                for (int n = 0; n < 200; ++n) {
                    for (const BundledContextLoader::Entry &e : BundledContextLoader::entries()) {
                        auto doc = loader.load(e.url);
                        if (!doc.ok() || !doc->isObject())
                            ++failures;
                    }
                }
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(failures.load(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_BundledContextLoader)
#include "tst_bundledcontextloader.moc"
