#pragma once

#include "FormController.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QVariantList>
#include <memory>
#include <optional>
#include <utility>

namespace pf {

class Store;
struct EvidenceFile;

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

    // An attached text file for the preview: {text, notice}, the notice saying what is not shown as it is
    // (a long file cut short, bytes that are not UTF-8); {} with the error reported when it cannot be read.
    Q_INVOKABLE QVariantMap previewText(qint64 evidenceId, qint64 fileId);

    // The preview shows at most this much of a text file: more makes the text view slow to lay out.
    static constexpr qsizetype kPreviewTextBytes = 512 * 1024;

private:
    // The attached file and its bytes, checked against their hash; the error is reported.
    std::optional<std::pair<EvidenceFile, QByteArray>> readFile(qint64 evidenceId, qint64 fileId);

    Store &m_store;
    std::unique_ptr<QTemporaryDir> m_openedFiles;
};

} // namespace pf
