#pragma once

#include "ActivityRepository.h"
#include "ApplicationPackRepository.h"
#include "BlobStore.h"
#include "CompetencyRepository.h"
#include "CredentialRepository.h"
#include "Database.h"
#include "DocumentCache.h"
#include "EvaluationRepository.h"
#include "EvidenceRepository.h"
#include "IdentityRepository.h"
#include "LogEntryRepository.h"
#include "PlacementRepository.h"
#include "SearchIndex.h"
#include "TrustStore.h"
#include "common/Result.h"

#include <memory>

namespace pf {

// A learner's data folder: the database, the blob store beside it and a repository per kind of item.
class Store
{
public:
    struct Options
    {
        qint64 maxFileSize = BlobStore::kDefaultMaxFileSize;
        bool collectGarbage = true; // remove blobs and temporary files nothing refers to any more
    };

    static constexpr const char *kDatabaseFileName = "pathfolio.sqlite";

    static Result<std::unique_ptr<Store>> open(const QString &dataDir, const Options &options);
    static Result<std::unique_ptr<Store>> open(const QString &dataDir) { return open(dataDir, Options{}); }
    // Another connection to a store that is already open, for a worker thread (a QSqlDatabase connection
    // belongs to the thread that opened it); it leaves clean-ups to the first.
    static Result<std::unique_ptr<Store>> openForWorker(const QString &dataDir)
    {
        Options options;
        options.collectGarbage = false;
        return open(dataDir, options);
    }

    // --data-dir when given, else $PATHFOLIO_DATA_DIR, else the platform's application data folder.
    static QString resolveDataDir(const QString &commandLineDir = {});

    QString dataDir() const { return m_dataDir; }
    Database &database() { return *m_db; }
    BlobStore &blobs() { return m_blobs; }
    SearchIndex &search() { return m_search; }
    EvidenceRepository &evidence() { return m_evidence; }
    PlacementRepository &placements() { return m_placements; }
    LogEntryRepository &logEntries() { return m_logEntries; }
    EvaluationRepository &evaluations() { return m_evaluations; }
    CompetencyRepository &competencies() { return m_competencies; }
    CredentialRepository &credentials() { return m_credentials; }
    DocumentCache &cache() { return m_cache; }
    TrustStore &trust() { return m_trust; }
    IdentityRepository &identities() { return m_identities; }
    ActivityRepository &activity() { return m_activity; }
    ApplicationPackRepository &packs() { return m_packs; }

    // Hashes of every blob a row refers to.
    QSet<QString> referencedBlobs() const;

private:
    Store(QString dataDir, std::unique_ptr<Database> db, qint64 maxFileSize);

    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    BlobStore m_blobs;
    SearchIndex m_search;
    EvidenceRepository m_evidence;
    PlacementRepository m_placements;
    LogEntryRepository m_logEntries;
    EvaluationRepository m_evaluations;
    CompetencyRepository m_competencies;
    CredentialRepository m_credentials;
    DocumentCache m_cache;
    TrustStore m_trust;
    IdentityRepository m_identities;
    ActivityRepository m_activity;
    ApplicationPackRepository m_packs;
};

} // namespace pf
