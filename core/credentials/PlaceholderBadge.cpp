#include "PlaceholderBadge.h"

#include <QtEndian>
#include <zlib.h>

namespace pf {

namespace {

void appendChunk(QByteArray &png, const char type[4], const QByteArray &data)
{
    char length[4];
    qToBigEndian<quint32>(quint32(data.size()), length);
    png.append(length, 4);
    QByteArray body(type, 4);
    body.append(data);
    png.append(body);
    char crc[4];
    qToBigEndian<quint32>(
        quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))), crc);
    png.append(crc, 4);
}

} // namespace

QByteArray PlaceholderBadge::png(int size)
{
    // RGBA scanlines, each prefixed with filter type 0: a teal disc with a lighter ring, transparent outside.
    QByteArray raw;
    raw.reserve(size * (size * 4 + 1));
    const double c = (size - 1) / 2.0;
    const double r = size / 2.0 - 1;
    for (int y = 0; y < size; ++y) {
        raw.append('\0');
        for (int x = 0; x < size; ++x) {
            const double d = std::hypot(x - c, y - c);
            if (d > r) {
                raw.append(4, '\0');
            } else if (d > r * 0.86) {
                raw.append(char(0x5c)).append(char(0xb8)).append(char(0xb2)).append(char(0xff));
            } else {
                raw.append(char(0x1f)).append(char(0x6f)).append(char(0x8b)).append(char(0xff));
            }
        }
    }
    uLongf compressedSize = compressBound(uLong(raw.size()));
    QByteArray compressed(qsizetype(compressedSize), '\0');
    compress2(reinterpret_cast<Bytef *>(compressed.data()), &compressedSize,
              reinterpret_cast<const Bytef *>(raw.constData()), uLong(raw.size()), 9);
    compressed.resize(qsizetype(compressedSize));

    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(quint32(size), ihdr.data());
    qToBigEndian<quint32>(quint32(size), ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 6; // colour type RGBA
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", ihdr);
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", {});
    return png;
}

QByteArray PlaceholderBadge::svg(const QString &title)
{
    const QString escaped = title.toHtmlEscaped();
    return QStringLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" viewBox=\"0 0 256 "
               "256\">\n"
               "  <title>%1</title>\n"
               "  <circle cx=\"128\" cy=\"128\" r=\"126\" fill=\"#5cb8b2\"/>\n"
               "  <circle cx=\"128\" cy=\"128\" r=\"108\" fill=\"#1f6f8b\"/>\n"
               "  <path d=\"M84 132 l30 30 l60 -64\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"16\" "
               "stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n"
               "</svg>\n")
        .arg(escaped)
        .toUtf8();
}

} // namespace pf
