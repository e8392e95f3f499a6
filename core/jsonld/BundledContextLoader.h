#pragma once

#include "DocumentLoader.h"
#include "store/CachedDocument.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace pf {

// Serves JSON-LD contexts from the ones compiled into Pathfolio, then from the user's offline cache; never
// the network.
class BundledContextLoader : public DocumentLoader
{
public:
    // Same shape as VerificationContext::Lookup: the cached document stored under a URL, or nothing.
    using Lookup = std::function<std::optional<CachedDocument>(const QString &url)>;

    // A bundled context: the URL it answers for and the resource file holding its bytes.
    struct Entry
    {
        QString url;
        QString resource;  // ":/contexts/w3.org/ns/credentials/v2.jsonld"
        QByteArray sha256; // lower-case hex, as index.json states it
        QString note;      // variants: how this copy differs from the primary one
    };

    // Most bytes a cached document may have to be used as a context.
    static constexpr qsizetype kMaxCachedContextSize = 1024 * 1024;

    explicit BundledContextLoader(Lookup lookup = {});

    // Bundled first, then the cache. UnknownContext naming the URL when neither has it; InvalidJsonLd
    // (detail "loading remote context failed") when the cached copy is not a JSON object.
    Result<QJsonValue> load(const QString &url) const override;

    // Whether url is one of the compiled-in contexts (variants do not count).
    static bool isBundled(const QString &url);
    // The exact bytes of a compiled-in context, or nothing.
    static std::optional<QByteArray> bundledBytes(const QString &url);
    // Every compiled-in context, in index.json order.
    static QList<Entry> entries();
    // Older contents known for the same URL (OB context-3.0.3.json), for diagnosing a credential signed with
    // one.
    static QList<Entry> variants(const QString &url);
    // A variant's parsed document, or nothing when resource is not a bundled variant.
    static std::optional<QJsonValue> variantDocument(const QString &resource);

private:
    Lookup m_lookup;
    mutable QMutex m_mutex;
    mutable QHash<QString, QJsonValue> m_cached; // cache documents already parsed by this loader
};

} // namespace pf
