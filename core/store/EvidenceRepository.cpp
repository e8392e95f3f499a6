#include "EvidenceRepository.h"

#include "BlobStore.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "domain/Validation.h"

#include <QFileInfo>
#include <QHash>
#include <QMimeDatabase>
#include <QUrl>

namespace pf {

namespace {

const QString kColumns = QStringLiteral("id, title, kind, url, description, reflection, course, term, date, "
                                        "created_at, updated_at");

Evidence fromRow(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    Evidence::kindFromName(q.value(2).toString(), &e.kind);
    e.url = q.value(3).toString();
    e.description = q.value(4).toString();
    e.reflection = q.value(5).toString();
    e.course = q.value(6).toString();
    e.term = q.value(7).toString();
    e.date = sql::toDate(q.value(8));
    e.createdAt = sql::toDateTime(q.value(9));
    e.updatedAt = sql::toDateTime(q.value(10));
    return e;
}

// The WHERE clause for query, its values appended to values; every value is bound, none is spliced in.
QString whereClause(const EvidenceQuery &query, QVariantList &values)
{
    QStringList conditions;
    if (const QString match = SearchIndex::toMatchExpression(query.text); !match.isEmpty()) {
        // CROSS JOIN keeps SQLite from scanning every entry and running the match once per entry,
        // which takes minutes over 50,000 items; this way the match runs once and is looked up.
        conditions << QStringLiteral("id IN (SELECT e.item_id FROM search_index CROSS JOIN search_entry e ON "
                                     "e.id = search_index.rowid "
                                     "WHERE search_index MATCH ? AND e.kind = 'evidence')");
        values << match;
    }
    if (!query.course.isEmpty()) {
        conditions << QStringLiteral("course = ?");
        values << query.course;
    }
    if (!query.tag.isEmpty()) {
        conditions << QStringLiteral("id IN (SELECT evidence_id FROM evidence_tag WHERE tag = ?)");
        values << query.tag;
    }
    if (query.competencyId != 0) {
        conditions << QStringLiteral(
            "id IN (SELECT evidence_id FROM evidence_competency WHERE competency_id = ?)");
        values << query.competencyId;
    }
    if (query.kind) {
        conditions << QStringLiteral("kind = ?");
        values << Evidence::kindName(*query.kind);
    }
    if (query.from.isValid()) {
        conditions << QStringLiteral("date >= ?");
        values << sql::fromDate(query.from);
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("date <= ?");
        values << sql::fromDate(query.to);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QStringList> distinctValues(const Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    QStringList values;
    while (q->next())
        values << q->value(0).toString();
    return values;
}

} // namespace

Status EvidenceRepository::validate(const Evidence &item, qsizetype fileCount) const
{
    if (Status s = validation::requireText(item.title, QStringLiteral("title")); !s)
        return s;
    if (item.kind == Evidence::Kind::Link) {
        const QUrl url(item.url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return Error{
                ErrorCode::InvalidArgument,
                QStringLiteral("a link needs a full address such as https://example.org/work, not \"%1\"")
                    .arg(item.url)};
    }
    if (item.kind == Evidence::Kind::File && fileCount == 0)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("evidence of kind file needs at least one attached file")};
    for (const QString &tag : item.tags) {
        if (tag.trimmed().isEmpty())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("a tag must not be empty")};
    }
    return sql::requireRows(m_db, QStringLiteral("competency"), QStringLiteral("competency"),
                            item.competencyIds);
}

Result<QList<EvidenceFile>> EvidenceRepository::storeFiles(const QStringList &paths) const
{
    QMimeDatabase mimes;
    QList<EvidenceFile> files;
    for (const QString &path : paths) {
        auto blob = m_blobs.putFile(path);
        if (!blob)
            return blob.error();
        EvidenceFile f;
        f.originalName = QFileInfo(path).fileName();
        f.mediaType = mimes.mimeTypeForFile(path).name();
        f.size = blob->size;
        f.sha256 = blob->sha256;
        files << f;
    }
    return files;
}

Result<qint64> EvidenceRepository::create(const Evidence &item, const QStringList &newFiles)
{
    if (Status s = validate(item, newFiles.size()); !s)
        return s.error();
    // Blobs are written first; if the transaction then fails they are unreferenced and collected later.
    auto files = storeFiles(newFiles);
    if (!files)
        return files.error();
    qint64 id = 0;
    Status saved = m_db.transaction([&]() -> Status {
        const auto now = sql::fromDateTime(QDateTime::currentDateTimeUtc());
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO evidence (title, kind, url, description, reflection, course, "
                           "term, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {item.title.trimmed(), Evidence::kindName(item.kind), item.url, item.description, item.reflection,
             item.course, item.term, sql::fromDate(item.date), now, now});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return writeDetails(id, item, *files);
    });
    if (!saved)
        return saved.error();
    return id;
}

Status EvidenceRepository::writeDetails(qint64 id, const Evidence &item, const QList<EvidenceFile> &files)
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM evidence_tag WHERE evidence_id = ?"), {id}); !r)
        return r.error();
    for (const QString &tag : item.tags) {
        if (auto r = m_db.exec(
                QStringLiteral("INSERT OR IGNORE INTO evidence_tag (evidence_id, tag) VALUES (?, ?)"),
                {id, tag.trimmed()});
            !r)
            return r.error();
    }
    int position = int(sql::count(
        m_db, QStringLiteral("SELECT ifnull(max(position) + 1, 0) FROM evidence_file WHERE evidence_id = ?"),
        {id}));
    for (const EvidenceFile &f : files) {
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO evidence_file (evidence_id, position, original_name, media_type, "
                           "size, sha256) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, position++, f.originalName, f.mediaType, f.size, f.sha256});
        if (!r)
            return r.error();
    }
    if (Status s =
            sql::replaceLinks(m_db, QStringLiteral("evidence_competency"), QStringLiteral("evidence_id"), id,
                              QStringLiteral("competency_id"), item.competencyIds);
        !s)
        return s;
    QStringList fileNames;
    auto stored = filesOf(id);
    if (!stored)
        return stored.error();
    for (const EvidenceFile &f : *stored)
        fileNames << f.originalName;
    return m_search.update({ItemKind::Evidence, id}, {{QStringLiteral("title"), item.title},
                                                      {QStringLiteral("description"), item.description},
                                                      {QStringLiteral("reflection"), item.reflection},
                                                      {QStringLiteral("course"), item.course},
                                                      {QStringLiteral("tags"), item.tags.join(u' ')},
                                                      {QStringLiteral("files"), fileNames.join(u' ')}});
}

Result<QList<EvidenceFile>> EvidenceRepository::filesOf(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, original_name, media_type, size, sha256 FROM evidence_file "
                                      "WHERE evidence_id = ? ORDER BY position"),
                       {id});
    if (!q)
        return q.error();
    QList<EvidenceFile> files;
    while (q->next())
        files << EvidenceFile{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toLongLong(), q->value(4).toString()};
    return files;
}

