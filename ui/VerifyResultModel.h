#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace pf {

// The reports of a Verify page run, one row per credential found in the files, in file order.
class VerifyResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VerifyResultModel is built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY countChanged)

public:
    enum Roles {
        FileRole = Qt::UserRole, // the full path
        FileNameRole,
        NameRole,
        FormatTextRole,
        ResultRole,
        ResultTextRole,
        ResultIconRole,
        ResultToneRole,
        SentenceRole, // the first failing check's reason, or what the result means
        ReadableRole, // the file holds a credential (so it can be added to the library)
    };
    Q_ENUM(Roles)

    explicit VerifyResultModel(QObject *parent = nullptr);

    // Reports as VerificationReport::toJson() writes them.
    void setReports(const QList<QJsonObject> &reports);
    QJsonObject reportAt(int row) const { return m_reports.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    bool isEmpty() const { return m_reports.isEmpty(); }

signals:
    void countChanged();

private:
    QList<QJsonObject> m_reports;
};

} // namespace pf
