#include "PdfCrossReference.h"

#include "common/Inflater.h"

#include <QSet>

namespace pf {

namespace {

constexpr int kMaxSections = 64;    // incremental updates followed back through /Prev
constexpr int kMaxIndirection = 16; // references to references
constexpr qsizetype kTailSearch = 4096;

Error malformed(const QString &what)
{
    return {ErrorCode::MalformedPdf, what};
}

} // namespace

Result<PdfCrossReference> PdfCrossReference::read(const QByteArray &pdf)
{
    if (!pdf.startsWith("%PDF-"))
        return malformed(QStringLiteral("the file does not start with %PDF-, so it is not a PDF"));
    const qsizetype from = qMax<qsizetype>(0, pdf.size() - kTailSearch);
    const qsizetype keyword = pdf.lastIndexOf("startxref");
    if (keyword < from)
        return malformed(
            QStringLiteral("no startxref near the end of the file: it is truncated or not a PDF"));
    PdfCrossReference xref(pdf);
    qsizetype pos = keyword + 9;
    auto offset = xref.m_parser.valueAt(&pos);
    if (!offset || !offset->isInteger())
        return malformed(QStringLiteral("startxref is not followed by an offset"));
    xref.m_startXref = qsizetype(offset->toInteger());

    QSet<qsizetype> seen;
    qsizetype section = xref.m_startXref;
    for (int i = 0;; ++i) {
        if (i == kMaxSections)
            return malformed(QStringLiteral("more than %1 cross-reference sections").arg(kMaxSections));
        if (seen.contains(section))
            return malformed(
                QStringLiteral("the cross-reference sections form a loop at byte %1").arg(section));
        seen.insert(section);
        if (Status s = xref.readSection(section, i == 0); !s)
            return s.error();
        ++xref.m_sections;
        const PdfValue *prev = xref.m_sectionTrailer.value("Prev");
        if (!prev)
            break;
        if (!prev->isInteger())
            return malformed(QStringLiteral("a trailer's /Prev is not an offset"));
        section = qsizetype(prev->toInteger());
    }
    if (!xref.m_trailer.value("Root"))
        return malformed(QStringLiteral("the trailer has no /Root, so the document has no catalogue"));
    return xref;
}

Status PdfCrossReference::readSection(qsizetype offset, bool newest)
{
    if (offset < 0 || offset >= m_pdf.size())
        return malformed(QStringLiteral("a cross-reference offset (%1) outside the file").arg(offset));
    qsizetype pos = offset;
    if (m_parser.keywordAt(&pos) != "xref") {
        pos = offset;
        if (m_parser.indirectAt(offset).ok())
            return malformed(QStringLiteral(
                "the cross-reference is compressed (a PDF 1.5 cross-reference stream), which Pathfolio does "
                "not "
                "read: this PDF was not written by Pathfolio, or was saved again by another program"));
        return malformed(QStringLiteral("no cross-reference table at byte %1").arg(offset));
    }
    for (;;) {
        qsizetype at = pos;
        const QByteArray word = m_parser.keywordAt(&at);
        if (word == "trailer") {
            pos = at;
            break;
        }
        auto first = m_parser.valueAt(&pos);
        auto count = first ? m_parser.valueAt(&pos) : first;
        if (!first || !count || !first->isInteger() || !count->isInteger() || first->number < 0 ||
            count->number < 0 || first->number + count->number > 1.0e7)
            return malformed(QStringLiteral("a malformed cross-reference subsection at byte %1").arg(at));
        const int start = int(first->toInteger());
        const int n = int(count->toInteger());
        for (int k = 0; k < n; ++k) {
            auto where = m_parser.valueAt(&pos);
            auto generation = where ? m_parser.valueAt(&pos) : where;
            const QByteArray kind = generation ? m_parser.keywordAt(&pos) : QByteArray();
            if (!where || !generation || !where->isInteger() || (kind != "n" && kind != "f"))
                return malformed(QStringLiteral("a malformed cross-reference entry at byte %1").arg(pos));
            // The newest section is read first: an object an update replaced keeps its newest offset.
            if (kind == "n" && !m_offsets.contains(start + k))
                m_offsets.insert(start + k, qsizetype(where->toInteger()));
        }
    }
    auto trailer = m_parser.valueAt(&pos);
    if (!trailer || trailer->type != PdfValue::Type::Dictionary)
        return malformed(QStringLiteral("the trailer after byte %1 is not a dictionary").arg(offset));
    m_sectionTrailer = std::move(trailer).value();
    if (newest)
        m_trailer = m_sectionTrailer;
    return {};
}

int PdfCrossReference::size() const
{
    const PdfValue *size = m_trailer.value("Size");
    return size && size->isInteger() ? int(size->toInteger()) : 0;
}

Result<PdfValue> PdfCrossReference::object(int objectNumber) const
{
    const auto it = m_offsets.constFind(objectNumber);
    if (it == m_offsets.constEnd())
        return malformed(QStringLiteral("object %1 is not in the cross-reference").arg(objectNumber));
    auto indirect = m_parser.indirectAt(*it);
    if (!indirect)
        return indirect.error();
    if (indirect->objectNumber != objectNumber)
        return malformed(QStringLiteral("the cross-reference points object %1 at object %2")
                             .arg(objectNumber)
                             .arg(indirect->objectNumber));
    return std::move(indirect->value);
}

Result<PdfValue> PdfCrossReference::resolve(const PdfValue &value) const
{
    PdfValue current = value;
    for (int i = 0; current.type == PdfValue::Type::Reference; ++i) {
        if (i == kMaxIndirection)
            return malformed(
                QStringLiteral("references that lead to references more than %1 times").arg(kMaxIndirection));
        auto next = object(current.objectNumber);
        if (!next)
            return next;
        current = std::move(next).value();
    }
    return current;
}

Result<QByteArray> PdfCrossReference::streamData(int objectNumber, qint64 maxSize) const
{
    const auto it = m_offsets.constFind(objectNumber);
    if (it == m_offsets.constEnd())
        return malformed(QStringLiteral("stream %1 is not in the cross-reference").arg(objectNumber));
    auto indirect = m_parser.indirectAt(*it);
    if (!indirect)
        return indirect.error();
    if (indirect->streamStart < 0)
        return malformed(QStringLiteral("object %1 is not a stream").arg(objectNumber));
    const PdfValue *lengthValue = indirect->value.value("Length");
    if (!lengthValue)
        return malformed(QStringLiteral("stream %1 has no /Length").arg(objectNumber));
    // A /Length given by reference must not lead back into this stream.
    auto length = lengthValue->type == PdfValue::Type::Reference && lengthValue->objectNumber == objectNumber
                      ? Result<PdfValue>(malformed(
                            QStringLiteral("stream %1's /Length refers to itself").arg(objectNumber)))
                      : resolve(*lengthValue);
    if (!length)
        return length.error();
    if (!length->isInteger() || length->number < 0 ||
        length->toInteger() > qint64(m_pdf.size()) - qint64(indirect->streamStart))
        return malformed(
            QStringLiteral("stream %1's /Length runs past the end of the file").arg(objectNumber));
    const QByteArrayView raw(m_pdf.constData() + indirect->streamStart, qsizetype(length->toInteger()));

    const PdfValue *filter = indirect->value.value("Filter");
    if (filter && filter->type == PdfValue::Type::Array && filter->items.size() == 1)
        filter = &filter->items.front();
    if (!filter || filter->type == PdfValue::Type::Null) {
        if (raw.size() > maxSize)
            return Error{ErrorCode::FileTooLarge,
                         QStringLiteral("stream %1 is larger than %2 bytes").arg(objectNumber).arg(maxSize)};
        return raw.toByteArray();
    }
    if (!filter->isName("FlateDecode") || indirect->value.value("DecodeParms"))
        return malformed(
            QStringLiteral("stream %1 uses a filter other than plain /FlateDecode").arg(objectNumber));
    Inflater::Outcome inflated = Inflater::inflate(raw, Inflater::Format::Zlib, qsizetype(maxSize));
    switch (inflated.failure) {
    case Inflater::Failure::None:
        return std::move(inflated.data);
    case Inflater::Failure::TooLarge:
        return Error{ErrorCode::FileTooLarge,
                     QStringLiteral("stream %1 inflates past %2 bytes; inflation stopped")
                         .arg(objectNumber)
                         .arg(maxSize)};
    case Inflater::Failure::Truncated:
        return malformed(QStringLiteral("stream %1's compressed data is cut short").arg(objectNumber));
    case Inflater::Failure::Corrupt:
        break;
    }
    return malformed(
        QStringLiteral("stream %1's compressed data is damaged (%2)").arg(objectNumber).arg(inflated.detail));
}

} // namespace pf
