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

void ListModel::reportError(const Error &error)
{
    qCWarning(lcUi) << metaObject()->className() << errorCodeName(error.code) << error.message;
    emit failed(ErrorMessages::sentence(error.code));
}

qint64 ListModel::keyFor(const QString &text) const
{
    auto it = m_keys.constFind(text);
    if (it == m_keys.cend())
        it = m_keys.insert(text, qint64(m_keys.size()) + 1);
    return *it;
}

} // namespace pf
