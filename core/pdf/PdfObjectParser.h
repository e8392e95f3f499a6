#pragma once

#include "PdfValue.h"
#include "common/Result.h"

namespace pf {

// Reads PDF objects from a file's bytes: the value syntax, "N G obj ... endobj" and where a stream's data
// starts. Bounded for hostile files: nesting depth, string sizes and every read stay inside the bytes.
class PdfObjectParser
{
public:
    static constexpr int kMaxDepth = 64;

    explicit PdfObjectParser(const QByteArray &pdf) : m_pdf(pdf) {}

    // An indirect object at offset: its number, generation and value; for a stream, where its data starts.
    struct Indirect
    {
        int objectNumber = 0;
        int generation = 0;
        PdfValue value;
        qsizetype streamStart = -1;
    };
    Result<Indirect> indirectAt(qsizetype offset) const;

    // The value that starts at *pos (after white space and comments); *pos moves past it.
    Result<PdfValue> valueAt(qsizetype *pos) const;

    // Moves *pos past white space and comments.
    void skipSpace(qsizetype *pos) const;
    // The keyword (a run of regular characters) at *pos, which moves past it.
    QByteArray keywordAt(qsizetype *pos) const;

    static bool isSpace(char c);
    static bool isDelimiter(char c);

private:
    Result<PdfValue> value(qsizetype *pos, int depth) const;
    Result<PdfValue> literalString(qsizetype *pos) const;
    Result<PdfValue> hexString(qsizetype *pos) const;
    Result<PdfValue> name(qsizetype *pos) const;
    Result<PdfValue> number(qsizetype *pos) const;
    Error error(qsizetype pos, const QString &what) const;

    QByteArray m_pdf;
};

} // namespace pf
