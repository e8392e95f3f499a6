#pragma once

#include "TrustedIssuer.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace pf {

class Database;

// The user's list of trusted issuers, importable and exportable as JSON.
class TrustStore
{
public:
    explicit TrustStore(Database &db) : m_db(db) {}

    Status add(const TrustedIssuer &issuer); // replaces an entry with the same id
    Status remove(const QString &id);
    Result<QList<TrustedIssuer>> list() const;
    bool isTrusted(const QString &issuerId) const;
    Result<TrustedIssuer> get(const QString &issuerId) const;

    // {"format": "pathfolio-trust-list", "version": 1, "issuers": [{id, name, note, added}]}
    Result<QByteArray> exportJson() const;
    // Adds every issuer in the document; returns how many. Nothing is added if the document is invalid.
    Result<int> importJson(const QByteArray &json);

private:
    Database &m_db;
};

} // namespace pf
