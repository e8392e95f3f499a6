#include "EvaluationModel.h"

#include "Format.h"
#include "store/Store.h"

namespace pf {

EvaluationModel::EvaluationModel(Store &store, QObject *parent) : ListModel(parent), m_store(store) {}

int EvaluationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EvaluationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Evaluation &e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case DateRole:
        return e.date.toString(Qt::ISODate);
    case Qt::DisplayRole:
    case DateTextRole:
        return Format::date(e.date);
    case EvaluatorNameRole:
        return e.evaluatorName;
    case EvaluatorTitleRole:
        return e.evaluatorTitle;
    case RubricRole:
        return e.rubric;
    case ScaleMinRole:
        return e.scaleMin;
    case ScaleMaxRole:
        return e.scaleMax;
    case ScaleTextRole:
        return tr("Scale %1 to %2").arg(e.scaleMin).arg(e.scaleMax);
    case RatingsRole:
        return ratings(e);
    case CommentsRole:
        return e.comments;
    default:
        return {};
    }
}

QHash<int, QByteArray> EvaluationModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {DateRole, "date"},
            {DateTextRole, "dateText"},
            {EvaluatorNameRole, "evaluatorName"},
            {EvaluatorTitleRole, "evaluatorTitle"},
            {RubricRole, "rubric"},
            {ScaleMinRole, "scaleMin"},
            {ScaleMaxRole, "scaleMax"},
            {ScaleTextRole, "scaleText"},
            {RatingsRole, "ratings"},
            {CommentsRole, "comments"}};
}

QVariantList EvaluationModel::ratings(const Evaluation &item) const
{
    QVariantList list;
    const int span = item.scaleMax - item.scaleMin;
    for (const CompetencyRating &r : item.ratings) {
        list << QVariantMap{
            {QStringLiteral("competencyId"), r.competencyId},
            {QStringLiteral("title"), m_competencyTitles.value(r.competencyId)},
            {QStringLiteral("rating"), r.rating},
            {QStringLiteral("ratingText"), tr("%1 of %2").arg(r.rating).arg(item.scaleMax)},
            {QStringLiteral("comment"), r.comment},
            // Where the rating sits on the scale, 0 at the bottom and 1 at the top, for a bar.
            {QStringLiteral("fraction"), span > 0 ? double(r.rating - item.scaleMin) / span : 0.0}};
    }
    return list;
}

void EvaluationModel::setPlacementId(qint64 id)
{
    if (id == m_placementId)
        return;
    m_placementId = id;
    emit placementIdChanged();
    const int before = count();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
    if (before != 0 && count() == 0)
        emit countChanged();
}

qint64 EvaluationModel::idAt(int row) const
{
    return m_rows.at(row).id;
}

void EvaluationModel::reload()
{
    QList<Evaluation> fresh;
    if (m_placementId > 0) {
        auto competencies = m_store.competencies().list();
        if (!competencies) {
            reportError(competencies.error());
            return;
        }
        m_competencyTitles.clear();
        for (const Competency &c : *competencies)
            m_competencyTitles.insert(c.id, c.title);
        auto items = m_store.evaluations().listForPlacement(m_placementId);
        if (items)
            fresh = *items;
        else if (items.code() != ErrorCode::NotFound)
            reportError(items.error());
    }
    replaceRows(m_rows, std::move(fresh), [](const Evaluation &e) { return e.id; });
}

} // namespace pf
