#pragma once

#include "common/Result.h"
#include "domain/ApplicationPack.h"

#include <QList>

namespace pf {

class Database;

// The learner's application packs (ApplicationPack): named selections of credentials, evidence,
// placements and competencies, with a target role and cover note, kept for the next export.
class ApplicationPackRepository
{
public:
    explicit ApplicationPackRepository(Database &db) : m_db(db) {}

    // A name is required and unique ignoring case (Duplicate); every item must exist (NotFound naming it).
    Result<qint64> create(const ApplicationPack &pack);
    Result<ApplicationPack> get(qint64 id) const;
    // The pack called name, ignoring case; NotFound naming the packs there are.
    Result<ApplicationPack> findByName(const QString &name) const;
    // By name.
    Result<QList<ApplicationPack>> list() const;
    Status update(const ApplicationPack &pack);
    Status remove(qint64 id);

private:
    Status validate(const ApplicationPack &pack) const;
    Status saveLinks(const ApplicationPack &pack, qint64 id);
    Result<ApplicationPack> withLinks(ApplicationPack pack) const;

    Database &m_db;
};

} // namespace pf
