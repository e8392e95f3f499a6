#pragma once

#include "ListModel.h"
#include "domain/LogEntry.h"

#include <QStringList>
#include <QVariantList>

namespace pf {

class Store;

// The log of one placement, oldest first, with its total hours and the hours of each week.
class LogEntryModel : public pf::ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LogEntryModel is built by the application")
    // The placement whose log this is; 0 shows no entries.
    Q_PROPERTY(qint64 placementId READ placementId WRITE setPlacementId NOTIFY placementIdChanged)
    Q_PROPERTY(int totalCentiHours READ totalCentiHours NOTIFY totalsChanged)
    Q_PROPERTY(QString totalHoursText READ totalHoursText NOTIFY totalsChanged)
    // One {weekText, hoursText, centiHours, fraction} per week with entries; fraction of the busiest week.
    Q_PROPERTY(QVariantList weeks READ weeks NOTIFY totalsChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole,
        DateRole,
        DateTextRole,
        WeekTextRole,
        FirstOfWeekRole,
        CentiHoursRole,
        HoursTextRole,
        ActivitiesRole,
        ReflectionRole,
        CompetencyIdsRole,
        CompetencyTitlesRole,
    };
    Q_ENUM(Roles)

    explicit LogEntryModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 placementId() const { return m_placementId; }
    void setPlacementId(qint64 id);
    int totalCentiHours() const { return m_totalCentiHours; }
    QString totalHoursText() const;
    QVariantList weeks() const { return m_weeks; }

    void reload() override;

signals:
    void placementIdChanged();
    void totalsChanged();

private:
    struct Row
    {
        LogEntry item;
        QStringList competencyTitles;
    };

    qint64 idAt(int row) const override;

    Store &m_store;
    qint64 m_placementId = 0;
    QList<Row> m_rows;
    int m_totalCentiHours = 0;
    QVariantList m_weeks;
};

} // namespace pf
