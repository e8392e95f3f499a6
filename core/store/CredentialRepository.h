#pragma once

#include "common/Result.h"
#include "domain/Credential.h"
#include "domain/CredentialAttention.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace pf {

class BlobStore;
class Database;
class SearchIndex;

// Stored credentials: original bytes in the BlobStore, derived fields and the verification history here.
class CredentialRepository
{
public:
    // The outcome of add(): the credential's id and whether it was already in the library.
    struct Added
    {
        qint64 id = 0;
        bool alreadyPresent = false;
    };

    // A verification report kept in a credential's history.
    struct Verification
    {
        qint64 id = 0;
        QDateTime verifiedAt;
        QString result;
        QJsonObject report;
    };

    CredentialRepository(Database &db, BlobStore &blobs, SearchIndex &search)
        : m_db(db), m_blobs(blobs), m_search(search)
    {
    }

    // Stores original unchanged with the fields in item (and image, the badge picture, if given).
    // The same credential again (same contentSha256, or the same bytes when it is empty) is reported
    // as present. Call inside a transaction to store a record and the credentials within it together.
    Result<Added> add(const QByteArray &original, const Credential &item, const QByteArray &image = {});
    Result<Credential> get(qint64 id) const;
    Result<QList<Credential>> list(int offset = 0, int limit = -1) const;
    qint64 count() const;
    qint64 findByContent(const QString &contentSha256) const;
    // The credentials that came inside a record or presentation.
    Result<QList<Credential>> children(qint64 parentId) const;
    // Exactly the bytes that were received.
    Result<QByteArray> original(qint64 id) const;
    // The badge image, or NotFound when the credential has none.
    Result<QByteArray> image(qint64 id) const;
    Status setCompetencies(qint64 id, const QList<qint64> &competencyIds);
    Status remove(qint64 id);

    Status addVerification(qint64 id, const QDateTime &at, const QString &result, const QJsonObject &report);
    Result<QList<Verification>> verifications(qint64 id) const;
    // The result of the latest verification of each of ids; credentials never verified are absent.
    Result<QHash<qint64, QString>> latestResults(const QList<qint64> &ids) const;
    // The credentials that need the learner's attention at now, most serious first: revoked, suspended,
    // expired, failed, status unknown, not fully checked, expiring within soonDays, never verified; one
    // reason each, then by name.
    Result<QList<CredentialAttention>> attention(const QDateTime &now, int soonDays = 90) const;

private:
    Database &m_db;
    BlobStore &m_blobs;
    SearchIndex &m_search;
};

} // namespace pf
