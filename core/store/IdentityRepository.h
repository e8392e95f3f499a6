#pragma once

#include "LearnerIdentifier.h"
#include "common/Result.h"

#include <QList>

namespace pf {

class Database;

// The learner's identifiers, as entered in Settings, for recipient checks.
class IdentityRepository
{
public:
    explicit IdentityRepository(Database &db) : m_db(db) {}

    Status add(const LearnerIdentifier &identifier);
    Status remove(const LearnerIdentifier &identifier);
    Result<QList<LearnerIdentifier>> list() const;

    static QStringList kinds();

private:
    Database &m_db;
};

} // namespace pf
