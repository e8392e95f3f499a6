#include "VerificationJob.h"

#include "LibraryVerifier.h"
#include "store/Store.h"

namespace pf {

VerificationJob::VerificationJob(QString dataDir, QList<qint64> credentialIds, QDateTime at)
    : m_dataDir(std::move(dataDir)), m_ids(std::move(credentialIds)), m_at(std::move(at))
{
    setAutoDelete(false); // the owner keeps it until finished() has been handled
}

void VerificationJob::run()
{
    // A QSqlDatabase connection belongs to the thread that opened it: this job opens its own.
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
    LibraryVerifier verifier(**store);
    VerificationContext context = verifier.context(m_at);
    context.cancel = &m_cancel;
    int done = 0;
    for (qint64 id : ids) {
        if (m_cancel)
            break;
        emit progress(done, int(ids.size()));
        auto report = verifier.verifyStored(id, context);
        if (report) {
            ++done;
            emit verified(id, checkResultName(report->result()));
        } else {
            emit failed(report.error().message);
        }
    }
    emit progress(done, int(ids.size()));
    emit finished(done, m_cancel);
}

} // namespace pf
