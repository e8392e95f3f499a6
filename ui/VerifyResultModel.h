#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace pf {

// The reports of a Verify page run, one row per credential found in the files, in file order; an exported
// portfolio gives a row for itself, then one per credential it carries.
class VerifyResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VerifyResultModel is built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY countChanged)
    // How many rows can be added to the library.
    Q_PROPERTY(int importableCount READ importableCount NOTIFY countChanged)

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
        SentenceRole,  // the first failing check's reason, or what the result means
        ReadableRole,  // the row is a credential in a file of its own (so it can be added to the library)
        PortfolioRole, // the row is an exported portfolio's report on itself
    };
    Q_ENUM(Roles)

    explicit VerifyResultModel(QObject *parent = nullptr);

    // Reports as VerificationReport::toJson() writes them.
    void setReports(const QList<QJsonObject> &reports);
    QJsonObject reportAt(int row) const { return m_reports.value(row); }
    // Whether row is a credential read from a file of its own, which the library can import: neither a
    // portfolio's own report nor a credential carried inside a portfolio.
    bool isImportable(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    bool isEmpty() const { return m_reports.isEmpty(); }
    int importableCount() const;

signals:
    void countChanged();

private:
    QList<QJsonObject> m_reports;
    // Per row: the path of the portfolio that carries the credential, or empty.
    QStringList m_carriedBy;
};

} // namespace pf
