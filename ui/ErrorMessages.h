#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace pf {

// The one place where core's error codes become sentences a learner can act on, in their language.
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(pf::ErrorMessages)

public:
    static QString sentence(ErrorCode code);

    // A sentence about one form field ("title", "endDate", ...) when the field says more than the code.
    static QString forField(const QString &field, ErrorCode code);
};

} // namespace pf
