#pragma once

#include "Command.h"

#include <QList>

namespace pf::cli {

// The commands that add and remove items: evidence, placements, log entries, evaluations, competencies.
class ItemCommands
{
public:
    static QList<Command> commands();
};

} // namespace pf::cli
