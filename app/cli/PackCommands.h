#pragma once

#include "Command.h"

#include <QList>

namespace pf::cli {

// The commands for application packs, the saved selections that export --pack NAME writes: pack save,
// pack list, pack show and pack remove.
class PackCommands
{
public:
    static QList<Command> commands();
};

} // namespace pf::cli
