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
    // The row id in "kind-12" or a bare "12", provided the kind (if given) is the expected one.
    static std::optional<qint64> idOf(const QString &text, ItemKind expected);

    friend bool operator==(const ItemRef &, const ItemRef &) = default;
};

} // namespace pf
