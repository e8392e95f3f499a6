// Measures the desktop window over a large portfolio (10,000 credentials, 50,000 evidence items): the
// time from opening the store to the first frame of the main window, and how fast a search answers.
// Issue 6 asks for under 1.5 s and under 50 ms. Run offscreen:
//   QT_QPA_PLATFORM=offscreen bench_window [credentials] [evidence] [data folder]
// A data folder given and already filled is reused, so repeated runs skip the minute-long fill.
#include "AppContext.h"
#include "AppContextSingleton.h"
#include "CacheModel.h"
#include "CompetencyModel.h"
#include "CredentialModel.h"
#include "EvaluationModel.h"
#include "EvidenceModel.h"
#include "LogEntryModel.h"
#include "OverviewController.h"
#include "PlacementModel.h"
#include "TrustModel.h"
#include "WindowStateStore.h"
#include "credentials/CredentialImporter.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(PathfolioPlugin)

using namespace pf;

namespace {

QByteArray credentialJson(int i)
{
    return QStringLiteral(
               "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", "
               "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"], "
               "\"id\": \"urn:uuid:00000000-0000-4000-8000-%1\", "
               "\"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"], \"name\": \"Badge %2\", "
               "\"issuer\": {\"id\": \"https://issuer%3.example.org\", \"type\": [\"Profile\"], "
               "\"name\": \"Issuer %3\"}, \"validFrom\": \"2025-01-01T00:00:00Z\", "
               "\"credentialSubject\": {\"type\": [\"AchievementSubject\"], \"achievement\": "
               "{\"id\": \"https://issuer%3.example.org/a/%2\", \"type\": [\"Achievement\"], "
               "\"name\": \"Badge %2\", \"criteria\": {\"narrative\": \"Exist.\"}}}}")
        .arg(i, 12, 10, QChar(u'0'))
        .arg(i)
        .arg(i % 50)
        .toUtf8();
}

