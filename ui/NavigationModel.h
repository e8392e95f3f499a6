#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace pf {

// The app's pages in side-bar order and which one is shown; the self-test and screenshots walk it too.
class NavigationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("NavigationModel is built by the application")
    Q_PROPERTY(int count READ count CONSTANT)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(QString currentKey READ currentKey NOTIFY currentIndexChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole,
        TitleRole,
        IconRole,
        FileRole,
    };
    Q_ENUM(Roles)

    explicit NavigationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    int currentIndex() const { return m_currentIndex; }
    void setCurrentIndex(int index);
    QString currentKey() const;
    QString keyAt(int index) const;

    // Shows the page with this key ("evidence", "settings", ...); returns false for an unknown key.
    Q_INVOKABLE bool show(const QString &key);

signals:
    void currentIndexChanged();

private:
    struct Page
    {
        QString key;
        QString icon;
        QString file;
    };

    QString title(const QString &key) const;

    QList<Page> m_pages;
    int m_currentIndex = 0;
};

} // namespace pf
