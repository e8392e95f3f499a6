#include "CredentialModel.h"

#include "Format.h"
#include "store/Store.h"

namespace pf {

CredentialModel::CredentialModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

int CredentialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CredentialModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Credential &c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case Qt::DisplayRole:
    case NameRole:
        return c.name.isEmpty() ? c.sourceFileName : c.name;
    case IssuerRole:
        return c.issuerName;
    case IssuedTextRole:
        return Format::date(c.issuedAt.date());
    case ValidUntilTextRole:
        return c.validUntil.isValid() ? Format::date(c.validUntil.date()) : QString();
    case FormatRole:
        return c.format;
    case FileNameRole:
        return c.sourceFileName;
    default:
        return {};
    }
}

QHash<int, QByteArray> CredentialModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {NameRole, "name"},
            {IssuerRole, "issuer"},
            {IssuedTextRole, "issuedText"},
            {ValidUntilTextRole, "validUntilText"},
            {FormatRole, "format"},
            {FileNameRole, "fileName"}};
}

qint64 CredentialModel::idAt(int row) const
{
    return m_rows.at(row).id;
}

void CredentialModel::reload()
{
    auto items = m_store.credentials().list();
    if (!items) {
        reportError(items.error());
        return;
    }
    replaceRows(m_rows, *items, [](const Credential &c) { return c.id; });
}

} // namespace pf
