#include "Multicodec.h"

namespace pf {

QByteArray Multicodec::encodeVarint(quint64 value)
{
    Q_ASSERT(value < (quint64(1) << 63));
    QByteArray out;
    do {
        quint8 byte = value & 0x7f;
        value >>= 7;
        if (value != 0)
            byte |= 0x80;
        out.append(static_cast<char>(byte));
    } while (value != 0);
    return out;
}

std::optional<Multicodec::Varint> Multicodec::decodeVarint(const QByteArray &bytes)
{
    Varint v;
    for (int i = 0; i < kMaxVarintBytes && i < bytes.size(); ++i) {
        const auto byte = static_cast<quint8>(bytes[i]);
        v.value |= quint64(byte & 0x7f) << (7 * i);
        if ((byte & 0x80) == 0) {
            // Minimal: a last byte of zero only when it is the only byte.
            if (byte == 0 && i > 0)
                return std::nullopt;
            v.length = i + 1;
            return v;
        }
    }
    return std::nullopt; // truncated, or a continuation bit on the ninth byte
}

QByteArray Multicodec::prefix(quint64 code, const QByteArray &body)
{
    return encodeVarint(code) + body;
}

std::optional<Multicodec::Prefixed> Multicodec::split(const QByteArray &bytes)
{
    auto v = decodeVarint(bytes);
    if (!v)
        return std::nullopt;
    return Prefixed{v->value, bytes.mid(v->length)};
}

QString Multicodec::name(quint64 code)
{
    switch (code) {
    case kEd25519Pub:
        return QStringLiteral("ed25519-pub");
    case kP256Pub:
        return QStringLiteral("p256-pub");
    case kP384Pub:
        return QStringLiteral("p384-pub");
    case kP521Pub:
        return QStringLiteral("p521-pub");
    case kX25519Pub:
        return QStringLiteral("x25519-pub");
    case kSecp256k1Pub:
        return QStringLiteral("secp256k1-pub");
    case kRsaPub:
        return QStringLiteral("rsa-pub");
    case kEd25519Priv:
        return QStringLiteral("ed25519-priv");
    case kSecp256k1Priv:
        return QStringLiteral("secp256k1-priv");
    case kP256Priv:
        return QStringLiteral("p256-priv");
    case kP384Priv:
        return QStringLiteral("p384-priv");
    default:
        return QStringLiteral("0x%1").arg(code, 0, 16);
    }
}

} // namespace pf
