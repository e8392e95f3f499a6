#include "LogEntryModel.h"

#include "Format.h"
#include "store/Store.h"

#include <algorithm>

namespace pf {

namespace {

QDate weekStart(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QString weekText(const QDate &date)
{
    return LogEntryModel::tr("Week of %1").arg(Format::date(weekStart(date)));
}

} // namespace

LogEntryModel::LogEntryModel(Store &store, QObject *parent) : ListModel(parent), m_store(store) {}

int LogEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LogEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const LogEntry &e = row.item;
    switch (role) {
    case IdRole:
        return e.id;
    case Qt::DisplayRole:
    case DateTextRole:
        return Format::date(e.date);
    case DateRole:
        return e.date.toString(Qt::ISODate);
    case WeekTextRole:
        return weekText(e.date);
    case FirstOfWeekRole:
        return index.row() == 0 || weekStart(m_rows.at(index.row() - 1).item.date) != weekStart(e.date);
    case CentiHoursRole:
        return e.centiHours;
    case HoursTextRole:
        return Format::hours(e.centiHours);
    case ActivitiesRole:
        return e.activities;
    case ReflectionRole:
        return e.reflection;
    case CompetencyIdsRole: {
        QVariantList ids;
        for (qint64 id : e.competencyIds)
            ids << id;
        return ids;
    }
    case CompetencyTitlesRole:
        return row.competencyTitles;
    default:
        return {};
    }
}

QHash<int, QByteArray> LogEntryModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {DateRole, "date"},
            {DateTextRole, "dateText"},
            {WeekTextRole, "weekText"},
            {FirstOfWeekRole, "firstOfWeek"},
            {CentiHoursRole, "centiHours"},
            {HoursTextRole, "hoursText"},
            {ActivitiesRole, "activities"},
            {ReflectionRole, "reflection"},
            {CompetencyIdsRole, "competencyIds"},
            {CompetencyTitlesRole, "competencyTitles"}};
}

void LogEntryModel::setPlacementId(qint64 id)
{
    if (id == m_placementId)
        return;
    m_placementId = id;
    emit placementIdChanged();
    // Another placement's log is a new list, not an edit of this one.
    const int before = count();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
    if (before != 0 && count() == 0)
        emit countChanged();
}

QString LogEntryModel::totalHoursText() const
{
    return Format::hours(m_totalCentiHours);
}

qint64 LogEntryModel::idAt(int row) const
{
    return m_rows.at(row).item.id;
}

void LogEntryModel::reload()
{
    QList<Row> fresh;
    QVariantList weeks;
    int total = 0;
    if (m_placementId > 0) {
        auto items = m_store.logEntries().listForPlacement(m_placementId);
        if (!items) {
            // A placement deleted elsewhere has no log to show.
            if (items.code() != ErrorCode::NotFound)
                reportError(items.error());
        } else {
            auto competencies = m_store.competencies().list();
            if (!competencies) {
                reportError(competencies.error());
                return;
            }
            QHash<qint64, QString> titles;
            for (const Competency &c : *competencies)
                titles.insert(c.id, c.title);
            for (const LogEntry &e : *items) {
                Row row{e, {}};
                for (qint64 id : e.competencyIds)
                    row.competencyTitles << titles.value(id);
                fresh << row;
                total += e.centiHours;
            }
            auto weekly = m_store.placements().weeklyHours(m_placementId);
            if (!weekly) {
                reportError(weekly.error());
            } else {
                int busiest = 0;
                for (const WeeklyHours &w : *weekly)
                    busiest = std::max(busiest, w.centiHours);
                for (const WeeklyHours &w : *weekly) {
                    weeks << QVariantMap{
                        {QStringLiteral("weekText"), Format::date(w.weekStart)},
                        {QStringLiteral("hoursText"), Format::hours(w.centiHours)},
                        {QStringLiteral("centiHours"), w.centiHours},
                        {QStringLiteral("fraction"), busiest > 0 ? double(w.centiHours) / busiest : 0.0}};
                }
            }
        }
    }
    replaceRows(m_rows, std::move(fresh), [](const Row &row) { return row.item.id; });
    if (total != m_totalCentiHours || weeks != m_weeks) {
        m_totalCentiHours = total;
        m_weeks = weeks;
        emit totalsChanged();
    }
}

} // namespace pf
