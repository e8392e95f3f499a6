#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pf {

// A supervisor's rating of one competency within an Evaluation.
struct CompetencyRating
{
    qint64 competencyId = 0;
    int rating = 0;
    QString comment;
};

// A supervisor's evaluation of the learner during a placement, on a stated rubric.
struct Evaluation
{
    qint64 id = 0;
    qint64 placementId = 0;
    QDate date;
    QString evaluatorName;
    QString evaluatorTitle;
    QString rubric; // the scale's name and meaning, e.g. "1 = novice ... 5 = expert"
    int scaleMin = 1;
    int scaleMax = 5;
    QList<CompetencyRating> ratings;
    QString comments;
    QList<qint64> evidenceIds;
};

} // namespace pf