bool populate(Store &store, int credentials, int evidence)
{
    CredentialImporter importer(store);
    const Status filled = store.database().transaction([&]() -> Status {
        for (int i = 0; i < credentials; ++i) {
            const auto outcomes =
                importer.importBytes(credentialJson(i), QStringLiteral("badge-%1.json").arg(i));
            if (outcomes.isEmpty() || outcomes.first().kind != ImportOutcome::Kind::Imported)
                return Error{ErrorCode::Io, QStringLiteral("credential %1 was not imported").arg(i)};
        }
        for (int i = 0; i < evidence; ++i) {
            Evidence e;
            e.title = QStringLiteral("Project report %1 on accessibility and usability").arg(i);
            e.kind = Evidence::Kind::Note;
            e.course = QStringLiteral("HCI %1").arg(100 + i % 40);
            e.description =
                QStringLiteral("Week %1 of the studio: interviews, a prototype and a test.").arg(i % 52);
            e.date = QDate(2024, 1, 1).addDays(i % 700);
            if (auto id = store.evidence().create(e); !id)
                return id.error();
        }
        return {};
    });
    if (!filled)
        std::fprintf(stderr, "bench_window: %s\n", qPrintable(filled.error().message));
    return filled.ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pathfolio.*.info=false"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    const int credentials = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int evidence = argc > 2 ? QByteArray(argv[2]).toInt() : 50000;

    QTemporaryDir dir;
    const QString dataDir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("data"));
    const bool reuse =
        argc > 3 && QFileInfo::exists(dataDir + u'/' + QLatin1String(Store::kDatabaseFileName));
    QElapsedTimer fill;
    fill.start();
    if (!reuse) {
        auto store = Store::open(dataDir);
        if (!store || !populate(**store, credentials, evidence))
            return 1;
        std::printf("bench_window: %d credentials and %d evidence items stored in %.1f s\n", credentials,
                    evidence, double(fill.elapsed()) / 1000);
    } else {
        std::printf("bench_window: reusing the store in %s\n", qPrintable(dataDir));
    }

    {
        // Each model on its own, so that the slow one shows.
        auto timed = [&](const char *name, auto make) {
            QElapsedTimer t;
            t.start();
            auto model = make();
            std::printf("bench_window:   %-16s %6lld ms, %d rows\n", name, t.elapsed(), model->rowCount());
        };
        auto opened = Store::open(dataDir);
        if (!opened)
            return 1;
        Store &s = **opened;
        timed("evidence", [&] { return std::make_unique<EvidenceModel>(s); });
        timed("credentials", [&] { return std::make_unique<CredentialModel>(s); });
        timed("competencies", [&] { return std::make_unique<CompetencyModel>(s); });
        timed("placements", [&] { return std::make_unique<PlacementModel>(s); });
        timed("log entries", [&] { return std::make_unique<LogEntryModel>(s); });
        timed("evaluations", [&] { return std::make_unique<EvaluationModel>(s); });
        timed("cache", [&] { return std::make_unique<CacheModel>(s); });
        timed("trust", [&] { return std::make_unique<TrustModel>(s); });
        QElapsedTimer t;
        t.start();
        OverviewController overview(s);
        std::printf("bench_window:   %-16s %6lld ms\n", "home overview", t.elapsed());
    }

    // As main() does it: open the store, build the context, load the window, wait for its first frame.
    QElapsedTimer launch;
    launch.start();
    auto store = Store::open(dataDir);
    if (!store)
        return 1;
    AppContext context(**store, {});
    const qint64 contextBuilt = launch.elapsed();
    AppContextSingleton::setInstance(&context);
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/Pathfolio/Main.qml")));
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (!window)
        return 1;
    // The window is shown once its saved place and page are back; here from settings of its own.
    QSettings settings(QDir(dataDir).filePath(QStringLiteral("bench-window.ini")), QSettings::IniFormat);
    WindowStateStore windowState(settings);
    windowState.attach(window, context.navigation());
    qint64 shown = -1;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (shown < 0) {
            shown = launch.elapsed();
            app.quit();
        }
    });
    QTimer::singleShot(60000, &app, &QGuiApplication::quit);
    app.exec();
    std::printf("bench_window: window shown %lld ms after opening the store (issue 6: under 1500 ms); "
                "the models were read in %lld ms of it\n",
                shown, contextBuilt);

    // Search: the full-text index the Evidence page and the command line search through.
    QList<qint64> times;
    const QStringList terms{QStringLiteral("accessibility"), QStringLiteral("Badge 4711"),
                            QStringLiteral("HCI 117"), QStringLiteral("prototype test"),
                            QStringLiteral("Issuer 7")};
    int hits = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString &term : terms) {
            QElapsedTimer t;
            t.start();
            auto found = (*store)->search().search(term);
            times << t.nsecsElapsed();
            hits += found ? int(found->size()) : 0;
        }
    }
    std::sort(times.begin(), times.end());
    std::printf("bench_window: search median %.2f ms, slowest %.2f ms over %lld queries, %d hits "
                "(issue 6: under 50 ms)\n",
                double(times.at(times.size() / 2)) / 1e6, double(times.last()) / 1e6, qlonglong(times.size()),
                hits);

    // The Evidence page's search field: the list narrowed to the matches, its first page read.
    QList<qint64> listTimes;
    QString slowestTerm;
    qint64 slowest = 0;
    EvidenceModel *evidenceList = context.evidenceModel();
    for (int round = 0; round < 5; ++round) {
        for (const QString &term : terms) {
            QElapsedTimer t;
            t.start();
            evidenceList->setSearchText(term);
            listTimes << t.nsecsElapsed();
            if (listTimes.last() > slowest) {
                slowest = listTimes.last();
                slowestTerm = term;
            }
        }
    }
    std::sort(listTimes.begin(), listTimes.end());
    std::printf("bench_window: evidence list narrowed by a search: median %.2f ms, slowest %.2f ms (\"%s\", "
                "%d matches)\n",
                double(listTimes.at(listTimes.size() / 2)) / 1e6, double(listTimes.last()) / 1e6,
                qPrintable(slowestTerm), [&] {
                    evidenceList->setSearchText(slowestTerm);
                    return evidenceList->total();
                }());
    AppContextSingleton::setInstance(nullptr);
    return shown >= 0 ? 0 : 1;
}
