#pragma once

#include "common/Result.h"
#include "domain/Competency.h"
#include "domain/CompetencyCoverage.h"

#include <QList>
#include <QPair>

namespace pf {

class Database;
class SearchIndex;

// Competencies grouped by framework; the thread linking evidence, log entries, evaluations and credentials.
class CompetencyRepository
{
public:
    CompetencyRepository(Database &db, SearchIndex &search) : m_db(db), m_search(search) {}

    // Creates the competency and, when named and new, its framework (found by name and source URL).
    Result<qint64> create(const Competency &item);
    Result<Competency> get(qint64 id) const;
    Result<QList<Competency>> list() const;
    qint64 count() const;
    // Every competency with what backs it, most backed first (then by code and title).
    Result<QList<CompetencyCoverage>> coverage() const;
    Status update(const Competency &item);
    // Links to evidence, log entries and credentials go with it; refused while an evaluation rates it.
    Status remove(qint64 id);

    // An existing competency defined at url, or 0.
    qint64 findByUrl(const QString &url) const;
    // An existing competency with this title (ignoring case) in this framework, or 0.
    qint64 findByTitle(const QString &frameworkName, const QString &title) const;
    // An existing competency with this framework and code, or 0.
    qint64 findByCode(const QString &frameworkName, const QString &frameworkUrl, const QString &code) const;
    // The first competency with code in a framework called frameworkName, whatever its source URL (a
    // badge names a framework, seldom the address the learner took it from); 0 if there is none.
    qint64 findByCodeInFramework(const QString &frameworkName, const QString &code) const;

private:
    Status validate(const Competency &item) const;
    Result<qint64> frameworkId(const Competency &item);
    Status index(qint64 id, const Competency &item);

    Database &m_db;
    SearchIndex &m_search;
};

} // namespace pf
