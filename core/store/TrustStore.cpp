#include "TrustStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "credentials/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pf {

namespace {

const QString kFormat = QStringLiteral("pathfolio-trust-list");

} // namespace

Status TrustStore::add(const TrustedIssuer &issuer)
{
    if (issuer.id.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a trusted issuer needs an id (a DID or URL)")};
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO trusted_issuer (id, name, note, added_at) VALUES (?, ?, ?, ?)"),
                           {issuer.id.trimmed(), issuer.name, issuer.note,
                            sql::fromDateTime(issuer.addedAt.isValid() ? issuer.addedAt : QDateTime::currentDateTimeUtc())});
        if (!q)
            return q.error();
        return {};
    });
}

Status TrustStore::remove(const QString &id)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("DELETE FROM trusted_issuer WHERE id = ?"), {id});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{ErrorCode::NotFound, QStringLiteral("%1 is not in the trust list").arg(id)};
        return {};
    });
}

Result<QList<TrustedIssuer>> TrustStore::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, note, added_at FROM trusted_issuer ORDER BY lower(name), id"));
    if (!q)
        return q.error();
    QList<TrustedIssuer> issuers;
    while (q->next())
        issuers << TrustedIssuer{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), sql::toDateTime(q->value(3))};
    return issuers;
}

bool TrustStore::isTrusted(const QString &issuerId) const
{
    return !issuerId.isEmpty() && sql::count(m_db, QStringLiteral("SELECT count(*) FROM trusted_issuer WHERE id = ?"), {issuerId}) > 0;
}

Result<TrustedIssuer> TrustStore::get(const QString &issuerId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, note, added_at FROM trusted_issuer WHERE id = ?"), {issuerId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("%1 is not in the trust list").arg(issuerId)};
    return TrustedIssuer{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), sql::toDateTime(q->value(3))};
}

Result<QByteArray> TrustStore::exportJson() const
{
    auto issuers = list();
    if (!issuers)
        return issuers.error();
    QJsonArray array;
    for (const TrustedIssuer &i : *issuers) {
        array.append(QJsonObject{{QStringLiteral("id"), i.id},
                                 {QStringLiteral("name"), i.name},
                                 {QStringLiteral("note"), i.note},
                                 {QStringLiteral("added"), i.addedAt.toUTC().toString(Qt::ISODate)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("issuers"), array}})
        .toJson(QJsonDocument::Indented);
}

Result<int> TrustStore::importJson(const QByteArray &json)
{
    auto parsed = JsonReader::parse(json, 8);
    if (!parsed)
        return parsed.error();
    const QJsonObject doc = parsed->toObject();
    if (doc.value(QStringLiteral("format")).toString() != kFormat)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("this is not a Pathfolio trust list (format \"%1\")").arg(kFormat)};
    if (doc.value(QStringLiteral("version")).toInt() > 1)
        return Error{ErrorCode::StoreTooNew, QStringLiteral("this trust list was written by a newer Pathfolio (version %1)")
                                                 .arg(doc.value(QStringLiteral("version")).toInt())};
    QList<TrustedIssuer> issuers;
    for (const QJsonValue &v : doc.value(QStringLiteral("issuers")).toArray()) {
        const QJsonObject o = v.toObject();
        TrustedIssuer i{o.value(QStringLiteral("id")).toString().trimmed(), o.value(QStringLiteral("name")).toString(),
                        o.value(QStringLiteral("note")).toString(),
                        QDateTime::fromString(o.value(QStringLiteral("added")).toString(), Qt::ISODate)};
        if (i.id.isEmpty())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("entry %1 of the trust list has no id").arg(issuers.size() + 1)};
        issuers << i;
    }
    Status saved = m_db.transaction([&]() -> Status {
        for (const TrustedIssuer &i : issuers) {
            if (Status s = add(i); !s)
                return s;
        }
        return {};
    });
    if (!saved)
        return saved.error();
    return int(issuers.size());
}

} // namespace pf
