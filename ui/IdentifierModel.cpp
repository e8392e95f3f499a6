#include "IdentifierModel.h"

#include "store/Store.h"

namespace pf {

IdentifierModel::IdentifierModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

int IdentifierModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant IdentifierModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LearnerIdentifier &i = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return i.kind;
    case KindLabelRole:
        return kindLabel(i.kind);
    case Qt::DisplayRole:
    case ValueRole:
        return i.value;
    default:
        return {};
    }
}

QHash<int, QByteArray> IdentifierModel::roleNames() const
{
    return {{KindRole, "kind"}, {KindLabelRole, "kindLabel"}, {ValueRole, "value"}};
}

QString IdentifierModel::kindLabel(const QString &kind)
{
    if (kind == u"email")
        return tr("E-mail");
    if (kind == u"did")
        return tr("DID");
    if (kind == u"url")
        return tr("Web address");
    if (kind == u"phone")
        return tr("Phone");
    if (kind == u"student-id")
        return tr("Student ID");
    return tr("Other");
}

qint64 IdentifierModel::idAt(int row) const
{
    return keyOf(m_rows.at(row));
}

qint64 IdentifierModel::keyOf(const LearnerIdentifier &identifier) const
{
    // The same value can be a DID and a web address; the kind keeps the two rows apart.
    return keyFor(identifier.kind + u' ' + identifier.value);
}

void IdentifierModel::reload()
{
    // The store lists them by kind, then value.
    auto items = m_store.identities().list();
    if (!items) {
        reportError(items.error());
        return;
    }
    replaceRows(m_rows, std::move(*items), [this](const LearnerIdentifier &i) { return keyOf(i); });
}

} // namespace pf
