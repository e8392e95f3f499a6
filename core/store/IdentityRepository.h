#pragma once

#include "LearnerIdentifier.h"
#include "common/Result.h"

#include <QList>

namespace pf {

class Database;

// The learner's name and identifiers, as entered in Settings; the identifiers serve recipient checks.
class IdentityRepository
{
public:
    explicit IdentityRepository(Database &db) : m_db(db) {}

    Status add(const LearnerIdentifier &identifier);
    Status remove(const LearnerIdentifier &identifier);
    Result<QList<LearnerIdentifier>> list() const;

    // The name the learner goes by, as the exported portfolio shows it; empty until set.
    Result<QString> name() const;
    Status setName(const QString &name);

    static QStringList kinds();

private:
    Database &m_db;
};

} // namespace pf
