#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace pf {

struct Error;

// Base of the list models over the store: count and empty for QML, and reloads that insert and remove
// single rows where they can, so views keep their scroll position and current item. Models over lists
// that grow long hold a page of rows and read the next as a view scrolls to the end (fetchMore).
class ListModel : public QAbstractListModel
{
    Q_OBJECT
    // The rows read so far; total is how many there are in all, read or not.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY countChanged)
    QML_ANONYMOUS

public:
    using QAbstractListModel::QAbstractListModel;

    // Rows read at a time by the paged models: a few screens of a list.
    static constexpr int kPageSize = 200;

    int count() const { return rowCount(); }
    int total() const { return m_total < 0 ? count() : int(m_total); }
    bool isEmpty() const { return total() == 0; }

    // A paged model has more to read while it holds fewer rows than its total; the others never do.
    bool canFetchMore(const QModelIndex &parent) const override;

    // Reads the rows from the store again.
    Q_INVOKABLE virtual void reload() = 0;
    // The row of the item with this id, or -1.
    Q_INVOKABLE int indexOf(qint64 id) const;

signals:
    void countChanged();
    // Reading failed; the sentence is for the user, the details went to the log.
    void failed(const QString &message);

protected:
    virtual qint64 idAt(int row) const = 0;
    void reportError(const Error &error);
    // A stable number for a row known by a text (a URL, an issuer's id) rather than by a database id.
    qint64 keyFor(const QString &text) const;

    // Makes rows equal to fresh, announcing each removed and inserted row; a reordering resets the model.
    // A paged model passes the total its rows are the first of.
    template <typename Row, typename IdOf>
    void replaceRows(QList<Row> &rows, QList<Row> fresh, IdOf idOf, qint64 total = -1);
    // Appends the next page, leaving out rows already there (the store may have changed in between).
    template <typename Row, typename IdOf> void appendRows(QList<Row> &rows, QList<Row> more, IdOf idOf);
    // True while replaceRows is at work: a view reacting to one of its signals must not fetch more
    // rows into a list that is half replaced.
    bool isReplacing() const { return m_replacing; }
    // Forgets the total while a paged model starts again from the top (nothing to fetch meanwhile).
    void clearTotal() { m_total = m_total < 0 ? -1 : 0; }

private:
    mutable QHash<QString, qint64> m_keys;
    bool m_replacing = false;
    qint64 m_total = -1; // -1: not paged, every row is read
};

template <typename Row, typename IdOf>
void ListModel::replaceRows(QList<Row> &rows, QList<Row> fresh, IdOf idOf, qint64 total)
{
    m_replacing = true;
    const auto done = qScopeGuard([this] { m_replacing = false; });
    const qsizetype before = rows.size();
    const bool totalChanged = total != m_total;
    m_total = total;
    QHash<qint64, qsizetype> freshPosition;
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshPosition.insert(idOf(fresh[i]), i);

    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        if (!freshPosition.contains(idOf(rows[i]))) {
            beginRemoveRows({}, int(i), int(i));
            rows.removeAt(i);
            endRemoveRows();
        }
    }

    bool sameOrder = true;
    qsizetype last = -1;
    for (const Row &row : rows) {
        const qsizetype position = freshPosition.value(idOf(row));
        if (position < last) {
            sameOrder = false;
            break;
        }
        last = position;
    }

    if (!sameOrder) {
        beginResetModel();
        rows = std::move(fresh);
        endResetModel();
    } else {
        // What is left is an ordered subsequence of fresh: walk fresh and insert what is missing.
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (i < rows.size() && idOf(rows[i]) == idOf(fresh[i])) {
                rows[i] = fresh[i];
                continue;
            }
            beginInsertRows({}, int(i), int(i));
            rows.insert(i, fresh[i]);
            endInsertRows();
        }
        if (!rows.isEmpty())
            emit dataChanged(index(0), index(int(rows.size()) - 1));
    }
    if (rows.size() != before || totalChanged)
        emit countChanged();
}

template <typename Row, typename IdOf>
void ListModel::appendRows(QList<Row> &rows, QList<Row> more, IdOf idOf)
{
    QSet<qint64> present;
    for (const Row &row : rows)
        present.insert(idOf(row));
    more.removeIf([&](const Row &row) { return present.contains(idOf(row)); });
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(rows.size()), int(rows.size() + more.size()) - 1);
    rows.append(std::move(more));
    endInsertRows();
    emit countChanged();
}

} // namespace pf
