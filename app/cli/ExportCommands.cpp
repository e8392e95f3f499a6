#include "ExportCommands.h"

#include "CliOutput.h"
#include "ExitCode.h"
#include "portfolio/BundleExporter.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>

namespace pf::cli {

namespace {

int exportCommand(Store &store, CliOutput &out, const ArgumentParser &p)
{
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("pdf")))
        return out.fail(
            {ErrorCode::InvalidArgument,
             QStringLiteral("export --pdf is not in this version yet; export --json OUT.json is")});
    if (!json || !p.positionals().isEmpty())
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("usage: export --json OUT.json")});
    const QString path = p.value(QStringLiteral("json"));
    if (Status s = BundleExporter(store).write(path, QDateTime::currentDateTimeUtc()); !s)
        return out.fail(s.error());
    out.line(QStringLiteral("exported the portfolio to %1").arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace

QList<Command> ExportCommands::commands()
{
    return {{QStringLiteral("export"), QStringLiteral("--json OUT.json"),
             QStringLiteral("write the whole portfolio as a bundle that others can re-verify offline"),
             [](ArgumentParser &p) {
                 p.addOption(
                     QStringLiteral("json"), QStringLiteral("OUT"),
                     QStringLiteral(
                         "the portfolio bundle (docs/portfolio-bundle.md), written whole or not at all"));
                 p.addOption(QStringLiteral("pdf"), QStringLiteral("OUT"),
                             QStringLiteral("not in this version yet"));
             },
             exportCommand}};
}

} // namespace pf::cli
