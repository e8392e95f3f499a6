#include "JobController.h"

#include "ErrorMessages.h"
#include "FormController.h"
#include "UiLog.h"
#include "credentials/ImportJob.h"
#include "verify/FileVerificationJob.h"
#include "verify/VerificationJob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pf {

JobController::JobController(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{
    // One job at a time; each spreads its own work over the cores where that pays.
    m_pool.setMaxThreadCount(1);
}

JobController::~JobController()
{
    cancel();
    m_pool.waitForDone();
}

QString JobController::title() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Import:
        return tr("Adding badges to your portfolio");
    case Kind::VerifyLibrary:
        return tr("Verifying your badges");
    case Kind::VerifyFiles:
        return tr("Verifying files");
    }
    return {};
}

QStringList JobController::paths(const QVariantList &files)
{
    QStringList out;
    for (const QVariant &file : files) {
        const QString path = FormController::localPath(file);
        if (!path.isEmpty())
            out << QDir::cleanPath(path);
    }
    return out;
}

bool JobController::begin(Kind kind)
{
    if (isRunning()) {
        emit notice(tr("Please wait until “%1” has finished, or cancel it.").arg(title()));
        return false;
    }
    m_kind = kind;
    m_cancelling = false;
    m_done = 0;
    m_total = 0;
    m_detail.clear();
    m_verifyFailures = 0;
    emit runningChanged();
    emit progressChanged();
    return true;
}

void JobController::setProgress(int done, int total, const QString &file)
{
    m_done = done;
    m_total = total;
    m_detail = file.isEmpty() ? QString() : QFileInfo(file).fileName();
    emit progressChanged();
}

void JobController::end()
{
    // The job has emitted its last signal; wait for its run() to return before it is deleted.
    m_pool.waitForDone();
    m_kind = Kind::None;
    m_cancelling = false;
    m_detail.clear();
    emit runningChanged();
    emit progressChanged();
}

bool JobController::importFiles(const QVariantList &files)
{
    const QStringList list = paths(files);
    if (list.isEmpty() || !begin(Kind::Import))
        return false;
    m_import = std::make_unique<ImportJob>(m_dataDir, list);
    connect(m_import.get(), &ImportJob::progress, this, &JobController::setProgress);
    connect(m_import.get(), &ImportJob::failed, this, [this](const QString &message) {
        ++m_verifyFailures;
        qCWarning(lcUi) << "import:" << message;
    });
    connect(m_import.get(), &ImportJob::finished, this, &JobController::importFinished);
    m_pool.start(m_import.get());
    return true;
}

void JobController::importFinished(bool cancelled)
{
    const QList<ImportOutcome> outcomes = m_import->outcomes();
    const int failures = m_verifyFailures;
    end();
    m_import.reset();

    int added = 0;
    int present = 0;
    int cached = 0;
    QStringList refused;
    QList<qint64> ids;
    for (const ImportOutcome &o : outcomes) {
        switch (o.kind) {
        case ImportOutcome::Kind::Imported:
            if (o.id) {
                ++added;
                ids << o.id;
            } else {
                ++cached;
            }
            break;
        case ImportOutcome::Kind::Present:
            ++present;
            break;
        case ImportOutcome::Kind::Refused:
            qCWarning(lcUi) << "import refused" << o.file << errorCodeName(o.error.code) << o.error.message;
            //: A file that was not imported: %1 its name, %2 why
            refused << tr("%1: %2").arg(QFileInfo(o.file).fileName(), ErrorMessages::sentence(o.error.code));
            break;
        }
    }
    QStringList parts;
    if (added)
        parts << tr("%n badge(s) added and verified", "", added);
    if (present)
        parts << tr("%n already in your portfolio", "", present);
    if (cached)
        parts << tr("%n status list(s) added to the offline cache", "", cached);
    if (outcomes.isEmpty())
        parts << tr("no files found");
    QString summary = parts.join(QStringLiteral("; "));
    if (cancelled)
        summary = tr("Import cancelled: %1.").arg(summary.isEmpty() ? tr("nothing was added") : summary);
    else if (!summary.isEmpty())
        summary = tr("Import finished: %1.").arg(summary);
    if (!ids.isEmpty() || cached)
        emit changed();
    emit imported(ids);
    // The store would not open on the worker, or a new badge could not be verified: say so, not "no files".
    if (failures && outcomes.isEmpty()) {
        emit failed(ErrorMessages::sentence(ErrorCode::Database));
    } else if (failures) {
        emit failed(tr("%n badge(s) could not be verified; the log has the details.", "", failures));
    } else if (!refused.isEmpty()) {
        emit failed(tr("%n file(s) could not be added. %1", "", int(refused.size()))
                        .arg(refused.join(QStringLiteral(" "))) +
                    (summary.isEmpty() ? QString() : u' ' + summary));
    } else {
        emit notice(summary);
    }
}

bool JobController::verifyLibrary()
{
    if (!begin(Kind::VerifyLibrary))
        return false;
    m_verification = std::make_unique<VerificationJob>(m_dataDir);
    connect(m_verification.get(), &VerificationJob::progress, this,
            [this](int done, int total) { setProgress(done, total, {}); });
    connect(m_verification.get(), &VerificationJob::failed, this, [this](const QString &message) {
        ++m_verifyFailures;
        qCWarning(lcUi) << "verification:" << message;
    });
    connect(m_verification.get(), &VerificationJob::finished, this, [this](int verified, bool cancelled) {
        const int failures = m_verifyFailures;
        end();
        m_verification.reset();
        emit changed();
        if (failures)
            emit failed(tr("%n badge(s) could not be verified; the log has the details.", "", failures));
        else if (cancelled)
            emit notice(tr("Verification cancelled after %n badge(s).", "", verified));
        else
            emit notice(tr("%n badge(s) verified.", "", verified));
    });
    m_pool.start(m_verification.get());
    return true;
}

bool JobController::verifyFiles(const QVariantList &files)
{
    const QStringList list = paths(files);
    if (list.isEmpty() || !begin(Kind::VerifyFiles))
        return false;
    m_files = std::make_unique<FileVerificationJob>(m_dataDir, list);
    connect(m_files.get(), &FileVerificationJob::progress, this, &JobController::setProgress);
    connect(m_files.get(), &FileVerificationJob::failed, this, [this](const QString &message) {
        qCWarning(lcUi) << "verify files:" << message;
        emit failed(ErrorMessages::sentence(ErrorCode::Database));
    });
    connect(m_files.get(), &FileVerificationJob::finished, this, [this](bool cancelled) {
        const QStringList found = m_files->files();
        const QList<VerificationReport> reports = m_files->reports();
        end();
        m_files.reset();
        if (found.isEmpty())
            emit notice(tr("No files were found to verify."));
        emit filesVerified(found, reports, cancelled);
    });
    m_pool.start(m_files.get());
    return true;
}

void JobController::cancel()
{
    if (!isRunning())
        return;
    if (m_import)
        m_import->cancel();
    if (m_verification)
        m_verification->cancel();
    if (m_files)
        m_files->cancel();
    if (!m_cancelling) {
        m_cancelling = true;
        emit runningChanged();
    }
}

void JobController::waitForIdle()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

} // namespace pf
