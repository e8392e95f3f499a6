#pragma once

#include "IdentifierIssuer.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <deque>
#include <map>

namespace pf {

// Node map generation (JSON-LD 1.1 API, section 7.2): every node of every graph of an expanded document,
// merged by identifier, with blank nodes relabelled through one issuer.
class NodeMapGenerator
{
public:
    // One value of a node's property: a reference to a node, a value object, or a list.
    struct Item
    {
        enum class Kind { Node, Value, List };
        Kind kind = Kind::Node;
        QString id;          // Node: the node's identifier (relabelled when blank)
        QJsonObject value;   // Value: the expanded value object
        qsizetype list = -1; // List: the index for list(); Value: the index for valueEntries()
    };

    // A value object's entries, read while its keys are walked anyway, so that toRdf looks none of them up.
    struct ValueEntries
    {
        QJsonValue value;
        QJsonValue type{QJsonValue::Undefined};
        QJsonValue language{QJsonValue::Undefined};
        QJsonValue direction{QJsonValue::Undefined};
    };

    // A property's values in insertion order; the set takes over duplicate checks once the list is long.
    struct Property
    {
        QList<Item> items;
        QSet<QString> seen;
    };

    struct Node
    {
        QString id;
        Property types; // Node items holding the type IRIs
        QString index;
        bool hasIndex = false;
        std::map<QString, Property> properties; // ordered by property, as toRdf walks them
    };

    using Graph = std::map<QString, Node>; // ordered by subject

    static constexpr int kMaxDepth = 512;

    // issuer relabels blank nodes; the caller may go on using it (toRdf issues list nodes from it).
    explicit NodeMapGenerator(IdentifierIssuer &issuer);

    // Adds an expanded document (or element) to the node map; "conflicting indexes" is the one error.
    Status generate(const QJsonValue &expanded);

    // The graphs by name, "@default" being the default graph; ordered by name.
    const std::map<QString, Graph> &graphs() const { return m_graphs; }
    const QList<Item> &list(qsizetype index) const { return m_lists[size_t(index)]; }
    const ValueEntries &valueEntries(qsizetype index) const { return m_values[size_t(index)]; }
    // About how many triples the map makes (a list item makes two), to size toRdf's output once.
    qsizetype tripleEstimate() const { return m_tripleEstimate; }

private:
    // The node an @reverse entry points back to, and under which property.
    struct Reverse
    {
        QString subject;
        QString property;
    };

    // target: the property (of the active subject) that values go to; list: the list they go to instead.
    Status visit(const QJsonValue &element, Graph &graph, Property *target, qsizetype list,
                 const Reverse *reverse, int depth);
    void addUnique(Property &property, Item item);
    void appendToList(qsizetype list, Item item);
    static QString key(const Item &item);

    IdentifierIssuer &m_issuer;
    std::map<QString, Graph> m_graphs;
    std::deque<QList<Item>> m_lists; // a deque: growing it keeps references to earlier lists valid
    std::deque<ValueEntries> m_values;
    qsizetype m_tripleEstimate = 0;
};

} // namespace pf
