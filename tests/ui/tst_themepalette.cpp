#include "SettingsController.h"
#include "ThemePalette.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pf;

// ThemePalette and the theme setting: light and dark are readable palettes, a choice applies at once to
// the whole application, is kept for the next start, and "same as the system" hands the colours back.
class tst_ThemePalette : public QObject
{
    Q_OBJECT

    // WCAG's contrast ratio of two colours, from 1 to 21.
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

private slots:
    void initTestCase()
    {
        // Keeps the choice away from the developer's own settings.
        QStandardPaths::setTestModeEnabled(true);
        ThemePalette::saveChoice(QString());
    }

    void palettesAreReadable_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void palettesAreReadable()
    {
        QFETCH(QString, choice);
        const QPalette p = choice == u"dark" ? ThemePalette::dark() : ThemePalette::light();
        QCOMPARE(p.color(QPalette::Window).lightness() < 128, choice == u"dark");
        // WCAG AA for body text (4.5:1), on the window and in fields; and for the highlight's text.
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 4.5);
        QVERIFY2(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 3.0,
                 qPrintable(QString::number(
                     contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)))));
        // Disabled text is dimmer than enabled text, but still there.
        QVERIFY(p.color(QPalette::Disabled, QPalette::Text) != p.color(QPalette::Active, QPalette::Text));
    }

    void aChoiceAppliesAtOnceAndIsKept()
    {
        const QColor systemWindow = QGuiApplication::palette().color(QPalette::Window);
        SettingsController settings(QStringLiteral("/tmp/data"), QStringLiteral("en"), false);
        QCOMPARE(settings.theme(), QString());
        QSignalSpy changed(&settings, &SettingsController::themeChanged);

        settings.setTheme(QStringLiteral("dark"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QGuiApplication::palette().color(QPalette::Window),
                 ThemePalette::dark().color(QPalette::Window));
        QCOMPARE(ThemePalette::savedChoice(), QStringLiteral("dark"));

        // The next start applies it before anything is shown.
        QGuiApplication::setPalette(QPalette());
        SettingsController nextStart(QStringLiteral("/tmp/data"), QStringLiteral("en"), false);
        QCOMPARE(nextStart.theme(), QStringLiteral("dark"));
        QCOMPARE(QGuiApplication::palette().color(QPalette::Window),
                 ThemePalette::dark().color(QPalette::Window));

        // An unknown choice changes nothing.
        settings.setTheme(QStringLiteral("purple"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(settings.theme(), QStringLiteral("dark"));

        settings.setTheme(QString());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(QGuiApplication::palette().color(QPalette::Window), systemWindow);
        QCOMPARE(ThemePalette::savedChoice(), QString());
        QCOMPARE(settings.themeOptions().size(), 3);
    }
};

QTEST_MAIN(tst_ThemePalette)
#include "tst_themepalette.moc"
