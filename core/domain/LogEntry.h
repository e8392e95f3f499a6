#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace pf {

// One dated entry in a placement's log: hours worked, what was done, what was learnt.
struct LogEntry
{
    qint64 id = 0;
    qint64 placementId = 0;
    QDate date;
    int centiHours = 0; // hours x 100, so 7.25 h is exact and totals never drift
    QString activities;
    QString reflection;
    QList<qint64> competencyIds;

    double hours() const { return centiHours / 100.0; }
};

} // namespace pf
