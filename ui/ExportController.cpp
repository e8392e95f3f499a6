#include "ExportController.h"

#include "ErrorMessages.h"
#include "FormController.h"
#include "UiLog.h"
#include "common/FileWriter.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/PortfolioPdfExporter.h"
#include "store/HolderKeyStore.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pf {

namespace {

struct RedactionText
{
    ExportOptions::Redaction redaction;
    const char *title;
    const char *detail;
};

// In the order the page lists them.
const RedactionText kRedactions[] = {
    {ExportOptions::Redaction::Contact, QT_TRANSLATE_NOOP("pf::ExportController", "Contact details"),
     QT_TRANSLATE_NOOP("pf::ExportController", "Your e-mail addresses and other ways to reach you.")},
    {ExportOptions::Redaction::RecipientIdentifiers,
     QT_TRANSLATE_NOOP("pf::ExportController", "Who badges were issued to"),
     QT_TRANSLATE_NOOP("pf::ExportController",
                       "The identifiers on your badges. The attached originals keep them, as their issuers "
                       "signed them.")},
    {ExportOptions::Redaction::Grades, QT_TRANSLATE_NOOP("pf::ExportController", "Grades and results"),
     QT_TRANSLATE_NOOP(
         "pf::ExportController",
         "Ratings from evaluations and results on badges. The attached originals keep theirs.")},
    {ExportOptions::Redaction::Reflections, QT_TRANSLATE_NOOP("pf::ExportController", "Reflections"),
     QT_TRANSLATE_NOOP("pf::ExportController", "What you wrote about your evidence for yourself.")},
};

// The cover fields under the keys of a PackController form.
QVariantMap coverMap(const QString &targetRole, const QString &headline, const QString &coverNote)
{
    return {{QStringLiteral("targetRole"), targetRole},
            {QStringLiteral("headline"), headline},
            {QStringLiteral("coverNote"), coverNote}};
}

} // namespace

ExportController::ExportController(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
    // One piece of work at a time: a save waits for nothing and a preview never overtakes another.
    m_pool.setMaxThreadCount(1);
    m_keyPool.setMaxThreadCount(1);
}

ExportController::~ExportController()
{
    m_keyPool.waitForDone();
    m_pool.waitForDone();
}

ExportController::Paper ExportController::paper() const
{
    return m_options.paper == ExportOptions::Paper::Letter ? Letter : A4;
}

void ExportController::setPaper(Paper paper)
{
    const auto value = paper == Letter ? ExportOptions::Paper::Letter : ExportOptions::Paper::A4;
    if (value != m_options.paper)
        changeOptions([value](ExportOptions &o) { o.paper = value; });
}

void ExportController::setHeadline(const QString &headline)
{
    if (headline != m_options.headline)
        changeOptions([&headline](ExportOptions &o) { o.headline = headline; });
}

void ExportController::setTargetRole(const QString &targetRole)
{
    if (targetRole != m_options.targetRole)
        changeOptions([&targetRole](ExportOptions &o) { o.targetRole = targetRole; });
}

void ExportController::setCoverNote(const QString &coverNote)
{
    if (coverNote != m_options.coverNote)
        changeOptions([&coverNote](ExportOptions &o) { o.coverNote = coverNote; });
}

void ExportController::changeOptions(const std::function<void(ExportOptions &)> &change)
{
    const bool wasCurrent = isPreviewCurrent();
    change(m_options);
    emit optionsChanged();
    if (wasCurrent != isPreviewCurrent())
        emit previewChanged();
}

QVariantList ExportController::paperOptions() const
{
    return {QVariantMap{{QStringLiteral("value"), A4}, {QStringLiteral("text"), tr("A4")}},
            QVariantMap{{QStringLiteral("value"), Letter}, {QStringLiteral("text"), tr("US Letter")}}};
}

QVariantList ExportController::redactions() const
{
    QVariantList out;
    for (const RedactionText &r : kRedactions) {
        out << QVariantMap{{QStringLiteral("name"), ExportOptions::redactionName(r.redaction)},
                           {QStringLiteral("title"), tr(r.title)},
                           {QStringLiteral("detail"), tr(r.detail)},
                           {QStringLiteral("withheld"), m_options.withholds(r.redaction)}};
    }
    return out;
}

void ExportController::setWithheld(const QString &name, bool withheld)
{
    ExportOptions::Redaction redaction{};
    if (ExportOptions::redactionFromName(name, &redaction))
        setWithheld(redaction, withheld);
    else
        qCWarning(lcUi) << "export: no redaction named" << name;
}

void ExportController::setWithheld(ExportOptions::Redaction redaction, bool withheld)
{
    if (withheld == m_options.withholds(redaction))
        return;
    changeOptions([redaction, withheld](ExportOptions &o) {
        if (withheld)
            o.redactions.insert(redaction);
        else
            o.redactions.remove(redaction);
    });
}

QUrl ExportController::previewUrl() const
{
    return m_previewPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_previewPath);
}

