#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace pf {

// Multicodec prefixes (multiformats table): an unsigned varint code in front of the bytes it describes.
class Multicodec
{
public:
    // The codes key material is tagged with; only the first three are public signing keys Pathfolio uses.
    static constexpr quint64 kEd25519Pub = 0xed;
    static constexpr quint64 kP256Pub = 0x1200;
    static constexpr quint64 kP384Pub = 0x1201;
    static constexpr quint64 kP521Pub = 0x1202;
    static constexpr quint64 kX25519Pub = 0xec;
    static constexpr quint64 kSecp256k1Pub = 0xe7;
    static constexpr quint64 kRsaPub = 0x1205;
    static constexpr quint64 kEd25519Priv = 0x1300;
    static constexpr quint64 kSecp256k1Priv = 0x1301;
    static constexpr quint64 kP256Priv = 0x1306;
    static constexpr quint64 kP384Priv = 0x1307;

    // The multiformats unsigned varint: at most 9 bytes (63 bits), minimal encoding only.
    static constexpr int kMaxVarintBytes = 9;

    // A varint read from the front of some bytes.
    struct Varint
    {
        quint64 value = 0;
        int length = 0; // bytes it took
    };

    // A code and the bytes after it.
    struct Prefixed
    {
        quint64 code = 0;
        QByteArray body;
    };

    static QByteArray encodeVarint(quint64 value); // value must fit in 63 bits
    // Nothing for a truncated, over-long (more than 9 bytes) or non-minimal varint.
    static std::optional<Varint> decodeVarint(const QByteArray &bytes);

    static QByteArray prefix(quint64 code, const QByteArray &body);
    static std::optional<Prefixed> split(const QByteArray &bytes);

    // The table name of a code ("ed25519-pub"), or its hex value for codes not listed above.
    static QString name(quint64 code);
};

} // namespace pf
