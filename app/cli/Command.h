#pragma once

#include "ArgumentParser.h"

#include <QString>
#include <functional>

namespace pf {
class Store;
}

namespace pf::cli {

class CliOutput;

// One subcommand of pathfolio-cli: its name, its options and what it does with an open store.
struct Command
{
    QString name;    // "evidence add", "list", ...
    QString usage;   // the arguments after the name, for help
    QString summary; // one sentence
    std::function<void(ArgumentParser &)> declareOptions;
    std::function<int(Store &, CliOutput &, const ArgumentParser &)> run;
};

} // namespace pf::cli
