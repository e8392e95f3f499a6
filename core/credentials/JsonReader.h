#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonValue>

namespace pf {

// Parses untrusted JSON: valid UTF-8 only, nesting bounded, errors located by line and column.
class JsonReader
{
public:
    static constexpr int kDefaultMaxDepth = 64;

    // An object or array; a UTF-8 byte-order mark is allowed and ignored.
    static Result<QJsonValue> parse(const QByteArray &bytes, int maxDepth = kDefaultMaxDepth);

    // "line L, column C" of a byte offset, counting columns in characters.
    static QString position(const QByteArray &bytes, qsizetype offset);
};

} // namespace pf
