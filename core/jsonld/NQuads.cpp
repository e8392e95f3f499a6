#include "NQuads.h"

#include <QSet>
#include <algorithm>

namespace pf {

namespace {

const QString kXsdString = QStringLiteral("http://www.w3.org/2001/XMLSchema#string");
const QString kLangString = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");

// Reads the terms of one line; every method advances m_pos or reports what it expected.
class LineReader
{
public:
    LineReader(const QString &line, int lineNumber) : m_s(line), m_line(lineNumber) {}

    Result<QList<RdfQuad>> quad()
    {
        RdfQuad q;
        auto s = term(true, false);
        if (!s)
            return s.error();
        q.subject = *s;
        auto p = term(false, false);
        if (!p)
            return p.error();
        if (p->kind != RdfTerm::Kind::Iri)
            return fail(QStringLiteral("the predicate must be an IRI"));
        q.predicate = *p;
        auto o = term(true, true);
        if (!o)
            return o.error();
        q.object = *o;
        skipSpace();
        if (peek() != u'.') {
            auto g = term(true, false);
            if (!g)
                return g.error();
            q.graph = *g;
            skipSpace();
        }
        if (peek() != u'.')
            return fail(QStringLiteral("expected '.'"));
        ++m_pos;
        skipSpace();
        if (m_pos < m_s.size() && m_s.at(m_pos) != u'#')
            return fail(QStringLiteral("unexpected text after '.'"));
        return QList<RdfQuad>{q};
    }

private:
    QChar peek() const { return m_pos < m_s.size() ? m_s.at(m_pos) : QChar(); }
    void skipSpace()
    {
        while (m_pos < m_s.size() && (m_s.at(m_pos) == u' ' || m_s.at(m_pos) == u'\t'))
            ++m_pos;
    }
    Error fail(const QString &what) const
    {
        return Error{ErrorCode::MalformedNQuads,
                     QStringLiteral("N-Quads line %1, column %2: %3").arg(m_line).arg(m_pos + 1).arg(what)};
    }

    // \uXXXX and \UXXXXXXXX, in IRIs and strings alike.
    std::optional<QString> unicodeEscape(int digits)
    {
        if (m_pos + digits > m_s.size())
            return std::nullopt;
        bool ok = false;
        const uint cp = m_s.mid(m_pos, digits).toUInt(&ok, 16);
        if (!ok || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::nullopt;
        m_pos += digits;
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }

    Result<RdfTerm> term(bool allowBlank, bool allowLiteral)
    {
        skipSpace();
        const QChar c = peek();
        if (c == u'<') {
            ++m_pos;
            QString iri;
            while (m_pos < m_s.size() && m_s.at(m_pos) != u'>') {
                QChar ch = m_s.at(m_pos++);
                if (ch == u'\\') {
                    const QChar kind = peek();
                    ++m_pos;
                    auto u = kind == u'u' ? unicodeEscape(4) : kind == u'U' ? unicodeEscape(8) : std::nullopt;
                    if (!u)
                        return fail(QStringLiteral("invalid escape in an IRI"));
                    iri += *u;
                    continue;
                }
                if (ch == u' ' || ch == u'<' || ch == u'"' || ch == u'{' || ch == u'}' || ch == u'|' ||
                    ch == u'^' || ch == u'`' || ch.unicode() <= 0x20)
                    return fail(QStringLiteral("invalid character in an IRI"));
                iri += ch;
            }
            if (peek() != u'>')
                return fail(QStringLiteral("unterminated IRI"));
            ++m_pos;
            if (!iri.contains(u':'))
                return fail(QStringLiteral("the IRI <%1> is relative").arg(iri));
            return RdfTerm{RdfTerm::Kind::Iri, iri, {}, {}};
        }
        if (c == u'_' && allowBlank) {
            if (m_s.mid(m_pos, 2) != u"_:")
                return fail(QStringLiteral("expected a blank node"));
            m_pos += 2;
            const int start = m_pos;
            while (m_pos < m_s.size() && !m_s.at(m_pos).isSpace() && m_s.at(m_pos) != u'<' &&
                   m_s.at(m_pos) != u'"')
                ++m_pos;
            QString label = m_s.mid(start, m_pos - start);
            while (label.endsWith(u'.') && label.size() > 1) { // a final '.' ends the statement
                label.chop(1);
                --m_pos;
            }
            if (label.isEmpty())
                return fail(QStringLiteral("empty blank node label"));
            return RdfTerm{RdfTerm::Kind::Blank, label, {}, {}};
        }
        if (c == u'"' && allowLiteral) {
            ++m_pos;
            QString value;
            while (m_pos < m_s.size() && m_s.at(m_pos) != u'"') {
                QChar ch = m_s.at(m_pos++);
                if (ch == u'\n' || ch == u'\r')
                    return fail(QStringLiteral("raw line break in a literal"));
                if (ch != u'\\') {
                    value += ch;
                    continue;
                }
                const QChar e = peek();
                ++m_pos;
                switch (e.unicode()) {
                case 't':
                    value += u'\t';
                    break;
                case 'b':
                    value += u'\b';
                    break;
                case 'n':
                    value += u'\n';
                    break;
                case 'r':
                    value += u'\r';
                    break;
                case 'f':
                    value += u'\f';
                    break;
                case '"':
                    value += u'"';
                    break;
                case '\'':
                    value += u'\'';
                    break;
                case '\\':
                    value += u'\\';
                    break;
                case 'u':
                case 'U': {
                    auto u = unicodeEscape(e == u'u' ? 4 : 8);
                    if (!u)
                        return fail(QStringLiteral("invalid \\u escape"));
                    value += *u;
                    break;
                }
                default:
                    return fail(QStringLiteral("invalid escape in a literal"));
                }
            }
            if (peek() != u'"')
                return fail(QStringLiteral("unterminated literal"));
            ++m_pos;
            RdfTerm t{RdfTerm::Kind::Literal, value, kXsdString, {}};
            if (peek() == u'@') {
                ++m_pos;
                const int start = m_pos;
                while (m_pos < m_s.size() && (m_s.at(m_pos).isLetterOrNumber() || m_s.at(m_pos) == u'-'))
                    ++m_pos;
                t.language = m_s.mid(start, m_pos - start);
                if (t.language.isEmpty() || !t.language.at(0).isLetter())
                    return fail(QStringLiteral("invalid language tag"));
                t.datatype = kLangString;
            } else if (m_s.mid(m_pos, 2) == u"^^") {
                m_pos += 2;
                auto dt = term(false, false);
                if (!dt)
                    return dt.error();
                if (dt->kind != RdfTerm::Kind::Iri)
                    return fail(QStringLiteral("a datatype must be an IRI"));
                t.datatype = dt->value;
            }
            return t;
        }
        return fail(QStringLiteral("expected a term"));
    }

    QString m_s;
    int m_line;
    int m_pos = 0;
};

// UTF-8 of value appended in place: most of what N-Quads holds is ASCII, which needs no temporary.
void appendUtf8(QByteArray &out, QStringView value)
{
    const qsizetype start = out.size();
    out.resize(start + value.size());
    char *to = out.data() + start;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value[i].unicode();
        if (u >= 0x80) { // the rest through Qt's encoder, which also settles lone surrogates
            out.truncate(start + i);
            out += value.sliced(i).toUtf8();
            return;
        }
        to[i] = char(u);
    }
}

} // namespace

Result<QList<RdfQuad>> NQuads::parse(const QByteArray &text)
{
    QList<RdfQuad> quads;
    QSet<QByteArray> seen; // a dataset is a set: a repeated line counts once
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        auto quad = LineReader(line, i + 1).quad();
        if (!quad)
            return quad.error();
        if (!seen.contains(serialize(quad->first()))) {
            seen.insert(serialize(quad->first()));
            quads << quad->first();
        }
    }
    return quads;
}

