#include "CredentialCommands.h"

#include "CliOutput.h"
#include "common/FileWriter.h"
#include "credentials/CredentialBaker.h"
#include "credentials/CredentialImporter.h"
#include "store/Store.h"
#include "verify/LibraryVerifier.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pf::cli {

namespace {

QJsonObject outcomeJson(const ImportOutcome &o)
{
    QJsonObject json{
        {QStringLiteral("file"), o.file},
        {QStringLiteral("outcome"), ImportOutcome::kindName(o.kind)},
        {QStringLiteral("format"), o.format.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.format)},
        {QStringLiteral("name"), o.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.name)}};
    json.insert(QStringLiteral("id"), o.id ? QJsonValue(ItemRef{ItemKind::Credential, o.id}.toString())
                                           : QJsonValue(QJsonValue::Null));
    if (o.parentId)
        json.insert(QStringLiteral("inside"), ItemRef{ItemKind::Credential, o.parentId}.toString());
    if (!o.cacheUrl.isEmpty())
        json.insert(QStringLiteral("cacheUrl"), o.cacheUrl);
    if (o.kind == ImportOutcome::Kind::Refused) {
        json.insert(QStringLiteral("code"), errorCodeName(o.error.code));
        json.insert(QStringLiteral("message"), o.error.message);
    }
    return json;
}

QString outcomeLine(const ImportOutcome &o)
{
    if (o.kind == ImportOutcome::Kind::Refused)
        return QStringLiteral("refused   %1: %2 (%3)")
            .arg(o.file, o.error.message, errorCodeName(o.error.code));
    const QString what =
        o.id ? ItemRef{ItemKind::Credential, o.id}.toString() : QStringLiteral("cache %1").arg(o.cacheUrl);
    const QString inside =
        o.parentId ? QStringLiteral(" (inside %1)").arg(ItemRef{ItemKind::Credential, o.parentId}.toString())
                   : QString();
    return QStringLiteral("%1  %2  %3  %4  %5%6")
        .arg(ImportOutcome::kindName(o.kind).leftJustified(8), what, o.format, o.name,
             QFileInfo(o.file).fileName(), inside);
}

int importCommand(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().isEmpty())
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("import needs files or folders")});
    CredentialImporter importer(store);
    const QList<ImportOutcome> outcomes = importer.importPaths(p.positionals());
    // Import also verifies, and keeps the report in each new credential's history.
    LibraryVerifier verifier(store);
    const VerificationContext context = verifier.context();
    bool anyRefused = false;
    QJsonArray array;
    for (const ImportOutcome &o : outcomes) {
        anyRefused |= o.kind == ImportOutcome::Kind::Refused;
        QString result;
        if (o.kind == ImportOutcome::Kind::Imported && o.id && !p.isSet(QStringLiteral("no-verify"))) {
            if (auto report = verifier.verifyStored(o.id, context))
                result = checkResultName(report->result());
        }
        if (out.json()) {
            QJsonObject json = outcomeJson(o);
            if (!result.isEmpty())
                json.insert(QStringLiteral("result"), result);
            array.append(json);
        } else {
            out.line(result.isEmpty() ? outcomeLine(o)
                                      : outcomeLine(o) + QStringLiteral("  [%1]").arg(result));
        }
    }

    if (out.json())
        out.json(array);
    if (outcomes.isEmpty())
        out.message(QStringLiteral("no files found"));
    return anyRefused ? Invalid : Success;
}

int bakeCommand(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("bake takes one credential id")});
    const auto id = ItemRef::idOf(p.positionals().first(), ItemKind::Credential);
    if (!id)
        return out.fail({ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a credential id").arg(p.positionals().first())});
    if (p.isSet(QStringLiteral("png")) == p.isSet(QStringLiteral("svg")))
        return out.fail(
            {ErrorCode::InvalidArgument, QStringLiteral("give exactly one of --png OUT and --svg OUT")});
    const bool png = p.isSet(QStringLiteral("png"));
    auto credential = store.credentials().get(*id);
    if (!credential)
        return out.fail(credential.error());
    auto original = store.credentials().original(*id);
    if (!original)
        return out.fail(original.error());
    QByteArray image;
    if (p.isSet(QStringLiteral("image"))) {
        QFile file(p.value(QStringLiteral("image")));
        if (!file.exists())
            return out.fail(
                {ErrorCode::FileMissing, QStringLiteral("%1 does not exist").arg(file.fileName())});
        if (!file.open(QIODevice::ReadOnly))
            return out.fail({ErrorCode::FileUnreadable,
                             QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())});
        image = file.read(ImportLimits{}.maxFileSize + 1);
        if (image.size() > ImportLimits{}.maxFileSize)
            return out.fail({ErrorCode::FileTooLarge,
                             QStringLiteral("%1 is over the limit of 50 MiB").arg(file.fileName())});
    }
    const auto stored = store.credentials().image(*id);
    auto baked = CredentialBaker::bake(
        *credential, *original, png ? CredentialBaker::Container::Png : CredentialBaker::Container::Svg,
        image, stored ? *stored : QByteArray());
    if (!baked)
        return out.fail(baked.error());
    const QString target = p.value(png ? QStringLiteral("png") : QStringLiteral("svg"));
    if (Status written = FileWriter::writeWhole(target, *baked); !written)
        return out.fail(written.error());
    if (out.json())
        out.json(QJsonObject{{QStringLiteral("file"), target}, {QStringLiteral("size"), baked->size()}});
    else
        out.line(
            QStringLiteral("baked %1 into %2").arg(ItemRef{ItemKind::Credential, *id}.toString(), target));
    return Success;
}

