#include "CredentialRepository.h"

#include "BlobStore.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"

#include <QJsonDocument>

namespace pf {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, sha256, size, format, credential_id, name, issuer_name, issued_at, "
                   "valid_until, derived_json, source_file_name, imported_at FROM credential");

Credential fromRow(const QSqlQuery &q)
{
    Credential c;
    c.id = q.value(0).toLongLong();
    c.sha256 = q.value(1).toString();
    c.size = q.value(2).toLongLong();
    c.format = q.value(3).toString();
    c.credentialId = q.value(4).toString();
    c.name = q.value(5).toString();
    c.issuerName = q.value(6).toString();
    c.issuedAt = sql::toDateTime(q.value(7));
    c.validUntil = sql::toDateTime(q.value(8));
    c.derived = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    c.sourceFileName = q.value(10).toString();
    c.importedAt = sql::toDateTime(q.value(11));
    return c;
}

} // namespace

qint64 CredentialRepository::findBySha256(const QString &sha256) const
{
    return sql::count(m_db, QStringLiteral("SELECT id FROM credential WHERE sha256 = ?"), {sha256});
}

Result<CredentialRepository::Added> CredentialRepository::add(const QByteArray &original,
                                                              const Credential &item)
{
    if (item.format.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a credential needs a format")};
    auto blob = m_blobs.putBytes(original);
    if (!blob)
        return blob.error();
    if (const qint64 existing = findBySha256(blob->sha256))
        return Added{existing, true};
    qint64 id = 0;
    Status saved = m_db.transaction([&]() -> Status {
        if (Status s = sql::requireRows(m_db, QStringLiteral("competency"), QStringLiteral("competency"),
                                        item.competencyIds);
            !s)
            return s;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO credential (sha256, size, format, credential_id, name, issuer_name, "
                           "issued_at, valid_until, derived_json, source_file_name, imported_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {blob->sha256, blob->size, item.format, item.credentialId, item.name, item.issuerName,
             sql::fromDateTime(item.issuedAt), sql::fromDateTime(item.validUntil),
             QString::fromUtf8(QJsonDocument(item.derived).toJson(QJsonDocument::Compact)),
             item.sourceFileName, sql::fromDateTime(QDateTime::currentDateTimeUtc())});
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
                                                            {QStringLiteral("file"), item.sourceFileName}});
    });
    if (!saved)
        return saved.error();
    return Added{id, false};
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
    return m_blobs.read(c->sha256);
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

} // namespace pf
