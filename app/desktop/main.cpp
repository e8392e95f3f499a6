// pathfolio: the desktop app's composition root. It opens the store, builds the object graph over it,
// hands it to QML and starts; --self-test and --screenshot walk the pages instead of waiting for a user.
#include "AppContext.h"
#include "AppContextSingleton.h"
#include "ErrorMessages.h"
#include "PageTour.h"
#include "SamplePortfolio.h"
#include "Translations.h"
#include "WindowStateStore.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>
#include <cstring>
#include <memory>

Q_IMPORT_QML_PLUGIN(PathfolioPlugin)

namespace {

// A self-test or screenshot run needs no display: choose the offscreen platform before Qt starts.
void useOffscreenWhenUnattended(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--self-test") == 0 || std::strcmp(argv[i], "--screenshot") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

// Shows the reason the portfolio could not be opened in a window of its own, and waits for it to close.
int showStartupError(QQmlApplicationEngine &engine, const QString &message, const QString &details)
{
    engine.setInitialProperties({{QStringLiteral("message"), message}, {QStringLiteral("details"), details}});
    engine.load(QUrl(QStringLiteral("qrc:/Pathfolio/StartupError.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    QGuiApplication::exec();
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    useOffscreenWhenUnattended(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Pathfolio"));
    QGuiApplication::setOrganizationDomain(QStringLiteral("pathfolio.org"));
    QGuiApplication::setApplicationName(QStringLiteral("Pathfolio"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Pathfolio"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PATHFOLIO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(PATHFOLIO_APP_ID));

    pf::Translations translations;
    const QString language = translations.install(pf::Translations::savedPreference());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A portfolio of your evidence, internships and badges."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the portfolio in <folder> instead of the usual place."),
        QCoreApplication::translate("main", "folder"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QCoreApplication::translate("main",
                                    "Open a sample portfolio in a temporary folder, deleted on exit."));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Load every page without showing it, report problems and exit."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of every page into <folder> and exit."),
        QCoreApplication::translate("main", "folder"));
    parser.addOptions({dataDirOption, sampleOption, selfTestOption, screenshotOption});
    parser.process(app);

    const bool selfTest = parser.isSet(selfTestOption);
    const bool screenshot = parser.isSet(screenshotOption);
    const bool unattended = selfTest || screenshot;
    QTextStream err(stderr);
    // Unattended runs report problems only; progress notes (migrations, clean-ups) would bury them.
    if (unattended)
        QLoggingCategory::setFilterRules(QStringLiteral("pathfolio.*.info=false"));

    std::unique_ptr<QTemporaryDir> sampleDir;
    QString dataDir = pf::Store::resolveDataDir(parser.value(dataDirOption));
    if (parser.isSet(sampleOption)) {
        sampleDir = std::make_unique<QTemporaryDir>();
        if (!sampleDir->isValid()) {
            err << "pathfolio: cannot create a temporary folder for the sample: " << sampleDir->errorString()
                << '\n';
            return 2;
        }
        dataDir = sampleDir->filePath(QStringLiteral("data"));
    }

    // Fusion draws with the desktop's palette, light or dark; QT_QUICK_CONTROLS_STYLE still wins.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    auto store = pf::Store::open(dataDir);
    pf::Status sampleStatus;
    if (store && sampleDir)
        sampleStatus = pf::SamplePortfolio::populate(**store, sampleDir->filePath(QStringLiteral("files")));
    if (!store || !sampleStatus) {
        const pf::Error &error = store ? sampleStatus.error() : store.error();
        const QString message = pf::ErrorMessages::sentence(error.code);
        const QString details =
            QStringLiteral("%1 (%2)\n%3")
                .arg(QDir::toNativeSeparators(dataDir), pf::errorCodeName(error.code), error.message);
        err << "pathfolio: " << message << '\n' << details << '\n';
        err.flush();
        if (unattended)
            return 2;
        QQmlApplicationEngine errorEngine;
        return showStartupError(errorEngine, message, details);
    }

    pf::AppContext context(**store, {language, sampleDir != nullptr});
    pf::AppContextSingleton::setInstance(&context);
    // Declared after the objects QML uses, so it is destroyed before them.
    QQmlApplicationEngine engine;

    // Created before the load so that warnings while loading the main window count too.
    std::unique_ptr<pf::PageTour> tour;
    if (unattended)
        tour = std::make_unique<pf::PageTour>(engine, *context.navigation());

    engine.load(QUrl(QStringLiteral("qrc:/Pathfolio/Main.qml")));
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window) {
        err << "pathfolio: the main window did not load\n";
        return 3;
    }
    // Unattended runs neither use nor change what the learner's window looked like, and a sample keeps
    // its window's state in its throw-away folder, so it cannot move the learner's own window.
    const auto settings = sampleDir
                              ? std::make_unique<QSettings>(sampleDir->filePath(QStringLiteral("window.ini")),
                                                            QSettings::IniFormat)
                              : std::make_unique<QSettings>();
    pf::WindowStateStore windowState(*settings);
    if (unattended)
        window->show();
    else
        windowState.attach(window, context.navigation());

    if (selfTest) {
        const QStringList problems = tour->selfTest();
        for (const QString &problem : problems)
            err << "self-test: " << problem << '\n';
        if (!problems.isEmpty())
            return 1;
        QTextStream(stdout) << "self-test: " << context.navigation()->count()
                            << " pages loaded (language: " << language << ")\n";
    }
    if (screenshot) {
        const QStringList problems = tour->screenshots(parser.value(screenshotOption), QSize(1280, 800));
        for (const QString &problem : problems)
            err << "screenshot: " << problem << '\n';
        return problems.isEmpty() ? 0 : 1;
    }
    if (unattended)
        return 0;
    return QGuiApplication::exec();
}
