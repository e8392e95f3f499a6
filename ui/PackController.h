#pragma once

#include "FormController.h"

namespace pf {

class Store;

// Saves, edits and deletes application packs: named selections of the portfolio, with the words of their
// cover, made for one application and kept for the next export.
class PackController : public pf::FormController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PackController is built by the application")

public:
    explicit PackController(Store &store, QObject *parent = nullptr);

    // The pack as a form: id, name, targetRole, headline, coverNote and the chosen items as credentialIds,
    // evidenceIds, placementIds and competencyIds.
    Q_INVOKABLE QVariantMap load(qint64 id);
    // Saves a form shaped like load()'s; id 0 adds. A name is required and unique, and at least one item
    // chosen. Returns the id, or 0 with the errors set.
    Q_INVOKABLE qint64 save(const QVariantMap &form);

    // Saves cover (targetRole, headline, coverNote) as the words of pack id, its items unchanged.
    Q_INVOKABLE bool saveCover(qint64 id, const QVariantMap &cover);

    Q_INVOKABLE QString deleteQuestion(qint64 id) const;
    Q_INVOKABLE bool remove(qint64 id);

private:
    Store &m_store;
};

} // namespace pf
