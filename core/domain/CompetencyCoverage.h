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

    // How much backs it, as the coverage list is ordered: each item once, logged hours once in all.
    int weight() const { return evidence + credentials + evaluations + (centiHours > 0 ? 1 : 0); }
    bool isCovered() const { return weight() > 0; }
};

} // namespace pf
