#pragma once

#include <QList>
#include <QObject>
#include <QRect>

class QSettings;
class QWindow;

namespace pf {

class NavigationModel;

// Keeps the main window's place, size, maximised state and page in the user's settings, so Pathfolio
// opens as it was left, on a screen that is still there.
class WindowStateStore : public QObject
{
    Q_OBJECT

public:
    explicit WindowStateStore(QSettings &settings, QObject *parent = nullptr);

    // Puts window and navigation back as they were saved, shows the window, and keeps their changes.
    void attach(QWindow *window, NavigationModel *navigation);

    // Where a window saved at saved goes on screens (their available areas, the primary first): whole on
    // the screen it overlaps most, at least minimum and at most that screen's size; centred on the primary
    // screen when it overlaps none (a monitor since unplugged). Empty when nothing valid was saved.
    static QRect fitted(const QRect &saved, const QList<QRect> &screens, const QSize &minimum);

private:
    void saveGeometry();

    QSettings &m_settings;
    QWindow *m_window = nullptr;
};

} // namespace pf
