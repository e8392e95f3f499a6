#pragma once

#include <QDate>

namespace pf {

// Hours logged in one ISO week (Monday to Sunday).
struct WeeklyHours
{
    QDate weekStart;
    int centiHours = 0;
};

} // namespace pf
