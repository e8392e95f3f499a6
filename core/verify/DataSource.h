#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pf {

// A piece of data a check relied on, where it came from and how old it is.
struct DataSource
{
    QString what;     // "issuer key", "status list", "DID document", ...
    QString location; // the URL or DID it was looked up under
    QString origin;   // "offline cache", "bundled", "the credential itself", "derived from the DID"
    QDateTime date;   // when it entered the cache, if it came from there

    QJsonObject toJson() const;
};

} // namespace pf
