#include "Iri.h"

#include <QList>

namespace pf {

namespace {

// The five components of RFC 3986 section 3; the flags tell "absent" from "present but empty".
struct IriParts
{
    QStringView scheme;
    QStringView authority;
    QStringView path;
    QStringView query;
    QStringView fragment;
    bool hasScheme = false;
    bool hasAuthority = false;
    bool hasQuery = false;
    bool hasFragment = false;
};

qsizetype schemeLength(QStringView text)
{
    if (text.isEmpty() || !((text[0] >= u'a' && text[0] <= u'z') || (text[0] >= u'A' && text[0] <= u'Z')))
        return -1;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u':')
            return i;
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                             (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
        if (!allowed)
            return -1;
    }
    return -1;
}

IriParts split(QStringView text)
{
    IriParts parts;
    if (const qsizetype n = schemeLength(text); n > 0) {
        parts.hasScheme = true;
        parts.scheme = text.left(n);
        text = text.mid(n + 1);
    }
    if (const qsizetype hash = text.indexOf(u'#'); hash >= 0) {
        parts.hasFragment = true;
        parts.fragment = text.mid(hash + 1);
        text = text.left(hash);
    }
    if (const qsizetype question = text.indexOf(u'?'); question >= 0) {
        parts.hasQuery = true;
        parts.query = text.mid(question + 1);
        text = text.left(question);
    }
    if (text.startsWith(u"//")) {
        parts.hasAuthority = true;
        text = text.mid(2);
        const qsizetype slash = text.indexOf(u'/');
        parts.authority = slash < 0 ? text : text.left(slash);
        text = slash < 0 ? QStringView() : text.mid(slash);
    }
    parts.path = text;
    return parts;
}

} // namespace

bool Iri::isAbsolute(QStringView text)
{
    return schemeLength(text) > 0;
}

bool Iri::isWellFormed(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c == u'<' || c == u'>' || c == u'"' || c == u'{' || c == u'}' ||
            c == u'|' || c == u'\\' || c == u'^' || c == u'`')
            return false;
    }
    return true;
}

QString Iri::removeDotSegments(QStringView path)
{
    if (!path.contains(u'.'))
        return path.toString();
    QList<QStringView> output;
    QStringView input = path;
    while (!input.isEmpty()) {
        if (input.startsWith(u"../")) {
            input = input.mid(3);
        } else if (input.startsWith(u"./")) {
            input = input.mid(2);
        } else if (input.startsWith(u"/./")) {
            input = input.mid(2);
        } else if (input == u"/.") {
            input = u"/";
        } else if (input.startsWith(u"/../")) {
            input = input.mid(3);
            if (!output.isEmpty())
                output.removeLast();
        } else if (input == u"/..") {
            input = u"/";
            if (!output.isEmpty())
                output.removeLast();
        } else if (input == u"." || input == u"..") {
            input = QStringView();
        } else {
            // Move the first segment, with its leading slash, to the output.
            const qsizetype next = input.indexOf(u'/', input.startsWith(u'/') ? 1 : 0);
            const QStringView segment = next < 0 ? input : input.left(next);
            output.append(segment);
            input = next < 0 ? QStringView() : input.mid(next);
        }
    }
    QString result;
    for (const QStringView segment : output)
        result += segment;
    return result;
}

QString Iri::resolve(const QString &base, const QString &reference)
{
    const IriParts r = split(reference);
    if (r.hasScheme) {
        QString out = r.scheme.toString();
        out += u':';
        if (r.hasAuthority) {
            out += u"//";
            out += r.authority;
        }
        out += removeDotSegments(r.path);
        if (r.hasQuery) {
            out += u'?';
            out += r.query;
        }
        if (r.hasFragment) {
            out += u'#';
            out += r.fragment;
        }
        return out;
    }
    const IriParts b = split(base);
    QString authority;
    bool hasAuthority = false;
    QString path;
    QStringView query;
    bool hasQuery = false;
    if (r.hasAuthority) {
        hasAuthority = true;
        authority = r.authority.toString();
        path = removeDotSegments(r.path);
        query = r.query;
        hasQuery = r.hasQuery;
    } else {
        hasAuthority = b.hasAuthority;
        authority = b.authority.toString();
        if (r.path.isEmpty()) {
            path = b.path.toString();
            query = r.hasQuery ? r.query : b.query;
            hasQuery = r.hasQuery || b.hasQuery;
        } else {
            if (r.path.startsWith(u'/')) {
                path = removeDotSegments(r.path);
            } else {
                QString merged;
                if (b.hasAuthority && b.path.isEmpty()) {
                    merged = QStringLiteral("/");
                    merged += r.path;
                } else {
                    const qsizetype slash = b.path.lastIndexOf(u'/');
                    if (slash >= 0)
                        merged = b.path.left(slash + 1).toString();
                    merged += r.path;
                }
                path = removeDotSegments(merged);
            }
            query = r.query;
            hasQuery = r.hasQuery;
        }
    }
    QString out;
    if (b.hasScheme) {
        out = b.scheme.toString();
        out += u':';
    }
    if (hasAuthority) {
        out += u"//";
        out += authority;
    }
    out += path;
    if (hasQuery) {
        out += u'?';
        out += query;
    }
    if (r.hasFragment) {
        out += u'#';
        out += r.fragment;
    }
    return out;
}

} // namespace pf
