#include "BundleVerifier.h"

#include "BundleContent.h"
#include "BundleExporter.h"
#include "PresentationVerifier.h"
#include "store/Store.h"
#include "verify/LibraryVerifier.h"
#include "verify/Verifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pf {

namespace {

// The value at a JSON Pointer of the simple form this format writes (/key/index/key...).
QJsonValue at(const QJsonObject &root, const QString &pointer)
{
    QJsonValue v = root;
    for (const QString &part : pointer.split(u'/', Qt::SkipEmptyParts)) {
        if (v.isObject()) {
            v = v.toObject().value(part);
        } else if (v.isArray()) {
            bool ok = false;
            const int index = part.toInt(&ok);
            const QJsonArray array = v.toArray();
            if (!ok || index < 0 || index >= array.size())
                return QJsonValue::Undefined;
            v = array.at(index);
        } else {
            return QJsonValue::Undefined;
        }
    }
    return v;
}

} // namespace

Result<BundleVerifier::Outcome> BundleVerifier::verify(const QByteArray &bytes, const QDateTime &when,
                                                       const QString &scratchDir)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject bundle = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        bundle.value(QStringLiteral("format")).toString() != QLatin1String(BundleExporter::kFormatName))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("not a Pathfolio portfolio bundle")};
    const int version = bundle.value(QStringLiteral("version")).toInt();
    if (version > BundleExporter::kFormatVersion)
        return Error{ErrorCode::StoreTooNew,
                     QStringLiteral("the bundle has format version %1; this Pathfolio reads up to %2")
                         .arg(version)
                         .arg(BundleExporter::kFormatVersion)};
    if (version < 1)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("the bundle has no format version")};

    Outcome outcome;
    const QJsonObject manifest = bundle.value(QStringLiteral("manifest")).toObject();
    if (manifest.value(QStringLiteral("content")).toString() != BundleExporter::contentHash(bundle))
        outcome.problems.append(
            {QStringLiteral("/manifest/content"),
             QStringLiteral("the bundle's content does not match its manifest: an item was "
                            "changed, added or removed")});
    // Every carried original and document must hash to what the manifest says; evidence files travel
    // apart, so only their listed hash is compared.
    const QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
    for (const QJsonValue &entry : items) {
        const QString pointer = entry.toObject().value(QStringLiteral("path")).toString();
        const QString expected = entry.toObject().value(QStringLiteral("sha256")).toString();
        const QJsonValue value = at(bundle, pointer);
        if (value.isUndefined()) {
            outcome.problems.append(
                {pointer, QStringLiteral("the manifest names an item the bundle does not hold")});
            continue;
        }
        const QJsonObject object = value.toObject();
        QString actual;
        if (object.contains(QStringLiteral("encoding"))) {
            QByteArray decoded;
            if (!BundleContent::decode(object, &decoded)) {
                outcome.problems.append({pointer, QStringLiteral("the item's bytes cannot be decoded")});
                continue;
            }
            actual = BundleContent::sha256(decoded);
        } else {
            actual = object.value(QStringLiteral("sha256")).toString();
        }
        if (actual != expected)
            outcome.problems.append(
                {pointer,
                 QStringLiteral("the item's SHA-256 is %1, the manifest says %2").arg(actual, expected)});
    }

    outcome.holder = PresentationVerifier::verify(bundle, when);

    // An empty store that knows only what the bundle carries: nothing of this computer's own cache or
    // trust list colours the reports.
    auto scratch = Store::open(scratchDir);
    if (!scratch)
        return scratch.error();
    const QJsonArray documents = bundle.value(QStringLiteral("documents")).toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QJsonObject doc = documents.at(i).toObject();
        QByteArray content;
        if (!BundleContent::decode(doc.value(QStringLiteral("content")).toObject(), &content))
            continue; // reported above through the manifest
        // A document the cache refuses (no address, say) is named; the credentials needing it then
        // report it as unavailable.
        if (Status kept = (*scratch)->cache().put(doc.value(QStringLiteral("url")).toString(), content,
                                                  QStringLiteral("portfolio bundle"),
                                                  doc.value(QStringLiteral("mediaType")).toString());
            !kept)
            outcome.problems.append({QStringLiteral("/documents/%1").arg(i), kept.error().message});
    }
    QStringList recipients;
    for (const QJsonValue &i :
         bundle.value(QStringLiteral("learner")).toObject().value(QStringLiteral("identifiers")).toArray())
        recipients << i.toObject().value(QStringLiteral("value")).toString();
    const Verifier verifier(LibraryVerifier(**scratch).context(when, recipients));
    const QJsonArray credentials = bundle.value(QStringLiteral("credentials")).toArray();
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        const QJsonObject credential = credentials.at(i).toObject();
        QByteArray original;
        if (!BundleContent::decode(credential.value(QStringLiteral("original")).toObject(), &original)) {
            outcome.problems.append({QStringLiteral("/credentials/%1/original").arg(i),
                                     QStringLiteral("the credential's bytes cannot be decoded")});
            continue;
        }
        const QString name = credential.value(QStringLiteral("sourceFile")).toString();
        for (VerificationReport &report : verifier.verifyBytes(
                 original, name.isEmpty() ? credential.value(QStringLiteral("id")).toString() : name))
            outcome.reports.append(std::move(report));
    }
    return outcome;
}

} // namespace pf
