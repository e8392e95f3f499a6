#include "WindowStateStore.h"

#include "NavigationModel.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWindow>

namespace pf {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kMaximizedKey = QStringLiteral("window/maximized");
const QString kPageKey = QStringLiteral("window/page");

qint64 overlap(const QRect &a, const QRect &b)
{
    const QRect both = a.intersected(b);
    return both.isEmpty() ? 0 : qint64(both.width()) * both.height();
}

} // namespace

WindowStateStore::WindowStateStore(QSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
}

QRect WindowStateStore::fitted(const QRect &saved, const QList<QRect> &screens, const QSize &minimum)
{
    if (!saved.isValid() || saved.width() <= 0 || saved.height() <= 0)
        return {};
    QRect result(saved.topLeft(), saved.size().expandedTo(minimum));
    if (screens.isEmpty())
        return result;
    qsizetype best = -1;
    qint64 bestOverlap = 0;
    for (qsizetype i = 0; i < screens.size(); ++i) {
        if (const qint64 o = overlap(saved, screens.at(i)); o > bestOverlap) {
            best = i;
            bestOverlap = o;
        }
    }
    const QRect screen = screens.at(best < 0 ? 0 : best);
    result.setSize(result.size().boundedTo(screen.size()));
    if (best < 0) {
        result.moveCenter(screen.center());
        return result;
    }
    // Whole on the screen: a title bar off the edge cannot be grabbed to move the window back.
    result.moveLeft(qBound(screen.left(), result.left(), screen.right() - result.width() + 1));
    result.moveTop(qBound(screen.top(), result.top(), screen.bottom() - result.height() + 1));
    return result;
}

void WindowStateStore::attach(QWindow *window, NavigationModel *navigation)
{
    m_window = window;
    QList<QRect> screens;
    if (QScreen *primary = QGuiApplication::primaryScreen())
        screens << primary->availableGeometry();
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != QGuiApplication::primaryScreen())
            screens << screen->availableGeometry();
    }
    if (const QRect geometry =
            fitted(m_settings.value(kGeometryKey).toRect(), screens, window->minimumSize());
        geometry.isValid())
        window->setGeometry(geometry);
    navigation->show(m_settings.value(kPageKey).toString());

    if (m_settings.value(kMaximizedKey).toBool())
        window->showMaximized();
    else
        window->show();

    connect(window, &QWindow::xChanged, this, &WindowStateStore::saveGeometry);
    connect(window, &QWindow::yChanged, this, &WindowStateStore::saveGeometry);
    connect(window, &QWindow::widthChanged, this, &WindowStateStore::saveGeometry);
    connect(window, &QWindow::heightChanged, this, &WindowStateStore::saveGeometry);
    connect(window, &QWindow::windowStateChanged, this, [this](Qt::WindowState state) {
        // Minimised is not kept: the window would open out of sight.
        if (state != Qt::WindowMinimized)
            m_settings.setValue(kMaximizedKey, state == Qt::WindowMaximized);
    });
    connect(navigation, &NavigationModel::currentIndexChanged, this,
            [this, navigation] { m_settings.setValue(kPageKey, navigation->currentKey()); });
}

void WindowStateStore::saveGeometry()
{
    // A maximised or full-screen window keeps the size it had before, to go back to; a window on its way
    // out (hidden, then destroyed) has no geometry worth keeping.
    const Qt::WindowStates resized = Qt::WindowMinimized | Qt::WindowMaximized | Qt::WindowFullScreen;
    if (m_window && m_window->isVisible() && !(m_window->windowStates() & resized))
        m_settings.setValue(kGeometryKey, m_window->geometry());
}

} // namespace pf
