#pragma once

#include "ListModel.h"
#include "domain/ApplicationPack.h"

namespace pf {

class Store;

// The learner's application packs by name, each with what it holds in words, for the Export page.
class ApplicationPackModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ApplicationPackModel is built by the application")

public:
    enum Roles {
        PackIdRole = Qt::UserRole,
        NameRole,
        TargetRoleRole,
        SummaryRole, // "2 badges, 1 piece of evidence"
        UpdatedTextRole,
    };
    Q_ENUM(Roles)

    explicit ApplicationPackModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;

private:
    qint64 idAt(int row) const override;

    Store &m_store;
    QList<ApplicationPack> m_rows;
};

} // namespace pf
