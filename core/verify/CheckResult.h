#pragma once

#include <QString>

namespace pf {

// The four honest answers a check can give.
enum class CheckResult {
    Valid,     // checked, and it holds
    Invalid,   // checked, and it does not hold
    Unknown,   // could not be checked (the message says why: a missing document, say)
    Unchecked, // did not apply, or was not attempted
};

QString checkResultName(CheckResult result); // "valid", "invalid", "unknown", "unchecked"

} // namespace pf
