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
    // The counts come from one aggregate query: reading every evidence item to count its links would
    // take a second with 50,000 of them.
    auto items = m_store.competencies().list();
    auto coverage = m_store.competencies().coverage();
    if (!items || !coverage) {
        reportError(!items ? items.error() : coverage.error());
        return;
    }
    QHash<qint64, CompetencyCoverage> backing;
    for (const CompetencyCoverage &c : *coverage)
        backing.insert(c.competencyId, c);

    QList<Row> fresh;
    for (const Competency &c : *items) {
        const CompetencyCoverage b = backing.value(c.id);
        fresh << Row{c, b.evidence, b.centiHours};
    }
    replaceRows(m_rows, std::move(fresh), [](const Row &row) { return row.item.id; });
}

} // namespace pf
