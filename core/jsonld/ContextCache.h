#pragma once

#include "ActiveContext.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <mutex>
#include <optional>

namespace pf {

// Processed contexts shared across documents and threads, so a warm verifier never re-processes a context.
// Results are keyed by the identity of the active context they were applied to plus the context URL or
// scoped-context identity; remote documents by URL. Use one cache per DocumentLoader. It also keeps the key
// sets of expanded node objects (objectShape), which repeat across documents just as contexts do.
class ContextCache
{
public:
    explicit ContextCache(qsizetype maxEntries = 4096) : m_maxEntries(maxEntries) {}

    // The initial active context for a base IRI and a mode (processing mode and any flag that changes how
    // contexts are processed), the same object on every call.
    ActiveContextPtr initialContext(const std::optional<QString> &base, const QString &mode);

    // scopedId is 0 for a remote context (then key is its URL); flags distinguish processing variants.
    ActiveContextPtr find(quint64 contextId, quint64 scopedId, int flags, const QString &key) const;
    void insert(quint64 contextId, quint64 scopedId, int flags, const QString &key,
                const ActiveContextPtr &result);

    // The @context of a dereferenced remote document.
    std::optional<QJsonValue> document(const QString &url) const;
    void insertDocument(const QString &url, const QJsonValue &context);

    // An object with some keys (all values null), built once: expansion fills copies of it, because node
    // objects repeat the same keys across documents and a QJsonObject encodes every new key afresh.
    struct ObjectShape
    {
        QJsonObject object;
        // The object holds the keys in the order given, so values can be set by position.
        bool keysInOrder = false;
    };
    ObjectShape objectShape(const QStringList &keys);

    void clear();

private:
    struct Key
    {
        quint64 contextId;
        quint64 scopedId;
        int flags;
        QString url;
        friend bool operator==(const Key &, const Key &) = default;
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHashMulti(seed, key.contextId, key.scopedId, key.flags, key.url);
    }

    mutable std::mutex m_mutex;
    qsizetype m_maxEntries;
    QHash<QString, ActiveContextPtr> m_initial;
    QHash<Key, ActiveContextPtr> m_results;
    QHash<QString, QJsonValue> m_documents;
    QHash<QStringList, ObjectShape> m_shapes;
};

} // namespace pf
