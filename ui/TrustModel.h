#pragma once

#include "ListModel.h"
#include "store/TrustedIssuer.h"

namespace pf {

class Store;

// The issuers the user has chosen to trust, by name.
class TrustModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("TrustModel is built by the application")

public:
    enum Roles {
        IssuerIdRole = Qt::UserRole,
        NameRole,
        NoteRole,
        AddedTextRole,
    };
    Q_ENUM(Roles)

    explicit TrustModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;

private:
    qint64 idAt(int row) const override;

    Store &m_store;
    QList<TrustedIssuer> m_rows;
};

} // namespace pf
