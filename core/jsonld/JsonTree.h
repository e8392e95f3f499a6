#pragma once

#include <QJsonValue>
#include <QtGlobal>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace pf {

// A JSON document held compactly, all nodes in one array and all text in one UTF-8 buffer, for the hot paths
// of verification where QJsonValue's conversions cost more than the work itself. Nodes are never removed:
// a variant of an object (a credential without its proof) is a new object node over some of the same
// members.
class JsonTree
{
public:
    enum class Type : quint8 { Null, False, True, Number, String, Array, Object };
    using NodeId = quint32;
    static constexpr NodeId kNone = 0xFFFFFFFFu;

    Type type(NodeId id) const { return m_nodes[id].type; }
    bool isObject(NodeId id) const { return type(id) == Type::Object; }
    bool isArray(NodeId id) const { return type(id) == Type::Array; }
    bool isString(NodeId id) const { return type(id) == Type::String; }
    std::string_view string(NodeId id) const { return text(m_nodes[id].offset, m_nodes[id].length); }
    double number(NodeId id) const { return m_nodes[id].number; }
    // Members of an object or items of an array, in document order.
    quint32 size(NodeId id) const { return m_nodes[id].children; }
    NodeId child(NodeId id, quint32 index) const { return m_links[m_nodes[id].first + index]; }
    // The member name of a node inside an object (empty for array items and the root).
    std::string_view key(NodeId id) const { return text(m_nodes[id].keyOffset, m_nodes[id].keyLength); }
    // The member named key of an object, or kNone.
    NodeId member(NodeId object, std::string_view key) const;

    NodeId root() const { return m_root; }
    bool empty() const { return m_nodes.empty(); }
    // Some object of the document has a member name twice: readers disagree on which one counts.
    bool hasDuplicateKeys() const { return m_duplicateKeys; }

    // New containers over existing nodes (an object's members keep their names).
    NodeId addObject(const std::vector<NodeId> &members);
    NodeId addArray(const std::vector<NodeId> &items, std::string_view key = {});
    // The members of object other than those named (in document order), for a new object.
    std::vector<NodeId> membersExcept(NodeId object, std::initializer_list<std::string_view> names) const;

    QJsonValue toJson(NodeId id) const;
    static JsonTree fromJson(const QJsonValue &value);

private:
    friend class JsonTreeParser;

    struct Node
    {
        Type type = Type::Null;
        quint32 keyOffset = 0;
        quint32 keyLength = 0;
        quint32 offset = 0; // String: its text
        quint32 length = 0;
        quint32 first = 0; // Array and Object: the first child in m_links
        quint32 children = 0;
        double number = 0;
    };

    std::string_view text(quint32 offset, quint32 length) const
    {
        return std::string_view(m_text).substr(offset, length);
    }
    quint32 appendText(std::string_view text);
    NodeId addNode(Type type);
    void setChildren(NodeId id, const NodeId *children, quint32 count);
    NodeId fromJsonValue(const QJsonValue &value, std::string_view key);
    void checkDuplicates(NodeId object);

    std::vector<Node> m_nodes;
    std::vector<NodeId> m_links;
    std::string m_text;
    NodeId m_root = kNone;
    bool m_duplicateKeys = false;
};

} // namespace pf
