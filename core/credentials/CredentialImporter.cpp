#include "CredentialImporter.h"

#include "JsonReader.h"
#include "store/Store.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace pf {

QString ImportOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Imported:
        return QStringLiteral("imported");
    case Kind::Present:
        return QStringLiteral("present");
    case Kind::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

CredentialImporter::CredentialImporter(Store &store, ImportLimits limits) : m_store(store), m_limits(limits)
{
}

CredentialParser CredentialImporter::parser() const
{
    DocumentCache &cache = m_store.cache();
    const int depth = m_limits.maxJsonDepth;
    return CredentialParser(
        [&cache, depth](const QString &url) -> std::optional<QJsonObject> {
            auto doc = cache.get(url);
            if (!doc)
                return std::nullopt;
            auto json = JsonReader::parse(doc->content, depth);
            if (!json || !json->isObject())
                return std::nullopt;
            return json->toObject();
        },
        m_limits);
}

QStringList CredentialImporter::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList inFolder;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            inFolder << it.next();
        inFolder.sort();
        files << inFolder;
    }
    return files;
}

Result<QByteArray> CredentialImporter::readInput(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::FileMissing, QStringLiteral("%1 does not exist").arg(path)};
    if (info.size() > m_limits.maxFileSize) {
        return Error{ErrorCode::FileTooLarge, QStringLiteral("%1 is %2 bytes, over the limit of %3 bytes")
                                                  .arg(path)
                                                  .arg(info.size())
                                                  .arg(m_limits.maxFileSize)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable,
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    QByteArray bytes = file.read(m_limits.maxFileSize + 1);
    if (bytes.size() > m_limits.maxFileSize) // it grew while we looked
        return Error{ErrorCode::FileTooLarge,
                     QStringLiteral("%1 is over the limit of %2 bytes").arg(path).arg(m_limits.maxFileSize)};
    return bytes;
}

QList<ImportOutcome> CredentialImporter::importPaths(const QStringList &paths, const Progress &progress,
                                                     const std::atomic_bool *cancel)
{
    const QStringList files = expand(paths);
    const CredentialParser reader = parser();
    QList<ImportOutcome> outcomes;
    // Files are taken in batches: the blobs of a whole batch are written and flushed to disk together,
    // then each credential is stored in its own transaction. A crash leaves unreferenced blobs at
    // worst, which the store removes later, and never a row whose blob is not on disk.
    constexpr qsizetype kBatch = 64;
    bool cancelled = false;
    for (qsizetype start = 0; start < files.size() && !cancelled; start += kBatch) {
        QList<std::pair<QString, Result<QList<ParsedCredential>>>> batch;
        for (qsizetype i = start; i < qMin(start + kBatch, files.size()); ++i) {
            const QString &path = files.at(i);
            if (progress)
                progress(int(i), int(files.size()), path);
            if (cancel && cancel->load()) {
                cancelled = true;
                break;
            }
            auto bytes = readInput(path);
            Result<QList<ParsedCredential>> parsed =
                bytes ? reader.parse(*bytes) : Result<QList<ParsedCredential>>(bytes.error());
            if (parsed) {
                for (const ParsedCredential &p : *parsed) {
                    for (const QByteArray *blob : {&p.original, &p.image}) {
                        if (blob->isEmpty() || !parsed)
                            continue;
                        if (auto written = m_store.blobs().putBytes(*blob, BlobStore::Durability::Deferred);
                            !written)
                            parsed = written.error();
                    }
                }
            }
            batch.append({path, std::move(parsed)});
        }
        const Status synced = m_store.blobs().syncDeferred();
        for (auto &[path, parsed] : batch) {
            if (parsed && synced) {
                outcomes << store(*parsed, path);
                continue;
            }
            ImportOutcome refused;
            refused.file = path;
            refused.error = parsed ? synced.error() : parsed.error();
            outcomes << refused;
        }
    }
    if (progress && !cancelled)
        progress(int(files.size()), int(files.size()), {});
    return outcomes;
}

QList<ImportOutcome> CredentialImporter::importBytes(const QByteArray &bytes, const QString &fileName)
{
    auto parsed = parser().parse(bytes);
    if (!parsed) {
        ImportOutcome refused;
        refused.file = fileName;
        refused.error = parsed.error();
        return {refused};
    }
    return store(*parsed, fileName);
}

Result<QList<qint64>> CredentialImporter::competenciesFor(const QJsonObject &derived)
{
    QList<qint64> ids;
    CompetencyRepository &repo = m_store.competencies();
    const QJsonArray alignments =
        derived.value(QStringLiteral("achievement")).toObject().value(QStringLiteral("alignments")).toArray();
    for (const QJsonValue &v : alignments) {
        const QJsonObject a = v.toObject();
        Competency c;
        c.title = a.value(QStringLiteral("targetName")).toString().trimmed();
        c.url = a.value(QStringLiteral("targetUrl")).toString().trimmed();
        c.code = a.value(QStringLiteral("targetCode")).toString().trimmed();
        c.frameworkName = a.value(QStringLiteral("targetFramework")).toString().trimmed();
        c.description = a.value(QStringLiteral("targetDescription")).toString();
        if (c.title.isEmpty())
            c.title = !c.code.isEmpty() ? c.code : c.url;
        if (c.title.isEmpty())
            continue;
        // A code within a named framework is the surest match. A targetUrl often points at the whole
        // framework rather than the competency, so a URL match counts only where the titles agree too,
        // and a URL another competency already has is not taken for the new one.
        qint64 id = repo.findByCodeInFramework(c.frameworkName, c.code);
        if (!id && c.code.isEmpty()) {
            const qint64 byUrl = repo.findByUrl(c.url);
            if (byUrl) {
                auto known = repo.get(byUrl);
                if (known && known->title.compare(c.title, Qt::CaseInsensitive) == 0)
                    id = byUrl;
            }
            if (!id)
                id = repo.findByTitle(c.frameworkName, c.title);
        }
        if (!id) {
            if (repo.findByUrl(c.url))
                c.url.clear();
            auto created = repo.create(c);
            if (!created &&
                created.code() == ErrorCode::InvalidArgument) { // a targetUrl that is no URL: keep the rest
                c.url.clear();
                created = repo.create(c);
            }
            if (!created)
                return created.error();
            id = *created;
        }
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

QList<ImportOutcome> CredentialImporter::store(const QList<ParsedCredential> &parsed, const QString &fileName)
{
    QList<ImportOutcome> outcomes;
    QList<qint64> storedIds(parsed.size(), 0);
    const QString sourceName = QFileInfo(fileName).fileName();
    // A record and the credentials within it are stored together or not at all.
    Status saved = m_store.database().transaction([&]() -> Status {
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            const ParsedCredential &p = parsed.at(i);
            ImportOutcome outcome;
            outcome.file = fileName;
            outcome.format = p.format;
            outcome.name = p.derived.value(QStringLiteral("name")).toString();
            if (!p.cacheUrl.isEmpty()) {
                const bool same =
                    m_store.cache().contains(p.cacheUrl) &&
                    m_store.cache().get(p.cacheUrl)->sha256 == CredentialParser::sha256Hex(p.original);
                if (!same) {
                    if (Status s = m_store.cache().put(p.cacheUrl, p.original,
                                                       QStringLiteral("imported from %1").arg(sourceName),
                                                       QStringLiteral("application/vc+ld+json"));
                        !s)
                        return s;
                }
                outcome.kind = same ? ImportOutcome::Kind::Present : ImportOutcome::Kind::Imported;
                outcome.cacheUrl = p.cacheUrl;
                outcomes << outcome;
                continue;
            }
            auto competencies = competenciesFor(p.derived);
            if (!competencies)
                return competencies.error();
            Credential c;
            c.format = p.format;
            c.contentSha256 = p.contentSha256;
            c.credentialId = p.derived.value(QStringLiteral("id")).toString();
            c.name = outcome.name;
            c.issuerName =
                p.derived.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("name")).toString();
            c.issuedAt =
                QDateTime::fromString(p.derived.value(QStringLiteral("issued")).toString(), Qt::ISODate);
            c.validUntil =
                QDateTime::fromString(p.derived.value(QStringLiteral("validUntil")).toString(), Qt::ISODate);
            QJsonObject derived = p.derived;
            derived.insert(QStringLiteral("format"), p.format);
            c.derived = derived;
            c.sourceFileName = sourceName;
            c.competencyIds = *competencies;
            c.parentId = p.parent >= 0 ? storedIds.value(p.parent) : 0;
            auto added = m_store.credentials().add(p.original, c, p.image);
            if (!added)
                return added.error();
            storedIds[i] = added->id;
            outcome.kind =
                added->alreadyPresent ? ImportOutcome::Kind::Present : ImportOutcome::Kind::Imported;
            outcome.id = added->id;
            outcome.parentId = c.parentId;
            outcomes << outcome;
        }
        return {};
    });
    if (!saved) {
        ImportOutcome refused;
        refused.file = fileName;
        refused.format = parsed.value(0).format;
        refused.name = parsed.value(0).derived.value(QStringLiteral("name")).toString();
        refused.error = saved.error();
        return {refused};
    }
    return outcomes;
}

} // namespace pf
