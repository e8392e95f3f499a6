#include "ContextCache.h"

#include <mutex>

namespace pf {

ActiveContextPtr ContextCache::initialContext(const std::optional<QString> &base, const QString &mode)
{
    const QString key = mode + u'|' + (base ? u'+' + *base : QStringLiteral("-"));
    const std::lock_guard lock(m_mutex);
    if (const ActiveContextPtr found = m_initial.value(key))
        return found;
    auto context = std::make_shared<ActiveContext>();
    context->baseIri = base;
    context->originalBaseUrl = base;
    context->stable = true;
    m_initial.insert(key, context);
    return context;
}

ActiveContextPtr ContextCache::find(quint64 contextId, quint64 scopedId, int flags, const QString &key) const
{
    const std::lock_guard lock(m_mutex);
    return m_results.value(Key{contextId, scopedId, flags, key});
}

void ContextCache::insert(quint64 contextId, quint64 scopedId, int flags, const QString &key,
                          const ActiveContextPtr &result)
{
    const std::lock_guard lock(m_mutex);
    // Dropping everything keeps memory bounded; the contexts in use stay alive through their shared pointers.
    if (m_results.size() >= m_maxEntries)
        m_results.clear();
    if (!result->stable)
        result->stable = true;
    m_results.insert(Key{contextId, scopedId, flags, key}, result);
}

std::optional<QJsonValue> ContextCache::document(const QString &url) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_documents.constFind(url);
    if (it == m_documents.cend())
        return std::nullopt;
    return it.value();
}

void ContextCache::insertDocument(const QString &url, const QJsonValue &context)
{
    const std::lock_guard lock(m_mutex);
    if (m_documents.size() >= m_maxEntries)
        m_documents.clear();
    m_documents.insert(url, context);
}

ContextCache::ObjectShape ContextCache::objectShape(const QStringList &keys)
{
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_shapes.constFind(keys); it != m_shapes.cend())
            return it.value();
    }
    ObjectShape shape;
    for (const QString &key : keys)
        shape.object.insert(key, QJsonValue());
    shape.keysInOrder = shape.object.keys() == keys;
    const std::lock_guard lock(m_mutex);
    if (m_shapes.size() >= m_maxEntries)
        m_shapes.clear();
    m_shapes.insert(keys, shape);
    return shape;
}

void ContextCache::clear()
{
    const std::lock_guard lock(m_mutex);
    m_shapes.clear();
    m_results.clear();
    m_documents.clear();
    m_initial.clear();
}

} // namespace pf
