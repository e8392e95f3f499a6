#pragma once

#include <QJsonArray>
#include <QJsonValue>

namespace pf {

// JSON-LD's "as array" for credential fields that may hold one value or several: null and absent are none.
inline QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

} // namespace pf
