#include "PlacementModel.h"

#include "Format.h"
#include "store/Store.h"

namespace pf {

PlacementModel::PlacementModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

int PlacementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlacementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Placement &p = row.item;
    switch (role) {
    case Qt::DisplayRole:
    case OrganisationRole:
        return p.organisation;
    case IdRole:
        return p.id;
    case RoleTitleRole:
        return p.role;
    case KindRole:
        return Placement::kindName(p.kind);
    case KindLabelRole:
        return Format::placementKind(p.kind);
    case SupervisorNameRole:
        return p.supervisorName;
    case SupervisorTitleRole:
        return p.supervisorTitle;
    case SupervisorEmailRole:
        return p.supervisorEmail;
    case StartDateRole:
        return p.startDate.toString(Qt::ISODate);
    case EndDateRole:
        return p.endDate.isValid() ? p.endDate.toString(Qt::ISODate) : QString();
    case PeriodTextRole:
        return Format::period(p.startDate, p.endDate);
    case OngoingRole:
        return !p.endDate.isValid();
    case LocationRole:
        return p.location;
    case DescriptionRole:
        return p.description;
    case CentiHoursRole:
        return row.centiHours;
    case TotalHoursTextRole:
        return Format::hours(row.centiHours);
    case EntryCountRole:
        return row.entryCount;
    case EvaluationCountRole:
        return row.evaluationCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> PlacementModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {OrganisationRole, "organisation"},
            {RoleTitleRole, "roleTitle"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {SupervisorNameRole, "supervisorName"},
            {SupervisorTitleRole, "supervisorTitle"},
            {SupervisorEmailRole, "supervisorEmail"},
            {StartDateRole, "startDate"},
            {EndDateRole, "endDate"},
            {PeriodTextRole, "periodText"},
            {OngoingRole, "ongoing"},
            {LocationRole, "location"},
            {DescriptionRole, "description"},
            {CentiHoursRole, "centiHours"},
            {TotalHoursTextRole, "totalHoursText"},
            {EntryCountRole, "entryCount"},
            {EvaluationCountRole, "evaluationCount"}};
}

qint64 PlacementModel::idAt(int row) const
{
    return m_rows.at(row).item.id;
}

void PlacementModel::reload()
{
    auto items = m_store.placements().list();
    if (!items) {
        reportError(items.error());
        return;
    }
    QList<Row> fresh;
    for (const Placement &p : *items) {
        Row row{p};
        auto total = m_store.placements().totalCentiHours(p.id);
        auto entries = m_store.logEntries().listForPlacement(p.id);
        auto evaluations = m_store.evaluations().listForPlacement(p.id);
        if (!total || !entries || !evaluations) {
            reportError(!total ? total.error() : !entries ? entries.error() : evaluations.error());
            return;
        }
        row.centiHours = *total;
        row.entryCount = int(entries->size());
        row.evaluationCount = int(evaluations->size());
        fresh << row;
    }
    replaceRows(m_rows, std::move(fresh), [](const Row &row) { return row.item.id; });
}

} // namespace pf
