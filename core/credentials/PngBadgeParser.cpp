#include "PngBadgeParser.h"

#include "PngChunk.h"
#include "Utf8Validator.h"
#include "common/Inflater.h"

#include <QStringList>
#include <optional>

namespace pf {

namespace {

// Inflates a zlib stream, giving up with PayloadTooLarge as soon as the output passes limit:
// a deflate bomb is never inflated in full.
Result<QByteArray> inflateBounded(QByteArrayView compressed, qsizetype limit, const QString &what)
{
    Inflater::Outcome inflated = Inflater::inflate(compressed, Inflater::Format::Zlib, limit);
    switch (inflated.failure) {
    case Inflater::Failure::None:
        return std::move(inflated.data);
    case Inflater::Failure::TooLarge:
        return Error{
            ErrorCode::PayloadTooLarge,
            QStringLiteral("%1: the text inflates to more than the limit of %2 bytes; inflation stopped")
                .arg(what)
                .arg(limit)};
    case Inflater::Failure::Truncated:
        return Error{ErrorCode::CorruptImage,
                     QStringLiteral("%1: the compressed text ends before its deflate stream does").arg(what)};
    case Inflater::Failure::Corrupt:
        break;
    }
    return Error{
        ErrorCode::CorruptImage,
        QStringLiteral("%1: the compressed text is not a valid zlib stream (%2)").arg(what, inflated.detail)};
}

Error malformed(const QString &what, const QString &problem)
{
    return {ErrorCode::CorruptImage, QStringLiteral("%1 is malformed: %2").arg(what, problem)};
}

} // namespace

bool PngBadgeParser::hasPngSignature(QByteArrayView data)
{
    return data.size() >= PngChunk::kSignatureSize &&
           data.first(PngChunk::kSignatureSize) ==
               QByteArrayView(PngChunk::kSignature, PngChunk::kSignatureSize);
}

Result<BakedPayload> PngBadgeParser::extract(QByteArrayView png, qsizetype maxPayloadSize)
{
    std::optional<PngChunk> found;
    int markers = 0;
    QStringList otherText; // text chunks seen, for the NotABadge message
    const Status walked = PngChunk::walk(png, [&](const PngChunk &chunk) {
        if (chunk.isBadgeChunk()) {
            if (!found)
                found = chunk;
            ++markers;
        } else if ((chunk.isType("iTXt") || chunk.isType("tEXt") || chunk.isType("zTXt")) &&
                   otherText.size() < 8) {
            otherText.append(QStringLiteral("%1 '%2'").arg(QString::fromLatin1(chunk.type),
                                                           QString::fromLatin1(chunk.textKeyword())));
        }
    });
    if (!walked)
        return walked.error();
    if (!found)
        return Error{
            ErrorCode::NotABadge,
            QStringLiteral("no Open Badges data in this PNG: looked for an iTXt, tEXt or zTXt chunk with "
                           "keyword 'openbadgecredential' or 'openbadges'%1")
                .arg(otherText.isEmpty() ? QStringLiteral(", found no text chunks")
                                         : QStringLiteral(", found only %1").arg(otherText.join(u", ")))};

    const PngChunk &chunk = *found;
    const QByteArrayView keyword = chunk.textKeyword();
    BakedPayload result;
    result.container = BakedPayload::Container::Png;
    result.location = BakedPayload::Location::PngText;
    result.chunkType = QString::fromLatin1(chunk.type);
    result.keyword = QString::fromLatin1(keyword);
    result.marker = result.chunkType + u' ' + result.keyword;
    result.chunkOffset = chunk.offset;
    result.markerCount = markers;
    result.generation = keyword == QByteArrayView(BakedPayload::kPngKeywordOb3)
                            ? BakedPayload::Generation::Ob3
                            : BakedPayload::Generation::Ob2;
    const QString what = QStringLiteral("%1 chunk at offset %2").arg(result.marker).arg(chunk.offset);

    QByteArrayView rest = chunk.data.sliced(keyword.size() + 1); // after the keyword's NUL
    QByteArrayView text;
    bool compressed = false;
    if (chunk.isType("tEXt")) {
        text = rest;
        result.latin1 = true;
    } else if (chunk.isType("zTXt")) {
        if (rest.isEmpty())
            return malformed(what, QStringLiteral("no compression method byte"));
        if (rest.front() != 0)
            return malformed(what,
                             QStringLiteral("unknown compression method %1").arg(int(uchar(rest.front()))));
        text = rest.sliced(1);
        compressed = true;
        result.latin1 = true;
    } else { // iTXt
        if (rest.size() < 2)
            return malformed(what, QStringLiteral("no compression flag and method bytes"));
        const int flag = uchar(rest[0]);
        const int method = uchar(rest[1]);
        if (flag > 1)
            return malformed(what, QStringLiteral("compression flag %1, expected 0 or 1").arg(flag));
        if (flag == 1 && method != 0)
            return malformed(what, QStringLiteral("unknown compression method %1").arg(method));
        rest = rest.sliced(2);
        const qsizetype languageEnd = rest.indexOf('\0');
        if (languageEnd < 0)
            return malformed(what, QStringLiteral("no NUL after the language tag"));
        rest = rest.sliced(languageEnd + 1);
        const qsizetype translatedEnd = rest.indexOf('\0');
        if (translatedEnd < 0)
            return malformed(what, QStringLiteral("no NUL after the translated keyword"));
        text = rest.sliced(translatedEnd + 1);
        compressed = flag == 1;
    }

    if (compressed) {
        auto inflated = inflateBounded(text, maxPayloadSize, what);
        if (!inflated)
            return inflated.error();
        result.payload = std::move(inflated).value();
        result.compressed = true;
    } else {
        if (text.size() > maxPayloadSize)
            return Error{ErrorCode::PayloadTooLarge,
                         QStringLiteral("%1: the text is %2 bytes, over the limit of %3")
                             .arg(what)
                             .arg(text.size())
                             .arg(maxPayloadSize)};
        result.payload = text.toByteArray();
    }
    if (result.payload.isEmpty())
        return Error{ErrorCode::NotABadge, QStringLiteral("%1: the badge text is empty").arg(what)};
    if (chunk.isType("iTXt")) {
        const qsizetype bad = Utf8Validator::firstInvalidOffset(result.payload);
        if (bad >= 0)
            return Error{
                ErrorCode::InvalidUtf8,
                QStringLiteral("%1: the text is not valid UTF-8 (byte 0x%2 at offset %3 of the%4 text)")
                    .arg(what)
                    .arg(uchar(result.payload[bad]), 2, 16, QLatin1Char('0'))
                    .arg(bad)
                    .arg(compressed ? QStringLiteral(" inflated") : QString())};
    }
    return result;
}

} // namespace pf
