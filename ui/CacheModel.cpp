#include "CacheModel.h"

#include "Format.h"
#include "store/Store.h"

#include <algorithm>

namespace pf {

CacheModel::CacheModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

int CacheModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CacheModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CachedDocument &d = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case UrlRole:
        return d.url;
    case SizeTextRole:
        return Format::fileSize(d.size);
    case SourceRole:
        return d.source;
    case AddedTextRole:
        return Format::date(d.addedAt.toLocalTime().date());
    case AgeTextRole:
        return ageText(d.addedAt, m_today.isValid() ? m_today : QDate::currentDate());
    default:
        return {};
    }
}

QHash<int, QByteArray> CacheModel::roleNames() const
{
    return {{UrlRole, "url"},
            {SizeTextRole, "sizeText"},
            {SourceRole, "source"},
            {AddedTextRole, "addedText"},
            {AgeTextRole, "ageText"}};
}

void CacheModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {AgeTextRole});
}

QString CacheModel::ageText(const QDateTime &addedAt, const QDate &today)
{
    if (!addedAt.isValid())
        return {};
    const qint64 days = addedAt.toLocalTime().date().daysTo(today);
    if (days <= 0)
        return tr("today");
    return tr("%n day(s) ago", "", int(std::min<qint64>(days, INT_MAX)));
}

qint64 CacheModel::idAt(int row) const
{
    return keyFor(m_rows.at(row).url);
}

void CacheModel::reload()
{
    auto items = m_store.cache().list();
    if (!items) {
        reportError(items.error());
        return;
    }
    QList<CachedDocument> fresh = std::move(*items);
    std::sort(fresh.begin(), fresh.end(),
              [](const CachedDocument &a, const CachedDocument &b) { return a.url < b.url; });
    replaceRows(m_rows, std::move(fresh), [this](const CachedDocument &d) { return keyFor(d.url); });
}

} // namespace pf
