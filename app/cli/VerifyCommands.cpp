#include "VerifyCommands.h"

#include "CliOutput.h"
#include "common/FileWriter.h"
#include "common/WorkerPool.h"
#include "credentials/CredentialImporter.h"
#include "portfolio/PortfolioVerifier.h"
#include "store/Store.h"
#include "verify/LibraryVerifier.h"
#include "verify/Verifier.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace pf::cli {

namespace {

QString reportText(const VerificationReport &r)
{
    QString text =
        QStringLiteral("%1: %2").arg(QFileInfo(r.file).fileName(), checkResultName(r.result()).toUpper());
    if (!r.name.isEmpty())
        text += QStringLiteral("  %1 (%2)").arg(r.name, r.format);
    text += u'\n';
    // One column for the check names, as wide as the widest ("attachments" in a portfolio's report).
    qsizetype width = 9;
    for (const Check &c : r.checks)
        width = std::max(width, c.name.size());
    for (const Check &c : r.checks) {
        text += QStringLiteral("  %1 %2 %3%4\n")
                    .arg(c.name.leftJustified(width), checkResultName(c.result).leftJustified(9),
                         c.code == ReasonCode::None ? QString()
                                                    : QStringLiteral("[%1] ").arg(reasonCodeName(c.code)),
                         c.message);
        for (const DataSource &s : c.sources) {
            text += QStringLiteral("      using %1 %2 (%3%4)\n")
                        .arg(s.what, s.location, s.origin,
                             s.date.isValid() ? QStringLiteral(", added %1").arg(s.date.toString(Qt::ISODate))
                                              : QString());
        }
    }
    return text;
}

// Below this many files per core, extra workers cost more than they save.
constexpr int kFilesPerWorker = 16;

int verifyCommand(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().isEmpty())
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("verify needs files or folders")});
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (p.isSet(QStringLiteral("at"))) {
        at = QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime(QDate::fromString(p.value(QStringLiteral("at")), Qt::ISODate), QTime(0, 0),
                           Qt::UTC);
        if (!at.isValid())
            return out.fail(
                {ErrorCode::InvalidDate, QStringLiteral("--at \"%1\" is not an ISO 8601 date or date-time")
                                             .arg(p.value(QStringLiteral("at")))});
    }
    const QStringList recipients = p.values(QStringLiteral("recipient"));
    const bool requireTrust = p.isSet(QStringLiteral("require-trust"));
    const QStringList paths = CredentialImporter::expand(p.positionals());

    // Many files are verified on a worker per core, each with its own connection to the offline cache;
    // reports are printed in the order of the files, as soon as each one's turn comes.
    struct Worker
    {
        std::unique_ptr<Store> own; // empty on the calling thread, which uses the command's store
        std::optional<Verifier> verifier;
        QDateTime at;
    };
    std::vector<QList<VerificationReport>> results(size_t(paths.size()));
    std::vector<std::atomic_bool> ready(size_t(paths.size()));
    const auto makeTask = [&](bool onCallingThread) -> WorkerPool::Task {
        auto worker = std::make_shared<Worker>();
        if (!onCallingThread) {
            auto opened = Store::openForWorker(store.dataDir());
            if (!opened)
                return {}; // its share goes to the others
            worker->own = std::move(*opened);
        }
        worker->verifier.emplace(
            LibraryVerifier(onCallingThread ? store : *worker->own).context(at, recipients, requireTrust));
        worker->at = at;
        return [worker, &paths, &results, &ready](qsizetype i) {
            const auto bundle = PortfolioVerifier::verifyFile(paths.at(i), worker->at);
            results[size_t(i)] = bundle ? *bundle : worker->verifier->verifyFile(paths.at(i));
            ready[size_t(i)] = true;
        };
    };
    QJsonArray array;
    bool allValid = true;
    qsizetype printed = 0;
    const auto print = [&] {
        for (; printed < paths.size() && ready[size_t(printed)]; ++printed) {
            for (const VerificationReport &r : std::as_const(results[size_t(printed)])) {
                allValid &= r.result() == CheckResult::Valid;
                if (out.json())
                    array.append(r.toJson());
                else
                    out.line(reportText(r));
            }
            results[size_t(printed)].clear();
        }
    };
    WorkerPool::run(paths.size(), WorkerPool::threadsFor(paths.size(), kFilesPerWorker), makeTask, print);
    if (out.json())
        out.json(array);
    return allValid ? Success : Invalid;
}

int trustAdd(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail(
            {ErrorCode::InvalidArgument, QStringLiteral("trust add takes one issuer id (a DID or URL)")});
    if (Status s = store.trust().add(
            {p.positionals().first(), p.value(QStringLiteral("name")), p.value(QStringLiteral("note")), {}});
        !s)
        return out.fail(s.error());
    if (out.json())
        out.json(QJsonObject{{QStringLiteral("trusted"), p.positionals().first()}});
    else
        out.line(QStringLiteral("trusted %1").arg(p.positionals().first()));
    return Success;
}

int trustList(Store &store, CliOutput &out, const ArgumentParser &)
{
    auto issuers = store.trust().list();
    if (!issuers)
        return out.fail(issuers.error());
    QJsonArray array;
    for (const TrustedIssuer &i : *issuers) {
        if (out.json())
            array.append(QJsonObject{{QStringLiteral("id"), i.id},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("note"), i.note},
                                     {QStringLiteral("added"), i.addedAt.toString(Qt::ISODate)}});
        else
            out.line(QStringLiteral("%1  %2  %3  added %4")
                         .arg(i.id, i.name, i.note, i.addedAt.toString(Qt::ISODate)));
    }
    if (out.json())
        out.json(array);
    else if (issuers->isEmpty())
        out.message(QStringLiteral("the trust list is empty"));
    return Success;
}

