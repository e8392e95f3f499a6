#include "SvgBadgeBaker.h"

#include "SvgBadgeParser.h"
#include "Utf8Validator.h"
#include "XmlByteScanner.h"

#include <QList>
#include <algorithm>
#include <limits>

namespace pf {

namespace {

constexpr char kPrefix[] = "openbadges";

// Replace [begin, end) with text; an insertion has begin == end.
struct Edit
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray text;
};

// Where the badge elements and the root start tag are, found with XmlByteScanner and namespace scopes.
struct Layout
{
    XmlByteScanner::Token root;
    QList<std::pair<qsizetype, qsizetype>> badges; // byte ranges of the outermost badge elements
    bool prefixUsedElsewhere = false;              // "openbadges:" names outside badge elements
};

bool isBadge(QByteArrayView localName, const QString &ns)
{
    return (localName == QByteArrayView(BakedPayload::kSvgElementOb3) &&
            ns == QLatin1StringView(BakedPayload::kSvgNamespaceOb3)) ||
           (localName == QByteArrayView(BakedPayload::kSvgElementOb2) &&
            ns == QLatin1StringView(BakedPayload::kSvgNamespaceOb2));
}

Result<Layout> locate(QByteArrayView svg)
{
    struct Binding
    {
        int depth;
        QByteArrayView prefix;
        QString uri;
    };
    QList<Binding> bindings;
    auto resolve = [&](QByteArrayView prefix) -> QString {
        for (auto it = bindings.crbegin(); it != bindings.crend(); ++it) {
            if (it->prefix == prefix)
                return it->uri;
        }
        return {};
    };
    auto pop = [&](int depth) {
        while (!bindings.isEmpty() && bindings.constLast().depth >= depth)
            bindings.removeLast();
    };
    const QByteArrayView usedPrefix = QByteArrayView(kPrefix);
    auto usesPrefix = [&](QByteArrayView qname) {
        return qname.size() > usedPrefix.size() && qname.startsWith(usedPrefix) &&
               qname[usedPrefix.size()] == ':';
    };

    Layout layout;
    bool sawRoot = false;
    int depth = 0;
    int badgeDepth = 0; // depth of the badge element being skipped, 0 when outside one
    qsizetype badgeBegin = 0;
    XmlByteScanner scanner(svg);
    for (;;) {
        XmlByteScanner::Token t = scanner.next();
        if (t.kind == XmlByteScanner::Kind::End)
            break;
        if (t.kind == XmlByteScanner::Kind::Error)
            return Error{ErrorCode::CorruptImage,
                         QStringLiteral("the SVG cannot be edited: %1").arg(scanner.errorString())};
        if (t.kind == XmlByteScanner::Kind::Doctype && t.internalSubset)
            return Error{ErrorCode::UnsafeXml, QStringLiteral("the SVG has a DTD internal subset; refused")};
        if (t.kind == XmlByteScanner::Kind::StartTag) {
            ++depth;
            for (const XmlByteScanner::Attribute &a : std::as_const(t.attributes)) {
                if (a.name == QByteArrayView("xmlns"))
                    bindings.append(
                        {depth, QByteArrayView(), XmlByteScanner::decodeAttributeValue(a.rawValue)});
                else if (a.name.startsWith(QByteArrayView("xmlns:")))
                    bindings.append(
                        {depth, a.name.sliced(6), XmlByteScanner::decodeAttributeValue(a.rawValue)});
            }
            if (!sawRoot) {
                sawRoot = true;
                layout.root = t;
            }
            if (badgeDepth == 0) {
                const qsizetype colon = t.name.indexOf(':');
                const QByteArrayView prefix = colon < 0 ? QByteArrayView() : t.name.first(colon);
                const QByteArrayView local = colon < 0 ? t.name : t.name.sliced(colon + 1);
                if (depth > 1 && isBadge(local, resolve(prefix))) {
                    badgeDepth = depth;
                    badgeBegin = t.begin;
                } else {
                    bool used = usesPrefix(t.name);
                    for (const XmlByteScanner::Attribute &a : std::as_const(t.attributes))
                        used = used || usesPrefix(a.name);
                    layout.prefixUsedElsewhere = layout.prefixUsedElsewhere || used;
                }
            }
            if (t.selfClosing) {
                if (badgeDepth == depth) {
                    layout.badges.append({badgeBegin, t.end});
                    badgeDepth = 0;
                }
                pop(depth);
                --depth;
            }
        } else if (t.kind == XmlByteScanner::Kind::EndTag) {
            if (badgeDepth > 0 && badgeDepth == depth) {
                layout.badges.append({badgeBegin, t.end});
                badgeDepth = 0;
            }
            pop(depth);
            --depth;
        }
    }
    if (!sawRoot)
        return Error{ErrorCode::CorruptImage, QStringLiteral("the SVG has no root element")};
    return layout;
}

QByteArray escapeAttribute(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\t': // literal white space in an attribute value would be normalised to a space
            out += "&#9;";
            break;
        case '\n':
            out += "&#10;";
            break;
        case '\r':
            out += "&#13;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// A CDATA body holding text exactly: "]]>" splits the section, and a carriage return (which XML would turn
