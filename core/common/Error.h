#pragma once

#include "ErrorCode.h"

#include <QString>

namespace pf {

// What went wrong: a code for programs and the UI, and a technical message for logs and the CLI.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
    QString detail = {}; // a finer code where a standard defines one, e.g. a JSON-LD error code
};

} // namespace pf
