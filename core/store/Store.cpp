#include "Store.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace pf {

Q_LOGGING_CATEGORY(lcStore, "pathfolio.store")

Store::Store(QString dataDir, std::unique_ptr<Database> db, qint64 maxFileSize)
    : m_dataDir(std::move(dataDir)), m_db(std::move(db)),
      m_blobs(m_dataDir + QStringLiteral("/blobs"), maxFileSize), m_search(*m_db),
      m_evidence(*m_db, m_blobs, m_search), m_placements(*m_db, m_search), m_logEntries(*m_db, m_search),
      m_evaluations(*m_db, m_search), m_competencies(*m_db, m_search),
      m_credentials(*m_db, m_blobs, m_search), m_cache(*m_db, m_blobs), m_trust(*m_db), m_identities(*m_db),
      m_activity(*m_db), m_packs(*m_db)
{
}

QString Store::resolveDataDir(const QString &commandLineDir)
{
    if (!commandLineDir.isEmpty())
        return QDir(commandLineDir).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable("PATHFOLIO_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<Store>> Store::open(const QString &dataDir, const Options &options)
{
    const QFileInfo dirInfo(dataDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return Error{ErrorCode::Io,
                     QStringLiteral("the data folder %1 is a file, not a folder").arg(dataDir)};
    if (!QDir().mkpath(dataDir))
        return Error{ErrorCode::ReadOnly, QStringLiteral("cannot create the data folder %1").arg(dataDir)};

    auto db = Database::open(dataDir + u'/' + QLatin1String(kDatabaseFileName));
    if (!db)
        return db.error();
    std::unique_ptr<Store> store(new Store(dataDir, std::move(db).value(), options.maxFileSize));
    if (Status s = store->m_blobs.initialise(); !s)
        return s.error();
    if (options.collectGarbage) {
        const int removed = store->m_blobs.collectGarbage(store->referencedBlobs());
        if (removed > 0)
            qCInfo(lcStore) << "removed" << removed << "unreferenced files from" << dataDir;
    }
    return store;
}

QSet<QString> Store::referencedBlobs() const
{
    QSet<QString> hashes;
    auto q = m_db->exec(
        QStringLiteral("SELECT sha256 FROM evidence_file UNION SELECT original_sha256 FROM credential UNION "
                       "SELECT image_sha256 FROM credential WHERE image_sha256 IS NOT NULL UNION "
                       "SELECT sha256 FROM cached_document"));
    if (q) {
        while (q->next())
            hashes.insert(q->value(0).toString());
    }
    return hashes;
}

} // namespace pf
