#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace pf {

// The checks of one verification report, one row each, with the report's overall result and when it was made.
class ReportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ReportModel is built by the application")
    Q_PROPERTY(int count READ count NOTIFY reportChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY reportChanged)
    Q_PROPERTY(QString result READ result NOTIFY reportChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY reportChanged)
    Q_PROPERTY(QString resultIcon READ resultIcon NOTIFY reportChanged)
    Q_PROPERTY(QString resultTone READ resultTone NOTIFY reportChanged)
    Q_PROPERTY(QString resultSentence READ resultSentence NOTIFY reportChanged)
    Q_PROPERTY(QString verifiedAtText READ verifiedAtText NOTIFY reportChanged)

public:
    enum Roles {
        NameRole = Qt::UserRole, // core's check name: format, proof, ...
        TitleRole,
        ResultRole,
        ResultTextRole,
        ResultIconRole,
        ResultToneRole,
        SentenceRole, // translated, from the reason code
        DetailRole,   // core's own message, for the curious and for support
        CodeRole,
        SourcesRole, // a list of sentences: what the check relied on, from where, and how old
    };
    Q_ENUM(Roles)

    explicit ReportModel(QObject *parent = nullptr);

    // A report as VerificationReport::toJson() writes it (and the store keeps it); empty clears.
    void setReport(const QJsonObject &report);
    QJsonObject report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    bool isEmpty() const { return m_checks.isEmpty(); }
    QString result() const;
    QString resultText() const;
    QString resultIcon() const;
    QString resultTone() const;
    QString resultSentence() const;
    QString verifiedAtText() const;

signals:
    void reportChanged();

private:
    QJsonObject m_report;
    QList<QJsonObject> m_checks;
};

} // namespace pf
