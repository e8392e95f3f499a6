#pragma once

#include "common/Result.h"
#include "domain/Activity.h"

#include <QDate>
#include <QList>

namespace pf {

class Database;

// Reads across the learner's items for the Home page: what was done lately, and hours logged in a period.
class ActivityRepository
{
public:
    explicit ActivityRepository(Database &db) : m_db(db) {}

    // The newest limit activities, newest first: evidence and badges by when they were added, log
    // entries and evaluations by their own date.
    Result<QList<Activity>> recent(int limit = 8) const;
    // Hours (in hundredths) logged in every placement on the days from first to last, both included.
    Result<int> centiHoursBetween(const QDate &first, const QDate &last) const;

private:
    Database &m_db;
};

} // namespace pf
