#include "ExportCommands.h"

#include "CliOutput.h"
#include "ExitCode.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/PortfolioPdfExporter.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>

namespace pf::cli {

namespace {

const QString kUsage =
    QStringLiteral("usage: export --pdf OUT.pdf | --json OUT.json [--paper a4|letter] [--redact FIELD]...");

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

    const QString path = p.value(json ? QStringLiteral("json") : QStringLiteral("pdf"));
    const Status written = json ? BundleExporter(store).write(path, options.exportedAt, options.redactions)
                                : PortfolioPdfExporter(store).write(path, options);
    if (!written)
        return out.fail(written.error());
    out.line(QStringLiteral("exported the portfolio to %1").arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace

QList<Command> ExportCommands::commands()
{
    return {
        {QStringLiteral("export"),
         QStringLiteral("--pdf OUT.pdf | --json OUT.json [--paper a4|letter] [--redact FIELD]..."),
         QStringLiteral("write the whole portfolio as a PDF or a bundle that others can re-verify offline"),
         [](ArgumentParser &p) {
             p.addOption(QStringLiteral("json"), QStringLiteral("OUT"),
                         QStringLiteral(
                             "the portfolio bundle (docs/portfolio-bundle.md), written whole or not at all"));
             p.addOption(QStringLiteral("pdf"), QStringLiteral("OUT"),
                         QStringLiteral("the portfolio as a PDF with the original credentials and the bundle "
                                        "attached (docs/pdf-export.md)"));
             p.addOption(QStringLiteral("paper"), QStringLiteral("SIZE"),
                         QStringLiteral("a4 (the default) or letter"));
             p.addOption(QStringLiteral("redact"), QStringLiteral("FIELD"),
                         QStringLiteral("leave out recipient, grades, contact or reflections (repeatable)"),
                         true);
         },
         exportCommand}};
}

} // namespace pf::cli
