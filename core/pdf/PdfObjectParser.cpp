#include "PdfObjectParser.h"

#include <cctype>

namespace pf {

bool PdfObjectParser::isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool PdfObjectParser::isDelimiter(char c)
{
    return QByteArrayView("()<>[]{}/%").contains(c);
}

Error PdfObjectParser::error(qsizetype pos, const QString &what) const
{
    return {ErrorCode::MalformedPdf, QStringLiteral("%1 at byte %2").arg(what).arg(pos)};
}

void PdfObjectParser::skipSpace(qsizetype *pos) const
{
    qsizetype p = *pos;
    while (p < m_pdf.size()) {
        const char c = m_pdf.at(p);
        if (isSpace(c)) {
            ++p;
        } else if (c == '%') {
            while (p < m_pdf.size() && m_pdf.at(p) != '\n' && m_pdf.at(p) != '\r')
                ++p;
        } else {
            break;
        }
    }
    *pos = p;
}

QByteArray PdfObjectParser::keywordAt(qsizetype *pos) const
{
    skipSpace(pos);
    const qsizetype start = *pos;
    while (*pos < m_pdf.size() && !isSpace(m_pdf.at(*pos)) && !isDelimiter(m_pdf.at(*pos)))
        ++*pos;
    return m_pdf.mid(start, *pos - start);
}

Result<PdfValue> PdfObjectParser::valueAt(qsizetype *pos) const
{
    return value(pos, 0);
}

Result<PdfValue> PdfObjectParser::value(qsizetype *pos, int depth) const
{
    if (depth > kMaxDepth)
        return error(*pos, QStringLiteral("objects nested deeper than %1").arg(kMaxDepth));
    skipSpace(pos);
    if (*pos >= m_pdf.size())
        return error(*pos, QStringLiteral("the file ends inside an object"));
    const char c = m_pdf.at(*pos);
    if (c == '(')
        return literalString(pos);
    if (c == '/')
        return name(pos);
    if (c == '<' && *pos + 1 < m_pdf.size() && m_pdf.at(*pos + 1) == '<') {
        *pos += 2;
        PdfValue dict = PdfValue::dictionary();
        for (;;) {
            skipSpace(pos);
            if (*pos + 1 < m_pdf.size() && m_pdf.at(*pos) == '>' && m_pdf.at(*pos + 1) == '>') {
                *pos += 2;
                return dict;
            }
            if (*pos >= m_pdf.size() || m_pdf.at(*pos) != '/')
                return error(*pos, QStringLiteral("a dictionary key that is not a name"));
            auto key = name(pos);
            if (!key)
                return key;
            auto v = value(pos, depth + 1);
            if (!v)
                return v;
            dict.insert(key->text, std::move(v).value());
        }
    }
    if (c == '<')
        return hexString(pos);
    if (c == '[') {
        ++*pos;
        PdfValue array = PdfValue::array();
        for (;;) {
            skipSpace(pos);
            if (*pos < m_pdf.size() && m_pdf.at(*pos) == ']') {
                ++*pos;
                return array;
            }
            auto v = value(pos, depth + 1);
            if (!v)
                return v;
            array.append(std::move(v).value());
        }
    }
    if (c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')) {
        auto n = number(pos);
        if (!n || !n->isInteger() || n->number < 0)
            return n;
        // "N G R" is a reference: look ahead without consuming anything else.
        qsizetype ahead = *pos;
        skipSpace(&ahead);
        if (ahead < m_pdf.size() && m_pdf.at(ahead) >= '0' && m_pdf.at(ahead) <= '9') {
            auto generation = number(&ahead);
            if (generation && generation->isInteger() && generation->number >= 0 &&
                generation->number < 65536) {
                if (keywordAt(&ahead) == "R" && n->number < 1.0e7) {
                    *pos = ahead;
                    return PdfValue::reference(int(n->number), int(generation->number));
                }
            }
        }
        return n;
    }
    const qsizetype start = *pos;
    const QByteArray keyword = keywordAt(pos);
    if (keyword == "true" || keyword == "false") {
        PdfValue v;
        v.type = PdfValue::Type::Boolean;
        v.boolean = keyword == "true";
        return v;
    }
    if (keyword == "null")
        return PdfValue();
    return error(
        start,
        keyword.isEmpty()
            ? QStringLiteral("an unexpected '%1'").arg(QLatin1Char(c))
            : QStringLiteral("an unexpected keyword \"%1\"").arg(QString::fromLatin1(keyword.left(32))));
}

Result<PdfValue> PdfObjectParser::number(qsizetype *pos) const
{
    const qsizetype start = *pos;
    qsizetype p = start;
    if (p < m_pdf.size() && (m_pdf.at(p) == '+' || m_pdf.at(p) == '-'))
        ++p;
    bool digits = false;
    bool point = false;
    while (p < m_pdf.size() && p - start < 64) {
        const char c = m_pdf.at(p);
        if (c >= '0' && c <= '9')
            digits = true;
        else if (c == '.' && !point)
            point = true;
        else
            break;
        ++p;
    }
    if (!digits)
        return error(start, QStringLiteral("a malformed number"));
    PdfValue v;
    v.type = PdfValue::Type::Number;
    v.text = m_pdf.mid(start, p - start);
    v.number = v.text.toDouble();
    *pos = p;
    return v;
}

Result<PdfValue> PdfObjectParser::name(qsizetype *pos) const
{
    qsizetype p = *pos + 1; // past '/'
    QByteArray n;
    while (p < m_pdf.size() && !isSpace(m_pdf.at(p)) && !isDelimiter(m_pdf.at(p))) {
        char c = m_pdf.at(p);
        if (c == '#' && p + 2 < m_pdf.size()) {
            bool ok = false;
            const int code = m_pdf.mid(p + 1, 2).toInt(&ok, 16);
            if (ok) {
                c = char(code);
                p += 2;
            }
        }
        n.append(c);
        ++p;
    }
    *pos = p;
    return PdfValue::name(n);
}

Result<PdfValue> PdfObjectParser::literalString(qsizetype *pos) const
{
    const qsizetype start = *pos;
    qsizetype p = start + 1;
    int nesting = 1;
    QByteArray s;
    while (p < m_pdf.size()) {
        const char c = m_pdf.at(p++);
        if (c == '\\') {
            if (p >= m_pdf.size())
                break;
            const char e = m_pdf.at(p++);
            switch (e) {
            case 'n':
                s.append('\n');
                break;
            case 'r':
                s.append('\r');
                break;
            case 't':
                s.append('\t');
                break;
            case 'b':
                s.append('\b');
                break;
            case 'f':
                s.append('\f');
                break;
            case '\r':
                if (p < m_pdf.size() && m_pdf.at(p) == '\n')
                    ++p;
                break;
            case '\n':
                break;
            default:
                if (e >= '0' && e <= '7') {
                    int code = e - '0';
                    for (int i = 0; i < 2 && p < m_pdf.size() && m_pdf.at(p) >= '0' && m_pdf.at(p) <= '7';
                         ++i)
                        code = code * 8 + (m_pdf.at(p++) - '0');
                    s.append(char(code & 0xff));
                } else {
                    s.append(e); // \( \) \\ and any other escaped character stand for themselves
                }
            }
        } else if (c == '(') {
            ++nesting;
            s.append(c);
        } else if (c == ')') {
            if (--nesting == 0) {
                *pos = p;
                return PdfValue::string(s);
            }
            s.append(c);
        } else {
            s.append(c);
        }
    }
    return error(start, QStringLiteral("a string that is never closed"));
}

Result<PdfValue> PdfObjectParser::hexString(qsizetype *pos) const
{
    const qsizetype start = *pos;
    const qsizetype end = m_pdf.indexOf('>', start);
    if (end < 0)
        return error(start, QStringLiteral("a hex string that is never closed"));
    QByteArray hex;
    for (qsizetype p = start + 1; p < end; ++p) {
        const char c = m_pdf.at(p);
        if (isSpace(c))
            continue;
        if (!std::isxdigit(uchar(c)))
            return error(p, QStringLiteral("a hex string with a character that is not a hex digit"));
        hex.append(c);
    }
    if (hex.size() % 2)
        hex.append('0');
    *pos = end + 1;
    return PdfValue::string(QByteArray::fromHex(hex));
}

Result<PdfObjectParser::Indirect> PdfObjectParser::indirectAt(qsizetype offset) const
{
    if (offset < 0 || offset >= m_pdf.size())
        return error(offset, QStringLiteral("an object offset outside the file"));
    qsizetype pos = offset;
    skipSpace(&pos);
    auto number = this->number(&pos);
    skipSpace(&pos);
    auto generation = number ? this->number(&pos) : number;
    if (!number || !generation || !number->isInteger() || !generation->isInteger() ||
        keywordAt(&pos) != "obj")
        return error(offset, QStringLiteral("no \"N G obj\" where the cross-reference points"));
    Indirect object;
    object.objectNumber = int(number->number);
    object.generation = int(generation->number);
    auto v = valueAt(&pos);
    if (!v)
        return v.error();
    object.value = std::move(v).value();
    qsizetype after = pos;
    const QByteArray keyword = keywordAt(&after);
    if (keyword == "stream" && object.value.type == PdfValue::Type::Dictionary) {
        // The data starts after the end of line that follows the keyword: CR LF or LF (7.3.8.1).
        if (after < m_pdf.size() && m_pdf.at(after) == '\r')
            ++after;
        if (after < m_pdf.size() && m_pdf.at(after) == '\n')
            ++after;
        object.streamStart = after;
    } else if (keyword != "endobj") {
        return error(pos, QStringLiteral("an object that does not end with endobj"));
    }
    return object;
}

} // namespace pf
