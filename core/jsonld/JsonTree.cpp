#include "JsonTree.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace pf {

JsonTree::NodeId JsonTree::member(NodeId object, std::string_view key) const
{
    if (object == kNone || !isObject(object))
        return kNone;
    for (quint32 i = 0; i < size(object); ++i) {
        const NodeId c = child(object, i);
        if (this->key(c) == key)
            return c;
    }
    return kNone;
}

quint32 JsonTree::appendText(std::string_view text)
{
    const quint32 offset = quint32(m_text.size());
    m_text.append(text);
    return offset;
}

JsonTree::NodeId JsonTree::addNode(Type type)
{
    m_nodes.push_back(Node{});
    m_nodes.back().type = type;
    return NodeId(m_nodes.size() - 1);
}

void JsonTree::setChildren(NodeId id, const NodeId *children, quint32 count)
{
    m_nodes[id].first = quint32(m_links.size());
    m_nodes[id].children = count;
    m_links.insert(m_links.end(), children, children + count);
}

void JsonTree::checkDuplicates(NodeId object)
{
    const quint32 n = size(object);
    if (n < 2)
        return;
    std::vector<std::string_view> keys;
    keys.reserve(n);
    for (quint32 i = 0; i < n; ++i)
        keys.push_back(key(child(object, i)));
    std::sort(keys.begin(), keys.end());
    if (std::adjacent_find(keys.begin(), keys.end()) != keys.end())
        m_duplicateKeys = true;
}

JsonTree::NodeId JsonTree::addObject(const std::vector<NodeId> &members)
{
    const NodeId id = addNode(Type::Object);
    setChildren(id, members.data(), quint32(members.size()));
    checkDuplicates(id);
    return id;
}

JsonTree::NodeId JsonTree::addArray(const std::vector<NodeId> &items, std::string_view key)
{
    const NodeId id = addNode(Type::Array);
    m_nodes[id].keyOffset = appendText(key);
    m_nodes[id].keyLength = quint32(key.size());
    setChildren(id, items.data(), quint32(items.size()));
    return id;
}

std::vector<JsonTree::NodeId> JsonTree::membersExcept(NodeId object,
                                                      std::initializer_list<std::string_view> names) const
{
    std::vector<NodeId> members;
    members.reserve(size(object));
    for (quint32 i = 0; i < size(object); ++i) {
        const NodeId member = child(object, i);
        if (std::find(names.begin(), names.end(), key(member)) == names.end())
            members.push_back(member);
    }
    return members;
}

QJsonValue JsonTree::toJson(NodeId id) const
{
    switch (type(id)) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::False:
        return false;
    case Type::True:
        return true;
    case Type::Number:
        return number(id);
    case Type::String: {
        const std::string_view s = string(id);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    case Type::Array: {
        QJsonArray array;
        for (quint32 i = 0; i < size(id); ++i)
            array.append(toJson(child(id, i)));
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (quint32 i = 0; i < size(id); ++i) {
            const NodeId c = child(id, i);
            const std::string_view k = key(c);
            object.insert(QString::fromUtf8(k.data(), qsizetype(k.size())), toJson(c));
        }
        return object;
    }
    }
    return {};
}

JsonTree::NodeId JsonTree::fromJsonValue(const QJsonValue &value, std::string_view key)
{
    NodeId id = kNone;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        id = addNode(Type::Null);
        break;
    case QJsonValue::Bool:
        id = addNode(value.toBool() ? Type::True : Type::False);
        break;
    case QJsonValue::Double:
        id = addNode(Type::Number);
        m_nodes[id].number = value.toDouble();
        break;
    case QJsonValue::String: {
        const QByteArray utf8 = value.toString().toUtf8();
        id = addNode(Type::String);
        m_nodes[id].offset = appendText(std::string_view(utf8.constData(), size_t(utf8.size())));
        m_nodes[id].length = quint32(utf8.size());
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        std::vector<NodeId> items;
        items.reserve(size_t(array.size()));
        for (const QJsonValue &item : array)
            items.push_back(fromJsonValue(item, {}));
        id = addNode(Type::Array);
        setChildren(id, items.data(), quint32(items.size()));
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        std::vector<NodeId> members;
        members.reserve(size_t(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QByteArray name = it.key().toUtf8();
            members.push_back(
                fromJsonValue(it.value(), std::string_view(name.constData(), size_t(name.size()))));
        }
        id = addNode(Type::Object);
        setChildren(id, members.data(), quint32(members.size()));
        break;
    }
    }
    m_nodes[id].keyOffset = appendText(key);
    m_nodes[id].keyLength = quint32(key.size());
    return id;
}

JsonTree JsonTree::fromJson(const QJsonValue &value)
{
    JsonTree tree;
    tree.m_root = tree.fromJsonValue(value, {});
    return tree;
}

} // namespace pf
