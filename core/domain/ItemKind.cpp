#include "ItemKind.h"

namespace pf {

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Evidence:
        return QStringLiteral("evidence");
    case ItemKind::Placement:
        return QStringLiteral("placement");
    case ItemKind::LogEntry:
        return QStringLiteral("log");
    case ItemKind::Evaluation:
        return QStringLiteral("evaluation");
    case ItemKind::Competency:
        return QStringLiteral("competency");
    case ItemKind::Credential:
        return QStringLiteral("credential");
    }
    return {};
}

std::optional<ItemKind> itemKindFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"evidence")
        return ItemKind::Evidence;
    if (n == u"placement" || n == u"placements")
        return ItemKind::Placement;
    if (n == u"log" || n == u"logs" || n == u"log-entries")
        return ItemKind::LogEntry;
    if (n == u"evaluation" || n == u"evaluations")
        return ItemKind::Evaluation;
    if (n == u"competency" || n == u"competencies")
        return ItemKind::Competency;
    if (n == u"credential" || n == u"credentials")
        return ItemKind::Credential;
    return std::nullopt;
}

} // namespace pf