Result<Evidence> EvidenceRepository::get(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM evidence WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("evidence-%1 does not exist").arg(id)};
    QList<Evidence> items{fromRow(*q)};
    if (Status s = readDetails(items); !s)
        return s.error();
    return items.first();
}

Result<QList<Evidence>> EvidenceRepository::list(int offset, int limit) const
{
    return list(EvidenceQuery{}, offset, limit);
}

Result<QList<Evidence>> EvidenceRepository::list(const EvidenceQuery &query, int offset, int limit) const
{
    // The ORDER BY matches the index evidence_by_date term for term, so a page is read from the index.
    QVariantList values;
    const QString where = whereClause(query, values);
    values << limit << offset;
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM evidence%2 ORDER BY date IS NULL, date DESC, id DESC "
                                      "LIMIT ? OFFSET ?")
                           .arg(kColumns, where),
                       values);
    if (!q)
        return q.error();
    QList<Evidence> items;
    while (q->next())
        items << fromRow(*q);
    if (Status s = readDetails(items); !s)
        return s.error();
    return items;
}

Status EvidenceRepository::readDetails(QList<Evidence> &items) const
{
    // Three queries for a whole batch of items rather than three per item: a list of 50,000 would
    // otherwise take 150,000 round trips. The ids are integers, so writing them into the SQL is safe.
    constexpr qsizetype kBatch = 2000;
    QHash<qint64, qsizetype> row;
    for (qsizetype i = 0; i < items.size(); ++i)
        row.insert(items.at(i).id, i);
    for (qsizetype first = 0; first < items.size(); first += kBatch) {
        QStringList ids;
        for (qsizetype i = first; i < qMin(items.size(), first + kBatch); ++i)
            ids << QString::number(items.at(i).id);
        const QString in = ids.join(u',');
        auto tags = m_db.exec(
            QStringLiteral("SELECT evidence_id, tag FROM evidence_tag WHERE evidence_id IN (%1) ORDER BY tag")
                .arg(in));
        if (!tags)
            return tags.error();
        while (tags->next())
            items[row.value(tags->value(0).toLongLong())].tags << tags->value(1).toString();
        auto files =
            m_db.exec(QStringLiteral("SELECT evidence_id, id, original_name, media_type, size, sha256 "
                                     "FROM evidence_file WHERE evidence_id IN (%1) ORDER BY position")
                          .arg(in));
        if (!files)
            return files.error();
        while (files->next())
            items[row.value(files->value(0).toLongLong())].files << EvidenceFile{
                files->value(1).toLongLong(), files->value(2).toString(), files->value(3).toString(),
                files->value(4).toLongLong(), files->value(5).toString()};
        auto competencies =
            m_db.exec(QStringLiteral("SELECT evidence_id, competency_id FROM evidence_competency "
                                     "WHERE evidence_id IN (%1) ORDER BY competency_id")
                          .arg(in));
        if (!competencies)
            return competencies.error();
        while (competencies->next())
            items[row.value(competencies->value(0).toLongLong())].competencyIds
                << competencies->value(1).toLongLong();
    }
    return {};
}

