#pragma once

#include "common/Result.h"
#include "portfolio/ExportOptions.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace pf {

class Store;

// The Export page: the options of a portfolio export, a preview PDF rendered in the background, and the
// PDF or the bundle saved where the learner chooses.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ExportController is built by the application")
    Q_PROPERTY(Paper paper READ paper WRITE setPaper NOTIFY optionsChanged)
    Q_PROPERTY(QString headline READ headline WRITE setHeadline NOTIFY optionsChanged)
    Q_PROPERTY(QString targetRole READ targetRole WRITE setTargetRole NOTIFY optionsChanged)
    Q_PROPERTY(QString coverNote READ coverNote WRITE setCoverNote NOTIFY optionsChanged)
    // [{value, text}] for the paper choice.
    Q_PROPERTY(QVariantList paperOptions READ paperOptions CONSTANT)
    // What can be withheld: [{name, title, detail, withheld}], name as ExportOptions::redactionName().
    Q_PROPERTY(QVariantList redactions READ redactions NOTIFY optionsChanged)
    // A preview, a save or a bundle is being written.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // The last preview as a file URL, or empty before the first.
    Q_PROPERTY(QUrl previewUrl READ previewUrl NOTIFY previewChanged)
    // The preview shows the options and the portfolio as they stand now.
    Q_PROPERTY(bool previewCurrent READ isPreviewCurrent NOTIFY previewChanged)
    // One sentence about the last failure, or empty.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The application pack the export holds, 0 for the whole portfolio; its name, and whether the cover
    // fields on the page differ from those saved with it.
    Q_PROPERTY(qint64 packId READ packId NOTIFY optionsChanged)
    Q_PROPERTY(QString packName READ packName NOTIFY optionsChanged)
    Q_PROPERTY(bool packModified READ isPackModified NOTIFY optionsChanged)
    // The bundle carries the evidence files themselves, not only their hashes.
    Q_PROPERTY(bool withFiles READ withFiles WRITE setWithFiles NOTIFY optionsChanged)
    // The learner's signing key: whether there is one, its did:key, whether exports are signed with it
    // (it is unlocked), whether it is being unlocked, and why unlocking failed.
    Q_PROPERTY(bool hasSigningKey READ hasSigningKey NOTIFY signingChanged)
    Q_PROPERTY(QString signerDid READ signerDid NOTIFY signingChanged)
    Q_PROPERTY(bool signing READ isSigning NOTIFY signingChanged)
    Q_PROPERTY(bool unlocking READ isUnlocking NOTIFY signingChanged)
    Q_PROPERTY(QString signingError READ signingError NOTIFY signingChanged)
    Q_PROPERTY(int minPassphraseLength READ minPassphraseLength CONSTANT)

