#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pf {

// A file embedded in a PDF (ISO 32000-1, 7.11.4): its name, what it is, and its bytes exactly.
struct PdfAttachment
{
    QString name;        // the file name a viewer offers to save it under
    QString description; // shown beside it in a viewer's attachments panel
    QString mediaType;   // e.g. application/json
    QByteArray data;
    QDateTime modified;
};

} // namespace pf
