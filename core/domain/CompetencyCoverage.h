#pragma once

#include <QString>

namespace pf {

// What backs one competency: the evidence, log hours, evaluations and credentials linked to it.
struct CompetencyCoverage
{
    qint64 competencyId = 0;
    QString code;
    QString title;
    int evidence = 0;
    int centiHours = 0;
    int evaluations = 0;
    int credentials = 0;

    bool isCovered() const { return evidence > 0 || centiHours > 0 || evaluations > 0 || credentials > 0; }
};

} // namespace pf
