#pragma once

#include <QString>
#include <optional>

namespace pf {

// The kinds of item a learner keeps; each has its own id prefix ("evidence-12").
enum class ItemKind { Evidence, Placement, LogEntry, Evaluation, Competency, Credential };

QString itemKindName(ItemKind kind);                           // "evidence", "log", ...
std::optional<ItemKind> itemKindFromName(const QString &name); // accepts plural list names too

} // namespace pf
