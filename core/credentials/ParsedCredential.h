#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pf {

// One credential found in an input, ready to store: the bytes to keep, what they say, where they came from.
struct ParsedCredential
{
    QString format; // ob3-json, ob2-png, clr-json, vc-status-list, ... (docs/cli.md)
    QByteArray
        original; // the bytes to keep: the whole file, or the credential's own JSON or JWS inside a record
    QByteArray payload;     // the credential itself as text (JSON or compact JWS), out of any image
    QString contentSha256;  // what makes two copies the same credential, whatever their container
    QJsonObject credential; // the credential's JSON (a JWS's decoded payload credential)
    QJsonObject derived;    // the normalised view (docs/credential-fields.md)
    QByteArray image;       // the badge picture: the baked image itself, or a decoded data: URI
    int parent = -1;        // index of the record or presentation it came inside, in the same list
    QString cacheUrl;       // for a status list: the URL under which it goes into the offline cache
};

} // namespace pf
