#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pf {

// Multibase text: "z" base58btc or "u" base64url after a one-character prefix, strictly decoded.
class Multibase
{
public:
    // draft-multiformats-multibase; only the two bases verifiable credentials use (Bitcoin alphabet for
    // base58).
    enum class Base : char { Base58Btc = 'z', Base64Url = 'u' };

    // The bytes and the base they were written in.
    struct Decoded
    {
        Base base = Base::Base58Btc;
        QByteArray bytes;
    };

    // Longest text decode() accepts: keys and signatures are far shorter, and base58 costs O(n^2).
    static constexpr qsizetype kMaxEncodedLength = 4096;

    static QString encode(Base base, const QByteArray &bytes);
    // Strict: a known prefix, the base's alphabet only, no padding, no white space, and for base64url
    // no stray bits in the last character (so every text has exactly one byte string and vice versa).
    // InvalidArgument with the reason otherwise.
    static Result<Decoded> decode(const QString &text);

    // Bare base58btc, as in publicKeyBase58 (no multibase prefix). Leading '1's are leading zero bytes.
    static QByteArray encodeBase58(const QByteArray &bytes);
    static std::optional<QByteArray> decodeBase58(const QByteArray &text);
};

} // namespace pf