bool ExportController::sameOutput(const ExportOptions &a, const ExportOptions &b)
{
    const auto packOf = [](const ExportOptions &o) { return o.pack ? o.pack->id : 0; };
    const auto signerOf = [](const ExportOptions &o) {
        return o.signingKey ? o.signingKey->did() : QString();
    };
    // A pack's items are read when the export runs: a change to them is a change to the store.
    return a.paper == b.paper && a.headline == b.headline && a.targetRole == b.targetRole &&
           a.coverNote == b.coverNote && a.redactions == b.redactions && a.withFiles == b.withFiles &&
           packOf(a) == packOf(b) && signerOf(a) == signerOf(b);
}

bool ExportController::isPreviewCurrent() const
{
    return !m_previewPath.isEmpty() && m_previewGeneration == m_generation &&
           sameOutput(m_previewOptions, m_options);
}

ExportOptions ExportController::options() const
{
    ExportOptions options = m_options;
    options.exportedAt = QDateTime::currentDateTimeUtc();
    return options;
}

QVariantMap ExportController::coverForm() const
{
    return coverMap(m_options.targetRole, m_options.headline, m_options.coverNote);
}

bool ExportController::isPackModified() const
{
    return m_options.pack && coverForm() != m_packCover;
}

void ExportController::choosePack(const QVariantMap &form)
{
    const qint64 id = form.value(QStringLiteral("id")).toLongLong();
    if (id <= 0) {
        if (m_options.pack)
            changeOptions([](ExportOptions &o) { o.pack.reset(); });
        m_packCover.clear();
        return;
    }
    ApplicationPack pack;
    pack.id = id;
    pack.name = form.value(QStringLiteral("name")).toString();
    pack.targetRole = form.value(QStringLiteral("targetRole")).toString();
    pack.headline = form.value(QStringLiteral("headline")).toString();
    pack.coverNote = form.value(QStringLiteral("coverNote")).toString();
    // Known before the views hear of the change, so they never see the new pack as edited.
    m_packCover = coverMap(pack.targetRole, pack.headline, pack.coverNote);
    // The items are read from the store when an export runs, so they are never those of an old form.
    changeOptions([&pack](ExportOptions &o) { o.usePack(pack); });
}

void ExportController::setWithFiles(bool withFiles)
{
    if (withFiles != m_options.withFiles)
        changeOptions([withFiles](ExportOptions &o) { o.withFiles = withFiles; });
}

bool ExportController::hasSigningKey() const
{
    return HolderKeyStore(m_dataDir).exists();
}

QString ExportController::signerDid() const
{
    if (m_options.signingKey)
        return m_options.signingKey->did();
    auto did = HolderKeyStore(m_dataDir).did();
    return did ? *did : QString();
}

int ExportController::minPassphraseLength()
{
    return HolderKeyStore::kMinPassphraseLength;
}

bool ExportController::startSigning(const QString &passphrase, const QString &repeated)
{
    if (m_unlocking)
        return false;
    setSigningError({});
    if (!hasSigningKey()) {
        // A new key's passphrase is typed twice: one slip would lock the key away for good.
        if (passphrase.size() < HolderKeyStore::kMinPassphraseLength) {
            setSigningError(
                ErrorMessages::forField(QStringLiteral("passphrase"), ErrorCode::InvalidArgument));
            return false;
        }
        if (repeated != passphrase) {
            setSigningError(
                ErrorMessages::forField(QStringLiteral("passphraseRepeat"), ErrorCode::InvalidArgument));
            return false;
        }
    }
    m_unlocking = true;
    emit signingChanged();
    m_keyPool.start([this, passphrase, dataDir = m_dataDir] {
        // scrypt takes a good part of a second and 64 MiB: never on the GUI thread.
        const Result<Ed25519Key> key = HolderKeyStore(dataDir).unlockOrCreate(passphrase);
        QMetaObject::invokeMethod(
            this, [this, key] { unlocked(key); }, Qt::QueuedConnection);
    });
    return true;
}

void ExportController::unlocked(const Result<Ed25519Key> &key)
{
    m_keyPool.waitForDone();
    m_unlocking = false;
    if (!key) {
        qCWarning(lcUi) << "export: the signing key stays locked:" << errorCodeName(key.code())
                        << key.error().message;
        setSigningError(ErrorMessages::sentence(key.code()));
        emit signingChanged();
        return;
    }
    changeOptions([&key](ExportOptions &o) { o.signingKey = *key; });
    emit signingChanged();
}

void ExportController::stopSigning()
{
    if (m_options.signingKey)
        changeOptions([](ExportOptions &o) { o.signingKey.reset(); });
    emit signingChanged();
}

bool ExportController::retireKey()
{
    if (m_unlocking)
        return false;
    stopSigning();
    auto retired = HolderKeyStore(m_dataDir).retire();
    if (!retired) {
        qCWarning(lcUi) << "export: the signing key stays:" << errorCodeName(retired.code())
                        << retired.error().message;
        setSigningError(ErrorMessages::sentence(retired.code()));
        return false;
    }
    qCInfo(lcUi) << "export: the signing key was put aside as" << *retired;
    setSigningError({});
    emit signingChanged();
    return true;
}

