#pragma once

#include <QByteArrayView>

namespace pf {

// Strict UTF-8 validation (RFC 3629: no overlong forms, surrogates or code points above U+10FFFF).
class Utf8Validator
{
public:
    // The byte offset of the first byte that does not start a valid UTF-8 sequence, or -1 when all is valid.
    static qsizetype firstInvalidOffset(QByteArrayView bytes);
    static bool isValid(QByteArrayView bytes) { return firstInvalidOffset(bytes) < 0; }
};

} // namespace pf
