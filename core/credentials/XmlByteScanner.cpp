#include "XmlByteScanner.h"

namespace pf {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameByte(char c)
{
    return !isSpace(c) && c != '/' && c != '>' && c != '<' && c != '=' && c != '"' && c != '\'' && c != '\0';
}

} // namespace

XmlByteScanner::XmlByteScanner(QByteArrayView xml) : m_xml(xml)
{
    if (m_xml.startsWith(QByteArrayView("\xEF\xBB\xBF")))
        m_pos = 3;
}

XmlByteScanner::Token XmlByteScanner::fail(qsizetype at, const QString &message)
{
    m_error = QStringLiteral("%1 at byte %2").arg(message).arg(at);
    m_pos = m_xml.size();
    Token t;
    t.kind = Kind::Error;
    t.begin = at;
    t.end = at;
    return t;
}

bool XmlByteScanner::startsWith(qsizetype at, QByteArrayView what) const
{
    return at <= m_xml.size() && m_xml.sliced(at).startsWith(what);
}

qsizetype XmlByteScanner::find(qsizetype from, QByteArrayView what) const
{
    return from > m_xml.size() ? -1 : m_xml.indexOf(what, from);
}

XmlByteScanner::Token XmlByteScanner::next()
{
    Token t;
    t.begin = m_pos;
    if (m_pos >= m_xml.size()) {
        t.kind = Kind::End;
        t.end = m_pos;
        return t;
    }
    if (m_xml[m_pos] != '<') {
        const qsizetype lt = find(m_pos, "<");
        t.kind = Kind::Text;
        t.end = lt < 0 ? m_xml.size() : lt;
        m_pos = t.end;
        return t;
    }
    auto delimited = [&](Kind kind, qsizetype skip, QByteArrayView terminator, const char *what) {
        const qsizetype at = find(m_pos + skip, terminator);
        if (at < 0)
            return fail(m_pos, QStringLiteral("unterminated %1").arg(QLatin1StringView(what)));
        t.kind = kind;
        t.end = at + terminator.size();
        m_pos = t.end;
        return t;
    };
    if (startsWith(m_pos, "<!--"))
        return delimited(Kind::Comment, 4, "-->", "comment");
    if (startsWith(m_pos, "<![CDATA["))
        return delimited(Kind::CData, 9, "]]>", "CDATA section");
    if (startsWith(m_pos, "<?"))
        return delimited(Kind::ProcessingInstruction, 2, "?>", "processing instruction");
    if (startsWith(m_pos, "<!DOCTYPE"))
        return scanDoctype(m_pos);
    if (startsWith(m_pos, "<!"))
        return fail(m_pos, QStringLiteral("unexpected markup declaration"));
    if (startsWith(m_pos, "</")) {
        qsizetype i = m_pos + 2;
        while (i < m_xml.size() && isNameByte(m_xml[i]))
            ++i;
        t.name = m_xml.sliced(m_pos + 2, i - m_pos - 2);
        const qsizetype gt = find(i, ">");
        if (gt < 0 || t.name.isEmpty())
            return fail(m_pos, QStringLiteral("unterminated end tag"));
        t.kind = Kind::EndTag;
        t.end = gt + 1;
        m_pos = t.end;
        return t;
    }
    return scanStartTag(m_pos);
}

XmlByteScanner::Token XmlByteScanner::scanDoctype(qsizetype begin)
{
    Token t;
    t.kind = Kind::Doctype;
    t.begin = begin;
    qsizetype i = begin + 9;
    while (i < m_xml.size() && isSpace(m_xml[i]))
        ++i;
    const qsizetype nameBegin = i;
    while (i < m_xml.size() && isNameByte(m_xml[i]))
        ++i;
    t.name = m_xml.sliced(nameBegin, i - nameBegin);
    int bracketDepth = 0;
    while (i < m_xml.size()) {
        const char c = m_xml[i];
        if (c == '"' || c == '\'') {
            const qsizetype close = find(i + 1, QByteArrayView(&c, 1));
            if (close < 0)
                break;
            i = close + 1;
            continue;
        }
        if (bracketDepth > 0 && startsWith(i, "<!--")) {
            const qsizetype close = find(i + 4, "-->");
            if (close < 0)
                break;
            i = close + 3;
            continue;
        }
        if (c == '[') {
            t.internalSubset = true;
            ++bracketDepth;
        } else if (c == ']') {
            if (bracketDepth > 0)
                --bracketDepth;
        } else if (c == '>' && bracketDepth == 0) {
            t.end = i + 1;
            m_pos = t.end;
            return t;
        }
        ++i;
    }
    if (t.internalSubset) { // report it even when unterminated: the caller refuses it either way
        t.end = m_xml.size();
        m_pos = t.end;
        return t;
    }
    return fail(begin, QStringLiteral("unterminated DOCTYPE"));
}

