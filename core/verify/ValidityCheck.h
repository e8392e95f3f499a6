#pragma once

#include "Check.h"

#include <QDateTime>
#include <QJsonObject>

namespace pf {

// Whether the credential is within its validity window at the chosen moment.
class ValidityCheck
{
public:
    static Check run(const QJsonObject &derived, const QDateTime &at);
};

} // namespace pf
