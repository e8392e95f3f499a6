#include "CredentialRepository.h"

#include "BlobStore.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <algorithm>

namespace pf {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, original_sha256, original_size, format, credential_id, name, issuer_name, "
                   "issued_at, valid_until, derived_json, source_file_name, imported_at, content_sha256, "
                   "ifnull(image_sha256, ''), ifnull(parent_id, 0) FROM credential");

Credential fromRow(const QSqlQuery &q)
{
    Credential c;
    c.id = q.value(0).toLongLong();
    c.originalSha256 = q.value(1).toString();
    c.originalSize = q.value(2).toLongLong();
    c.format = q.value(3).toString();
    c.credentialId = q.value(4).toString();
    c.name = q.value(5).toString();
    c.issuerName = q.value(6).toString();
    c.issuedAt = sql::toDateTime(q.value(7));
    c.validUntil = sql::toDateTime(q.value(8));
    c.derived = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    c.sourceFileName = q.value(10).toString();
    c.importedAt = sql::toDateTime(q.value(11));
    c.contentSha256 = q.value(12).toString();
    c.imageSha256 = q.value(13).toString();
    c.parentId = q.value(14).toLongLong();
    return c;
}

} // namespace

qint64 CredentialRepository::findByContent(const QString &contentSha256) const
{
    return sql::count(m_db, QStringLiteral("SELECT id FROM credential WHERE content_sha256 = ?"),
                      {contentSha256});
}

Result<CredentialRepository::Added> CredentialRepository::add(const QByteArray &original,
                                                              const Credential &item, const QByteArray &image)
{
    if (item.format.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a credential needs a format")};
    if (!item.contentSha256.isEmpty() && !BlobStore::isValidHash(item.contentSha256))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not a SHA-256 hash").arg(item.contentSha256)};
    auto blob = m_blobs.putBytes(original);
    if (!blob)
        return blob.error();
    const QString content = item.contentSha256.isEmpty() ? blob->sha256 : item.contentSha256;
    if (const qint64 existing = findByContent(content))
        return Added{existing, true};
    QVariant imageHash;
    if (!image.isEmpty()) {
        auto stored = m_blobs.putBytes(image);
        if (!stored)
            return stored.error();
        imageHash = stored->sha256;
    }
    qint64 id = 0;
    Status saved = m_db.transaction([&]() -> Status {
        if (Status s = sql::requireRows(m_db, QStringLiteral("competency"), QStringLiteral("competency"),
                                        item.competencyIds);
            !s)
            return s;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO credential (original_sha256, original_size, content_sha256, format, "
                           "credential_id, name, issuer_name, issued_at, valid_until, image_sha256, "
                           "derived_json, source_file_name, imported_at, parent_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {blob->sha256, blob->size, content, item.format, item.credentialId, item.name, item.issuerName,
             sql::fromDateTime(item.issuedAt), sql::fromDateTime(item.validUntil), imageHash,
             QString::fromUtf8(QJsonDocument(item.derived).toJson(QJsonDocument::Compact)),
             item.sourceFileName, sql::fromDateTime(QDateTime::currentDateTimeUtc()),
             item.parentId ? QVariant(item.parentId) : QVariant()});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        if (Status s = sql::replaceLinks(m_db, QStringLiteral("credential_competency"),
                                         QStringLiteral("credential_id"), id, QStringLiteral("competency_id"),
                                         item.competencyIds);
            !s)
            return s;
        return m_search.update({ItemKind::Credential, id}, {{QStringLiteral("name"), item.name},
                                                            {QStringLiteral("issuer"), item.issuerName},
                                                            {QStringLiteral("description"),
                                                             item.derived.value(QStringLiteral("achievement"))
                                                                 .toObject()
                                                                 .value(QStringLiteral("description"))
                                                                 .toString()},
                                                            {QStringLiteral("file"), item.sourceFileName}});
    });
    if (!saved)
        return saved.error();
    return Added{id, false};
}

Result<QList<Credential>> CredentialRepository::children(qint64 parentId) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE parent_id = ? ORDER BY id"), {parentId});
    if (!q)
        return q.error();
    QList<Credential> items;
    while (q->next())
        items << fromRow(*q);
    return items;
}

Result<Credential> CredentialRepository::get(qint64 id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("credential-%1 does not exist").arg(id)};
    Credential c = fromRow(*q);
    auto competencies = sql::links(m_db, QStringLiteral("credential_competency"),
                                   QStringLiteral("credential_id"), id, QStringLiteral("competency_id"));
    if (!competencies)
        return competencies.error();
    c.competencyIds = *competencies;
    return c;
}

Result<QList<Credential>> CredentialRepository::list(int offset, int limit) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" ORDER BY imported_at DESC, id DESC LIMIT ? OFFSET ?"),
                       {limit, offset});
    if (!q)
        return q.error();
    QList<Credential> items;
    while (q->next())
        items << fromRow(*q);
    return items;
}

qint64 CredentialRepository::count() const
{
    return sql::count(m_db, QStringLiteral("SELECT count(*) FROM credential"));
}

Result<QByteArray> CredentialRepository::original(qint64 id) const
{
    auto c = get(id);
    if (!c)
        return c.error();
    return m_blobs.read(c->originalSha256);
}

Result<QByteArray> CredentialRepository::image(qint64 id) const
{
    auto c = get(id);
    if (!c)
        return c.error();
    if (c->imageSha256.isEmpty())
        return Error{ErrorCode::NotFound, QStringLiteral("credential-%1 has no image").arg(id)};
    return m_blobs.read(c->imageSha256);
}

