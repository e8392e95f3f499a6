#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace pf {

// One chunk of a PNG file, as views into the file's bytes, and the checked walk over all of them.
struct PngChunk
{
    // Specification: PNG (ISO/IEC 15948, W3C PNG Third Edition) sections 5.2-5.4 and 11.3.3.
    static constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
    static constexpr qsizetype kSignatureSize = 8;
    static constexpr quint32 kMaxLength = 0x7fffffffU; // the PNG limit on a chunk's data length

    QByteArrayView type; // four ASCII letters
    QByteArrayView data;
    qsizetype offset = 0; // of the chunk's length field in the file

    qsizetype size() const { return 12 + data.size(); } // length + type + data + CRC
    bool isType(const char *fourLetters) const { return type == QByteArrayView(fourLetters, 4); }

    // tEXt, zTXt and iTXt: the keyword, the bytes before the first NUL (empty when there is none).
    QByteArrayView textKeyword() const;
    // An iTXt, tEXt or zTXt chunk with keyword openbadgecredential or openbadges.
    bool isBadgeChunk() const;

    // Checks the signature, then every chunk from IHDR to IEND: bounds, type letters and CRC-32.
    // Calls visit for each chunk in file order, IEND included; sets *end to the offset just past IEND.
    // Bytes after IEND are not read. Fails with CorruptImage and a message naming the chunk and offset.
    static Status walk(QByteArrayView png, const std::function<void(const PngChunk &)> &visit,
                       qsizetype *end = nullptr);

    // A complete chunk (length, type, data, CRC) ready to write.
    static QByteArray serialise(QByteArrayView type, QByteArrayView data);
};

} // namespace pf
