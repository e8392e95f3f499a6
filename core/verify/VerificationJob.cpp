#include "VerificationJob.h"

#include "LibraryVerifier.h"
#include "common/WorkerPool.h"
#include "store/Store.h"

#include <QMutex>
#include <memory>

namespace pf {

namespace {

// What a worker finished: a result name, or why the credential could not be verified.
struct Finished
{
    qint64 id = 0;
    QString result;
    QString error;
};

} // namespace

VerificationJob::VerificationJob(QString dataDir, QList<qint64> credentialIds, QDateTime at)
    : m_dataDir(std::move(dataDir)), m_ids(std::move(credentialIds)), m_at(std::move(at))
{
    setAutoDelete(false); // the owner keeps it until finished() has been handled
}

void VerificationJob::run()
{
    // A QSqlDatabase connection belongs to the thread that opened it: this job, and each of its workers,
    // opens its own.
    auto store = Store::openForWorker(m_dataDir);
    if (!store) {
        emit failed(store.error().message);
        emit finished(0, false);
        return;
    }
    QList<qint64> ids = m_ids;
    if (ids.isEmpty()) {
        auto all = (*store)->credentials().list();
        if (all) {
            for (const Credential &c : *all)
                ids << c.id;
        }
    }
    const qsizetype total = ids.size();

    // Verification is CPU-bound: a worker per core, each with its own connection and verifier.
    struct Worker
    {
        std::unique_ptr<Store> own; // empty on the calling thread, which uses the job's connection
        std::unique_ptr<LibraryVerifier> verifier;
        VerificationContext context;
    };
    QMutex mutex;
    QList<Finished> pending;
    const auto makeTask = [&](bool onCallingThread) -> WorkerPool::Task {
        auto worker = std::make_shared<Worker>();
        if (!onCallingThread) {
            auto opened = Store::openForWorker(m_dataDir);
            if (!opened)
                return {}; // a worker that cannot open leaves its share to the others
            worker->own = std::move(*opened);
        }
        worker->verifier = std::make_unique<LibraryVerifier>(onCallingThread ? **store : *worker->own);
        worker->context = worker->verifier->context(m_at);
        worker->context.cancel = &m_cancel;
        return [worker, &ids, &mutex, &pending](qsizetype i) {
            auto report = worker->verifier->verifyStored(ids.at(i), worker->context);
            QMutexLocker lock(&mutex);
            pending.append(report ? Finished{ids.at(i), checkResultName(report->result()), {}}
                                  : Finished{ids.at(i), {}, report.error().message});
        };
    };

    // Signals leave from this thread only, in the order credentials were finished.
    int done = 0;
    const auto report = [&] {
        QList<Finished> batch;
        {
            QMutexLocker lock(&mutex);
            batch.swap(pending);
        }
        for (const Finished &f : std::as_const(batch)) {
            if (f.error.isEmpty()) {
                ++done;
                emit verified(f.id, f.result);
            } else {
                emit failed(f.error);
            }
        }
        if (!batch.isEmpty())
            emit progress(done, int(total));
    };

    emit progress(0, int(total));
    WorkerPool::run(total, WorkerPool::threadsFor(total, kCredentialsPerWorker), makeTask, report, &m_cancel);
    emit finished(done, m_cancel);
}

} // namespace pf
