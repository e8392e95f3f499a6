#include "ErrorMessages.h"
#include "NavigationModel.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pf;

// The pathfolio executable itself: screenshots of every page, and a clear refusal of a store it cannot open.
class tst_DesktopApp : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(PATHFOLIO_APP_PATH), arguments);
        Run result;
        // Not a timing assertion: a hung app should fail the test rather than hang it.
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("pathfolio did not finish");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void screenshotsOfEveryPage()
    {
        QTemporaryDir dir;
        const QString shots = dir.filePath(QStringLiteral("shots"));
        const Run result = run({QStringLiteral("--sample"), QStringLiteral("--screenshot"), shots});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        NavigationModel pages;
        for (int i = 0; i < pages.count(); ++i) {
            const QString path = QDir(shots).filePath(pages.keyAt(i) + QStringLiteral(".png"));
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(1280, 800));
            // A page that rendered has more than one colour.
            QVERIFY2(image.pixel(10, 10) != image.pixel(640, 60) ||
                         image.pixel(10, 10) != image.pixel(900, 400),
                     qPrintable(path));
        }
    }

    void corruptStoreIsReported()
    {
        QTemporaryDir dir;
        QFile database(dir.filePath(QStringLiteral("pathfolio.sqlite")));
        QVERIFY(database.open(QIODevice::WriteOnly));
        database.write(QByteArray(4096, 'x'));
        database.close();

        const Run result = run({QStringLiteral("--self-test"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(result.exitCode != 0 && result.exitCode != -1, qPrintable(result.err));
        QVERIFY2(result.err.contains(ErrorMessages::sentence(ErrorCode::StoreCorrupt)),
                 qPrintable(result.err));
    }

    void newerStoreIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pathfolio.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (id INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 9999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();

        const Run result = run({QStringLiteral("--self-test"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(result.exitCode != 0 && result.exitCode != -1, qPrintable(result.err));
        QVERIFY2(result.err.contains(ErrorMessages::sentence(ErrorCode::StoreTooNew)),
                 qPrintable(result.err));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }
};

QTEST_GUILESS_MAIN(tst_DesktopApp)
#include "tst_desktopapp.moc"
