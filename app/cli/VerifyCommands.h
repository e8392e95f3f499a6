#pragma once

#include "Command.h"

#include <QList>

namespace pf::cli {

// The commands of the verifier: verify, the trust list and the learner's identifiers.
class VerifyCommands
{
public:
    static QList<Command> commands();
};

} // namespace pf::cli
