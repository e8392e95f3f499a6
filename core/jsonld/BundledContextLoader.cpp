#include "BundledContextLoader.h"

#include "credentials/JsonReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutexLocker>

// Resources of a static library are registered by their initializer; calling it by name keeps the linker
// from dropping them. Must be outside any namespace.
static void initContextResources()
{
    Q_INIT_RESOURCE(pathfolio_contexts);
}

namespace pf {

namespace {

const QString kRoot = QStringLiteral(":/contexts/");

struct Bundle
{
    QList<BundledContextLoader::Entry> entries;
    QList<BundledContextLoader::Entry> variants;
    QHash<QString, QByteArray> bytes;       // url -> file bytes
    QHash<QString, QJsonValue> parsed;      // url -> document
    QHash<QString, QJsonValue> variantDocs; // resource -> document
};

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

BundledContextLoader::Entry entryOf(const QJsonObject &o)
{
    return {o.value(QStringLiteral("url")).toString(), kRoot + o.value(QStringLiteral("file")).toString(),
            o.value(QStringLiteral("sha256")).toString().toLatin1(),
            o.value(QStringLiteral("note")).toString()};
}

// Parsed once per process; a function-local static is initialised thread-safely and only read afterwards.
const Bundle &bundle()
{
    static const Bundle b = [] {
        initContextResources();
        Bundle out;
        auto index = JsonReader::parse(readResource(kRoot + QStringLiteral("index.json")));
        if (!index || !index->isObject())
            return out; // the tests catch a missing index; the loader then knows no context
        const QJsonObject root = index->toObject();
        for (const QJsonValue &v : root.value(QStringLiteral("contexts")).toArray()) {
            const BundledContextLoader::Entry e = entryOf(v.toObject());
            const QByteArray bytes = readResource(e.resource);
            auto doc = JsonReader::parse(bytes);
            if (e.url.isEmpty() || !doc || !doc->isObject())
                continue;
            out.entries.append(e);
            out.bytes.insert(e.url, bytes);
            out.parsed.insert(e.url, *doc);
        }
        for (const QJsonValue &v : root.value(QStringLiteral("variants")).toArray()) {
            const BundledContextLoader::Entry e = entryOf(v.toObject());
            auto doc = JsonReader::parse(readResource(e.resource));
            if (!doc || !doc->isObject())
                continue;
            out.variants.append(e);
            out.variantDocs.insert(e.resource, *doc);
        }
        return out;
    }();
    return b;
}

} // namespace

BundledContextLoader::BundledContextLoader(Lookup lookup) : m_lookup(std::move(lookup)) {}

Result<QJsonValue> BundledContextLoader::load(const QString &url) const
{
    const Bundle &b = bundle();
    if (b.parsed.contains(url))
        return b.parsed.value(url);
    {
        QMutexLocker lock(&m_mutex);
        if (m_cached.contains(url))
            return m_cached.value(url);
    }
    const std::optional<CachedDocument> doc = m_lookup ? m_lookup(url) : std::nullopt;
    if (!doc)
        return Error{ErrorCode::UnknownContext,
                     QStringLiteral(
                         "the JSON-LD context %1 is neither bundled with Pathfolio nor in the offline cache")
                         .arg(url.left(500)),
                     QStringLiteral("loading remote context failed")};
    const auto failed = [&url](const QString &why) {
        return Error{ErrorCode::InvalidJsonLd,
                     QStringLiteral("the cached context %1 %2").arg(url.left(500), why),
                     QStringLiteral("loading remote context failed")};
    };
    if (doc->content.size() > kMaxCachedContextSize)
        return failed(QStringLiteral("is %1 bytes, more than a context may be").arg(doc->content.size()));
    auto parsed = JsonReader::parse(doc->content);
    if (!parsed)
        return failed(QStringLiteral("is not JSON: %1").arg(parsed.error().message));
    if (!parsed->isObject())
        return failed(QStringLiteral("is not a JSON object"));
    QMutexLocker lock(&m_mutex);
    m_cached.insert(url, *parsed);
    return *parsed;
}

bool BundledContextLoader::isBundled(const QString &url)
{
    return bundle().parsed.contains(url);
}

std::optional<QByteArray> BundledContextLoader::bundledBytes(const QString &url)
{
    const Bundle &b = bundle();
    if (!b.bytes.contains(url))
        return std::nullopt;
    return b.bytes.value(url);
}

QList<BundledContextLoader::Entry> BundledContextLoader::entries()
{
    return bundle().entries;
}

QList<BundledContextLoader::Entry> BundledContextLoader::variants(const QString &url)
{
    QList<Entry> out;
    for (const Entry &e : bundle().variants) {
        if (e.url == url)
            out.append(e);
    }
    return out;
}

std::optional<QJsonValue> BundledContextLoader::variantDocument(const QString &resource)
{
    const Bundle &b = bundle();
    if (!b.variantDocs.contains(resource))
        return std::nullopt;
    return b.variantDocs.value(resource);
}

} // namespace pf
