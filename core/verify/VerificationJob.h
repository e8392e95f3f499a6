#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QRunnable>
#include <QString>
#include <atomic>

namespace pf {

// Verifies stored credentials on a worker thread with its own database connection; cancellable, reports
// progress.
class VerificationJob : public QObject, public QRunnable
{
    Q_OBJECT

public:
    // credentialIds empty: every credential in the store.
    VerificationJob(QString dataDir, QList<qint64> credentialIds = {},
                    QDateTime at = QDateTime::currentDateTimeUtc());

    // Below this many credentials per core, extra worker threads cost more than they save.
    static constexpr int kCredentialsPerWorker = 16;

    void run() override;
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }

signals:
    void progress(int done, int total);
    void verified(qint64 credentialId, const QString &result);
    void failed(const QString &message);
    void finished(int verifiedCount, bool cancelled);

private:
    QString m_dataDir;
    QList<qint64> m_ids;
    QDateTime m_at;
    std::atomic_bool m_cancel{false};
};

} // namespace pf
