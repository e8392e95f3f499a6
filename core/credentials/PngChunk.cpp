#include "PngChunk.h"

#include "BakedPayload.h"

#include <QtEndian>
#include <algorithm>
#include <zlib.h>

namespace pf {

namespace {

quint32 readBigEndian32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

quint32 crcOf(QByteArrayView typeAndData)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    // A chunk is at most 2^31-1 + 4 bytes, which fits zlib's uInt length.
    crc = crc32(crc, reinterpret_cast<const Bytef *>(typeAndData.data()),
                static_cast<uInt>(typeAndData.size()));
    return static_cast<quint32>(crc);
}

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

QString hexOf(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

// The chunk type for messages: the four letters, or their hex when they are not letters.
QString typeName(QByteArrayView type)
{
    for (char c : type) {
        if (!isAsciiLetter(c))
            return hexOf(type);
    }
    return QString::fromLatin1(type);
}

Error corrupt(const QString &message)
{
    return {ErrorCode::CorruptImage, message};
}

} // namespace

QByteArrayView PngChunk::textKeyword() const
{
    const qsizetype nul = data.indexOf('\0');
    return nul < 0 ? QByteArrayView() : data.first(nul);
}

bool PngChunk::isBadgeChunk() const
{
    if (!isType("iTXt") && !isType("tEXt") && !isType("zTXt"))
        return false;
    const QByteArrayView keyword = textKeyword();
    return keyword == QByteArrayView(BakedPayload::kPngKeywordOb3) ||
           keyword == QByteArrayView(BakedPayload::kPngKeywordOb2);
}

Status PngChunk::walk(QByteArrayView png, const std::function<void(const PngChunk &)> &visit, qsizetype *end)
{
    if (png.size() < kSignatureSize ||
        png.first(kSignatureSize) != QByteArrayView(kSignature, kSignatureSize)) {
        const QByteArrayView head = png.first(std::min(png.size(), kSignatureSize));
        return corrupt(QStringLiteral("not a PNG: the signature is %1 (%2 bytes), expected %3")
                           .arg(head.isEmpty() ? QStringLiteral("empty") : hexOf(head))
                           .arg(head.size())
                           .arg(hexOf(QByteArrayView(kSignature, kSignatureSize))));
    }
    qsizetype pos = kSignatureSize;
    bool first = true;
    for (;;) {
        const qsizetype remaining = png.size() - pos;
        if (remaining == 0)
            return corrupt(
                QStringLiteral("truncated PNG: no IEND chunk, the data ends at offset %1").arg(pos));
        if (remaining < 12)
            return corrupt(
                QStringLiteral("truncated PNG: a chunk at offset %1 needs at least 12 bytes, %2 remain")
                    .arg(pos)
                    .arg(remaining));
        const quint32 length = readBigEndian32(png.data() + pos);
        const QByteArrayView type = png.sliced(pos + 4, 4);
        if (length > kMaxLength)
            return corrupt(
                QStringLiteral("chunk '%1' at offset %2 declares a length of %3 bytes, over the PNG "
                               "limit of 2^31-1")
                    .arg(typeName(type))
                    .arg(pos)
                    .arg(length));
        for (char c : type) {
            if (!isAsciiLetter(c))
                return corrupt(
                    QStringLiteral("chunk at offset %1 has an invalid type %2 (not four ASCII letters)")
                        .arg(pos)
                        .arg(hexOf(type)));
        }
        // remaining >= 12 here, so the subtraction cannot go negative and nothing overflows.
        if (static_cast<quint64>(length) > static_cast<quint64>(remaining - 12))
            return corrupt(
                QStringLiteral("truncated PNG: chunk '%1' at offset %2 declares %3 data bytes, but only "
                               "%4 bytes remain for data and CRC")
                    .arg(typeName(type))
                    .arg(pos)
                    .arg(length)
                    .arg(remaining - 8));
        const qsizetype dataSize = static_cast<qsizetype>(length);
        const quint32 stored = readBigEndian32(png.data() + pos + 8 + dataSize);
        const quint32 computed = crcOf(png.sliced(pos + 4, 4 + dataSize));
        if (stored != computed)
            return corrupt(QStringLiteral("CRC mismatch in chunk '%1' at offset %2: stored %3, computed %4")
                               .arg(typeName(type))
                               .arg(pos)
                               .arg(hex32(stored), hex32(computed)));
        PngChunk chunk;
        chunk.type = type;
        chunk.data = png.sliced(pos + 8, dataSize);
        chunk.offset = pos;
        if (first) {
            if (!chunk.isType("IHDR"))
                return corrupt(QStringLiteral("the first chunk is '%1' at offset %2, expected IHDR")
                                   .arg(typeName(type))
                                   .arg(pos));
            if (dataSize != 13)
                return corrupt(QStringLiteral("the IHDR chunk at offset %1 has %2 data bytes, expected 13")
                                   .arg(pos)
                                   .arg(dataSize));
            first = false;
        } else if (chunk.isType("IHDR")) {
            return corrupt(QStringLiteral("a second IHDR chunk at offset %1").arg(pos));
        }
        if (visit)
            visit(chunk);
        pos += chunk.size();
        if (chunk.isType("IEND")) {
            if (end)
                *end = pos;
            return {};
        }
    }
}

QByteArray PngChunk::serialise(QByteArrayView type, QByteArrayView data)
{
    Q_ASSERT(type.size() == 4);
    Q_ASSERT(static_cast<quint64>(data.size()) <= kMaxLength);
    QByteArray out;
    out.reserve(12 + data.size());
    char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(data.size()), length);
    out.append(length, 4);
    out.append(type);
    out.append(data);
    char crc[4];
    qToBigEndian<quint32>(crcOf(QByteArrayView(out).sliced(4)), crc);
    out.append(crc, 4);
    return out;
}

} // namespace pf