void ExportController::setSigningError(const QString &text)
{
    if (text == m_signingError)
        return;
    m_signingError = text;
    emit signingChanged();
}

void ExportController::clearSigningError()
{
    setSigningError({});
}

bool ExportController::preview()
{
    if (m_busy == Action::Preview) {
        m_previewPending = true;
        return true;
    }
    if (!m_scratch.isValid()) {
        qCWarning(lcUi) << "export: no temporary folder for the preview:" << m_scratch.errorString();
        setError(ErrorMessages::sentence(ErrorCode::Io));
        return false;
    }
    // A new name each time, so the viewer reads the new file rather than keeping the old one.
    return start(Action::Preview, writePdf,
                 m_scratch.filePath(QStringLiteral("preview-%1.pdf").arg(++m_previewNumber)));
}

bool ExportController::savePdf(const QVariant &destination)
{
    const QString path = FormController::localPath(destination);
    if (!isPreviewCurrent())
        return start(Action::SavePdf, writePdf, path);
    const QString previewed = m_previewPath;
    return start(
        Action::SavePdf,
        [previewed](Store &, const ExportOptions &, const QString &target) -> Status {
            QFile file(previewed);
            if (!file.open(QIODevice::ReadOnly))
                return Error{
                    ErrorCode::Io,
                    QStringLiteral("cannot read the preview %1: %2").arg(previewed, file.errorString())};
            return FileWriter::writeWhole(target, file.readAll());
        },
        path);
}

bool ExportController::saveBundle(const QVariant &destination)
{
    return start(
        Action::SaveBundle,
        [](Store &store, const ExportOptions &options, const QString &target) {
            return BundleExporter(store).write(target, options);
        },
        FormController::localPath(destination));
}

Status ExportController::withPackItems(Store &store, ExportOptions &options)
{
    if (!options.pack)
        return {};
    auto saved = store.packs().get(options.pack->id);
    if (!saved)
        return saved.error();
    // The bundle names the pack with the words of the cover as the page has them.
    saved->targetRole = options.targetRole;
    saved->headline = options.headline;
    saved->coverNote = options.coverNote;
    options.pack = std::move(*saved);
    return {};
}

Status ExportController::writePdf(Store &store, const ExportOptions &options, const QString &path)
{
    return PortfolioPdfExporter(store).write(path, options);
}

bool ExportController::start(Action action, Work work, const QString &destination)
{
    if (destination.isEmpty() || isBusy())
        return false;
    m_busy = action;
    emit busyChanged();
    setError({});
    ExportOptions options = this->options();
    const int generation = m_generation;
    m_pool.start([this, action, work = std::move(work), destination, options, generation]() mutable {
        Status status;
        if (auto store = Store::openForWorker(m_dataDir); !store)
            status = store.error();
        else if (Status read = withPackItems(**store, options); !read)
            status = read;
        else
            status = work(**store, options, destination);
        QMetaObject::invokeMethod(
            this,
            [this, action, status, destination, options, generation] {
                finished(action, status, destination, options, generation);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ExportController::finished(Action action, const Status &status, const QString &destination,
                                const ExportOptions &options, int generation)
{
    // The worker has handed over its outcome; let its run end before anything new starts.
    m_pool.waitForDone();
    m_busy = Action::None;
    if (!status) {
        qCWarning(lcUi) << "export:" << errorCodeName(status.code()) << status.error().message;
        setError(ErrorMessages::sentence(status.code()));
    } else if (action == Action::Preview) {
        const QString old = m_previewPath;
        m_previewPath = destination;
        m_previewOptions = options;
        m_previewGeneration = generation;
        emit previewChanged();
        if (!old.isEmpty())
            QFile::remove(old);
    } else {
        //: %1 is the name of the file that was written
        emit saved(tr("Saved %1.").arg(QFileInfo(destination).fileName()));
    }
    emit busyChanged();
    if (action == Action::Preview && std::exchange(m_previewPending, false) && !isPreviewCurrent())
        preview();
}

void ExportController::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void ExportController::clearError()
{
    setError({});
}

QUrl ExportController::suggestedFile(const QString &suffix) const
{
    //: The file name a saved portfolio is offered under, before its extension
    QString name = tr("portfolio");
    if (const QString pack = FormController::safeFileName(packName()); !pack.isEmpty())
        //: The file name of a saved application pack: %1 is "portfolio", %2 the pack's name
        name = tr("%1 - %2").arg(name, pack);
    return FormController::inDocuments(name + u'.' + suffix);
}

void ExportController::storeChanged()
{
    const bool wasCurrent = isPreviewCurrent();
    ++m_generation;
    if (wasCurrent)
        emit previewChanged();
}

void ExportController::waitForIdle()
{
    m_keyPool.waitForDone();
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

} // namespace pf
