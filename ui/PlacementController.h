#pragma once

#include "FormController.h"

#include <QVariantList>

namespace pf {

class Store;

// Adds, edits and deletes placements (internships and the like) for the Internships page.
class PlacementController : public pf::FormController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PlacementController is built by the application")
    Q_PROPERTY(QVariantList kindOptions READ kindOptions CONSTANT)

public:
    explicit PlacementController(Store &store, QObject *parent = nullptr);

    QVariantList kindOptions() const;

    // The placement as a form: organisation, role, kind, supervisorName, supervisorTitle,
    // supervisorEmail, startDate, endDate (YYYY-MM-DD or empty), location, description.
    Q_INVOKABLE QVariantMap load(qint64 id);
    // Saves a form shaped like load()'s; id 0 adds. Returns the id, or 0 with the errors set.
    Q_INVOKABLE qint64 save(const QVariantMap &form);

    // The question to ask before remove(), naming the log entries and evaluations that go with it.
    Q_INVOKABLE QString deleteQuestion(qint64 id) const;
    // Deletes the placement with its log entries and evaluations: call it after deleteQuestion's answer.
    Q_INVOKABLE bool remove(qint64 id);

private:
    Store &m_store;
};

} // namespace pf
