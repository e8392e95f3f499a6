#include "CompetencyRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "domain/Validation.h"

#include <QUrl>

namespace pf {

namespace {

const QString kSelect =
    QStringLiteral("SELECT c.id, ifnull(c.framework_id, 0), ifnull(f.name, ''), ifnull(f.source_url, ''), "
                   "c.code, c.title, c.description, c.url FROM competency c "
                   "LEFT JOIN framework f ON f.id = c.framework_id");

Competency fromRow(const QSqlQuery &q)
{
    return Competency{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                      q.value(6).toString(),   q.value(7).toString()};
}

} // namespace

Status CompetencyRepository::validate(const Competency &item) const
{
    if (Status s = validation::requireText(item.title, QStringLiteral("title")); !s)
        return s;
    if (!item.frameworkUrl.isEmpty()) {
        if (item.frameworkName.trimmed().isEmpty())
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("a framework URL needs a framework name")};
        const QUrl url(item.frameworkUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a URL").arg(item.frameworkUrl)};
    }
    if (!item.url.isEmpty()) {
        const QUrl url(item.url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a URL").arg(item.url)};
        const qint64 sameUrl = findByUrl(item.url);
        if (sameUrl != 0 && sameUrl != item.id)
            return Error{ErrorCode::Duplicate,
                         QStringLiteral("competency-%1 is already defined at %2").arg(sameUrl).arg(item.url)};
    }
    const qint64 existing = findByCode(item.frameworkName, item.frameworkUrl, item.code);
    if (!item.code.isEmpty() && existing != 0 && existing != item.id) {
        return Error{ErrorCode::Duplicate,
                     QStringLiteral("competency-%1 already has the code %2 in this framework")
                         .arg(existing)
                         .arg(item.code)};
    }
    return {};
}

Result<QList<CompetencyCoverage>> CompetencyRepository::coverage() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT c.id, c.code, c.title, "
        "(SELECT count(*) FROM evidence_competency x WHERE x.competency_id = c.id) AS evidence, "
        "(SELECT ifnull(sum(e.centi_hours), 0) FROM log_entry_competency x JOIN log_entry e ON e.id = "
        "x.log_entry_id "
        " WHERE x.competency_id = c.id) AS hours, "
        "(SELECT count(DISTINCT r.evaluation_id) FROM evaluation_rating r WHERE r.competency_id = c.id) AS "
        "evaluations, "
        "(SELECT count(*) FROM credential_competency x WHERE x.competency_id = c.id) AS credentials "
        "FROM competency c "
        "ORDER BY (evidence + credentials + evaluations + (hours > 0)) DESC, hours DESC, c.code, c.title"));
    if (!q)
        return q.error();
    QList<CompetencyCoverage> items;
    while (q->next()) {
        CompetencyCoverage c;
        c.competencyId = q->value(0).toLongLong();
        c.code = q->value(1).toString();
        c.title = q->value(2).toString();
        c.evidence = q->value(3).toInt();
        c.centiHours = q->value(4).toInt();
        c.evaluations = q->value(5).toInt();
        c.credentials = q->value(6).toInt();
        items << c;
    }
    return items;
}

qint64 CompetencyRepository::findByUrl(const QString &url) const
{
    if (url.isEmpty())
        return 0;
    return sql::count(m_db, QStringLiteral("SELECT id FROM competency WHERE url = ?"), {url});
}

qint64 CompetencyRepository::findByTitle(const QString &frameworkName, const QString &title) const
{
    return sql::count(
        m_db,
        QStringLiteral("SELECT c.id FROM competency c LEFT JOIN framework f ON f.id = c.framework_id "
                       "WHERE lower(c.title) = lower(?) AND ifnull(f.name, '') = ? ORDER BY c.id LIMIT 1"),
        {title.trimmed(), frameworkName.trimmed()});
}

qint64 CompetencyRepository::findByCode(const QString &frameworkName, const QString &frameworkUrl,
                                        const QString &code) const
{
    if (code.isEmpty())
        return 0;
    return sql::count(
        m_db,
        QStringLiteral("SELECT c.id FROM competency c LEFT JOIN framework f ON f.id = c.framework_id "
                       "WHERE c.code = ? AND ifnull(f.name, '') = ? AND ifnull(f.source_url, '') = ?"),
        {code, frameworkName.trimmed(), frameworkUrl.trimmed()});
}

