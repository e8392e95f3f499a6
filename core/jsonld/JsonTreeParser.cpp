#include "JsonTreeParser.h"

#include "credentials/Utf8Validator.h"

#include <charconv>
#include <cmath>

namespace pf {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

} // namespace

std::optional<JsonTree> JsonTreeParser::parse(QByteArrayView bytes, int maxDepth)
{
    // One pass over the bytes settles UTF-8 for every string at once.
    if (!Utf8Validator::isValid(bytes))
        return std::nullopt;
    JsonTree tree;
    tree.m_nodes.reserve(size_t(bytes.size() / 12 + 8));
    tree.m_text.reserve(size_t(bytes.size()));
    JsonTreeParser parser(bytes, maxDepth, tree);
    parser.skipSpace();
    JsonTree::NodeId root = JsonTree::kNone;
    if (!parser.value({}, 0, &root))
        return std::nullopt;
    parser.skipSpace();
    if (parser.m_p != parser.m_end)
        return std::nullopt;
    tree.m_root = root;
    return tree;
}

void JsonTreeParser::skipSpace()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool JsonTreeParser::string(std::string &out)
{
    // At the opening quote.
    ++m_p;
    out.clear();
    const char *run = m_p;
    while (true) {
        if (m_p == m_end)
            return false;
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            out.append(run, size_t(m_p - run));
            ++m_p;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c != '\\') {
            ++m_p;
            continue;
        }
        out.append(run, size_t(m_p - run));
        if (++m_p == m_end)
            return false;
        switch (*m_p++) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '/':
            out += '/';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            const auto unit = [this](char32_t *u) {
                if (m_end - m_p < 4)
                    return false;
                int v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int d = hexDigit(m_p[i]);
                    if (d < 0)
                        return false;
                    v = v * 16 + d;
                }
                m_p += 4;
                *u = char32_t(v);
                return true;
            };
            char32_t cp = 0;
            if (!unit(&cp))
                return false;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return false; // a lone low surrogate
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return false;
                m_p += 2;
                if (!unit(&low) || low < 0xDC00 || low > 0xDFFF)
                    return false;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return false;
        }
        run = m_p;
    }
}

bool JsonTreeParser::number(double *out)
{
    // The JSON grammar first, since from_chars also takes forms JSON does not ("1.", ".5", "01", "inf").
    const char *start = m_p;
    const char *p = m_p;
    if (p != m_end && *p == '-')
        ++p;
    if (p == m_end)
        return false;
    if (*p == '0') {
        ++p;
    } else if (*p >= '1' && *p <= '9') {
        while (p != m_end && *p >= '0' && *p <= '9')
            ++p;
    } else {
        return false;
    }
    if (p != m_end && *p == '.') {
        ++p;
        if (p == m_end || *p < '0' || *p > '9')
            return false;
        while (p != m_end && *p >= '0' && *p <= '9')
            ++p;
    }
    if (p != m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p != m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p == m_end || *p < '0' || *p > '9')
            return false;
        while (p != m_end && *p >= '0' && *p <= '9')
            ++p;
    }
    const auto [end, error] = std::from_chars(start, p, *out);
    if (error != std::errc() || end != p || !std::isfinite(*out))
        return false;
    m_p = p;
    return true;
}

bool JsonTreeParser::value(std::string_view key, int depth, JsonTree::NodeId *id)
{
    if (m_p == m_end || depth > m_maxDepth)
        return false;
    JsonTree &t = m_tree;
    const auto node = [&](JsonTree::Type type) {
        const JsonTree::NodeId n = t.addNode(type);
        t.m_nodes[n].keyOffset = t.appendText(key);
        t.m_nodes[n].keyLength = quint32(key.size());
        *id = n;
        return n;
    };
    const auto literal = [&](std::string_view word, JsonTree::Type type) {
        if (size_t(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        node(type);
        return true;
    };
    switch (*m_p) {
    case 'n':
        return literal("null", JsonTree::Type::Null);
    case 't':
        return literal("true", JsonTree::Type::True);
    case 'f':
        return literal("false", JsonTree::Type::False);
    case '"': {
        if (!string(m_string))
            return false;
        const JsonTree::NodeId n = node(JsonTree::Type::String);
        t.m_nodes[n].offset = t.appendText(m_string);
        t.m_nodes[n].length = quint32(m_string.size());
        return true;
    }
    case '[':
    case '{': {
        const bool object = *m_p == '{';
        const char close = object ? '}' : ']';
        ++m_p;
        const JsonTree::NodeId n = node(object ? JsonTree::Type::Object : JsonTree::Type::Array);
        const size_t base = m_stack.size();
        skipSpace();
        if (m_p != m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        while (true) {
            std::string name;
            if (object) {
                if (m_p == m_end || *m_p != '"' || !string(name))
                    return false;
                skipSpace();
                if (m_p == m_end || *m_p != ':')
                    return false;
                ++m_p;
                skipSpace();
            }
            JsonTree::NodeId c = JsonTree::kNone;
            if (!value(name, depth + 1, &c))
                return false;
            m_stack.push_back(c);
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (*m_p != close)
                return false;
            ++m_p;
            break;
        }
        t.setChildren(n, m_stack.data() + base, quint32(m_stack.size() - base));
        m_stack.resize(base);
        if (object)
            t.checkDuplicates(n);
        return true;
    }
    default: {
        double v = 0;
        if (!number(&v))
            return false;
        t.m_nodes[node(JsonTree::Type::Number)].number = v;
        return true;
    }
    }
}

} // namespace pf
