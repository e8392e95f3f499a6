#include "DocumentCache.h"

#include "BlobStore.h"
#include "Database.h"
#include "SqlValues.h"

#include <QUrl>

namespace pf {

QString DocumentCache::documentUrl(const QString &url)
{
    const qsizetype hash = url.indexOf(u'#');
    return hash < 0 ? url : url.left(hash);
}

Status DocumentCache::put(const QString &url, const QByteArray &content, const QString &source,
                          const QString &mediaType)
{
    const QString key = documentUrl(url.trimmed());
    const QUrl parsed(key, QUrl::StrictMode);
    if (key.isEmpty() || !parsed.isValid() || parsed.scheme().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not an absolute URL").arg(url)};
    auto blob = m_blobs.putBytes(content);
    if (!blob)
        return blob.error();
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT OR REPLACE INTO cached_document (url, sha256, size, media_type, source, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?)"),
            {key, blob->sha256, blob->size, mediaType, source,
             sql::fromDateTime(QDateTime::currentDateTimeUtc())});
        if (!q)
            return q.error();
        return {};
    });
}

Result<CachedDocument> DocumentCache::get(const QString &url) const
{
    const QString key = documentUrl(url);
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT url, sha256, size, media_type, source, added_at FROM cached_document WHERE url = ?"),
        {key});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("%1 is not in the offline cache").arg(key)};
    CachedDocument d{q->value(0).toString(),      {},
                     q->value(1).toString(),      q->value(2).toLongLong(),
                     q->value(3).toString(),      q->value(4).toString(),
                     sql::toDateTime(q->value(5))};
    q->finish();
    auto content = m_blobs.read(d.sha256);
    if (!content)
        return content.error();
    d.content = *content;
    return d;
}

bool DocumentCache::contains(const QString &url) const
{
    return sql::count(m_db, QStringLiteral("SELECT count(*) FROM cached_document WHERE url = ?"),
                      {documentUrl(url)}) > 0;
}

Result<QList<CachedDocument>> DocumentCache::list() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT url, sha256, size, media_type, source, added_at FROM cached_document ORDER BY url"));
    if (!q)
        return q.error();
    QList<CachedDocument> docs;
    while (q->next()) {
        docs << CachedDocument{q->value(0).toString(),      {},
                               q->value(1).toString(),      q->value(2).toLongLong(),
                               q->value(3).toString(),      q->value(4).toString(),
                               sql::toDateTime(q->value(5))};
    }
    return docs;
}

Status DocumentCache::remove(const QString &url)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("DELETE FROM cached_document WHERE url = ?"), {documentUrl(url)});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{ErrorCode::NotFound, QStringLiteral("%1 is not in the offline cache").arg(url)};
        return {};
    });
}

} // namespace pf
