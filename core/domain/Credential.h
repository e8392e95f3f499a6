#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pf {

// A stored badge or credential: its original bytes' hash and the fields derived from them.
struct Credential
{
    qint64 id = 0;
    QString sha256; // of the original bytes, kept in the BlobStore
    qint64 size = 0;
    QString format;       // ob3-json, ob2-png, ... (see CLI.md)
    QString credentialId; // the id the issuer gave it, when it has one
    QString name;
    QString issuerName;
    QDateTime issuedAt;
    QDateTime validUntil;
    QJsonObject derived; // the normalised view, rebuilt from the original whenever needed
    QString sourceFileName;
    QDateTime importedAt;
    QList<qint64> competencyIds;
};

} // namespace pf
