#include "NavigationModel.h"
#include "WindowStateStore.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using namespace pf;

// WindowStateStore: the main window opens where, as large as and on the page it was left, and always
// whole on a screen that is there.
class tst_WindowStateStore : public QObject
{
    Q_OBJECT

private slots:
    void fitted_data()
    {
        QTest::addColumn<QRect>("saved");
        QTest::addColumn<QRect>("expected");
        QTest::newRow("nothing saved") << QRect() << QRect();
        QTest::newRow("on the screen, kept") << QRect(100, 80, 1200, 780) << QRect(100, 80, 1200, 780);
        QTest::newRow("over the right edge, moved in")
            << QRect(1000, 80, 1200, 780) << QRect(720, 80, 1200, 780);
        QTest::newRow("above the top, moved down") << QRect(100, -300, 1200, 780) << QRect(100, 0, 1200, 780);
        QTest::newRow("larger than the screen, shrunk") << QRect(0, 0, 2500, 1400) << QRect(0, 0, 1920, 1080);
        QTest::newRow("smaller than the minimum, grown")
            << QRect(100, 100, 300, 200) << QRect(100, 100, 900, 600);
        QTest::newRow("mostly on the second screen, moved onto it")
            << QRect(1500, 80, 1200, 780) << QRect(1920, 80, 1200, 780);
        QTest::newRow("on the second screen, stays there")
            << QRect(2000, 100, 1000, 700) << QRect(2000, 100, 1000, 700);
        QTest::newRow("on a screen since unplugged, centred on the primary")
            << QRect(5000, 100, 1000, 700) << QRect(460, 190, 1000, 700);
    }

    void fitted()
    {
        QFETCH(QRect, saved);
        QFETCH(QRect, expected);
        // A laptop screen and, to its right, a larger monitor.
        const QList<QRect> screens{QRect(0, 0, 1920, 1080), QRect(1920, 0, 2560, 1440)};
        QCOMPARE(WindowStateStore::fitted(saved, screens, QSize(900, 600)), expected);
    }

    void geometryAndPageComeBack()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        const QRect placed(available.x() + 40, available.y() + 30, available.width() / 2,
                           available.height() / 2);
        {
            QSettings settings(file, QSettings::IniFormat);
            WindowStateStore store(settings);
            QWindow window;
            NavigationModel navigation;
            store.attach(&window, &navigation);
            QVERIFY(window.isVisible());
            QCOMPARE(navigation.currentKey(), QStringLiteral("home")); // nothing saved yet
            window.setGeometry(placed);
            // The platform reports the move in an event, which the store follows.
            QTRY_COMPARE(settings.value(QStringLiteral("window/geometry")).toRect(), placed);
            QVERIFY(navigation.show(QStringLiteral("badges")));
        }
        QSettings settings(file, QSettings::IniFormat);
        WindowStateStore store(settings);
        QWindow window;
        NavigationModel navigation;
        store.attach(&window, &navigation);
        QCOMPARE(window.geometry(), placed);
        QCOMPARE(navigation.currentKey(), QStringLiteral("badges"));

        // Maximised, it opens maximised, and keeps the size to go back to.
        window.showMaximized();
        QTRY_VERIFY(settings.value(QStringLiteral("window/maximized")).toBool());
        QCoreApplication::processEvents();
        QCOMPARE(settings.value(QStringLiteral("window/geometry")).toRect(), placed);
        QWindow again;
        NavigationModel againNavigation;
        WindowStateStore(settings).attach(&again, &againNavigation);
        QVERIFY(again.windowStates() & Qt::WindowMaximized);
    }

    void aPageThatIsGoneOpensHome()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/page"), QStringLiteral("no-such-page"));
        settings.setValue(QStringLiteral("window/geometry"), QStringLiteral("not a rectangle"));
        WindowStateStore store(settings);
        QWindow window;
        window.resize(640, 480);
        NavigationModel navigation;
        store.attach(&window, &navigation);
        QCOMPARE(navigation.currentKey(), QStringLiteral("home"));
        QCOMPARE(window.size(), QSize(640, 480));
    }
};

QTEST_MAIN(tst_WindowStateStore)
#include "tst_windowstatestore.moc"
