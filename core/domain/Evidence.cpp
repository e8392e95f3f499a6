#include "Evidence.h"

#include <QMimeDatabase>

namespace pf {

EvidenceFile::Preview EvidenceFile::preview() const
{
    if (mediaType.startsWith(u"image/"))
        return Preview::Image;
    if (mediaType == u"application/pdf")
        return Preview::Pdf;
    // JSON, XML, CSV, Markdown and source code all descend from text/plain in the shared MIME database.
    const QMimeType type = QMimeDatabase().mimeTypeForName(mediaType);
    if (type.isValid() && type.inherits(QStringLiteral("text/plain")))
        return Preview::Text;
    return Preview::None;
}

QString Evidence::kindName(Kind kind)
{
    switch (kind) {
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Link:
        return QStringLiteral("link");
    case Kind::Note:
        return QStringLiteral("note");
    }
    return {};
}

bool Evidence::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::File, Kind::Link, Kind::Note}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace pf
