#pragma once

#include "Command.h"

#include <QList>

namespace pf::cli {

// The commands for badges and credentials: import, bake and the offline cache.
class CredentialCommands
{
public:
    static QList<Command> commands();
};

} // namespace pf::cli
