#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

namespace pf {

// The colours of the app when the learner picks light or dark over the system's choice: the palettes,
// and putting one (or the system's own) in place for every window, Theme.qml and the controls.
class ThemePalette
{
public:
    // "", which follows the system, then "light" and "dark".
    static QStringList choices();
    static QPalette light();
    static QPalette dark();

    // Makes choice the application's palette; "" gives it back to the platform.
    static void apply(const QString &choice);

    // The choice made in Settings, kept between runs; "" follows the system.
    static QString savedChoice();
    static void saveChoice(const QString &choice);
};

} // namespace pf
