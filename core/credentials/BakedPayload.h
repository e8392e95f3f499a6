#pragma once

#include <QByteArray>
#include <QString>

namespace pf {

// The badge text baked into a PNG or SVG, exactly as stored, and the marker it was found under.
struct BakedPayload
{
    // Specifications: Open Badges Baking 1.0 (OB 2.0) and Open Badges 3.0 section 5.3 "Baked badges".
    enum class Container { Png, Svg };

    // The Open Badges generation a marker implies. Only a hint: the payload decides in the end.
    enum class Generation { Unknown = 0, Ob2 = 2, Ob3 = 3 };

    // Where the payload was stored.
    enum class Location {
        PngText,            // the text of an iTXt, tEXt or zTXt chunk
        SvgVerifyAttribute, // the verify="..." attribute of the badge element (a JWS or a hosted URL)
        SvgBody,            // the text or CDATA body of the badge element (JSON)
    };

    // The markers, shared by the parsers and bakers.
    static constexpr char kPngKeywordOb3[] = "openbadgecredential";
    static constexpr char kPngKeywordOb2[] = "openbadges";
    static constexpr char kSvgNamespaceOb3[] = "https://purl.imsglobal.org/ob/v3p0";
    static constexpr char kSvgNamespaceOb2[] = "http://openbadges.org";
    static constexpr char kSvgElementOb3[] = "credential";
    static constexpr char kSvgElementOb2[] = "assertion";

    QByteArray payload; // the exact bytes stored (inflated when the chunk was compressed)
    Container container = Container::Png;
    Location location = Location::PngText;
    Generation generation = Generation::Unknown;

    // PNG: "iTXt openbadgecredential", "iTXt openbadges", "tEXt openbadges", "zTXt openbadges".
    // SVG: "openbadges:credential" or "openbadges:assertion" (canonical prefix, whatever the file uses).
    QString marker;
    QString chunkType;       // PNG: iTXt, tEXt or zTXt
    QString keyword;         // PNG: openbadgecredential or openbadges
    qint64 chunkOffset = 0;  // PNG: byte offset of the chunk's length field
    bool compressed = false; // PNG: the text was deflated (zTXt, or iTXt with compression flag 1)
    bool latin1 = false;     // PNG: tEXt/zTXt text, which the PNG specification defines as Latin-1, not UTF-8

    QString namespaceUri;    // SVG: the badge element's namespace
    QString qualifiedName;   // SVG: the element name as written, e.g. "openbadges:assertion"
    QString verifyAttribute; // SVG: the verify attribute, also when the body was taken as the payload
    qint64 line = 0;         // SVG: line of the badge element's start tag

    int markerCount =
        1; // how many badge markers the image holds; the specifications allow one, the first wins
};

} // namespace pf
