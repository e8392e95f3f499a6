// pathfolio-cli: the command-line composition root.
#include "CliApplication.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Pathfolio"));
    QCoreApplication::setApplicationName(QStringLiteral("Pathfolio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATHFOLIO_VERSION));

    // Progress notes (migrations, clean-ups) would clutter scripted output; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("pathfolio.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    pf::cli::CliApplication cli(out, err);
    return cli.run(QCoreApplication::arguments().mid(1));
}
