#pragma once

#include "common/Result.h"
#include "domain/LogEntry.h"

#include <QList>

namespace pf {

class Database;
class SearchIndex;

// The dated entries of a placement's log, each with hours and the competencies practised.
class LogEntryRepository
{
public:
    LogEntryRepository(Database &db, SearchIndex &search) : m_db(db), m_search(search) {}

    Result<qint64> create(const LogEntry &item);
    Result<LogEntry> get(qint64 id) const;
    Result<QList<LogEntry>> listForPlacement(qint64 placementId) const;
    qint64 count() const;
    Status update(const LogEntry &item);
    Status remove(qint64 id);

private:
    Status validate(const LogEntry &item) const;
    Status writeDetails(qint64 id, const LogEntry &item);

    Database &m_db;
    SearchIndex &m_search;
};

} // namespace pf
