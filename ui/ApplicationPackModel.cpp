#include "ApplicationPackModel.h"

#include "Format.h"
#include "PackItemModel.h"
#include "store/Store.h"

namespace pf {

ApplicationPackModel::ApplicationPackModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

int ApplicationPackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ApplicationPackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationPack &p = m_rows.at(index.row());
    switch (role) {
    case PackIdRole:
        return p.id;
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case TargetRoleRole:
        return p.targetRole;
    case SummaryRole:
        return PackItemModel::summaryOf(p);
    case UpdatedTextRole:
        return Format::date(p.updatedAt.toLocalTime().date());
    default:
        return {};
    }
}

QHash<int, QByteArray> ApplicationPackModel::roleNames() const
{
    return {{PackIdRole, "packId"},
            {NameRole, "name"},
            {TargetRoleRole, "targetRole"},
            {SummaryRole, "summary"},
            {UpdatedTextRole, "updatedText"}};
}

qint64 ApplicationPackModel::idAt(int row) const
{
    return m_rows.at(row).id;
}

void ApplicationPackModel::reload()
{
    // The store lists them by name, each with its items.
    auto packs = m_store.packs().list();
    if (!packs) {
        reportError(packs.error());
        return;
    }
    replaceRows(m_rows, std::move(*packs), [](const ApplicationPack &p) { return p.id; });
}

} // namespace pf
