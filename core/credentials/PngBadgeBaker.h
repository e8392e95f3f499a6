#pragma once

#include "BakedPayload.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pf {

// Bakes an Open Badges payload into a PNG as one uncompressed iTXt chunk, all other chunks untouched.
class PngBadgeBaker
{
public:
    // The new PNG: the iTXt chunk (compression flag 0, method 0, empty language tag and translated keyword)
    // just before IEND, any badge chunk already there removed, every other chunk byte-identical and in order.
    // generation picks the keyword: Ob3 -> openbadgecredential, Ob2 -> openbadges.
    // Fails with CorruptImage (the PNG does not pass PngChunk::walk), InvalidArgument (empty payload or
    // Generation::Unknown), PayloadTooLarge (over maxPayloadSize) or InvalidUtf8 (iTXt text must be UTF-8).
    static Result<QByteArray> bake(QByteArrayView png, QByteArrayView payload,
                                   BakedPayload::Generation generation,
                                   qsizetype maxPayloadSize = 16 * 1024 * 1024);

    // The PNG without any badge chunk (iTXt, tEXt or zTXt with a badge keyword), all else byte-identical.
    static Result<QByteArray> strip(QByteArrayView png);
};

} // namespace pf
