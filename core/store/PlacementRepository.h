#pragma once

#include "common/Result.h"
#include "domain/CompetencyHours.h"
#include "domain/Placement.h"
#include "domain/WeeklyHours.h"

#include <QList>

namespace pf {

class Database;
class SearchIndex;

// Placements (internships, apprenticeships, ...) and the hour totals computed from their log entries.
class PlacementRepository
{
public:
    PlacementRepository(Database &db, SearchIndex &search) : m_db(db), m_search(search) {}

    Result<qint64> create(const Placement &item);
    Result<Placement> get(qint64 id) const;
    Result<QList<Placement>> list() const;
    qint64 count() const;
    // Refused when log entries would fall outside the new dates.
    Status update(const Placement &item);
    // Refused with InUse while log entries or evaluations belong to it, unless withEntries is set.
    Status remove(qint64 id, bool withEntries = false);

    // Totals are queries over the log, never stored copies.
    Result<int> totalCentiHours(qint64 placementId) const;
    Result<QList<WeeklyHours>> weeklyHours(qint64 placementId) const;
    // Per competency, for one placement or (placementId 0) for all of them.
    Result<QList<CompetencyHours>> competencyHours(qint64 placementId = 0) const;

private:
    Status validate(const Placement &item) const;
    Status index(qint64 id, const Placement &item);

    Database &m_db;
    SearchIndex &m_search;
};

} // namespace pf
