#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pf {

// A document in the offline cache: what it is, where it came from and since when it is here.
struct CachedDocument
{
    QString url;
    QByteArray content; // empty in listings
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString source; // a file path, or the credential it arrived with
    QDateTime addedAt;
};

} // namespace pf
