#include "CheckResult.h"

namespace pf {

QString checkResultName(CheckResult result)
{
    switch (result) {
    case CheckResult::Valid: return QStringLiteral("valid");
    case CheckResult::Invalid: return QStringLiteral("invalid");
    case CheckResult::Unknown: return QStringLiteral("unknown");
    case CheckResult::Unchecked: return QStringLiteral("unchecked");
    }
    return {};
}

} // namespace pf