// into a line feed even inside CDATA) goes between sections as a character reference.
QByteArray cdataBody(QByteArrayView text)
{
    QByteArray out("<![CDATA[");
    out.reserve(text.size() + 24);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += "]]>&#13;<![CDATA[";
        } else if (text[i] == ']' && text.sliced(i).startsWith(QByteArrayView("]]>"))) {
            out += "]]]]><![CDATA[>";
            i += 2;
        } else {
            out += text[i];
        }
    }
    out += "]]>";
    return out;
}

// The first character XML 1.0 cannot carry even escaped (controls other than tab, LF and CR, U+FFFE, U+FFFF),
// as a message, or an empty string.
QString unrepresentable(QByteArrayView utf8)
{
    const QString text = QString::fromUtf8(utf8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
        if (!ok)
            return QStringLiteral("U+%1 (character %2)").arg(uint(c), 4, 16, QLatin1Char('0')).arg(i);
    }
    return {};
}

QByteArray applyEdits(QByteArrayView svg, QList<Edit> edits)
{
    // Back to front, so earlier offsets stay valid; at the same offset the removal goes before the insertion.
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        return a.begin != b.begin ? a.begin > b.begin : a.end > b.end;
    });
    QByteArray out = svg.toByteArray();
    for (const Edit &e : std::as_const(edits))
        out.replace(e.begin, e.end - e.begin, e.text);
    return out;
}

// Checks the SVG the way the parser does; NotABadge is fine here.
Status checkSvg(QByteArrayView svg)
{
    const auto parsed = SvgBadgeParser::extract(svg, std::numeric_limits<qsizetype>::max());
    if (!parsed && parsed.code() != ErrorCode::NotABadge)
        return parsed.error();
    const QByteArray encoding = XmlByteScanner::declaredEncoding(svg);
    if (!encoding.isEmpty() && encoding != "utf-8" && encoding != "utf8")
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("can only bake into a UTF-8 SVG; this one is %1")
                         .arg(QString::fromLatin1(encoding))};
    return {};
}

} // namespace

