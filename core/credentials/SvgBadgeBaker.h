#pragma once

#include "BakedPayload.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pf {

// Bakes an Open Badges payload into an SVG by editing its bytes, everything else left byte-identical.
class SvgBadgeBaker
{
public:
    // The badge element (OB 3.0: <openbadges:credential>; OB 2.0: <openbadges:assertion>) becomes the first
    // child of <svg>, xmlns:openbadges is declared on <svg>, and any badge element already there is removed.
    // A compact JWS (or any payload not starting with '{' or '[', such as a hosted assertion URL) goes in
    // verify="..." with no body; JSON goes in a CDATA body. verifyUrl (OB 2.0 JSON only) adds the hosted
    // assertion's URL as the verify attribute next to the body.
    // Fails with what SvgBadgeParser refuses (UnsafeXml for a DTD, CorruptImage, InvalidUtf8) other than
    // NotABadge, InvalidArgument (empty payload, Generation::Unknown, a character XML cannot carry, a
    // non-UTF-8 SVG), InvalidUtf8 (payload) or PayloadTooLarge.
    static Result<QByteArray> bake(QByteArrayView svg, QByteArrayView payload,
                                   BakedPayload::Generation generation, const QString &verifyUrl = {},
                                   qsizetype maxPayloadSize = 16 * 1024 * 1024);

    // The SVG without its badge elements, every other byte as it was (the namespace declaration is kept).
    static Result<QByteArray> strip(QByteArrayView svg);

    // True when the payload is baked as a CDATA body: its first non-white-space byte is '{' or '['.
    static bool isJsonPayload(QByteArrayView payload);
};

} // namespace pf
