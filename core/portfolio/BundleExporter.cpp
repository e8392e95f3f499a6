#include "BundleExporter.h"

#include "BundleContent.h"
#include "ItemJson.h"
#include "PresentationSigner.h"
#include "common/FileWriter.h"
#include "jsonld/JsonCanonicalizer.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pf {

namespace {

QJsonValue utc(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Adds to manifest the hash of the bytes found at pointer (a JSON Pointer into the bundle).
void record(QJsonArray &manifest, const QString &pointer, const QString &sha256)
{
    manifest.append(QJsonObject{{QStringLiteral("path"), pointer}, {QStringLiteral("sha256"), sha256}});
}

} // namespace

Result<QJsonObject> BundleExporter::build(const QDateTime &exportedAt, const Withheld &withheld) const
{
    ExportOptions options;
    options.exportedAt = exportedAt;
    options.redactions = withheld;
    return build(options);
}

Result<QJsonObject> BundleExporter::build(const ExportOptions &options) const
{
    using R = ExportOptions::Redaction;
    const QDateTime exportedAt = options.exportedAt;
    const Withheld &withheld = options.redactions;
    const ApplicationPack *pack = options.pack ? &*options.pack : nullptr;
    const auto chosen = [pack](const QList<qint64> ApplicationPack::*ids, qint64 id) {
        return !pack || (pack->*ids).contains(id);
    };
    // The competencies a pack shows: its own and those its chosen items link to.
    QSet<qint64> competencyIds;
    if (pack)
        competencyIds = QSet<qint64>(pack->competencyIds.cbegin(), pack->competencyIds.cend());
    const auto linked = [&competencyIds](const QList<qint64> &ids) {
        for (qint64 id : ids)
            competencyIds.insert(id);
    };
    // What a pack's credentials refer to, for choosing the documents that verify them.
    QByteArray references;
    QJsonArray manifest;

    auto name = m_store.identities().name();
    if (!name)
        return name.error();
    auto identifiers = m_store.identities().list();
    if (!identifiers)
        return identifiers.error();
    QJsonArray ids;
    for (const LearnerIdentifier &i : *identifiers) {
        // The identifiers a badge names its recipient by; some of them are also ways to contact the learner.
        const bool contact = i.kind == u"email" || i.kind == u"phone" || i.kind == u"url";
        if (withheld.contains(R::RecipientIdentifiers) || (contact && withheld.contains(R::Contact)))
            continue;
        ids.append(QJsonObject{{QStringLiteral("kind"), i.kind}, {QStringLiteral("value"), i.value}});
    }
    const QJsonObject learner{{QStringLiteral("name"), *name}, {QStringLiteral("identifiers"), ids}};

    auto credentials = m_store.credentials().list();
    if (!credentials)
        return credentials.error();
    QJsonArray credentialArray;
    for (const Credential &listed : *credentials) {
        if (!chosen(&ApplicationPack::credentialIds, listed.id))
            continue;
        // A list leaves out each credential's competency links; get() has them.
        auto full = m_store.credentials().get(listed.id);
        if (!full)
            return full.error();
        const Credential &c = *full;
        auto original = m_store.blobs().read(c.originalSha256);
        if (!original)
            return original.error();
        auto history = m_store.credentials().verifications(c.id);
        if (!history)
            return history.error();
        linked(c.competencyIds);
        if (pack) {
            references += *original;
            if (!history->isEmpty())
                references += QJsonDocument(history->first().report).toJson(QJsonDocument::Compact);
        }
        QJsonObject entry = ItemJson::credential(c, history->isEmpty() ? QString() : history->first().result);
        entry.insert(QStringLiteral("original"),
                     BundleContent::encode(*original, c.format.endsWith(QStringLiteral("-png"))));
        if (!history->isEmpty()) {
            const CredentialRepository::Verification &latest = history->first();
            entry.insert(QStringLiteral("verification"),
                         QJsonObject{{QStringLiteral("verifiedAt"), utc(latest.verifiedAt)},
                                     {QStringLiteral("result"), latest.result},
                                     {QStringLiteral("report"), latest.report}});
        }
        record(manifest, QStringLiteral("/credentials/%1/original").arg(credentialArray.size()),
               c.originalSha256);
        credentialArray.append(entry);
    }

    auto documents = m_store.cache().list();
    if (!documents)
        return documents.error();
    // A pack carries the documents its credentials need: those a chosen credential or its last report
    // names, and those a carried document names in turn (an OB 2.0 badge class names its issuer).
    QList<CachedDocument> needed = *documents;
    if (pack) {
        needed.clear();
        QList<CachedDocument> unused = *documents;
        for (bool found = true; found;) {
            found = false;
            for (qsizetype i = 0; i < unused.size(); ++i) {
                if (!references.contains(unused.at(i).url.section(u'#', 0, 0).toUtf8()))
                    continue;
                auto document = m_store.cache().get(unused.at(i).url);
                if (!document)
                    return document.error();
                references += document->content;
                needed << unused.takeAt(i--);
                found = true;
            }
        }
    }
    QJsonArray documentArray;
    for (const CachedDocument &listed : needed) {
        auto document = m_store.cache().get(listed.url);
        if (!document)
            return document.error();
        QJsonObject entry{{QStringLiteral("url"), document->url},
                          {QStringLiteral("mediaType"), document->mediaType},
                          {QStringLiteral("addedAt"), utc(document->addedAt)},
                          {QStringLiteral("sha256"), document->sha256},
                          {QStringLiteral("content"), BundleContent::encode(document->content, false)}};
        record(manifest, QStringLiteral("/documents/%1/content").arg(documentArray.size()), document->sha256);
        documentArray.append(entry);
    }

    auto evidence = m_store.evidence().list();
    if (!evidence)
        return evidence.error();
    QJsonArray evidenceArray;
    for (const Evidence &e : *evidence) {
        if (!chosen(&ApplicationPack::evidenceIds, e.id))
            continue;
        linked(e.competencyIds);
        QJsonObject entry = ItemJson::evidence(e);
        if (withheld.contains(R::Reflections))
            entry.insert(QStringLiteral("reflection"), QString());
        QJsonArray files = entry.value(QStringLiteral("files")).toArray();
        for (qsizetype i = 0; i < e.files.size(); ++i) {
            const QString sha256 = e.files.at(i).sha256;
            const QString pointer = QStringLiteral("/evidence/%1/files/%2").arg(evidenceArray.size()).arg(i);
            QJsonObject file = files.at(i).toObject();
            // A file whose stored copy is gone or damaged is named as missing, never left out.
            Status present;
            if (options.withFiles) {
                auto bytes = m_store.blobs().read(sha256);
                if (bytes && BundleContent::sha256(*bytes) != sha256)
                    bytes = Error{ErrorCode::BlobCorrupt, QString()};
                if (bytes)
                    file.insert(QStringLiteral("content"), BundleContent::encode(*bytes, false));
                else
                    present = bytes.error();
            } else {
                present = m_store.blobs().verify(sha256);
            }
            if (!present) {
                file.insert(QStringLiteral("missing"), true);
                file.insert(QStringLiteral("problem"), errorCodeName(present.code()));
            }
            files.replace(i, file);
            // A carried file is hashed as carried; else the manifest repeats the hash the entry lists.
            record(manifest,
                   file.contains(QStringLiteral("content")) ? pointer + QStringLiteral("/content") : pointer,
                   sha256);
        }
        entry.insert(QStringLiteral("files"), files);
        evidenceArray.append(entry);
    }

    auto placements = m_store.placements().list();
    if (!placements)
        return placements.error();
    QJsonArray placementArray;
    for (const Placement &p : *placements) {
        if (!chosen(&ApplicationPack::placementIds, p.id))
            continue;
        auto entries = m_store.logEntries().listForPlacement(p.id);
        if (!entries)
            return entries.error();
        auto evaluations = m_store.evaluations().listForPlacement(p.id);
        if (!evaluations)
            return evaluations.error();
        QJsonArray log;
        for (const LogEntry &l : *entries) {
            linked(l.competencyIds);
            QJsonObject logEntry = ItemJson::logEntry(l);
            if (withheld.contains(R::Reflections))
                logEntry.insert(QStringLiteral("reflection"), QString());
            log.append(logEntry);
        }
        QJsonArray evaluated;
        for (const Evaluation &v : *evaluations) {
            for (const CompetencyRating &r : v.ratings)
                competencyIds.insert(r.competencyId);
            QJsonObject evaluation = ItemJson::evaluation(v);
            if (withheld.contains(R::Grades))
                evaluation.insert(QStringLiteral("ratings"), QJsonArray());
            evaluated.append(evaluation);
        }
        QJsonObject entry = ItemJson::placement(p);
        if (withheld.contains(R::Contact)) {
            QJsonObject supervisor = entry.value(QStringLiteral("supervisor")).toObject();
            supervisor.insert(QStringLiteral("email"), QString());
            entry.insert(QStringLiteral("supervisor"), supervisor);
        }
        entry.insert(QStringLiteral("logEntries"), log);
        entry.insert(QStringLiteral("evaluations"), evaluated);
        placementArray.append(entry);
    }

    auto competencies = m_store.competencies().list();
    if (!competencies)
        return competencies.error();
    QJsonArray competencyArray;
    for (const Competency &c : *competencies) {
        if (!pack || competencyIds.contains(c.id))
            competencyArray.append(ItemJson::competency(c));
    }

    QJsonObject bundle{{QStringLiteral("format"), QString::fromLatin1(kFormatName)},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("exportedAt"), utc(exportedAt)},
                       {QStringLiteral("learner"), learner},
                       {QStringLiteral("credentials"), credentialArray},
                       {QStringLiteral("documents"), documentArray},
                       {QStringLiteral("evidence"), evidenceArray},
                       {QStringLiteral("placements"), placementArray},
                       {QStringLiteral("competencies"), competencyArray}};
    QStringList withheldNames;
    for (R r : {R::RecipientIdentifiers, R::Grades, R::Contact, R::Reflections}) {
        if (withheld.contains(r))
            withheldNames << ExportOptions::redactionName(r);
    }
    bundle.insert(QStringLiteral("withheld"), QJsonArray::fromStringList(withheldNames));
    if (pack)
        bundle.insert(QStringLiteral("pack"), QJsonObject{{QStringLiteral("name"), pack->name},
                                                          {QStringLiteral("targetRole"), pack->targetRole},
                                                          {QStringLiteral("headline"), pack->headline},
                                                          {QStringLiteral("coverNote"), pack->coverNote}});
    bundle.insert(QStringLiteral("manifest"),
                  QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("sha-256")},
                              {QStringLiteral("canonicalization"), QStringLiteral("RFC 8785")},
                              {QStringLiteral("content"), contentHash(bundle)},
                              {QStringLiteral("items"), manifest}});
    return bundle;
}

