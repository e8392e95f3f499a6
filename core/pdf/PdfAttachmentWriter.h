#pragma once

#include "PdfAttachment.h"
#include "common/Result.h"

#include <QList>

namespace pf {

// Embeds files in a PDF that another writer made (QPdfWriter, which cannot, see docs/pdf-export.md), as an
// incremental update appended to its bytes: the files as compressed /EmbeddedFile streams listed in the
// catalogue's /EmbeddedFiles and /AF, and a new document information dictionary, since Qt 6.4 cannot set
// the author either. The bytes Qt wrote stay as they are.
class PdfAttachmentWriter
{
public:
    struct Information
    {
        QString title;
        QString author;
        QString subject;
        QString keywords;
        QString creator;
        QDateTime created;
    };

    static Result<QByteArray> write(const QByteArray &pdf, const QList<PdfAttachment> &attachments,
                                    const Information &information);

    // A date in the PDF's own form (7.9.4), D:YYYYMMDDHHmmSSZ.
    static QByteArray pdfDate(const QDateTime &at);
};

} // namespace pf