int trustRemove(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("trust remove takes one issuer id")});
    if (Status s = store.trust().remove(p.positionals().first()); !s)
        return out.fail(s.error());
    out.line(QStringLiteral("removed %1 from the trust list").arg(p.positionals().first()));
    return Success;
}

int trustImport(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("trust import takes one file")});
    QFile file(p.positionals().first());
    if (!file.open(QIODevice::ReadOnly))
        return out.fail({file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileMissing,
                         QStringLiteral("cannot read %1").arg(file.fileName())});
    auto added = store.trust().importJson(file.read(ImportLimits{}.maxPayloadSize));
    if (!added)
        return out.fail(added.error());
    out.line(QStringLiteral("trusted %1 issuers from %2").arg(*added).arg(file.fileName()));
    return Success;
}

int trustExport(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("trust export takes one file")});
    auto json = store.trust().exportJson();
    if (!json)
        return out.fail(json.error());
    if (Status s = FileWriter::writeWhole(p.positionals().first(), *json); !s)
        return out.fail(s.error());
    out.line(QStringLiteral("wrote the trust list to %1").arg(p.positionals().first()));
    return Success;
}

int identityAdd(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 2)
        return out.fail(
            {ErrorCode::InvalidArgument, QStringLiteral("identity add takes a kind (%1) and a value")
                                             .arg(IdentityRepository::kinds().join(QStringLiteral(", ")))});
    if (Status s = store.identities().add({p.positionals().at(0), p.positionals().at(1)}); !s)
        return out.fail(s.error());
    out.line(QStringLiteral("added %1 %2").arg(p.positionals().at(0), p.positionals().at(1)));
    return Success;
}

int identityList(Store &store, CliOutput &out, const ArgumentParser &)
{
    auto ids = store.identities().list();
    if (!ids)
        return out.fail(ids.error());
    QJsonArray array;
    for (const LearnerIdentifier &i : *ids) {
        if (out.json())
            array.append(QJsonObject{{QStringLiteral("kind"), i.kind}, {QStringLiteral("value"), i.value}});
        else
            out.line(QStringLiteral("%1  %2").arg(i.kind.leftJustified(10), i.value));
    }
    if (out.json())
        out.json(array);
    return Success;
}

int identityRemove(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 2)
        return out.fail(
            {ErrorCode::InvalidArgument, QStringLiteral("identity remove takes a kind and a value")});
    if (Status s = store.identities().remove({p.positionals().at(0), p.positionals().at(1)}); !s)
        return out.fail(s.error());
    out.line(QStringLiteral("removed %1 %2").arg(p.positionals().at(0), p.positionals().at(1)));
    return Success;
}

} // namespace

QList<Command> VerifyCommands::commands()
{
    QList<Command> list;
    list.append(
        {QStringLiteral("verify"),
         QStringLiteral("FILE|FOLDER... [--at ISO-8601] [--recipient VALUE]... [--require-trust]"),
         QStringLiteral("verify credentials offline, check by check, without storing them"),
         [](ArgumentParser &p) {
             p.addOption(QStringLiteral("at"), QStringLiteral("ISO-8601"),
                         QStringLiteral("judge validity at this moment (default: now)"));
             p.addOption(QStringLiteral("recipient"), QStringLiteral("VALUE"),
                         QStringLiteral("an e-mail, DID or id the badge should have been issued to"), true);
             p.addFlag(QStringLiteral("require-trust"),
                       QStringLiteral("an issuer missing from the trust list makes the result invalid"));
         },
         verifyCommand});
    list.append(
        {QStringLiteral("trust add"), QStringLiteral("ISSUER-ID [--name N] [--note T]"),
         QStringLiteral("trust an issuer"),
         [](ArgumentParser &p) {
             p.addOption(QStringLiteral("name"), QStringLiteral("NAME"), QStringLiteral("the issuer's name"));
             p.addOption(QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("why you trust it"));
         },
         trustAdd});
    list.append(
        {QStringLiteral("trust list"), QString(), QStringLiteral("list the trusted issuers"), {}, trustList});
    list.append({QStringLiteral("trust remove"),
                 QStringLiteral("ISSUER-ID"),
                 QStringLiteral("stop trusting an issuer"),
                 {},
                 trustRemove});
    list.append({QStringLiteral("trust import"),
                 QStringLiteral("FILE"),
                 QStringLiteral("add the issuers of an exported trust list"),
                 {},
                 trustImport});
    list.append({QStringLiteral("trust export"),
                 QStringLiteral("FILE"),
                 QStringLiteral("write the trust list as JSON"),
                 {},
                 trustExport});
    list.append(
        {QStringLiteral("identity add"),
         QStringLiteral("KIND VALUE"),
         QStringLiteral(
             "add one of your identifiers (email, did, url, phone, student-id, other) for recipient checks"),
         {},
         identityAdd});
    list.append({QStringLiteral("identity list"),
                 QString(),
                 QStringLiteral("list your identifiers"),
                 {},
                 identityList});
    list.append({QStringLiteral("identity remove"),
                 QStringLiteral("KIND VALUE"),
                 QStringLiteral("remove one of your identifiers"),
                 {},
                 identityRemove});
    return list;
}

} // namespace pf::cli
