#pragma once

#include "common/Result.h"
#include "domain/Evidence.h"
#include "domain/EvidenceQuery.h"

#include <QStringList>

namespace pf {

class BlobStore;
class Database;
class SearchIndex;

// Evidence items with their tags, attached files (bytes in the BlobStore) and competency links.
class EvidenceRepository
{
public:
    EvidenceRepository(Database &db, BlobStore &blobs, SearchIndex &search)
        : m_db(db), m_blobs(blobs), m_search(search)
    {
    }

    // Stores item with the files at newFiles attached, all in one transaction; returns the new id.
    Result<qint64> create(const Evidence &item, const QStringList &newFiles = {});
    Result<Evidence> get(qint64 id) const;
    // Newest first (undated last); limit -1 for all.
    Result<QList<Evidence>> list(int offset = 0, int limit = -1) const;
    Result<QList<Evidence>> list(const EvidenceQuery &query, int offset = 0, int limit = -1) const;
    qint64 count() const;
    Result<qint64> count(const EvidenceQuery &query) const;
    // The courses and tags in use, sorted, for the list's filters.
    Result<QStringList> courses() const;
    Result<QStringList> tags() const;

    // Saves item's fields and links; files not in item.files are detached, newFiles are attached.
    Status update(const Evidence &item, const QStringList &newFiles = {});
    // Removes the item with its files, tags and links (evaluations that cited it no longer do).
    Status remove(qint64 id);

    Result<QByteArray> fileContent(const EvidenceFile &file) const;

private:
    Status validate(const Evidence &item, qsizetype fileCount) const;
    Result<QList<EvidenceFile>> storeFiles(const QStringList &paths) const;
    Status writeDetails(qint64 id, const Evidence &item, const QList<EvidenceFile> &files);
    Result<QList<EvidenceFile>> filesOf(qint64 id) const;
    // Fills in the tags, files and competency links of items, read in batches.
    Status readDetails(QList<Evidence> &items) const;

    Database &m_db;
    BlobStore &m_blobs;
    SearchIndex &m_search;
};

} // namespace pf
