#pragma once

#include "verify/VerificationReport.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace pf {

class ImportJob;
class VerificationJob;
class FileVerificationJob;

// Long work in the background, one job at a time: importing files, verifying the library, verifying files
// that are not kept. The window stays responsive; QML shows the progress and offers Cancel.
class JobController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("JobController is built by the application")
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(QString title READ title NOTIFY runningChanged)
    Q_PROPERTY(int done READ done NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    // The name of the file being worked on, or empty.
    Q_PROPERTY(QString detail READ detail NOTIFY progressChanged)
    Q_PROPERTY(bool cancelling READ isCancelling NOTIFY runningChanged)

public:
    explicit JobController(QString dataDir, QObject *parent = nullptr);
    ~JobController() override;

    bool isRunning() const { return m_kind != Kind::None; }
    QString title() const;
    int done() const { return m_done; }
    int total() const { return m_total; }
    QString detail() const { return m_detail; }
    bool isCancelling() const { return m_cancelling; }

    // Each returns false (with a notice) when another job is still running. Files are URLs or paths;
    // folders are walked.
    Q_INVOKABLE bool importFiles(const QVariantList &files);
    Q_INVOKABLE bool verifyLibrary();
    Q_INVOKABLE bool verifyFiles(const QVariantList &files);
    Q_INVOKABLE void cancel();

    // Blocks until the running job has ended; for tests and for closing the window.
    void waitForIdle();

signals:
    void runningChanged();
    void progressChanged();
    // The store changed: views should read it again.
    void changed();
    void notice(const QString &message);
    void failed(const QString &message);
    // A verifyFiles() job ended: the files found and a report per credential in them.
    void filesVerified(const QStringList &files, const QList<pf::VerificationReport> &reports,
                       bool cancelled);
    // An importFiles() job ended: the ids of the credentials it stored.
    void imported(const QList<qint64> &ids);

private:
    enum class Kind { None, Import, VerifyLibrary, VerifyFiles };

    bool begin(Kind kind);
    void setProgress(int done, int total, const QString &file);
    void end();
    void importFinished(bool cancelled);
    static QStringList paths(const QVariantList &files);

    QString m_dataDir;
    QThreadPool m_pool;
    Kind m_kind = Kind::None;
    bool m_cancelling = false;
    int m_done = 0;
    int m_total = 0;
    QString m_detail;
    int m_verifyFailures = 0;
    std::unique_ptr<ImportJob> m_import;
    std::unique_ptr<VerificationJob> m_verification;
    std::unique_ptr<FileVerificationJob> m_files;
};

} // namespace pf
