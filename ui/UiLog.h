#pragma once

#include <QLoggingCategory>

namespace pf {

// The technical side of what the UI shows as one sentence: codes and core's messages, for bug reports.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace pf
