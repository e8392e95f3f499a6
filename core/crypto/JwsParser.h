#pragma once

#include "CompactJws.h"
#include "common/Result.h"

namespace pf {

// Splits and decodes a compact JWS (RFC 7515 section 7.1), refusing anything not of that exact shape.
class JwsParser
{
public:
    static Result<CompactJws> parse(const QByteArray &text);
    // Three dot-separated base64url parts: worth trying to parse as a JWS.
    static bool looksLikeJws(const QByteArray &text);
};

} // namespace pf
