#include "FileVerificationJob.h"

#include "LibraryVerifier.h"
#include "Verifier.h"
#include "credentials/CredentialImporter.h"
#include "portfolio/PortfolioVerifier.h"
#include "store/Store.h"

namespace pf {

FileVerificationJob::FileVerificationJob(QString dataDir, QStringList paths, QDateTime at)
    : m_dataDir(std::move(dataDir)), m_paths(std::move(paths)), m_at(std::move(at))
{
    setAutoDelete(false); // the owner keeps it until finished() has been handled
}

void FileVerificationJob::run()
{
    auto store = Store::openForWorker(m_dataDir);
    if (!store) {
        emit failed(store.error().message);
        emit finished(false);
        return;
    }
    m_files = CredentialImporter::expand(m_paths);
    const Verifier verifier(LibraryVerifier(**store).context(m_at));
    const int total = int(m_files.size());
    int done = 0;
    for (; done < total && !m_cancel; ++done) {
        emit progress(done, total, m_files.at(done));
        const QString &file = m_files.at(done);
        const auto portfolio = PortfolioVerifier::verifyFile(file, m_at);
        m_reports << (portfolio ? *portfolio : verifier.verifyFile(file));
    }
    emit progress(done, total, {});
    emit finished(m_cancel);
}

} // namespace pf