bool SvgBadgeBaker::isJsonPayload(QByteArrayView payload)
{
    for (char c : payload) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

Result<QByteArray> SvgBadgeBaker::bake(QByteArrayView svg, QByteArrayView payload,
                                       BakedPayload::Generation generation, const QString &verifyUrl,
                                       qsizetype maxPayloadSize)
{
    if (generation != BakedPayload::Generation::Ob2 && generation != BakedPayload::Generation::Ob3)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("bake: choose Open Badges 2.0 or 3.0")};
    const bool ob3 = generation == BakedPayload::Generation::Ob3;
    const bool json = isJsonPayload(payload);
    if (payload.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("bake: the payload is empty")};
    if (payload.size() > maxPayloadSize)
        return Error{ErrorCode::PayloadTooLarge,
                     QStringLiteral("bake: the payload is %1 bytes, over the limit of %2")
                         .arg(payload.size())
                         .arg(maxPayloadSize)};
    if (const qsizetype bad = Utf8Validator::firstInvalidOffset(payload); bad >= 0)
        return Error{ErrorCode::InvalidUtf8,
                     QStringLiteral("bake: the payload is not valid UTF-8 (byte 0x%1 at offset %2)")
                         .arg(uchar(payload[bad]), 2, 16, QLatin1Char('0'))
                         .arg(bad)};
    if (const QString bad = unrepresentable(payload); !bad.isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("bake: the payload holds %1, which XML cannot carry").arg(bad)};
    if (!verifyUrl.isEmpty() && (ob3 || !json))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("bake: a verify URL goes only with an Open Badges 2.0 JSON assertion")};
    if (!verifyUrl.isEmpty() && !unrepresentable(verifyUrl.toUtf8()).isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("bake: the verify URL holds a character XML cannot carry")};
    if (Status ok = checkSvg(svg); !ok)
        return ok.error();
    auto layout = locate(svg);
    if (!layout)
        return layout.error();

    const QByteArray name =
        QByteArray(kPrefix) + ':' + (ob3 ? BakedPayload::kSvgElementOb3 : BakedPayload::kSvgElementOb2);
    const QByteArrayView uri(ob3 ? BakedPayload::kSvgNamespaceOb3 : BakedPayload::kSvgNamespaceOb2);
    const QByteArray xmlnsAttribute = "xmlns:" + QByteArray(kPrefix);

    // The namespace: on <svg>, unless <svg> binds the prefix to another namespace that something else still
    // uses; then on the badge element itself.
    QList<Edit> edits;
    const XmlByteScanner::Token &root = layout->root;
    QByteArray localDeclaration;
    const auto existing =
        std::find_if(root.attributes.cbegin(), root.attributes.cend(),
                     [&](const XmlByteScanner::Attribute &a) { return a.name == xmlnsAttribute; });
    if (existing == root.attributes.cend()) {
        const qsizetype at = root.attributes.isEmpty() ? root.nameEnd : root.attributes.constLast().end;
        edits.append({at, at, ' ' + xmlnsAttribute + "=\"" + uri.toByteArray() + '"'});
    } else if (XmlByteScanner::decodeAttributeValue(existing->rawValue) != QLatin1StringView(uri)) {
        if (layout->prefixUsedElsewhere)
            localDeclaration = ' ' + xmlnsAttribute + "=\"" + uri.toByteArray() + '"';
        else
            edits.append(
                {existing->valueBegin, existing->valueBegin + existing->rawValue.size(), uri.toByteArray()});
    }

    QByteArray element = '<' + name + localDeclaration;
    if (json) {
        if (!verifyUrl.isEmpty())
            element += " verify=\"" + escapeAttribute(verifyUrl.toUtf8()) + '"';
        element += '>' + cdataBody(payload) + "</" + name + '>';
    } else {
        element += " verify=\"" + escapeAttribute(payload) + '"';
        element += ob3 ? QByteArray("></" + name + '>') : QByteArray("/>");
    }

    for (const auto &[begin, end] : std::as_const(layout->badges))
        edits.append({begin, end, {}});
    if (root.selfClosing)
        edits.append({root.end - 2, root.end, '>' + element + "</" + root.name.toByteArray() + '>'});
    else
        edits.append({root.end, root.end, element});
    QByteArray baked = applyEdits(svg, edits);

    // The edit must read back as exactly this payload, under exactly one marker.
    const auto check = SvgBadgeParser::extract(baked, maxPayloadSize);
    if (!check)
        return Error{check.code(),
                     QStringLiteral("bake: the baked SVG does not read back: %1").arg(check.error().message)};
    if (check->payload != payload || check->markerCount != 1 || check->generation != generation)
        return Error{
            ErrorCode::InvalidArgument,
            QStringLiteral("bake: the baked SVG does not read back the same payload under one marker")};
    return baked;
}

Result<QByteArray> SvgBadgeBaker::strip(QByteArrayView svg)
{
    if (Status ok = checkSvg(svg); !ok)
        return ok.error();
    auto layout = locate(svg);
    if (!layout)
        return layout.error();
    QList<Edit> edits;
    for (const auto &[begin, end] : std::as_const(layout->badges))
        edits.append({begin, end, {}});
    return applyEdits(svg, edits);
}

} // namespace pf
