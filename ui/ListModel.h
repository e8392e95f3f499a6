#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace pf {

struct Error;

// Base of the list models over the store: count and empty for QML, and reloads that insert and remove
// single rows where they can, so views keep their scroll position and current item.
class ListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY countChanged)
    QML_ANONYMOUS

public:
    using QAbstractListModel::QAbstractListModel;

    int count() const { return rowCount(); }
    bool isEmpty() const { return count() == 0; }

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
    template <typename Row, typename IdOf> void replaceRows(QList<Row> &rows, QList<Row> fresh, IdOf idOf);

private:
    mutable QHash<QString, qint64> m_keys;
};

template <typename Row, typename IdOf>
void ListModel::replaceRows(QList<Row> &rows, QList<Row> fresh, IdOf idOf)
{
    const qsizetype before = rows.size();
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
    if (rows.size() != before)
        emit countChanged();
}

} // namespace pf
