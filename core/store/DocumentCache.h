#pragma once

#include "CachedDocument.h"
#include "common/Result.h"

#include <QList>

namespace pf {

class BlobStore;
class Database;

// The offline cache: documents stored under their URL, the only place besides bundled data a verifier reads.
class DocumentCache
{
public:
    DocumentCache(Database &db, BlobStore &blobs) : m_db(db), m_blobs(blobs) {}

    // Stores content under url, replacing what was there.
    Status put(const QString &url, const QByteArray &content, const QString &source,
               const QString &mediaType = {});
    Result<CachedDocument> get(const QString &url) const;
    bool contains(const QString &url) const;
    Result<QList<CachedDocument>> list() const;
    Status remove(const QString &url);

    // The URL without its fragment, as documents are stored ("https://x/key.json#k1" ->
    // "https://x/key.json").
    static QString documentUrl(const QString &url);

private:
    Database &m_db;
    BlobStore &m_blobs;
};

} // namespace pf
