#include "TrustModel.h"

#include "Format.h"
#include "store/Store.h"

namespace pf {

TrustModel::TrustModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

int TrustModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TrustModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrustedIssuer &i = m_rows.at(index.row());
    switch (role) {
    case IssuerIdRole:
        return i.id;
    case Qt::DisplayRole:
    case NameRole:
        return i.name.isEmpty() ? i.id : i.name;
    case NoteRole:
        return i.note;
    case AddedTextRole:
        return Format::date(i.addedAt.toLocalTime().date());
    default:
        return {};
    }
}

QHash<int, QByteArray> TrustModel::roleNames() const
{
    return {{IssuerIdRole, "issuerId"}, {NameRole, "name"}, {NoteRole, "note"}, {AddedTextRole, "addedText"}};
}

qint64 TrustModel::idAt(int row) const
{
    return keyFor(m_rows.at(row).id);
}

void TrustModel::reload()
{
    // The store lists them by name already.
    auto items = m_store.trust().list();
    if (!items) {
        reportError(items.error());
        return;
    }
    replaceRows(m_rows, std::move(*items), [this](const TrustedIssuer &i) { return keyFor(i.id); });
}

} // namespace pf