int cacheAdd(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 2)
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("cache add takes a URL and a FILE")});
    const QString url = p.positionals().at(0);
    QFile file(p.positionals().at(1));
    if (!file.exists())
        return out.fail({ErrorCode::FileMissing, QStringLiteral("%1 does not exist").arg(file.fileName())});
    if (!file.open(QIODevice::ReadOnly))
        return out.fail({ErrorCode::FileUnreadable,
                         QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())});
    if (file.size() > ImportLimits{}.maxFileSize)
        return out.fail(
            {ErrorCode::FileTooLarge, QStringLiteral("%1 is over the limit of 50 MiB").arg(file.fileName())});
    if (Status s = store.cache().put(url, file.readAll(), QFileInfo(file).absoluteFilePath()); !s)
        return out.fail(s.error());
    auto doc = store.cache().get(url);
    if (!doc)
        return out.fail(doc.error());
    if (out.json())
        out.json(QJsonObject{{QStringLiteral("url"), doc->url},
                             {QStringLiteral("sha256"), doc->sha256},
                             {QStringLiteral("size"), doc->size}});
    else
        out.line(QStringLiteral("cached %1 (%2 bytes)").arg(doc->url).arg(doc->size));
    return Success;
}

int cacheList(Store &store, CliOutput &out, const ArgumentParser &)
{
    auto docs = store.cache().list();
    if (!docs)
        return out.fail(docs.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray array;
    for (const CachedDocument &d : *docs) {
        const qint64 ageDays = d.addedAt.daysTo(now);
        if (out.json()) {
            array.append(QJsonObject{{QStringLiteral("url"), d.url},
                                     {QStringLiteral("size"), d.size},
                                     {QStringLiteral("sha256"), d.sha256},
                                     {QStringLiteral("source"), d.source},
                                     {QStringLiteral("added"), d.addedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("ageDays"), ageDays}});
        } else {
            out.line(QStringLiteral("%1  %2 bytes  added %3 (%4 days ago)  from %5")
                         .arg(d.url)
                         .arg(d.size)
                         .arg(d.addedAt.toString(Qt::ISODate))
                         .arg(ageDays)
                         .arg(d.source));
        }
    }
    if (out.json())
        out.json(array);
    else if (docs->isEmpty())
        out.message(QStringLiteral("the offline cache is empty"));
    return Success;
}

int cacheRemove(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("cache remove takes one URL")});
    if (Status s = store.cache().remove(p.positionals().first()); !s)
        return out.fail(s.error());
    if (out.json())
        out.json(QJsonObject{{QStringLiteral("removed"), p.positionals().first()}});
    else
        out.line(QStringLiteral("removed %1 from the offline cache").arg(p.positionals().first()));
    return Success;
}

} // namespace

QList<Command> CredentialCommands::commands()
{
    QList<Command> list;
    list.append({QStringLiteral("import"), QStringLiteral("FILE|FOLDER..."),
                 QStringLiteral(
                     "import badges (PNG, SVG, JSON, JWS, CLR, presentations), keeping the original bytes"),
                 [](ArgumentParser &p) {
                     p.addFlag(QStringLiteral("no-verify"), QStringLiteral("store without verifying now"));
                 },
                 importCommand});

    list.append(
        {QStringLiteral("bake"), QStringLiteral("ID --png OUT | --svg OUT [--image FILE]"),
         QStringLiteral("bake a stored credential into a PNG or SVG badge image"),
         [](ArgumentParser &p) {
             p.addOption(QStringLiteral("png"), QStringLiteral("OUT"), QStringLiteral("write a baked PNG"));
             p.addOption(QStringLiteral("svg"), QStringLiteral("OUT"), QStringLiteral("write a baked SVG"));
             p.addOption(
                 QStringLiteral("image"), QStringLiteral("FILE"),
                 QStringLiteral("the picture to bake into (default: the badge's own, else a plain one)"));
         },
         bakeCommand});
    list.append({QStringLiteral("cache add"),
                 QStringLiteral("URL FILE"),

                 QStringLiteral(
                     "put a document (issuer profile, key, DID document, status list) in the offline cache"),
                 {},
                 cacheAdd});
    list.append({QStringLiteral("cache list"),
                 QString(),
                 QStringLiteral("list the offline cache with the age of each document"),
                 {},
                 cacheList});
    list.append({QStringLiteral("cache remove"),
                 QStringLiteral("URL"),
                 QStringLiteral("remove a document from the offline cache"),
                 {},
                 cacheRemove});
    return list;
}

} // namespace pf::cli
