#pragma once

#include <QString>
#include <QStringView>

namespace pf {

// IRI references as JSON-LD uses them: absolute or not, and resolution against a base (RFC 3986, 5.2).
class Iri
{
public:
    // True when text starts with a scheme and a colon, which is how JSON-LD tells IRIs from terms.
    static bool isAbsolute(QStringView text);
    // False when text holds characters RFC 3987 never allows in an IRI (spaces, controls, <>"{}|\^`).
    static bool isWellFormed(QStringView text);
    static bool isBlankNode(QStringView text) { return text.startsWith(u"_:"); }

    // Resolves reference against base with the basic algorithm of RFC 3986 section 5.2, without
    // normalization.
    static QString resolve(const QString &base, const QString &reference);

    // RFC 3986 section 5.2.4.
    static QString removeDotSegments(QStringView path);
};

} // namespace pf
