#pragma once

#include "VerificationReport.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QRunnable>
#include <QStringList>
#include <atomic>

namespace pf {

// Verifies files that are not in the library (a dropped badge, a folder from an applicant) on a worker
// thread, against the store's offline cache, trust list and the learner's identifiers; stores nothing. An
// exported portfolio (bundle or PDF) is verified as one, through PortfolioVerifier.
class FileVerificationJob : public QObject, public QRunnable
{
    Q_OBJECT

public:
    FileVerificationJob(QString dataDir, QStringList paths, QDateTime at = QDateTime::currentDateTimeUtc());

    void run() override;
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }

    // The files found under the paths, in order; set before the first progress().
    const QStringList &files() const { return m_files; }
    // A report per credential, files in order (a record gives several, a portfolio first a report on
    // itself, then one per credential it carries); complete once finished() was emitted.
    const QList<VerificationReport> &reports() const { return m_reports; }

signals:
    void progress(int done, int total, const QString &file);
    void failed(const QString &message);
    void finished(bool cancelled);

private:
    QString m_dataDir;
    QStringList m_paths;
    QDateTime m_at;
    QStringList m_files;
    QList<VerificationReport> m_reports;
    std::atomic_bool m_cancel{false};
};

} // namespace pf
