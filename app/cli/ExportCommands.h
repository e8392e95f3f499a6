#pragma once

#include "Command.h"

#include <QList>

namespace pf::cli {

// The commands that export the portfolio for someone else to read and re-verify: export.
class ExportCommands
{
public:
    static QList<Command> commands();
};

} // namespace pf::cli
