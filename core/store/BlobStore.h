#pragma once

#include "BlobInfo.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace pf {

// Content-addressed files (SHA-256) beside the database: written atomically, deduplicated, hash-checked.
class BlobStore
{
public:
    static constexpr qint64 kDefaultMaxFileSize = 512LL * 1024 * 1024;

    explicit BlobStore(QString rootDir, qint64 maxFileSize = kDefaultMaxFileSize);

    Status initialise(); // creates the folders; fails when the folder cannot be written

    Result<BlobInfo> putFile(const QString &path);
    // Now: the blob is on disk when this returns. Deferred: it is once syncDeferred() returns; for bulk
    // work, where the rows that refer to the blobs are written only after syncDeferred().
    enum class Durability { Now, Deferred };

    Result<BlobInfo> putBytes(const QByteArray &bytes, Durability durability = Durability::Now);
    Status syncDeferred();

    // The stored bytes, or BlobCorrupt when they no longer hash to the name they are stored under.
    Result<QByteArray> read(const QString &sha256) const;
    Status verify(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    QString pathFor(const QString &sha256) const;

    // Removes blobs not in keep and temporary files an interrupted write left behind, when older than
    // minAgeSeconds: a younger one may belong to another process whose transaction has not committed yet.
    int collectGarbage(const QSet<QString> &keep, qint64 minAgeSeconds = 3600);

    qint64 maxFileSize() const { return m_maxFileSize; }
    void setMaxFileSize(qint64 bytes) { m_maxFileSize = bytes; }

    static bool isValidHash(const QString &sha256);

private:
    Result<BlobInfo> commit(const QString &tempPath, const QString &sha256, qint64 size);

    QString m_root;
    qint64 m_maxFileSize;
    int m_unsynced = 0;
};

} // namespace pf