void BundleExporter::seal(QJsonObject &bundle)
{
    QJsonObject manifest = bundle.value(QStringLiteral("manifest")).toObject();
    manifest.insert(QStringLiteral("content"), contentHash(bundle));
    bundle.insert(QStringLiteral("manifest"), manifest);
}

QString BundleExporter::contentHash(const QJsonObject &bundle)
{
    QJsonObject withoutManifest = bundle;
    withoutManifest.remove(QStringLiteral("manifest"));
    withoutManifest.remove(QLatin1String(PresentationSigner::kMember));
    return BundleContent::sha256(JsonCanonicalizer::canonicalize(withoutManifest));
}

Status BundleExporter::write(const QString &path, const QDateTime &exportedAt, const Withheld &withheld) const
{
    ExportOptions options;
    options.exportedAt = exportedAt;
    options.redactions = withheld;
    return write(path, options);
}

Status BundleExporter::write(const QString &path, const ExportOptions &options) const
{
    const QDateTime exportedAt =
        options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTimeUtc();
    ExportOptions stamped = options;
    stamped.exportedAt = exportedAt;
    auto bundle = build(stamped);
    if (!bundle)
        return bundle.error();
    if (options.signingKey) {
        if (Status signedBundle = PresentationSigner::sign(*bundle, *options.signingKey, exportedAt);
            !signedBundle)
            return signedBundle;
    }
    const QByteArray bytes = QJsonDocument(*bundle).toJson(QJsonDocument::Indented);
    return FileWriter::writeWhole(path, bytes);
}

} // namespace pf
