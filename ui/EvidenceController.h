#pragma once

#include "FormController.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <memory>

namespace pf {

class Store;

// Adds, edits and deletes evidence for the Evidence page, and opens attached files.
class EvidenceController : public pf::FormController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("EvidenceController is built by the application")
    Q_PROPERTY(QVariantList kindOptions READ kindOptions CONSTANT)

public:
    explicit EvidenceController(Store &store, QObject *parent = nullptr);
    ~EvidenceController() override;

    QVariantList kindOptions() const;

    // The item as a form: title, kind, url, description, reflection, course, term, date (YYYY-MM-DD),
    // tags (comma separated), files [{fileId, name, sizeText}], competencyIds. Empty when not found.
    Q_INVOKABLE QVariantMap load(qint64 id);

    // Saves a form shaped like load()'s, plus keepFileIds (attached files to keep) and newFiles (file URLs
    // or paths to attach). id 0 adds a new item. Returns the item's id, or 0 with the errors set.
    Q_INVOKABLE qint64 save(const QVariantMap &form);

    Q_INVOKABLE bool remove(qint64 id);
    Q_INVOKABLE QString deleteQuestion(qint64 id) const;

    // {path, name, sizeText} for files picked in a file dialog, so the form can list them.
    Q_INVOKABLE QVariantList describeFiles(const QList<QUrl> &urls) const;

    // A copy of an attached file under its own name, for the desktop's viewer; empty on failure.
    Q_INVOKABLE QUrl openableFile(qint64 evidenceId, qint64 fileId);

private:
    Store &m_store;
    std::unique_ptr<QTemporaryDir> m_openedFiles;
};

} // namespace pf
