#pragma once

#include "FormController.h"

namespace pf {

class Store;

// Adds, edits and deletes the dated entries of a placement's log.
class LogEntryController : public pf::FormController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LogEntryController is built by the application")

public:
    explicit LogEntryController(Store &store, QObject *parent = nullptr);

    // The entry as a form: placementId, date (YYYY-MM-DD), hours ("7.5"), activities, reflection,
    // competencyIds.
    Q_INVOKABLE QVariantMap load(qint64 id);
    // A new entry's form for the placement: today's date when it falls within the placement, else its start.
    Q_INVOKABLE QVariantMap blank(qint64 placementId) const;
    // Saves a form shaped like load()'s; id 0 adds. Returns the id, or 0 with the errors set.
    Q_INVOKABLE qint64 save(const QVariantMap &form);

    Q_INVOKABLE QString deleteQuestion(qint64 id) const;
    Q_INVOKABLE bool remove(qint64 id);

private:
    Store &m_store;
};

} // namespace pf
