#include "QmlTestFixture.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(PathfolioPlugin)

// Runs the QML flows in tests/ui/qml against the app's own pages and dialogs, each test file over a
// fresh store.
class QmlFlowsSetup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        m_fixture.reset();
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), &m_fixture);
    }

private:
    QmlTestFixture m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(qmlflows, QmlFlowsSetup)
#include "tst_qmlflows.moc"
