#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>

namespace pf {

// Makes the small pictures a PDF portfolio shows: badge images, evidence images and the first page of
// evidence PDFs, each from a file on disk and fitted in a square of maxSide pixels.
// Files are decoded over every core; one that cannot be decoded simply has no thumbnail.
class Thumbnailer
{
public:
    enum class Kind { Image, Pdf };
    struct Request
    {
        QString key; // what the caller finds the picture by, e.g. a SHA-256
        QString path;
        Kind kind = Kind::Image;
    };

    static constexpr int kDefaultSide = 220;

    static QHash<QString, QImage> make(const QList<Request> &requests, int maxSide = kDefaultSide);
    static QImage make(const Request &request, int maxSide = kDefaultSide);
};

} // namespace pf
