#include "PageTour.h"

#include "NavigationModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

namespace pf {

namespace {

constexpr int kLoaderReady = 1; // QQuickLoader::Ready

// Repeater-made items are not QObject children of what they are shown in, so search the item tree.
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

PageTour::PageTour(QQmlApplicationEngine &engine, NavigationModel &navigation)
    : m_engine(engine), m_navigation(navigation)
{
    QObject::connect(&m_engine, &QQmlEngine::warnings, &m_engine, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings)
            m_warnings << warning.toString();
    });
    // console.warn() and friends reach only the message handler, not the engine's warnings signal.
    s_current = this;
    m_previousHandler = qInstallMessageHandler(&PageTour::messageHandler);
}

PageTour::~PageTour()
{
    qInstallMessageHandler(m_previousHandler);
    s_current = nullptr;
}

void PageTour::messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!s_current)
        return;
    const QLatin1String category(context.category ? context.category : "");
    const bool fromQml = category == QLatin1String("qml") || category == QLatin1String("js") ||
                         message.startsWith(u"qrc:/") || message.startsWith(u"file:");
    if (type != QtDebugMsg && type != QtInfoMsg && fromQml)
        s_current->m_warnings << message;
    // Qt hands back its default handler when none was installed, so there is always one to pass on to.
    if (s_current->m_previousHandler)
        s_current->m_previousHandler(type, context, message);
}

QQuickWindow *PageTour::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

void PageTour::settle() const
{
    // Loaders load synchronously; this lets bindings, layouts and deferred deletes run to the end.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    if (QQuickWindow *w = window())
        w->contentItem()->polish();
    QCoreApplication::processEvents();
}

QStringList PageTour::takeWarnings()
{
    QStringList warnings;
    warnings.swap(m_warnings);
    return warnings;
}

QObject *PageTour::showPage(int index, QStringList *problems)
{
    const QString key = m_navigation.keyAt(index);
    m_navigation.setCurrentIndex(index);
    settle();
    QQuickWindow *w = window();
    QQuickItem *loader = w ? findItem(w->contentItem(), QStringLiteral("page-") + key) : nullptr;
    if (!loader) {
        problems->append(QStringLiteral("%1: no loader named page-%1 in the main window").arg(key));
        return nullptr;
    }
    if (loader->property("status").toInt() != kLoaderReady) {
        problems->append(QStringLiteral("%1: the page did not load").arg(key));
        return nullptr;
    }
    return loader->property("item").value<QObject *>();
}

QStringList PageTour::selfTest()
{
    QStringList problems;
    for (const QString &warning : takeWarnings())
        problems << QStringLiteral("main window: %1").arg(warning);
    if (!window()) {
        problems << QStringLiteral("the main window did not load");
        return problems;
    }
    for (int i = 0; i < m_navigation.count(); ++i) {
        const QString key = m_navigation.keyAt(i);
        if (!showPage(i, &problems))
            continue;
        for (const QString &warning : takeWarnings())
            problems << QStringLiteral("%1: %2").arg(key, warning);
    }
    m_navigation.setCurrentIndex(0);
    settle();
    for (const QString &warning : takeWarnings())
        problems << QStringLiteral("home again: %1").arg(warning);
    return problems;
}

QStringList PageTour::screenshots(const QString &dir, const QSize &size)
{
    QStringList problems;
    QQuickWindow *w = window();
    if (!w)
        return {QStringLiteral("the main window did not load")};
    if (!QDir().mkpath(dir))
        return {QStringLiteral("cannot create the folder %1").arg(dir)};
    w->resize(size);
    settle();
    const auto save = [&](const QString &name) {
        // Layers (the icons use them) get their content in the first frame that shows them.
        w->grabWindow();
        const QImage image = w->grabWindow();
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (image.isNull() || !image.save(path))
            problems << QStringLiteral("%1: could not write %2").arg(name, path);
    };
    for (int i = 0; i < m_navigation.count(); ++i) {
        const QString key = m_navigation.keyAt(i);
        QObject *page = showPage(i, &problems);
        if (!page)
            continue;
        save(key);
        // A page may offer more views worth a picture: show(), when it returns true, opens one; undo()
        // (when named) puts the page back for the next view.
        const auto extra = [&](const char *show, const char *undo, const QString &suffix) {
            QVariant shown;
            if (page->metaObject()->indexOfMethod(QByteArray(show) + "()") < 0 ||
                !QMetaObject::invokeMethod(page, show, Q_RETURN_ARG(QVariant, shown)) || !shown.toBool())
                return;
            settle();
            // What the view opened may draw in the background (a PDF's pages, an image); give it time,
            // and a page that says it is busy (rendering a preview) the time it needs, within reason.
            QElapsedTimer drawing;
            drawing.start();
            while (drawing.elapsed() < 400 || (page->property("busy").toBool() && drawing.elapsed() < 30000))
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            if (page->property("busy").toBool())
                problems << QStringLiteral("%1: still busy after 30 s").arg(key);
            while (drawing.elapsed() < 800)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            settle();
            save(key + suffix);
            if (undo) {
                QMetaObject::invokeMethod(page, undo);
                settle();
            }
        };
        extra("editCurrent", "closeEditors", QStringLiteral("-edit"));   // the editor on the current item
        extra("showSearch", "clearSearch", QStringLiteral("-search"));   // a search narrowing the list
        extra("showDetail", nullptr, QStringLiteral("-detail"));         // a detail view (a badge's report)
        extra("previewPdf", "closeEditors", QStringLiteral("-preview")); // an attached PDF shown in the app
    }
    for (const QString &warning : takeWarnings())
        problems << warning;
    return problems;
}

} // namespace pf
