#pragma once

#include "ListModel.h"
#include "domain/Credential.h"

namespace pf {

class Store;

// The badges and credentials kept in the library, most recently imported first, read a page at a time.
class CredentialModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CredentialModel is built by the application")

public:
    enum Roles {
        IdRole = Qt::UserRole,
        NameRole,
        IssuerRole,
        IssuedTextRole,
        ValidUntilTextRole,
        FormatRole,
        FileNameRole,
        ResultRole, // of the latest verification: valid, invalid, unknown, unchecked, or empty if never
        ResultTextRole,
        ResultIconRole,
        ResultToneRole,
        ImageUrlRole, // the badge picture as a file URL, or empty
    };
    Q_ENUM(Roles)

    explicit CredentialModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload() override;

private:
    qint64 idAt(int row) const override;
    // Reads the latest results of items into m_results; false (reported) when it could not.
    bool readResults(const QList<Credential> &items);

    Store &m_store;
    QList<Credential> m_rows;
    QHash<qint64, QString> m_results;
};

} // namespace pf
