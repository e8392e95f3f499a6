#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace pf {

// Decodes the compressed bitstring of a status list credential and reads entries from it.
class StatusListDecoder
{
public:
    enum class Encoding { Bitstring, StatusList2021 };

    static constexpr qsizetype kMinimumBits = 131072;        // Bitstring Status List: 16 KiB at least
    static constexpr qsizetype kMaximumBytes = 16 * 1024 * 1024; // inflation stops here

    // Bitstring: multibase "u" + base64url (no padding) of GZIP; StatusList2021: base64 or base64url of GZIP.
    static Result<QByteArray> decode(const QString &encodedList, Encoding encoding);
    // The status value at index (statusSize bits, most significant bit of the first byte is index 0).
    static Result<quint32> valueAt(const QByteArray &bits, qint64 index, int statusSize = 1);
};

} // namespace pf
