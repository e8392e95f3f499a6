#include "StatusListDecoder.h"

#include "common/Inflater.h"
#include "crypto/Base64Url.h"

namespace pf {

namespace {

// Inflates gzip data, refusing at the bound instead of inflating a bomb.
Result<QByteArray> gunzip(const QByteArray &compressed)
{
    Inflater::Outcome inflated =
        Inflater::inflate(compressed, Inflater::Format::Gzip, StatusListDecoder::kMaximumBytes);
    switch (inflated.failure) {
    case Inflater::Failure::None:
        return std::move(inflated.data);
    case Inflater::Failure::TooLarge:
        return Error{ErrorCode::PayloadTooLarge,
                     QStringLiteral("the list inflates past %1 bytes").arg(StatusListDecoder::kMaximumBytes)};
    case Inflater::Failure::Truncated:
        return Error{ErrorCode::InvalidArgument, QStringLiteral("the list's GZIP data is truncated")};
    case Inflater::Failure::Corrupt:
        break;
    }
    return Error{ErrorCode::InvalidArgument, QStringLiteral("the list is not valid GZIP data")};
}

} // namespace

Result<QByteArray> StatusListDecoder::decode(const QString &encodedList, Encoding encoding)
{
    QByteArray text = encodedList.toLatin1();
    if (encoding == Encoding::Bitstring) {
        if (!text.startsWith('u'))
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("encodedList must be multibase base64url (start with 'u')")};
        text.remove(0, 1);
    }
    std::optional<QByteArray> compressed = Base64Url::decode(text);
    if (!compressed &&
        encoding == Encoding::StatusList2021) { // older lists use the standard alphabet, padded
        auto standard = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (standard)
            compressed = *standard;
    }
    if (!compressed || compressed->isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("encodedList is not valid base64url")};
    auto bits = gunzip(*compressed);
    if (!bits)
        return bits.error();
    if (encoding == Encoding::Bitstring && bits->size() * 8 < kMinimumBits) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("the list holds %1 entries, fewer than the minimum of %2")
                         .arg(bits->size() * 8)
                         .arg(kMinimumBits)};
    }
    return *bits;
}

Result<quint32> StatusListDecoder::valueAt(const QByteArray &bits, qint64 index, int statusSize)
{
    if (statusSize < 1 || statusSize > 32)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("statusSize %1 is not between 1 and 32").arg(statusSize)};
    const qint64 first = index * statusSize;
    if (index < 0 || first + statusSize > qint64(bits.size()) * 8)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("index %1 is outside the list of %2 entries")
                                                     .arg(index)
                                                     .arg(qint64(bits.size()) * 8 / statusSize)};
    quint32 value = 0;
    for (qint64 bit = first; bit < first + statusSize; ++bit) {
        const auto byte = static_cast<unsigned char>(bits.at(bit / 8));
        value = (value << 1) | ((byte >> (7 - bit % 8)) & 1U);
    }
    return value;
}

} // namespace pf
