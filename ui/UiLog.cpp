#include "UiLog.h"

namespace pf {

Q_LOGGING_CATEGORY(lcUi, "pathfolio.ui")

} // namespace pf
