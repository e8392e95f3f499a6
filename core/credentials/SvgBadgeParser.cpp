#include "SvgBadgeParser.h"

#include "Utf8Validator.h"
#include "XmlByteScanner.h"

#include <QList>
#include <QXmlStreamReader>
#include <algorithm>

namespace pf {

namespace {

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!isXmlSpace(c))
            return false;
    }
    return true;
}

// UTF-16 and UTF-32 files (by byte order mark or by NUL bytes in the first characters).
bool isWideEncoding(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 4));
    if (head.startsWith(QByteArrayView("\xFE\xFF")) || head.startsWith(QByteArrayView("\xFF\xFE")))
        return true;
    return head.contains('\0');
}

// Refuses a DTD internal subset or a markup declaration (<!ENTITY ...> and the like) anywhere in the file,
// read from the bytes before QXmlStreamReader sees them: QXmlStreamReader would parse the declarations and
// expand internal entities. Other syntax errors are left for QXmlStreamReader, which names line and column.
Status checkDeclarations(QByteArrayView svg)
{
    XmlByteScanner scanner(svg);
    for (;;) {
        const XmlByteScanner::Token t = scanner.next();
        if (t.kind == XmlByteScanner::Kind::End)
            return {};
        if (t.kind == XmlByteScanner::Kind::Doctype && t.internalSubset) {
            const QByteArrayView doctype = svg.sliced(t.begin, t.end - t.begin);
            if (doctype.contains(QByteArrayView("<!ENTITY")))
                return Error{ErrorCode::UnsafeXml,
                             QStringLiteral("the SVG declares entities in its DOCTYPE (byte %1); "
                                            "DTD and entity declarations are refused, nothing "
                                            "was expanded or loaded")
                                 .arg(t.begin)};
            return Error{
                ErrorCode::UnsafeXml,
                QStringLiteral("the SVG has a DTD internal subset in its DOCTYPE (byte %1); DTD declarations "
                               "are refused")
                    .arg(t.begin)};
        }
        if (t.kind == XmlByteScanner::Kind::Error) {
            const QByteArrayView at = svg.sliced(t.begin);
            for (const char *declaration : {"<!ENTITY", "<!ELEMENT", "<!ATTLIST", "<!NOTATION"}) {
                if (at.startsWith(QByteArrayView(declaration)))
                    return Error{ErrorCode::UnsafeXml,
                                 QStringLiteral("the SVG has a %1 declaration at byte %2; refused")
                                     .arg(QLatin1StringView(declaration + 2))
                                     .arg(t.begin)};
            }
            return {};
        }
    }
}

bool isOb3(QStringView ns, QStringView name)
{
    return name == QLatin1StringView(BakedPayload::kSvgElementOb3) &&
           ns == QLatin1StringView(BakedPayload::kSvgNamespaceOb3);
}

bool isOb2(QStringView ns, QStringView name)
{
    return name == QLatin1StringView(BakedPayload::kSvgElementOb2) &&
           ns == QLatin1StringView(BakedPayload::kSvgNamespaceOb2);
}

QString lookedFor()
{
    return QStringLiteral("looked for <credential> in namespace %1 and <assertion> in namespace %2")
        .arg(QLatin1StringView(BakedPayload::kSvgNamespaceOb3),
             QLatin1StringView(BakedPayload::kSvgNamespaceOb2));
}

// Character data directly inside the badge element, in document order.
struct Segment
{
    QString text;
    bool cdata = false;
};

// The body: white space outside the CDATA sections trimmed at both ends, CDATA content kept as is.
QString joinBody(const QList<Segment> &segments)
{
    QString all;
    qsizetype protectedBegin = -1;
    qsizetype protectedEnd = -1;
    for (const Segment &s : segments) {
        if (s.cdata) {
            if (protectedBegin < 0)
                protectedBegin = all.size();
            protectedEnd = all.size() + s.text.size();
        }
        all += s.text;
    }
    if (protectedBegin < 0) {
        protectedBegin = all.size();
        protectedEnd = 0;
    }
    qsizetype begin = 0;
    while (begin < protectedBegin && isXmlSpace(all[begin]))
        ++begin;
    qsizetype end = all.size();
    while (end > protectedEnd && end > begin && isXmlSpace(all[end - 1]))
        --end;
    return all.sliced(begin, end - begin);
}

} // namespace

