#pragma once

#include "ListModel.h"
#include "store/CachedDocument.h"

#include <QDate>

namespace pf {

class Store;

// The documents of the offline cache (issuer profiles, keys, DID documents, status lists), by URL.
class CacheModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CacheModel is built by the application")

public:
    enum Roles {
        UrlRole = Qt::UserRole,
        SizeTextRole,
        SourceRole,
        AddedTextRole,
        AgeTextRole,
    };
    Q_ENUM(Roles)

    explicit CacheModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload() override;

    // The day ages are counted to; today unless a test pins it.
    void setToday(const QDate &today);
    // "today", "1 day ago", "3 days ago": how long a document added at addedAt has been kept by today.
    static QString ageText(const QDateTime &addedAt, const QDate &today);

private:
    qint64 idAt(int row) const override;

    Store &m_store;
    QList<CachedDocument> m_rows;
    QDate m_today;
};

} // namespace pf
