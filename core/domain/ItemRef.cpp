#include "ItemRef.h"

namespace pf {

std::optional<ItemRef> ItemRef::parse(const QString &text)
{
    const qsizetype dash = text.lastIndexOf(u'-');
    if (dash <= 0)
        return std::nullopt;
    const auto kind = itemKindFromName(text.left(dash));
    bool ok = false;
    const qint64 id = text.mid(dash + 1).toLongLong(&ok);
    if (!kind || !ok || id <= 0)
        return std::nullopt;
    return ItemRef{*kind, id};
}

std::optional<qint64> ItemRef::idOf(const QString &text, ItemKind expected)
{
    bool ok = false;
    const qint64 bare = text.toLongLong(&ok);
    if (ok)
        return bare > 0 ? std::optional<qint64>(bare) : std::nullopt;
    const auto ref = parse(text);
    if (!ref || ref->kind != expected)
        return std::nullopt;
    return ref->id;
}

} // namespace pf
