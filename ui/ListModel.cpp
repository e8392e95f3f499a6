#include "ListModel.h"

#include "ErrorMessages.h"
#include "UiLog.h"

namespace pf {

int ListModel::indexOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

bool ListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_replacing && m_total > rowCount();
}

void ListModel::reportError(const Error &error)
{
    qCWarning(lcUi) << metaObject()->className() << errorCodeName(error.code) << error.message;
    emit failed(ErrorMessages::sentence(error.code));
}

qint64 ListModel::keyFor(const QString &text) const
{
    // value() rather than dereferencing an iterator: GCC 12 at -O2 flags the latter inside qhash.h.
    const qint64 known = m_keys.value(text, 0);
    if (known != 0)
        return known;
    const qint64 key = qint64(m_keys.size()) + 1;
    m_keys.insert(text, key);
    return key;
}

} // namespace pf
