#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pf {

// A stored badge or credential: the hashes of its original bytes and the fields derived from them.
struct Credential
{
    qint64 id = 0;
    QString originalSha256; // of the bytes received, kept in the BlobStore
    qint64 originalSize = 0;
    QString contentSha256; // of the credential itself, whatever container it came in: the duplicate key
    QString format;        // ob3-json, ob2-png, ... (see docs/cli.md)
    QString credentialId;  // the id the issuer gave it, when it has one
    QString name;
    QString issuerName;
    QDateTime issuedAt;
    QDateTime validUntil;
    QString imageSha256; // the badge image in the BlobStore, when there is one
    QJsonObject derived; // the normalised view, rebuilt from the original whenever needed
    QString sourceFileName;
    QDateTime importedAt;
    qint64 parentId = 0; // the record or presentation this credential came inside, or 0
    QList<qint64> competencyIds;
};

} // namespace pf
