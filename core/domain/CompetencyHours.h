#pragma once

#include <QString>

namespace pf {

// Hours logged against one competency.
struct CompetencyHours
{
    qint64 competencyId = 0;
    QString title;
    int centiHours = 0;
};

} // namespace pf
