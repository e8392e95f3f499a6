#pragma once

#include "BakedPayload.h"
#include "common/Result.h"

#include <QByteArrayView>

namespace pf {

// Extracts the Open Badges payload baked into a PNG, checking every chunk on the way; safe with any input.
class PngBadgeParser
{
public:
    static constexpr qsizetype kDefaultMaxPayloadSize = 16 * 1024 * 1024;

    // Reads the first chunk, in file order, that is an iTXt with keyword openbadgecredential (OB 3.0) or
    // openbadges (OB 2.0), or a tEXt, zTXt or compressed iTXt with one of those keywords (older or careless
    // bakers write them). All chunks are checked (bounds, CRC-32, IHDR first, IEND present) before that.
    // The payload, or: CorruptImage (signature, truncation, CRC, chunk layout, broken deflate stream),
    // NotABadge (no badge chunk, or an empty one), PayloadTooLarge (over the limit, checked while inflating),
    // InvalidUtf8 (iTXt text that is not UTF-8).
    static Result<BakedPayload> extract(QByteArrayView png,
                                        qsizetype maxPayloadSize = kDefaultMaxPayloadSize);

    // True when the data starts with the PNG signature.
    static bool hasPngSignature(QByteArrayView data);
};

} // namespace pf