QByteArray NQuads::serializeTerm(const RdfTerm &term)
{
    switch (term.kind) {
    case RdfTerm::Kind::None:
        return {};
    case RdfTerm::Kind::Iri: {
        QByteArray out;
        out.reserve(term.value.size() + 2);
        out += '<';
        appendUtf8(out, term.value);
        out += '>';
        return out;
    }
    case RdfTerm::Kind::Blank: {
        QByteArray out;
        out.reserve(term.value.size() + 2);
        out += "_:";
        appendUtf8(out, term.value);
        return out;
    }
    case RdfTerm::Kind::Literal: {
        std::string out;
        appendLiteral(out, term.value.toStdString(), term.datatype.toStdString(),
                      term.language.toStdString());
        return QByteArray(out.data(), qsizetype(out.size()));
    }
    }
    return {};
}

void NQuads::appendLiteral(std::string &out, std::string_view lexical, std::string_view datatype,
                           std::string_view language)
{
    static constexpr std::string_view kXsdStringUtf8 = "http://www.w3.org/2001/XMLSchema#string";
    out.reserve(out.size() + lexical.size() + datatype.size() + 8);
    out += '"';
    // Escapes are ASCII and replace ASCII bytes, so the runs between them never split a UTF-8 sequence.
    size_t run = 0;
    for (size_t i = 0; i < lexical.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(lexical[i]);
        if (c >= 0x20 && c != 0x7F && c != '\\' && c != '"')
            continue;
        out.append(lexical.substr(run, i - run));
        run = i + 1;
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default: {
            static constexpr char kHex[] = "0123456789ABCDEF";
            const char escape[] = {'\\', 'u', '0', '0', kHex[(c >> 4) & 0xF], kHex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(lexical.substr(run));
    out += '"';
    if (!language.empty()) {
        out += '@';
        out += language;
    } else if (!datatype.empty() && datatype != kXsdStringUtf8) {
        out += "^^<";
        out += datatype;
        out += '>';
    }
}

QByteArray NQuads::serialize(const RdfQuad &quad)
{
    QByteArray line = serializeTerm(quad.subject);
    line += ' ';
    line += serializeTerm(quad.predicate);
    line += ' ';
    line += serializeTerm(quad.object);
    if (quad.graph.kind != RdfTerm::Kind::None) {
        line += ' ';
        line += serializeTerm(quad.graph);
    }
    line += " .\n";
    return line;
}

} // namespace pf
