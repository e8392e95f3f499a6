// pathfolio-cli: the command-line composition root.
#include "CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // The PDF export lays out text with QtGui, which wants a platform: the offscreen one needs no display,
    // so the tool runs the same on a desktop, over SSH and on a server. Every other command stays a plain
    // console program, which starts faster and says nothing about displays.
    bool exporting = false;
    for (int i = 1; i < argc; ++i)
        exporting = exporting || qstrcmp(argv[i], "export") == 0;
    if (exporting)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = exporting ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
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