Result<BakedPayload> SvgBadgeParser::extract(QByteArrayView svg, qsizetype maxPayloadSize)
{
    if (isWideEncoding(svg))
        return Error{ErrorCode::CorruptImage,
                     QStringLiteral("UTF-16 and UTF-32 encoded SVG files are not supported")};
    const QByteArray encoding = XmlByteScanner::declaredEncoding(svg);
    if (encoding.isEmpty() || encoding == "utf-8" || encoding == "utf8") {
        const qsizetype bad = Utf8Validator::firstInvalidOffset(svg);
        if (bad >= 0)
            return Error{ErrorCode::InvalidUtf8,
                         QStringLiteral("the SVG is not valid UTF-8: byte 0x%1 at offset %2")
                             .arg(uchar(svg[bad]), 2, 16, QLatin1Char('0'))
                             .arg(bad)};
    }
    if (Status declarations = checkDeclarations(svg); !declarations)
        return declarations.error();

    QXmlStreamReader reader(QByteArray::fromRawData(svg.data(), svg.size())); // svg outlives the reader
    reader.setNamespaceProcessing(true);
    bool sawRoot = false;
    bool found = false;
    int markers = 0;
    int depth = 0;       // element depth inside the badge element being read; 0 when not inside one
    int markerDepth = 0; // element depth inside any badge element (for counting only outermost ones)
    qsizetype bodySize = 0;
    QList<Segment> segments;
    BakedPayload result;
    result.container = BakedPayload::Container::Svg;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            // checkDeclarations refuses internal subsets from the bytes; this catches anything it missed.
            if (reader.text().contains(u'[') || !reader.entityDeclarations().isEmpty() ||
                !reader.notationDeclarations().isEmpty())
                return Error{ErrorCode::UnsafeXml,
                             QStringLiteral("the SVG has DTD declarations (line %1); refused")
                                 .arg(reader.lineNumber())};
            break;
        case QXmlStreamReader::EntityReference:
            return Error{
                ErrorCode::UnsafeXml,
                QStringLiteral("the SVG refers to the undeclared entity &%1; at line %2, column %3; external "
                               "DTDs are never loaded")
                    .arg(reader.name().toString())
                    .arg(reader.lineNumber())
                    .arg(reader.columnNumber())};
        case QXmlStreamReader::StartElement: {
            if (!sawRoot) {
                sawRoot = true;
                if (reader.name() != u"svg")
                    return Error{ErrorCode::CorruptImage,
                                 QStringLiteral("not an SVG: the root element is <%1>")
                                     .arg(reader.qualifiedName().toString())};
            }
            if (depth > 0) {
                ++depth;
                ++markerDepth;
                break;
            }
            if (markerDepth > 0) {
                ++markerDepth;
                break;
            }
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            const bool ob3 = isOb3(ns, name);
            if (!ob3 && !isOb2(ns, name))
                break;
            ++markers;
            markerDepth = 1;
            if (found)
                break;
            found = true;
            depth = 1;
            result.generation = ob3 ? BakedPayload::Generation::Ob3 : BakedPayload::Generation::Ob2;
            result.marker =
                ob3 ? QStringLiteral("openbadges:credential") : QStringLiteral("openbadges:assertion");
            result.namespaceUri = ns.toString();
            result.qualifiedName = reader.qualifiedName().toString();
            result.line = reader.lineNumber();
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &a : attributes) {
                if (a.name() == u"verify" && (a.namespaceUri().isEmpty() || a.namespaceUri() == ns)) {
                    result.verifyAttribute = a.value().toString();
                    break;
                }
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (markerDepth > 0)
                --markerDepth;
            if (depth > 0)
                --depth;
            break;
        case QXmlStreamReader::Characters:
            if (depth == 1) {
                bodySize += reader.text().size();
                if (bodySize > maxPayloadSize)
                    return Error{ErrorCode::PayloadTooLarge,
                                 QStringLiteral(
                                     "the body of the <%1> element at line %2 is over the limit of %3 bytes")
                                     .arg(result.qualifiedName)
                                     .arg(result.line)
                                     .arg(maxPayloadSize)};
                segments.append({reader.text().toString(), reader.isCDATA()});
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return Error{ErrorCode::CorruptImage, QStringLiteral("malformed SVG at line %1, column %2: %3")
                                                  .arg(reader.lineNumber())
                                                  .arg(reader.columnNumber())
                                                  .arg(reader.errorString())};
    if (!found)
        return Error{ErrorCode::NotABadge,
                     QStringLiteral("no Open Badges data in this SVG: %1").arg(lookedFor())};

    result.markerCount = markers;
    const QString body = joinBody(segments);
    if (!isBlank(body)) {
        result.location = BakedPayload::Location::SvgBody;
        result.payload = body.toUtf8();
    } else if (!result.verifyAttribute.isEmpty()) {
        result.location = BakedPayload::Location::SvgVerifyAttribute;
        result.payload = result.verifyAttribute.toUtf8();
    } else {
        return Error{ErrorCode::NotABadge,
                     QStringLiteral("the <%1> element at line %2 has neither a verify attribute nor a body")
                         .arg(result.qualifiedName)
                         .arg(result.line)};
    }
    if (result.payload.size() > maxPayloadSize)
        return Error{
            ErrorCode::PayloadTooLarge,
            QStringLiteral("the payload of the <%1> element at line %2 is %3 bytes, over the limit of %4")
                .arg(result.qualifiedName)
                .arg(result.line)
                .arg(result.payload.size())
                .arg(maxPayloadSize)};
    return result;
}

} // namespace pf
