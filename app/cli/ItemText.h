#pragma once

#include <QJsonObject>
#include <QString>

namespace pf::cli {

// The plain-text forms of an item's JSON (ItemJson), for `list` and `show` without --json.
class ItemText
{
public:
    // A one-line summary for plain-text lists.
    static QString summaryLine(const QJsonObject &item);
    // "key: value" lines for plain-text `show`.
    static QString detailText(const QJsonObject &item, int indent = 0);
};

} // namespace pf::cli
