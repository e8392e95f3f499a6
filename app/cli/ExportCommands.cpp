#include "ExportCommands.h"

#include "CliOutput.h"
#include "ExitCode.h"
#include "PassphrasePrompt.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/PortfolioPdfExporter.h"
#include "store/HolderKeyStore.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>

namespace pf::cli {

namespace {

const QString kSynopsis = QStringLiteral("--pdf OUT.pdf | --json OUT.json [--pack NAME] [--sign "
                                         "[--passphrase-file FILE]] [--with-files] [--paper a4|letter] "
                                         "[--redact FIELD]...");
const QString kUsage = QStringLiteral("usage: export ") + kSynopsis;

// The learner's key for --sign, made on first use; the line that says so goes to standard error.
Result<Ed25519Key> signingKey(Store &store, CliOutput &out, const ArgumentParser &p)
{
    const HolderKeyStore keys(store.dataDir());
    const bool first = !keys.exists();
    auto passphrase = PassphrasePrompt::read(p.value(QStringLiteral("passphrase-file")), first);
    if (!passphrase)
        return passphrase.error();
    auto key = keys.unlockOrCreate(*passphrase);
    if (key && first)
        out.message(QStringLiteral("made your signing key %1, kept in %2 under your passphrase")
                        .arg(key->did(), QDir::toNativeSeparators(keys.path())));
    return key;
}

int exportCommand(Store &store, CliOutput &out, const ArgumentParser &p)
{
    const bool json = p.isSet(QStringLiteral("json"));
    const bool pdf = p.isSet(QStringLiteral("pdf"));
    if (json == pdf || !p.positionals().isEmpty())
        return out.fail({ErrorCode::InvalidArgument, kUsage});

    ExportOptions options;
    options.exportedAt = QDateTime::currentDateTimeUtc();
    const QString paper =
        p.isSet(QStringLiteral("paper")) ? p.value(QStringLiteral("paper")).toLower() : QStringLiteral("a4");
    if (paper == u"letter")
        options.paper = ExportOptions::Paper::Letter;
    else if (paper != u"a4")
        return out.fail(
            {ErrorCode::InvalidArgument,
             QStringLiteral("--paper takes a4 or letter, not \"%1\"").arg(p.value(QStringLiteral("paper")))});
    for (const QString &name : p.values(QStringLiteral("redact"))) {
        ExportOptions::Redaction redaction;
        if (!ExportOptions::redactionFromName(name, &redaction))
            return out.fail(
                {ErrorCode::InvalidArgument,
                 QStringLiteral("--redact takes recipient, grades, contact or reflections, not \"%1\"")
                     .arg(name)});
        options.redactions.insert(redaction);
    }
    if (json && (p.isSet(QStringLiteral("paper"))))
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("--paper applies to --pdf only")});

    options.withFiles = p.isSet(QStringLiteral("with-files"));
    if (p.isSet(QStringLiteral("pack"))) {
        auto pack = store.packs().findByName(p.value(QStringLiteral("pack")));
        if (!pack)
            return out.fail(pack.error());
        options.usePack(*pack);
    }
    if (p.isSet(QStringLiteral("passphrase-file")) && !p.isSet(QStringLiteral("sign")))
        return out.fail(
            {ErrorCode::InvalidArgument, QStringLiteral("--passphrase-file applies to --sign only")});
    if (p.isSet(QStringLiteral("sign"))) {
        auto key = signingKey(store, out, p);
        if (!key)
            return out.fail(key.error());
        options.signingKey = *key;
    }

    const QString path = p.value(json ? QStringLiteral("json") : QStringLiteral("pdf"));
    const Status written =
        json ? BundleExporter(store).write(path, options) : PortfolioPdfExporter(store).write(path, options);
    if (!written)
        return out.fail(written.error());
    QString line = options.pack
                       ? QStringLiteral("exported the pack %1 to %2")
                             .arg(options.pack->name, QDir::toNativeSeparators(path))
                       : QStringLiteral("exported the portfolio to %1").arg(QDir::toNativeSeparators(path));
    if (options.signingKey)
        line += QStringLiteral(", signed by %1").arg(options.signingKey->did());
    out.line(line);
    return Success;
}

} // namespace

QList<Command> ExportCommands::commands()
{
    return {
        {QStringLiteral("export"), kSynopsis,
         QStringLiteral("write the whole portfolio as a PDF or a bundle that others can re-verify offline"),
         [](ArgumentParser &p) {
             p.addOption(QStringLiteral("json"), QStringLiteral("OUT"),
                         QStringLiteral(
                             "the portfolio bundle (docs/portfolio-bundle.md), written whole or not at all"));
             p.addOption(QStringLiteral("pdf"), QStringLiteral("OUT"),
                         QStringLiteral("the portfolio as a PDF with the original credentials and the bundle "
                                        "attached (docs/pdf-export.md)"));
             p.addOption(
                 QStringLiteral("pack"), QStringLiteral("NAME"),
                 QStringLiteral("only what the application pack NAME selects, with its target role and "
                                "cover note (see pack save)"));
             p.addFlag(
                 QStringLiteral("sign"),
                 QStringLiteral("sign the bundle as its holder with your own did:key, made on first use "
                                "and kept under a passphrase"));
             p.addOption(
                 QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
                 QStringLiteral("read the key's passphrase from the first line of FILE instead of "
                                "asking (else one line of standard input when it is not a terminal)"));
             p.addFlag(QStringLiteral("with-files"),
                       QStringLiteral("carry the evidence files themselves inside the bundle, not only their "
                                      "hashes"));
             p.addOption(QStringLiteral("paper"), QStringLiteral("SIZE"),
                         QStringLiteral("a4 (the default) or letter"));
             p.addOption(QStringLiteral("redact"), QStringLiteral("FIELD"),
                         QStringLiteral("leave out recipient, grades, contact or reflections (repeatable)"),
                         true);
         },
         exportCommand}};
}

} // namespace pf::cli
