#pragma once

#include "ErrorCode.h"

#include <QString>

namespace pf {

// What went wrong: a code for programs and the UI, and a technical message for logs and the CLI.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
};

} // namespace pf
