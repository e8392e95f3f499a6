#pragma once

#include "PdfAttachment.h"
#include "common/Result.h"

#include <QList>

namespace pf {

// Reads the files embedded in a PDF (the catalogue's /EmbeddedFiles name tree), as pathfolio-cli verify
// and the Verify page need to check an exported portfolio from the PDF alone. The file is treated as
// hostile: every offset, length, nesting and size is bounded, and a structure it cannot follow is an
// error that says where, never a guess.
class PdfAttachmentReader
{
public:
    static constexpr qint64 kMaxTotalSize = 512LL * 1024 * 1024; // of all attachments, inflated
    static constexpr int kMaxAttachments = 10000;

    // Every attachment, in name-tree order; none is not an error.
    static Result<QList<PdfAttachment>> read(const QByteArray &pdf, qint64 maxTotalSize = kMaxTotalSize);
};

} // namespace pf
