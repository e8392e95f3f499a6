#pragma once

#include "ListModel.h"
#include "store/LearnerIdentifier.h"

namespace pf {

class Store;

// The learner's own identifiers (e-mail addresses, DIDs, student ids), against which badges' recipients
// are checked, for the Settings page.
class IdentifierModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("IdentifierModel is built by the application")

public:
    enum Roles {
        KindRole = Qt::UserRole,
        KindLabelRole,
        ValueRole,
    };
    Q_ENUM(Roles)

    explicit IdentifierModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;

    // "E-mail" for "email": the name of each of IdentityRepository::kinds() as the page shows it.
    static QString kindLabel(const QString &kind);

private:
    qint64 idAt(int row) const override;
    qint64 keyOf(const LearnerIdentifier &identifier) const;

    Store &m_store;
    QList<LearnerIdentifier> m_rows;
};

} // namespace pf
