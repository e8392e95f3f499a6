#pragma once

#include "common/Result.h"
#include "domain/Evaluation.h"

#include <QList>

namespace pf {

class Database;
class SearchIndex;

// Supervisor evaluations of a placement: a rating per competency on a stated rubric, with cited evidence.
class EvaluationRepository
{
public:
    EvaluationRepository(Database &db, SearchIndex &search) : m_db(db), m_search(search) {}

    Result<qint64> create(const Evaluation &item);
    Result<Evaluation> get(qint64 id) const;
    Result<QList<Evaluation>> listForPlacement(qint64 placementId) const;
    qint64 count() const;
    Status update(const Evaluation &item);
    Status remove(qint64 id);

private:
    Status validate(const Evaluation &item) const;
    Status writeDetails(qint64 id, const Evaluation &item);

    Database &m_db;
    SearchIndex &m_search;
};

} // namespace pf
