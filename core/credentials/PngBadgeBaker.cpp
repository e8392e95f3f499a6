#include "PngBadgeBaker.h"

#include "PngChunk.h"
#include "Utf8Validator.h"

namespace pf {

namespace {

// Copies the PNG without its badge chunks; when itxt is not empty, writes it just before IEND.
Result<QByteArray> rewrite(QByteArrayView png, const QByteArray &itxt)
{
    QByteArray out;
    out.reserve(png.size() + itxt.size());
    out.append(PngChunk::kSignature, PngChunk::kSignatureSize);
    qsizetype end = 0;
    const Status walked = PngChunk::walk(
        png,
        [&](const PngChunk &chunk) {
            if (chunk.isBadgeChunk())
                return;
            if (chunk.isType("IEND"))
                out.append(itxt);
            out.append(png.sliced(chunk.offset, chunk.size()));
        },
        &end);
    if (!walked)
        return walked.error();
    out.append(png.sliced(end)); // whatever followed IEND stays as it was
    return out;
}

} // namespace

Result<QByteArray> PngBadgeBaker::bake(QByteArrayView png, QByteArrayView payload,
                                       BakedPayload::Generation generation, qsizetype maxPayloadSize)
{
    const char *keyword = nullptr;
    switch (generation) {
    case BakedPayload::Generation::Ob3:
        keyword = BakedPayload::kPngKeywordOb3;
        break;
    case BakedPayload::Generation::Ob2:
        keyword = BakedPayload::kPngKeywordOb2;
        break;
    case BakedPayload::Generation::Unknown:
        break;
    }
    if (!keyword)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("bake: choose Open Badges 2.0 or 3.0")};
    if (payload.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("bake: the payload is empty")};
    if (payload.size() > maxPayloadSize)
        return Error{ErrorCode::PayloadTooLarge,
                     QStringLiteral("bake: the payload is %1 bytes, over the limit of %2")
                         .arg(payload.size())
                         .arg(maxPayloadSize)};
    const qsizetype bad = Utf8Validator::firstInvalidOffset(payload);
    if (bad >= 0)
        return Error{
            ErrorCode::InvalidUtf8,
            QStringLiteral("bake: the payload is not valid UTF-8 (byte 0x%1 at offset %2); iTXt text must be")
                .arg(uchar(payload[bad]), 2, 16, QLatin1Char('0'))
                .arg(bad)};

    // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text.
    QByteArray data(keyword);
    data.append('\0');
    data.append('\0');
    data.append('\0');
    data.append('\0');
    data.append('\0');
    data.append(payload);
    if (static_cast<quint64>(data.size()) > PngChunk::kMaxLength)
        return Error{ErrorCode::PayloadTooLarge,
                     QStringLiteral("bake: the payload does not fit one PNG chunk")};
    return rewrite(png, PngChunk::serialise("iTXt", data));
}

Result<QByteArray> PngBadgeBaker::strip(QByteArrayView png)
{
    return rewrite(png, {});
}

} // namespace pf
