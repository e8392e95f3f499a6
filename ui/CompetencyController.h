#pragma once

#include "FormController.h"

namespace pf {

class Store;

// Adds, edits and deletes competencies, so evidence and log entries have something to link to.
class CompetencyController : public pf::FormController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CompetencyController is built by the application")

public:
    explicit CompetencyController(Store &store, QObject *parent = nullptr);

    // The competency as a form: frameworkName, frameworkUrl, code, title, description.
    Q_INVOKABLE QVariantMap load(qint64 id);
    // Saves a form shaped like load()'s; id 0 adds. Returns the id, or 0 with the errors set.
    Q_INVOKABLE qint64 save(const QVariantMap &form);

    Q_INVOKABLE QString deleteQuestion(qint64 id) const;
    Q_INVOKABLE bool remove(qint64 id);

private:
    Store &m_store;
};

} // namespace pf
