#pragma once

#include "BakedPayload.h"
#include "common/Result.h"

#include <QByteArrayView>

namespace pf {

// Extracts the Open Badges payload baked into an SVG, refusing DTD declarations and entities.
class SvgBadgeParser
{
public:
    static constexpr qsizetype kDefaultMaxPayloadSize = 16 * 1024 * 1024;

    // Reads the first <credential> element in namespace https://purl.imsglobal.org/ob/v3p0 (OB 3.0) or
    // <assertion> in http://openbadges.org (OB 2.0), whatever the prefix. DTD internal subsets, entity
    // declarations and unresolvable entity references are refused before any expansion; external DTDs and
    // entities are never loaded. A DOCTYPE with only an external identifier (<!DOCTYPE svg PUBLIC "..."
    // "...">, common in real badges, including the 1EdTech samples) is accepted and ignored. The payload: the
    // verify attribute when the element has no (non-white-space) body, else the body (text or CDATA; white
    // space outside CDATA sections trimmed, CDATA content kept exactly), as UTF-8. Fails with UnsafeXml (DTD
    // internal subset, entity declaration or reference), CorruptImage (malformed XML, with line and column;
    // root not svg; UTF-16/32), InvalidUtf8 (a UTF-8 document with invalid bytes), NotABadge (no badge
    // element, or an empty one) or PayloadTooLarge.
    static Result<BakedPayload> extract(QByteArrayView svg,
                                        qsizetype maxPayloadSize = kDefaultMaxPayloadSize);
};

} // namespace pf
