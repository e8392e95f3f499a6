#pragma once

#include "ItemKind.h"

#include <QDateTime>
#include <QString>

namespace pf {

// One thing the learner did lately: evidence added, a badge received, a day logged, an evaluation.
struct Activity
{
    ItemKind kind = ItemKind::Evidence;
    qint64 id = 0;
    QString title;         // the item's title, the badge's name, the placement's organisation
    QString detail;        // the course, the issuer, what was done that day, the evaluator
    int centiHours = 0;    // a log entry's hours
    QDateTime at;          // when it was added (evidence, badges) or happened (log entries, evaluations)
    bool dateOnly = false; // at has no time of day worth showing
};

} // namespace pf
