#pragma once

#include <QList>
#include <QQmlError>
#include <QSize>
#include <QString>
#include <QStringList>

class QQmlApplicationEngine;
class QQuickWindow;
class QObject;

namespace pf {

class NavigationModel;

// Walks every page of the loaded main window, for --self-test (each page loads without a QML warning)
// and --screenshot (a PNG of each page).
class PageTour
{
public:
    PageTour(QQmlApplicationEngine &engine, NavigationModel &navigation);
    ~PageTour();
    PageTour(const PageTour &) = delete;
    PageTour &operator=(const PageTour &) = delete;

    // Shows every page in turn; returns what went wrong, empty when every page loaded cleanly.
    QStringList selfTest();

    // Writes <key>.png for every page into dir, <key>-edit.png for pages with an editor open on the
    // current item, <key>-search.png for pages with a search (showSearch()), <key>-detail.png for pages
    // with a detail view (showDetail()) and <key>-preview.png for a file preview (previewPdf()); returns
    // what went wrong.
    QStringList screenshots(const QString &dir, const QSize &size);

private:
    QQuickWindow *window() const;
    // Shows the page at index and waits until it is loaded; returns its item or nullptr.
    QObject *showPage(int index, QStringList *problems);
    void settle() const;
    QStringList takeWarnings();

    static void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QQmlApplicationEngine &m_engine;
    NavigationModel &m_navigation;
    QStringList m_warnings;
    QtMessageHandler m_previousHandler = nullptr;
    static inline PageTour *s_current = nullptr;
};

} // namespace pf
