#pragma once

#include "Command.h"

#include <QList>

namespace pf::cli {

// The commands that read the store: list, show and search.
class QueryCommands
{
public:
    static QList<Command> commands();
};

} // namespace pf::cli
