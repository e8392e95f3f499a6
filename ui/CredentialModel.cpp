#include "CredentialModel.h"

#include "Format.h"
#include "ReportText.h"
#include "store/Store.h"

#include <QUrl>

namespace pf {

CredentialModel::CredentialModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

int CredentialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CredentialModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Credential &c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case Qt::DisplayRole:
    case NameRole:
        return c.name.isEmpty() ? c.sourceFileName : c.name;
    case IssuerRole:
        return c.issuerName;
    case IssuedTextRole:
        return Format::date(c.issuedAt.date());
    case ValidUntilTextRole:
        return c.validUntil.isValid() ? Format::date(c.validUntil.date()) : QString();
    case FormatRole:
        return c.format;
    case FileNameRole:
        return c.sourceFileName;
    case ResultRole:
        return m_results.value(c.id);
    case ResultTextRole:
        return ReportText::resultText(m_results.value(c.id));
    case ResultIconRole:
        return ReportText::resultIcon(m_results.value(c.id));
    case ResultToneRole:
        return ReportText::resultTone(m_results.value(c.id));
    case ImageUrlRole:
        return c.imageSha256.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_store.blobs().pathFor(c.imageSha256));
    default:
        return {};
    }
}

QHash<int, QByteArray> CredentialModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {NameRole, "name"},
            {IssuerRole, "issuer"},
            {IssuedTextRole, "issuedText"},
            {ValidUntilTextRole, "validUntilText"},
            {FormatRole, "format"},
            {FileNameRole, "fileName"},
            {ResultRole, "result"},
            {ResultTextRole, "resultText"},
            {ResultIconRole, "resultIcon"},
            {ResultToneRole, "resultTone"},
            {ImageUrlRole, "imageUrl"}};
}

qint64 CredentialModel::idAt(int row) const
{
    return m_rows.at(row).id;
}

bool CredentialModel::readResults(const QList<Credential> &items)
{
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const Credential &c : items)
        ids << c.id;
    auto results = m_store.credentials().latestResults(ids);
    if (!results) {
        reportError(results.error());
        return false;
    }
    m_results.insert(*results);
    return true;
}

void CredentialModel::reload()
{
    // As many rows as are shown now, so that a reload after an import keeps the view where it was.
    auto items = m_store.credentials().list(0, qMax(kPageSize, int(m_rows.size())));
    if (!items) {
        reportError(items.error());
        return;
    }
    m_results.clear();
    if (!readResults(*items))
        return;
    replaceRows(
        m_rows, *items, [](const Credential &c) { return c.id; }, m_store.credentials().count());
}

void CredentialModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto items = m_store.credentials().list(int(m_rows.size()), kPageSize);
    if (!items) {
        reportError(items.error());
        return;
    }
    if (readResults(*items))
        appendRows(m_rows, *items, [](const Credential &c) { return c.id; });
}

} // namespace pf
