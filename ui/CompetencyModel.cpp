#include "CompetencyModel.h"

#include "Format.h"
#include "store/Store.h"

namespace pf {

CompetencyModel::CompetencyModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

int CompetencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CompetencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Competency &c = row.item;
    switch (role) {
    case IdRole:
        return c.id;
    case CodeRole:
        return c.code;
    case TitleRole:
        return c.title;
    case Qt::DisplayRole:
    case LabelRole:
        return c.code.isEmpty() ? c.title : tr("%1 %2", "competency code, then title").arg(c.code, c.title);
    case DescriptionRole:
        return c.description;
    case FrameworkRole:
        return c.frameworkName.isEmpty() ? tr("Your own competencies") : c.frameworkName;
    case FrameworkUrlRole:
        return c.frameworkUrl;
    case EvidenceCountRole:
        return row.evidenceCount;
    case CentiHoursRole:
        return row.centiHours;
    case HoursTextRole:
        return Format::hours(row.centiHours);
    default:
        return {};
    }
}

QHash<int, QByteArray> CompetencyModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {CodeRole, "code"},
            {TitleRole, "title"},
            {LabelRole, "label"},
            {DescriptionRole, "description"},
            {FrameworkRole, "framework"},
            {FrameworkUrlRole, "frameworkUrl"},
            {EvidenceCountRole, "evidenceCount"},
            {CentiHoursRole, "centiHours"},
            {HoursTextRole, "hoursText"}};
}

qint64 CompetencyModel::idAt(int row) const
{
    return m_rows.at(row).item.id;
}

void CompetencyModel::reload()
{
    auto items = m_store.competencies().list();
    auto evidence = m_store.evidence().list();
    auto hours = m_store.placements().competencyHours();
    if (!items || !evidence || !hours) {
        reportError(!items ? items.error() : !evidence ? evidence.error() : hours.error());
        return;
    }
    QHash<qint64, int> evidenceCounts;
    for (const Evidence &e : *evidence) {
        for (qint64 id : e.competencyIds)
            ++evidenceCounts[id];
    }
    QHash<qint64, int> centiHours;
    for (const CompetencyHours &h : *hours)
        centiHours.insert(h.competencyId, h.centiHours);

    QList<Row> fresh;
    for (const Competency &c : *items)
        fresh << Row{c, evidenceCounts.value(c.id), centiHours.value(c.id)};
    replaceRows(m_rows, std::move(fresh), [](const Row &row) { return row.item.id; });
}

} // namespace pf