public:
    enum Paper { A4, Letter };
    Q_ENUM(Paper)

    explicit ExportController(QString dataDir, QObject *parent = nullptr);
    ~ExportController() override;

    Paper paper() const;
    void setPaper(Paper paper);
    QString headline() const { return m_options.headline; }
    void setHeadline(const QString &headline);
    QString targetRole() const { return m_options.targetRole; }
    void setTargetRole(const QString &targetRole);
    QString coverNote() const { return m_options.coverNote; }
    void setCoverNote(const QString &coverNote);
    QVariantList paperOptions() const;
    QVariantList redactions() const;
    Q_INVOKABLE void setWithheld(const QString &name, bool withheld);
    void setWithheld(ExportOptions::Redaction redaction, bool withheld);

    bool isBusy() const { return m_busy != Action::None; }
    QUrl previewUrl() const;
    bool isPreviewCurrent() const;
    QString errorText() const { return m_errorText; }

    qint64 packId() const { return m_options.pack ? m_options.pack->id : 0; }
    QString packName() const { return m_options.pack ? m_options.pack->name : QString(); }
    bool isPackModified() const;
    // Exports hold only the pack's items, and its cover fields replace those on the page; a form without
    // an id (or an empty one) is the whole portfolio. form is PackController::load()'s.
    Q_INVOKABLE void choosePack(const QVariantMap &form);
    // The cover fields as they stand, as the keys of a PackController form.
    Q_INVOKABLE QVariantMap coverForm() const;

    bool withFiles() const { return m_options.withFiles; }
    void setWithFiles(bool withFiles);

    bool hasSigningKey() const;
    QString signerDid() const;
    bool isSigning() const { return m_options.signingKey.has_value(); }
    bool isUnlocking() const { return m_unlocking; }
    QString signingError() const { return m_signingError; }
    static int minPassphraseLength();
    // Unlocks the learner's key in the background to sign what is exported from now on; the first time,
    // makes the key, and then repeated must be the same passphrase. False, with signingError set, when
    // the passphrase is refused before any work starts.
    Q_INVOKABLE bool startSigning(const QString &passphrase, const QString &repeated);
    // Exports are no longer signed; the unlocked key is forgotten.
    Q_INVOKABLE void stopSigning();
    // For a forgotten passphrase: the key is put aside in the data folder (HolderKeyStore::retire) and
    // the next startSigning() makes a new one. False, with signingError set, when it cannot be.
    Q_INVOKABLE bool retireKey();
    Q_INVOKABLE void clearSigningError();

    // The options as they stand, for an export made now.
    ExportOptions options() const;

    // Renders the PDF into a file of the controller's own; asked while a preview is being rendered, it
    // renders again once that one is done. False when a save is running.
    Q_INVOKABLE bool preview();
    // Writes the PDF to destination (a file URL or path), whole or not at all: the previewed file when it
    // is current, else a new rendering.
    Q_INVOKABLE bool savePdf(const QVariant &destination);
    // Writes the portfolio bundle (JSON) to destination, whole or not at all.
    Q_INVOKABLE bool saveBundle(const QVariant &destination);
    // Where a save dialog starts: "portfolio.pdf" or "portfolio.json" in the documents folder.
    Q_INVOKABLE QUrl suggestedFile(const QString &suffix) const;
    Q_INVOKABLE void clearError();

    // The portfolio changed, so the preview no longer shows it as it stands.
    void storeChanged();
    // Blocks until the running work (an export, unlocking the key) has ended and its result has arrived;
    // for tests and closing.
    void waitForIdle();

signals:
    void optionsChanged();
    void busyChanged();
    void previewChanged();
    void errorTextChanged();
    void signingChanged();
    // A file was saved: a sentence naming it, for the window's notice.
    void saved(const QString &message);

private:
    enum class Action { None, Preview, SavePdf, SaveBundle };
    // Writes the file at path from the store, with the options as they stood when the work started.
    using Work = std::function<Status(Store &store, const ExportOptions &options, const QString &path)>;

    // Runs work on the worker over its own connection to the store, for the options as they stand now;
    // finished() takes its outcome. The destination is the file the work writes (for a preview, the
    // controller's own); false when it is empty or other work is running.
    bool start(Action action, Work work, const QString &destination);
    // The options' pack as the store holds it when the export runs, with the cover words of the page.
    static Status withPackItems(Store &store, ExportOptions &options);
    static Status writePdf(Store &store, const ExportOptions &options, const QString &path);
    void finished(Action action, const Status &status, const QString &destination,
                  const ExportOptions &options, int generation);
    void setError(const QString &text);
    void setSigningError(const QString &text);
    void unlocked(const Result<Ed25519Key> &key);
    void changeOptions(const std::function<void(ExportOptions &)> &change);
    // The options that shape the output are the same (the stamp aside).
    static bool sameOutput(const ExportOptions &a, const ExportOptions &b);

    QString m_dataDir;
    QThreadPool m_pool;
    QTemporaryDir m_scratch;
    ExportOptions m_options;
    Action m_busy = Action::None;
    bool m_previewPending = false;
    int m_previewNumber = 0;
    QString m_previewPath;
    ExportOptions m_previewOptions;
    // Counts the store's changes, so a preview knows whether it shows the portfolio as it stands.
    int m_generation = 0;
    int m_previewGeneration = -1;
    QString m_errorText;
    // The pack's cover fields as saved, to tell whether the page changed them.
    QVariantMap m_packCover;
    // Unlocking runs apart from the exports, so a preview never waits for a passphrase nor the reverse.
    QThreadPool m_keyPool;
    bool m_unlocking = false;
    QString m_signingError;
};

} // namespace pf