qint64 EvidenceRepository::count() const
{
    return sql::count(m_db, QStringLiteral("SELECT count(*) FROM evidence"));
}

Result<qint64> EvidenceRepository::count(const EvidenceQuery &query) const
{
    QVariantList values;
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM evidence") + whereClause(query, values), values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QStringList> EvidenceRepository::courses() const
{
    return distinctValues(
        m_db, QStringLiteral(
                  "SELECT DISTINCT course FROM evidence WHERE course <> '' ORDER BY course COLLATE NOCASE"));
}

Result<QStringList> EvidenceRepository::tags() const
{
    return distinctValues(
        m_db, QStringLiteral("SELECT DISTINCT tag FROM evidence_tag ORDER BY tag COLLATE NOCASE"));
}

Status EvidenceRepository::update(const Evidence &item, const QStringList &newFiles)
{
    auto existing = get(item.id);
    if (!existing)
        return existing.error();
    QList<qint64> keep;
    for (const EvidenceFile &f : item.files)
        keep << f.id;
    qsizetype remaining = 0;
    for (const EvidenceFile &f : existing->files)
        remaining += keep.contains(f.id) ? 1 : 0;
    if (Status s = validate(item, remaining + newFiles.size()); !s)
        return s;
    auto files = storeFiles(newFiles);
    if (!files)
        return files.error();
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(
            QStringLiteral("UPDATE evidence SET title = ?, kind = ?, url = ?, description = ?, "
                           "reflection = ?, course = ?, term = ?, date = ?, updated_at = ? WHERE id = ?"),
            {item.title.trimmed(), Evidence::kindName(item.kind), item.url, item.description, item.reflection,
             item.course, item.term, sql::fromDate(item.date),
             sql::fromDateTime(QDateTime::currentDateTimeUtc()), item.id});
        if (!q)
            return q.error();
        for (const EvidenceFile &f : existing->files) {
            if (keep.contains(f.id))
                continue;
            if (auto r = m_db.exec(QStringLiteral("DELETE FROM evidence_file WHERE id = ?"), {f.id}); !r)
                return r.error();
        }
        return writeDetails(item.id, item, *files);
    });
}

Status EvidenceRepository::remove(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = sql::deleteRow(m_db, QStringLiteral("evidence"), QStringLiteral("evidence"), id); !s)
            return s;
        return m_search.remove({ItemKind::Evidence, id});
    });
}

Result<QByteArray> EvidenceRepository::fileContent(const EvidenceFile &file) const
{
    return m_blobs.read(file.sha256);
}

} // namespace pf
