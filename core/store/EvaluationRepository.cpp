#include "EvaluationRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "domain/Validation.h"

#include <QSet>

namespace pf {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, placement_id, date, evaluator_name, evaluator_title, rubric, "
                   "scale_min, scale_max, comments FROM evaluation");

Evaluation fromRow(const QSqlQuery &q)
{
    Evaluation e;
    e.id = q.value(0).toLongLong();
    e.placementId = q.value(1).toLongLong();
    e.date = sql::toDate(q.value(2));
    e.evaluatorName = q.value(3).toString();
    e.evaluatorTitle = q.value(4).toString();
    e.rubric = q.value(5).toString();
    e.scaleMin = q.value(6).toInt();
    e.scaleMax = q.value(7).toInt();
    e.comments = q.value(8).toString();
    return e;
}

} // namespace

Status EvaluationRepository::validate(const Evaluation &item) const
{
    if (!item.date.isValid())
        return Error{ErrorCode::InvalidDate, QStringLiteral("an evaluation needs a valid date")};
    if (Status s = validation::requireText(item.evaluatorName, QStringLiteral("evaluator")); !s)
        return s;
    if (item.scaleMin >= item.scaleMax)
        return Error{
            ErrorCode::InvalidArgument,
            QStringLiteral("the rubric's scale %1 to %2 is empty").arg(item.scaleMin).arg(item.scaleMax)};
    if (Status s =
            sql::requireRow(m_db, QStringLiteral("placement"), QStringLiteral("placement"), item.placementId);
        !s)
        return s;
    QSet<qint64> rated;
    for (const CompetencyRating &r : item.ratings) {
        if (r.rating < item.scaleMin || r.rating > item.scaleMax) {
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("the rating %1 for competency-%2 is outside the scale %3 to %4")
                             .arg(r.rating)
                             .arg(r.competencyId)
                             .arg(item.scaleMin)
                             .arg(item.scaleMax)};
        }
        if (rated.contains(r.competencyId))
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("competency-%1 is rated twice").arg(r.competencyId)};
        rated.insert(r.competencyId);
        if (Status s = sql::requireRow(m_db, QStringLiteral("competency"), QStringLiteral("competency"),
                                       r.competencyId);
            !s)
            return s;
    }
    return sql::requireRows(m_db, QStringLiteral("evidence"), QStringLiteral("evidence"), item.evidenceIds);
}

Status EvaluationRepository::writeDetails(qint64 id, const Evaluation &item)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM evaluation_rating WHERE evaluation_id = ?"), {id}); !r)
        return r.error();
    for (const CompetencyRating &rating : item.ratings) {
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO evaluation_rating (evaluation_id, competency_id, rating, comment) "
                           "VALUES (?, ?, ?, ?)"),
            {id, rating.competencyId, rating.rating, rating.comment});
        if (!r)
            return r.error();
    }
    if (Status s =
            sql::replaceLinks(m_db, QStringLiteral("evaluation_evidence"), QStringLiteral("evaluation_id"),
                              id, QStringLiteral("evidence_id"), item.evidenceIds);
        !s)
        return s;
    return m_search.update({ItemKind::Evaluation, id}, {{QStringLiteral("evaluator"), item.evaluatorName},
                                                        {QStringLiteral("comments"), item.comments}});
}

Result<qint64> EvaluationRepository::create(const Evaluation &item)
{
    qint64 id = 0;
    Status saved = m_db.transaction([&]() -> Status {
        if (Status s = validate(item); !s)
            return s;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO evaluation (placement_id, date, evaluator_name, evaluator_title, "
                           "rubric, scale_min, scale_max, comments) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {item.placementId, sql::fromDate(item.date), item.evaluatorName.trimmed(), item.evaluatorTitle,
             item.rubric, item.scaleMin, item.scaleMax, item.comments});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return writeDetails(id, item);
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<Evaluation> EvaluationRepository::get(qint64 id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("evaluation-%1 does not exist").arg(id)};
    Evaluation e = fromRow(*q);
    auto ratings = m_db.exec(QStringLiteral("SELECT competency_id, rating, comment FROM evaluation_rating "
                                            "WHERE evaluation_id = ? ORDER BY competency_id"),
                             {id});
    if (!ratings)
        return ratings.error();
    while (ratings->next())
        e.ratings << CompetencyRating{ratings->value(0).toLongLong(), ratings->value(1).toInt(),
                                      ratings->value(2).toString()};
    auto evidence = sql::links(m_db, QStringLiteral("evaluation_evidence"), QStringLiteral("evaluation_id"),
                               id, QStringLiteral("evidence_id"));
    if (!evidence)
        return evidence.error();
    e.evidenceIds = *evidence;
    return e;
}

Result<QList<Evaluation>> EvaluationRepository::listForPlacement(qint64 placementId) const
{
    if (Status s =
            sql::requireRow(m_db, QStringLiteral("placement"), QStringLiteral("placement"), placementId);
        !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT id FROM evaluation WHERE placement_id = ? ORDER BY date, id"),
                       {placementId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    QList<Evaluation> items;
    for (qint64 id : ids) {
        auto e = get(id);
        if (!e)
            return e.error();
        items << *e;
    }
    return items;
}

qint64 EvaluationRepository::count() const
{
    return sql::count(m_db, QStringLiteral("SELECT count(*) FROM evaluation"));
}

Status EvaluationRepository::update(const Evaluation &item)
{
    return m_db.transaction([&]() -> Status {
        if (Status s =
                sql::requireRow(m_db, QStringLiteral("evaluation"), QStringLiteral("evaluation"), item.id);
            !s)
            return s;
        if (Status s = validate(item); !s)
            return s;
        auto q = m_db.exec(
            QStringLiteral("UPDATE evaluation SET placement_id = ?, date = ?, evaluator_name = ?, "
                           "evaluator_title = ?, rubric = ?, scale_min = ?, scale_max = ?, comments = ? "
                           "WHERE id = ?"),
            {item.placementId, sql::fromDate(item.date), item.evaluatorName.trimmed(), item.evaluatorTitle,
             item.rubric, item.scaleMin, item.scaleMax, item.comments, item.id});
        if (!q)
            return q.error();
        return writeDetails(item.id, item);
    });
}

Status EvaluationRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = sql::deleteRow(m_db, QStringLiteral("evaluation"), QStringLiteral("evaluation"), id);
            !s)
            return s;
        return m_search.remove({ItemKind::Evaluation, id});
    });
}

} // namespace pf
