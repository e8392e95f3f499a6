#pragma once

#include "ImportOutcome.h"

#include <QList>
#include <QObject>
#include <QRunnable>
#include <QStringList>
#include <atomic>

namespace pf {

// Imports files and folders on a worker thread with its own database connection, then verifies each new
// credential and keeps its report, as `pathfolio-cli import` does; cancellable between files.
class ImportJob : public QObject, public QRunnable
{
    Q_OBJECT

public:
    ImportJob(QString dataDir, QStringList paths);

    void run() override;
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }

    // What became of each file and credential; complete once finished() has been emitted.
    const QList<ImportOutcome> &outcomes() const { return m_outcomes; }

signals:
    // done of total steps: every file read, then every new credential verified.
    void progress(int done, int total, const QString &file);
    void failed(const QString &message);
    void finished(bool cancelled);

private:
    QString m_dataDir;
    QStringList m_paths;
    QList<ImportOutcome> m_outcomes;
    std::atomic_bool m_cancel{false};
};

} // namespace pf
