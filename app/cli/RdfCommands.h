#pragma once

#include "Command.h"

#include <QList>

namespace pf::cli {

// Developer tools: the RDF that Pathfolio derives from a document, to compare with other implementations.
class RdfCommands
{
public:
    static QList<Command> commands();
};

} // namespace pf::cli
