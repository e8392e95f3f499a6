#include "Multibase.h"

#include "Base64Url.h"

#include <array>
#include <vector>

namespace pf {

namespace {

constexpr char kBase58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

// Digit value of a base58btc character, or -1.
int base58Digit(char c)
{
    static const std::array<signed char, 128> table = [] {
        std::array<signed char, 128> t{};
        t.fill(-1);
        for (int i = 0; i < 58; ++i)
            t[static_cast<unsigned char>(kBase58Alphabet[i])] = static_cast<signed char>(i);
        return t;
    }();
    const auto u = static_cast<unsigned char>(c);
    return u < 128 ? table[u] : -1;
}

} // namespace

QByteArray Multibase::encodeBase58(const QByteArray &bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    // Base-58 digits, least significant first; each input byte multiplies by 256 and adds.
    std::vector<quint8> digits;
    digits.reserve(static_cast<size_t>(bytes.size()) * 138 / 100 + 1);
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        unsigned carry = static_cast<quint8>(bytes[i]);
        for (quint8 &d : digits) {
            carry += static_cast<unsigned>(d) << 8;
            d = static_cast<quint8>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<quint8>(carry % 58));
            carry /= 58;
        }
    }
    QByteArray out(zeros, '1');
    out.reserve(zeros + static_cast<qsizetype>(digits.size()));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.append(kBase58Alphabet[*it]);
    return out;
}

std::optional<QByteArray> Multibase::decodeBase58(const QByteArray &text)
{
    if (text.size() > kMaxEncodedLength)
        return std::nullopt;
    qsizetype ones = 0;
    while (ones < text.size() && text[ones] == '1')
        ++ones;
    // 32-bit limbs, least significant first, fed up to five digits at a time (58^5 < 2^32): a signature's
    // 88 characters take 18 passes over 16 limbs instead of 88 passes over 64 bytes.
    std::vector<quint32> limbs;
    limbs.reserve(static_cast<size_t>(text.size()) / 5 + 2);
    for (qsizetype i = ones; i < text.size();) {
        quint64 multiplier = 1;
        quint64 chunk = 0;
        for (int n = 0; n < 5 && i < text.size(); ++n, ++i) {
            const int digit = base58Digit(text[i]);
            if (digit < 0)
                return std::nullopt;
            chunk = chunk * 58 + static_cast<quint64>(digit);
            multiplier *= 58;
        }
        quint64 carry = chunk;
        for (quint32 &limb : limbs) {
            carry += static_cast<quint64>(limb) * multiplier;
            limb = static_cast<quint32>(carry);
            carry >>= 32;
        }
        if (carry > 0)
            limbs.push_back(static_cast<quint32>(carry));
    }
    // The limbs as big-endian bytes without leading zeros, after the leading '1's as zero bytes.
    QByteArray out(ones, '\0');
    out.reserve(ones + static_cast<qsizetype>(limbs.size()) * 4);
    bool leading = true;
    for (auto it = limbs.rbegin(); it != limbs.rend(); ++it) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            const auto byte = static_cast<char>((*it >> shift) & 0xff);
            if (leading && byte == 0)
                continue;
            leading = false;
            out.append(byte);
        }
    }
    return out;
}

QString Multibase::encode(Base base, const QByteArray &bytes)
{
    const QByteArray body = base == Base::Base58Btc ? encodeBase58(bytes) : Base64Url::encode(bytes);
    return QLatin1Char(static_cast<char>(base)) + QString::fromLatin1(body);
}

Result<Multibase::Decoded> Multibase::decode(const QString &text)
{
    if (text.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("an empty multibase value")};
    if (text.size() > kMaxEncodedLength + 1) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("a multibase value of %1 characters is longer than the %2 allowed")
                         .arg(text.size())
                         .arg(kMaxEncodedLength)};
    }
    for (QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("a multibase value may hold only printable ASCII characters")};
    }
    const QByteArray body = text.mid(1).toLatin1();
    const QChar prefix = text.front();
    Decoded decoded;
    if (prefix == QLatin1Char('z')) {
        auto bytes = decodeBase58(body);
        if (!bytes)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("the multibase value is not valid base58btc (Bitcoin alphabet)")};
        decoded.base = Base::Base58Btc;
        decoded.bytes = *bytes;
        return decoded;
    }
    if (prefix == QLatin1Char('u')) {
        auto bytes = Base64Url::decode(body);
        // Re-encoding catches non-zero unused bits in the last character: one byte string, one text.
        if (!bytes || Base64Url::encode(*bytes) != body)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("the multibase value is not canonical base64url without padding")};
        decoded.base = Base::Base64Url;
        decoded.bytes = *bytes;
        return decoded;
    }
    return Error{
        ErrorCode::InvalidArgument,
        QStringLiteral("multibase prefix '%1' is not supported (only 'z' base58btc and 'u' base64url)")
            .arg(prefix)};
}

} // namespace pf
