#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace pf {

// A JWS in compact serialization, split and decoded; the signature is not checked here.
struct CompactJws
{
    QByteArray text;         // the compact form as received (trimmed)
    QJsonObject header;      // the protected header
    QByteArray payload;      // decoded payload bytes
    QByteArray signature;    // decoded signature bytes
    QByteArray signingInput; // ASCII(BASE64URL(header) || '.' || BASE64URL(payload))
};

} // namespace pf
