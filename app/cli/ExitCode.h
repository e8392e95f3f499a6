#pragma once

namespace pf::cli {

// The exit statuses of the command-line contract (shared/design/CLI.md).
enum ExitCode : int {
    Success = 0, // the command succeeded, every input valid
    Invalid = 1, // an input was invalid, unknown or unchecked, or refused by import
    Failure = 2, // a usage or I/O error
};

} // namespace pf::cli
