#include "TempStore.h"

#include <QDir>
#include <QFileInfo>

using namespace pf;

// The data folder as a whole: where it is, what is in it, what it refuses.
class tst_Store : public QObject
{
    Q_OBJECT

private slots:
    void dataDirPrecedence()
    {
        qputenv("PATHFOLIO_DATA_DIR", "/tmp/from-environment");
        QCOMPARE(Store::resolveDataDir(QStringLiteral("/tmp/from-option")),
                 QStringLiteral("/tmp/from-option"));
        QCOMPARE(Store::resolveDataDir(), QStringLiteral("/tmp/from-environment"));
        qunsetenv("PATHFOLIO_DATA_DIR");
        QVERIFY(!Store::resolveDataDir().isEmpty());
    }

    void layoutOfTheDataFolder()
    {
        TempStore s;
        QVERIFY(QFileInfo::exists(s.dir.filePath(QLatin1String(Store::kDatabaseFileName))));
        QVERIFY(QFileInfo(s.dir.filePath(QStringLiteral("blobs/sha256"))).isDir());
        QVERIFY(QFileInfo(s.dir.filePath(QStringLiteral("blobs/tmp"))).isDir());
    }

    void aFileWhereTheFolderShouldBe()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("occupied"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::Io);
    }

    void unwritableLocation()
    {
        // /proc cannot hold folders, even for root, so this runs the same everywhere.
        auto store = Store::open(QStringLiteral("/proc/pathfolio-test/data"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::ReadOnly);
        QVERIFY(store.error().message.contains(QStringLiteral("/proc/pathfolio-test/data")));
    }

    void readOnlyFolderForOrdinaryUsers()
    {
        if (geteuid() == 0)
            QSKIP("root may write to read-only folders; the /proc case above covers this for root");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto store = Store::open(dir.filePath(QStringLiteral("data")));
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, ErrorCode::ReadOnly);
    }

    void openingCollectsStaleOrphans()
    {
        QTemporaryDir dir;
        QString orphanPath;
        QString keptSha;
        {
            auto store = Store::open(dir.path());
            QVERIFY(store.ok());
            Evidence e;
            e.title = QStringLiteral("kept");
            e.kind = Evidence::Kind::File;
            const QString input = dir.filePath(QStringLiteral("in.txt"));
            QFile in(input);
            QVERIFY(in.open(QIODevice::WriteOnly));
            in.write("kept bytes");
            in.close();
            QVERIFY((*store)->evidence().create(e, {input}).ok());
            keptSha = (*store)->evidence().list()->first().files.first().sha256;
            auto orphan =
                (*store)->blobs().putBytes(QByteArrayLiteral("left behind by an interrupted import"));
            QVERIFY(orphan.ok());
            orphanPath = (*store)->blobs().pathFor(orphan->sha256);
            for (const QString &p : {orphanPath, (*store)->blobs().pathFor(keptSha)}) {
                QFile f(p);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2),
                                      QFileDevice::FileModificationTime));
            }
        }
        auto store = Store::open(dir.path());
        QVERIFY(store.ok());
        QVERIFY(!QFile::exists(orphanPath));
        QVERIFY((*store)->blobs().contains(keptSha));
        QCOMPARE((*store)->referencedBlobs(), QSet<QString>{keptSha});
    }
};

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
