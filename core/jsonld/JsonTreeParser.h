#pragma once

#include "JsonTree.h"

#include <QByteArrayView>
#include <optional>

namespace pf {

// Parses strict JSON (RFC 8259, UTF-8) into a JsonTree. It is the fast road only: anything it does not take
// (a syntax error, invalid UTF-8, a lone surrogate escape, a byte-order mark, a number out of range, nesting
// deeper than maxDepth) gives nothing, and the caller reads the bytes with JsonReader, which says what is
// wrong.
class JsonTreeParser
{
public:
    static std::optional<JsonTree> parse(QByteArrayView bytes, int maxDepth = 64);

private:
    JsonTreeParser(QByteArrayView bytes, int maxDepth, JsonTree &tree)
        : m_p(bytes.data()), m_end(bytes.data() + bytes.size()), m_maxDepth(maxDepth), m_tree(tree)
    {
    }

    bool value(std::string_view key, int depth, JsonTree::NodeId *id);
    bool string(std::string &out);
    bool number(double *out);
    void skipSpace();

    const char *m_p;
    const char *m_end;
    int m_maxDepth;
    JsonTree &m_tree;
    std::string m_key;
    std::string m_string;
    std::vector<JsonTree::NodeId> m_stack; // children being gathered, for every open container
};

} // namespace pf
