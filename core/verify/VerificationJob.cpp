#include "VerificationJob.h"

#include "LibraryVerifier.h"
#include "store/Store.h"

#include <QMutex>
#include <QThread>
#include <algorithm>
#include <thread>
#include <vector>

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
    Store::Options options;
    options.collectGarbage = false;
    auto store = Store::open(m_dataDir, options);
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

    // Verification is CPU-bound: spread it over the cores, a worker per core beyond this thread, each taking
    // the next credential when it is done with one. Small jobs stay on this thread.
    const int workers = std::clamp(QThread::idealThreadCount(), 1,
                                   int(std::max<qsizetype>(1, total / kCredentialsPerWorker)));
    std::atomic<qsizetype> next{0};
    std::atomic<int> running{workers - 1};
    QMutex mutex;
    QList<Finished> pending;
    const auto work = [&](Store &s, const std::function<void()> &afterEach) {
        LibraryVerifier verifier(s);
        VerificationContext context = verifier.context(m_at);
        context.cancel = &m_cancel;
        for (qsizetype i = next++; i < total && !m_cancel; i = next++) {
            auto report = verifier.verifyStored(ids.at(i), context);
            {
                QMutexLocker lock(&mutex);
                pending.append(report ? Finished{ids.at(i), checkResultName(report->result()), {}}
                                      : Finished{ids.at(i), {}, report.error().message});
            }
            afterEach();
        }
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
    std::vector<std::thread> helpers;
    for (int w = 1; w < workers; ++w) {
        helpers.emplace_back([&] {
            auto own = Store::open(m_dataDir, options);
            if (own) // a worker that cannot open leaves its share to the others
                work(**own, [] {});
            --running;
        });
    }
    work(**store, report);
    while (running > 0) {
        report();
        QThread::msleep(5);
    }
    for (std::thread &t : helpers)
        t.join();
    report();
    emit finished(done, m_cancel);
}

} // namespace pf
