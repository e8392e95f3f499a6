#pragma once

#include "ItemKind.h"

#include <QString>

#include <optional>

namespace pf {

// A public item id such as "placement-3": the kind and the row id, printable and parseable.
struct ItemRef
{
    ItemKind kind = ItemKind::Evidence;
    qint64 id = 0;

    QString toString() const { return itemKindName(kind) + u'-' + QString::number(id); }
    static std::optional<ItemRef> parse(const QString &text);

    friend bool operator==(const ItemRef &, const ItemRef &) = default;
};

} // namespace pf