Status CredentialRepository::setCompetencies(qint64 id, const QList<qint64> &competencyIds)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = sql::requireRow(m_db, QStringLiteral("credential"), QStringLiteral("credential"), id);
            !s)
            return s;
        if (Status s = sql::requireRows(m_db, QStringLiteral("competency"), QStringLiteral("competency"),
                                        competencyIds);
            !s)
            return s;
        return sql::replaceLinks(m_db, QStringLiteral("credential_competency"),
                                 QStringLiteral("credential_id"), id, QStringLiteral("competency_id"),
                                 competencyIds);
    });
}

Status CredentialRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = sql::deleteRow(m_db, QStringLiteral("credential"), QStringLiteral("credential"), id);
            !s)
            return s;
        return m_search.remove({ItemKind::Credential, id});
    });
}

Status CredentialRepository::addVerification(qint64 id, const QDateTime &at, const QString &result,
                                             const QJsonObject &report)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = sql::requireRow(m_db, QStringLiteral("credential"), QStringLiteral("credential"), id);
            !s)
            return s;
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO credential_verification (credential_id, verified_at, result, report_json) "
                "VALUES (?, ?, ?, ?)"),
            {id, sql::fromDateTime(at), result,
             QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))});
        if (!q)
            return q.error();
        return {};
    });
}

Result<QList<CredentialRepository::Verification>> CredentialRepository::verifications(qint64 id) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, verified_at, result, report_json FROM credential_verification "
                                 "WHERE credential_id = ? ORDER BY verified_at DESC, id DESC"),
                  {id});
    if (!q)
        return q.error();
    QList<Verification> items;
    while (q->next())
        items << Verification{q->value(0).toLongLong(), sql::toDateTime(q->value(1)), q->value(2).toString(),
                              QJsonDocument::fromJson(q->value(3).toByteArray()).object()};
    return items;
}

Result<QHash<qint64, QString>> CredentialRepository::latestResults(const QList<qint64> &ids) const
{
    // The newest row per credential: the highest (verified_at, id), as verifications() orders them.
    // The ids are integers, so writing them into the SQL is safe; a list shows a page at a time, so
    // there are a few hundred at most.
    QHash<qint64, QString> results;
    if (ids.isEmpty())
        return results;
    QStringList in;
    for (qint64 id : ids)
        in << QString::number(id);
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT c.id, (SELECT w.result FROM credential_verification w WHERE w.credential_id = c.id "
            "ORDER BY w.verified_at DESC, w.id DESC LIMIT 1) FROM credential c WHERE c.id IN (%1)")
            .arg(in.join(u',')));
    if (!q)
        return q.error();
    while (q->next()) {
        if (!q->value(1).isNull())
            results.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    return results;
}

Result<QList<CredentialAttention>> CredentialRepository::attention(const QDateTime &now, int soonDays) const
{
    // The latest report of each credential, with its status check and the reason core gave for its
    // result, read by SQLite's JSON functions so that no report is parsed here.
    auto q = m_db.exec(QStringLiteral(
        "SELECT c.id, c.name, c.valid_until, v.result, "
        "(SELECT json_extract(j.value, '$.result') FROM json_each(v.report_json, '$.checks') j "
        " WHERE json_extract(j.value, '$.check') = 'status'), "
        "(SELECT json_extract(j.value, '$.code') FROM json_each(v.report_json, '$.checks') j "
        " WHERE json_extract(j.value, '$.check') = 'status'), "
        "json_extract(v.report_json, '$.reason') "
        "FROM credential c LEFT JOIN credential_verification v ON v.id = ("
        " SELECT w.id FROM credential_verification w WHERE w.credential_id = c.id "
        " ORDER BY w.verified_at DESC, w.id DESC LIMIT 1)"));
    if (!q)
        return q.error();
    using Reason = CredentialAttention::Reason;
    const QDateTime soon = now.addDays(soonDays);
    QList<CredentialAttention> items;
    while (q->next()) {
        CredentialAttention a;
        a.id = q->value(0).toLongLong();
        a.name = q->value(1).toString();
        a.validUntil = sql::toDateTime(q->value(2));
        const bool verified = !q->value(3).isNull();
        const QString result = q->value(3).toString();
        const QString statusResult = q->value(4).toString();
        const QString statusCode = q->value(5).toString();
        a.code = q->value(6).toString();
        if (statusCode == u"revoked")
            a.reason = Reason::Revoked;
        else if (statusCode == u"suspended")
            a.reason = Reason::Suspended;
        else if (a.validUntil.isValid() && a.validUntil < now)
            a.reason = Reason::Expired;
        else if (result == u"invalid")
            a.reason = Reason::Failed;
        else if (statusResult == u"unknown") {
            a.reason = Reason::StatusUnknown;
            a.code = statusCode;
        } else if (result == u"unknown")
            a.reason = Reason::NotFullyChecked;
        else if (a.validUntil.isValid() && a.validUntil < soon)
            a.reason = Reason::ExpiringSoon;
        else if (!verified)
            a.reason = Reason::Unverified;
        else
            continue;
        if (a.reason != Reason::Failed && a.reason != Reason::StatusUnknown &&
            a.reason != Reason::NotFullyChecked)
            a.code.clear();
        items << a;
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const CredentialAttention &a, const CredentialAttention &b) {
                         if (a.reason != b.reason)
                             return a.reason < b.reason;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    return items;
}

} // namespace pf
