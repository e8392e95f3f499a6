#include "EvaluationController.h"

#include "Format.h"
#include "domain/Validation.h"
#include "store/Store.h"

namespace pf {

EvaluationController::EvaluationController(Store &store, QObject *parent)
    : FormController(parent), m_store(store)
{
}

QVariantMap EvaluationController::load(qint64 id)
{
    auto item = m_store.evaluations().get(id);
    if (!item) {
        reportFailure(item.error());
        return {};
    }
    const Evaluation &e = *item;
    QVariantList ratings;
    for (const CompetencyRating &r : e.ratings)
        ratings << QVariantMap{{QStringLiteral("competencyId"), r.competencyId},
                               {QStringLiteral("rating"), r.rating},
                               {QStringLiteral("comment"), r.comment}};
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("placementId"), e.placementId},
            {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
            {QStringLiteral("evaluatorName"), e.evaluatorName},
            {QStringLiteral("evaluatorTitle"), e.evaluatorTitle},
            {QStringLiteral("rubric"), e.rubric},
            {QStringLiteral("scaleMin"), e.scaleMin},
            {QStringLiteral("scaleMax"), e.scaleMax},
            {QStringLiteral("ratings"), ratings},
            {QStringLiteral("comments"), e.comments}};
}

QVariantMap EvaluationController::blank(qint64 placementId) const
{
    QVariantMap form{{QStringLiteral("id"), 0},
                     {QStringLiteral("placementId"), placementId},
                     {QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)},
                     {QStringLiteral("evaluatorName"), QString()},
                     {QStringLiteral("evaluatorTitle"), QString()},
                     {QStringLiteral("rubric"),
                      tr("1 = beginning, 2 = developing, 3 = competent, 4 = proficient, 5 = excellent")},
                     {QStringLiteral("scaleMin"), 1},
                     {QStringLiteral("scaleMax"), 5},
                     {QStringLiteral("ratings"), QVariantList()},
                     {QStringLiteral("comments"), QString()}};
    if (auto placement = m_store.placements().get(placementId); placement) {
        form.insert(QStringLiteral("evaluatorName"), placement->supervisorName);
        form.insert(QStringLiteral("evaluatorTitle"), placement->supervisorTitle);
    }
    return form;
}

qint64 EvaluationController::save(const QVariantMap &form)
{
    clearErrors();
    // Editing starts from the stored item, so fields this form does not show are kept.
    Evaluation e;
    if (const qint64 id = form.value(QStringLiteral("id")).toLongLong(); id > 0) {
        auto existing = m_store.evaluations().get(id);
        if (!existing) {
            rejectSave(existing.error());
            return 0;
        }
        e = *existing;
    }
    if (e.id == 0)
        e.placementId = form.value(QStringLiteral("placementId")).toLongLong();
    e.evaluatorName = text(form, "evaluatorName").trimmed();
    e.evaluatorTitle = text(form, "evaluatorTitle").trimmed();
    e.rubric = text(form, "rubric").trimmed();
    e.comments = text(form, "comments");
    e.ratings.clear();
    bool minOk = false;
    bool maxOk = false;
    e.scaleMin = form.value(QStringLiteral("scaleMin")).toInt(&minOk);
    e.scaleMax = form.value(QStringLiteral("scaleMax")).toInt(&maxOk);

    if (auto date = validation::parseDate(text(form, "date"), QStringLiteral("date")); date)
        e.date = *date;
    else
        addFieldError(QStringLiteral("date"), date.code());
    if (Status s = validation::requireText(e.evaluatorName, QStringLiteral("evaluator")); !s)
        addFieldError(QStringLiteral("evaluatorName"), s.code());
    if (!minOk || !maxOk || e.scaleMin >= e.scaleMax)
        addFieldError(QStringLiteral("scale"), ErrorCode::InvalidArgument);
    for (const QVariant &value : form.value(QStringLiteral("ratings")).toList()) {
        const QVariantMap map = value.toMap();
        CompetencyRating r{map.value(QStringLiteral("competencyId")).toLongLong(),
                           map.value(QStringLiteral("rating")).toInt(),
                           map.value(QStringLiteral("comment")).toString()};
        if (r.rating < e.scaleMin || r.rating > e.scaleMax)
            addFieldError(QStringLiteral("ratings"), ErrorCode::InvalidArgument);
        e.ratings << r;
    }
    if (hasFieldErrors()) {
        rejectFields();
        return 0;
    }

    return persist(
        e.id, [&] { return m_store.evaluations().update(e); },
        [&] { return m_store.evaluations().create(e); });
}

QString EvaluationController::deleteQuestion(qint64 id) const
{
    auto item = m_store.evaluations().get(id);
    if (!item)
        return tr("Delete this evaluation?");
    return tr("Delete the evaluation by %1 of %2? This cannot be undone.")
        .arg(item->evaluatorName, Format::date(item->date));
}

bool EvaluationController::remove(qint64 id)
{
    if (Status s = m_store.evaluations().remove(id); !s) {
        reportFailure(s.error());
        return false;
    }
    emit changed();
    return true;
}

} // namespace pf
