#pragma once

#include "common/Result.h"

#include <QJsonValue>
#include <QString>

namespace pf {

// Where JSON-LD processing gets remote contexts: bundled files and the user's offline cache, never the
// network.
class DocumentLoader
{
public:
    virtual ~DocumentLoader() = default;

    // The parsed JSON document at url, or ErrorCode::UnknownContext with a message naming the url.
    virtual Result<QJsonValue> load(const QString &url) const = 0;
};

} // namespace pf
