#pragma once

#include "PdfObjectParser.h"

#include <QHash>

namespace pf {

// A PDF's cross-reference: where each object starts and the trailer, followed back through every
// incremental update. Reads the classic table that Qt and most writers produce; a compressed one
// (PDF 1.5 cross-reference streams) is refused with a reason, as is any loop or offset outside the file.
class PdfCrossReference
{
public:
    static constexpr qint64 kMaxStreamSize = 512LL * 1024 * 1024;

    static Result<PdfCrossReference> read(const QByteArray &pdf);

    // The newest trailer, with /Root, /Size, /Info and /ID.
    const PdfValue &trailer() const { return m_trailer; }
    // Where the newest cross-reference section starts: an update's /Prev.
    qsizetype startXref() const { return m_startXref; }
    // The trailer's /Size: the first object number an update may use.
    int size() const;
    // How many cross-reference sections the file has: one, plus one per incremental update.
    int sectionCount() const { return m_sections; }

    // The value of object objectNumber (a stream's dictionary for a stream).
    Result<PdfValue> object(int objectNumber) const;
    // value itself, or the object it refers to (references to references followed a bounded number of times).
    Result<PdfValue> resolve(const PdfValue &value) const;
    // The decoded data of stream object objectNumber (no filter or /FlateDecode), at most maxSize bytes.
    Result<QByteArray> streamData(int objectNumber, qint64 maxSize = kMaxStreamSize) const;

private:
    explicit PdfCrossReference(const QByteArray &pdf) : m_pdf(pdf), m_parser(pdf) {}
    Status readSection(qsizetype offset, bool newest);

    QByteArray m_pdf;
    PdfObjectParser m_parser;
    PdfValue m_trailer;        // the newest section's
    PdfValue m_sectionTrailer; // the section just read, for its /Prev
    qsizetype m_startXref = 0;
    QHash<int, qsizetype> m_offsets;
    int m_sections = 0;
};

} // namespace pf
