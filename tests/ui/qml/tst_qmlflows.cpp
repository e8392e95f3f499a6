#include "QmlTestFixture.h"

#include <QCoreApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QTranslator>
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
    void applicationAvailable()
    {
        // The pages read plural forms from the English translation, as the app loads it.
        if (!m_english.load(QStringLiteral(PATHFOLIO_ENGLISH_QM)))
            qFatal("cannot load %s", PATHFOLIO_ENGLISH_QM);
        QCoreApplication::installTranslator(&m_english);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        m_fixture.reset();
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("fixture"), &m_fixture);
    }

private:
    QTranslator m_english;
    QmlTestFixture m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(qmlflows, QmlFlowsSetup)
#include "tst_qmlflows.moc"
