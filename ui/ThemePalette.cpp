#include "ThemePalette.h"

#include <QGuiApplication>
#include <QSettings>

namespace pf {

namespace {

const QString kChoiceKey = QStringLiteral("appearance/theme");

// Fills every colour role of the active and inactive groups, and dims the text of the disabled one.
QPalette palette(const QColor &window, const QColor &text, const QColor &base, const QColor &button,
                 const QColor &highlight, const QColor &muted, bool dark)
{
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor shownText = disabled ? muted : text;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, shownText);
        p.setColor(group, QPalette::Base, disabled ? window : base);
        p.setColor(group, QPalette::AlternateBase, dark ? base.lighter(115) : base.darker(104));
        p.setColor(group, QPalette::Text, shownText);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, shownText);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Highlight, disabled ? muted : highlight);
        p.setColor(group, QPalette::HighlightedText, Qt::white);
        p.setColor(group, QPalette::PlaceholderText, muted);
        p.setColor(group, QPalette::Link, dark ? highlight.lighter(140) : highlight.darker(110));
        p.setColor(group, QPalette::LinkVisited, dark ? highlight.lighter(120) : highlight.darker(130));
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        // Fusion draws bevels and frames from these.
        p.setColor(group, QPalette::Light, dark ? button.lighter(150) : Qt::white);
        p.setColor(group, QPalette::Midlight, dark ? button.lighter(125) : button.lighter(104));
        p.setColor(group, QPalette::Mid, dark ? button.darker(120) : button.darker(130));
        p.setColor(group, QPalette::Dark, dark ? button.darker(160) : button.darker(150));
        p.setColor(group, QPalette::Shadow, dark ? QColor(Qt::black) : QColor(0x76, 0x76, 0x76));
    }
    return p;
}

} // namespace

QStringList ThemePalette::choices()
{
    return {QString(), QStringLiteral("light"), QStringLiteral("dark")};
}

QPalette ThemePalette::light()
{
    return palette(QColor(0xef, 0xef, 0xf1), QColor(0x1d, 0x1d, 0x1f), Qt::white, QColor(0xe9, 0xe9, 0xec),
                   QColor(0x2f, 0x7f, 0xc8), QColor(0x8a, 0x8a, 0x90), false);
}

QPalette ThemePalette::dark()
{
    return palette(QColor(0x2a, 0x2b, 0x2f), QColor(0xe8, 0xe8, 0xea), QColor(0x1f, 0x20, 0x23),
                   QColor(0x36, 0x37, 0x3c), QColor(0x3d, 0x8e, 0xe6), QColor(0x8c, 0x8c, 0x92), true);
}

void ThemePalette::apply(const QString &choice)
{
    if (choice == u"light")
        QGuiApplication::setPalette(light());
    else if (choice == u"dark")
        QGuiApplication::setPalette(dark());
    else
        // A palette that sets no colour hands the application back to the platform's, which keeps
        // following the desktop when it switches between light and dark.
        QGuiApplication::setPalette(QPalette());
}

QString ThemePalette::savedChoice()
{
    const QString choice = QSettings().value(kChoiceKey).toString();
    return choices().contains(choice) ? choice : QString();
}

void ThemePalette::saveChoice(const QString &choice)
{
    QSettings settings;
    if (choice.isEmpty())
        settings.remove(kChoiceKey);
    else
        settings.setValue(kChoiceKey, choice);
}

} // namespace pf