qint64 CompetencyRepository::findByCodeInFramework(const QString &frameworkName, const QString &code) const
{
    if (code.trimmed().isEmpty())
        return 0;
    return sql::count(
        m_db,
        QStringLiteral("SELECT c.id FROM competency c LEFT JOIN framework f ON f.id = c.framework_id "
                       "WHERE c.code = ? AND ifnull(f.name, '') = ? ORDER BY c.id LIMIT 1"),
        {code.trimmed(), frameworkName.trimmed()});
}

Result<qint64> CompetencyRepository::frameworkId(const Competency &item)
{
    const QString name = item.frameworkName.trimmed();
    if (name.isEmpty())
        return qint64(0);
    auto q = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO framework (name, source_url) VALUES (?, ?)"),
                       {name, item.frameworkUrl.trimmed()});
    if (!q)
        return q.error();
    return sql::count(m_db, QStringLiteral("SELECT id FROM framework WHERE name = ? AND source_url = ?"),
                      {name, item.frameworkUrl.trimmed()});
}

Status CompetencyRepository::index(qint64 id, const Competency &item)
{
    return m_search.update({ItemKind::Competency, id}, {{QStringLiteral("title"), item.title},
                                                        {QStringLiteral("code"), item.code},
                                                        {QStringLiteral("framework"), item.frameworkName},
                                                        {QStringLiteral("description"), item.description}});
}

Result<qint64> CompetencyRepository::create(const Competency &item)
{
    qint64 id = 0;
    Status saved = m_db.transaction([&]() -> Status {
        if (Status s = validate(item); !s)
            return s;
        auto framework = frameworkId(item);
        if (!framework)
            return framework.error();
        auto q = m_db.exec(QStringLiteral("INSERT INTO competency (framework_id, code, title, description, "
                                          "url) VALUES (?, ?, ?, ?, ?)"),
                           {*framework ? QVariant(*framework) : QVariant(), item.code.trimmed(),
                            item.title.trimmed(), item.description, item.url.trimmed()});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return index(id, item);
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<Competency> CompetencyRepository::get(qint64 id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE c.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("competency-%1 does not exist").arg(id)};
    return fromRow(*q);
}

Result<QList<Competency>> CompetencyRepository::list() const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" ORDER BY ifnull(f.name, ''), c.code, c.title"));
    if (!q)
        return q.error();
    QList<Competency> items;
    while (q->next())
        items << fromRow(*q);
    return items;
}

qint64 CompetencyRepository::count() const
{
    return sql::count(m_db, QStringLiteral("SELECT count(*) FROM competency"));
}

Status CompetencyRepository::update(const Competency &item)
{
    return m_db.transaction([&]() -> Status {
        if (Status s =
                sql::requireRow(m_db, QStringLiteral("competency"), QStringLiteral("competency"), item.id);
            !s)
            return s;
        if (Status s = validate(item); !s)
            return s;
        auto framework = frameworkId(item);
        if (!framework)
            return framework.error();
        auto q = m_db.exec(QStringLiteral("UPDATE competency SET framework_id = ?, code = ?, title = ?, "
                                          "description = ?, url = ? WHERE id = ?"),
                           {*framework ? QVariant(*framework) : QVariant(), item.code.trimmed(),
                            item.title.trimmed(), item.description, item.url.trimmed(), item.id});
        if (!q)
            return q.error();
        return index(item.id, item);
    });
}

Status CompetencyRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        const qint64 ratings = sql::count(
            m_db, QStringLiteral("SELECT count(*) FROM evaluation_rating WHERE competency_id = ?"), {id});
        if (ratings > 0) {
            return Error{ErrorCode::InUse,
                         QStringLiteral("competency-%1 is rated in %2 supervisor evaluations; "
                                        "remove those ratings first")
                             .arg(id)
                             .arg(ratings)};
        }
        if (Status s = sql::deleteRow(m_db, QStringLiteral("competency"), QStringLiteral("competency"), id);
            !s)
            return s;
        // A framework left without competencies goes too.
        if (auto r = m_db.exec(
                QStringLiteral("DELETE FROM framework WHERE id NOT IN (SELECT framework_id FROM competency "
                               "WHERE framework_id IS NOT NULL)"));
            !r)
            return r.error();
        return m_search.remove({ItemKind::Competency, id});
    });
}

} // namespace pf
