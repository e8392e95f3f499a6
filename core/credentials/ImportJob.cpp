#include "ImportJob.h"

#include "CredentialImporter.h"
#include "store/Store.h"
#include "verify/LibraryVerifier.h"

namespace pf {

ImportJob::ImportJob(QString dataDir, QStringList paths)
    : m_dataDir(std::move(dataDir)), m_paths(std::move(paths))
{
    setAutoDelete(false); // the owner keeps it until finished() has been handled
}

void ImportJob::run()
{
    auto store = Store::openForWorker(m_dataDir);
    if (!store) {
        emit failed(store.error().message);
        emit finished(false);
        return;
    }
    // Reading is the first half of the bar, verifying the new credentials the second: a file is a step
    // of each, which keeps the bar moving at an even pace for the common case of one credential a file.
    const int files = int(CredentialImporter::expand(m_paths).size());
    const int total = 2 * files;
    CredentialImporter importer(**store);
    m_outcomes = importer.importPaths(
        m_paths, [&](int done, int, const QString &file) { emit progress(done, total, file); }, &m_cancel);

    // A cancelled import keeps what was stored (each credential is whole) and still verifies it, so
    // nothing in the library is left without a report.
    LibraryVerifier verifier(**store);
    const VerificationContext context = verifier.context();
    QList<qint64> fresh;
    for (const ImportOutcome &o : std::as_const(m_outcomes)) {
        if (o.kind == ImportOutcome::Kind::Imported && o.id)
            fresh << o.id;
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        emit progress(files + int(qint64(files) * i / fresh.size()), total, {});
        if (auto report = verifier.verifyStored(fresh.at(i), context); !report)
            emit failed(report.error().message);
    }
    emit progress(total, total, {});
    emit finished(m_cancel);
}

} // namespace pf