XmlByteScanner::Token XmlByteScanner::scanStartTag(qsizetype begin)
{
    Token t;
    t.kind = Kind::StartTag;
    t.begin = begin;
    qsizetype i = begin + 1;
    while (i < m_xml.size() && isNameByte(m_xml[i]))
        ++i;
    t.name = m_xml.sliced(begin + 1, i - begin - 1);
    t.nameEnd = i;
    if (t.name.isEmpty())
        return fail(begin, QStringLiteral("'<' without a tag name"));
    for (;;) {
        while (i < m_xml.size() && isSpace(m_xml[i]))
            ++i;
        if (i >= m_xml.size())
            return fail(begin, QStringLiteral("unterminated start tag"));
        if (m_xml[i] == '>') {
            t.end = i + 1;
            break;
        }
        if (startsWith(i, "/>")) {
            t.selfClosing = true;
            t.end = i + 2;
            break;
        }
        Attribute a;
        const qsizetype nameBegin = i;
        while (i < m_xml.size() && isNameByte(m_xml[i]))
            ++i;
        a.name = m_xml.sliced(nameBegin, i - nameBegin);
        while (i < m_xml.size() && isSpace(m_xml[i]))
            ++i;
        if (a.name.isEmpty() || i >= m_xml.size() || m_xml[i] != '=')
            return fail(i, QStringLiteral("malformed attribute in start tag"));
        ++i;
        while (i < m_xml.size() && isSpace(m_xml[i]))
            ++i;
        if (i >= m_xml.size() || (m_xml[i] != '"' && m_xml[i] != '\''))
            return fail(i, QStringLiteral("unquoted attribute value"));
        const char quote = m_xml[i];
        const qsizetype close = find(i + 1, QByteArrayView(&quote, 1));
        if (close < 0)
            return fail(i, QStringLiteral("unterminated attribute value"));
        a.valueBegin = i + 1;
        a.rawValue = m_xml.sliced(i + 1, close - i - 1);
        a.end = close + 1;
        t.attributes.append(a);
        i = close + 1;
    }
    m_pos = t.end;
    return t;
}

QByteArray XmlByteScanner::declaredEncoding(QByteArrayView xml)
{
    XmlByteScanner scanner(xml);
    const Token t = scanner.next();
    if (t.kind != Kind::ProcessingInstruction || !xml.sliced(t.begin).startsWith(QByteArrayView("<?xml")))
        return {};
    const QByteArrayView decl = xml.sliced(t.begin, t.end - t.begin);
    const qsizetype at = decl.indexOf(QByteArrayView("encoding"));
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < decl.size() && (isSpace(decl[i]) || decl[i] == '='))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const qsizetype close = decl.indexOf(decl[i], i + 1);
    if (close < 0)
        return {};
    return decl.sliced(i + 1, close - i - 1).toByteArray().toLower();
}

QString XmlByteScanner::decodeAttributeValue(QByteArrayView raw)
{
    const QString text = QString::fromUtf8(raw);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'&') {
            // attribute-value normalisation: literal white space becomes a space
            out.append((c == u'\t' || c == u'\n' || c == u'\r') ? QChar(u' ') : c);
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i);
        if (semi < 0) {
            out.append(c);
            continue;
        }
        const QStringView ref = QStringView(text).sliced(i + 1, semi - i - 1);
        char32_t code = 0;
        bool ok = true;
        if (ref == u"amp")
            code = U'&';
        else if (ref == u"lt")
            code = U'<';
        else if (ref == u"gt")
            code = U'>';
        else if (ref == u"quot")
            code = U'"';
        else if (ref == u"apos")
            code = U'\'';
        else if (ref.startsWith(u"#x"))
            code = ref.sliced(2).toUInt(&ok, 16);
        else if (ref.startsWith(u"#"))
            code = ref.sliced(1).toUInt(&ok, 10);
        else
            ok = false;
        if (!ok || code == 0 || code > 0x10FFFF) {
            out.append(c);
            continue;
        }
        out.append(QString::fromUcs4(&code, 1));
        i = semi;
    }
    return out;
}

} // namespace pf
