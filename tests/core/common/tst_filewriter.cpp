#include "FileSizeLimit.h"
#include "common/FileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pf;

// FileWriter: a file is written whole or not at all. A file system that refuses more bytes, or a folder
// that cannot be written, leaves the destination as it was and no partial file beside it.
class tst_FileWriter : public QObject
{
    Q_OBJECT

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void writesTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        const QByteArray bytes(300000, 'x');
        QVERIFY(FileWriter::writeWhole(path, bytes).ok());
        QCOMPARE(read(path), bytes);
        QVERIFY(FileWriter::writeWhole(path, "replaced").ok());
        QCOMPARE(read(path), QByteArray("replaced"));
    }

    void aFullFileSystemLeavesNothingHalfWritten_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("size");
        QTest::newRow("refused while writing") << 16 * 1024 << (1 << 20);
        // Bytes still in Qt's buffer reach the disk only when the file is closed: QSaveFile alone misses
        // that failure.
        QTest::newRow("refused at the last flush") << 512 << 8000;
    }

    void aFullFileSystemLeavesNothingHalfWritten()
    {
        QFETCH(int, limit);
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.pdf"));
        const QString existing = dir.filePath(QStringLiteral("existing.pdf"));
        QVERIFY(FileWriter::writeWhole(existing, "the earlier export").ok());
        const QByteArray big(size, 'p');
        Status freshWritten;
        Status replaced;
        {
            const FileSizeLimit limited{rlim_t(limit)};
            QVERIFY(limited.active());
            freshWritten = FileWriter::writeWhole(fresh, big);
            replaced = FileWriter::writeWhole(existing, big);
        }
        QVERIFY(!freshWritten.ok());
        QVERIFY(!replaced.ok());
        QVERIFY2(freshWritten.error().message.contains(fresh), qPrintable(freshWritten.error().message));
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(read(existing), QByteArray("the earlier export"));
        // No temporary file is left beside them.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("existing.pdf")});
    }

    void anUnwritableFolderIsAnError()
    {
        QTemporaryDir dir;
        QCOMPARE(FileWriter::writeWhole(dir.filePath(QStringLiteral("no/such/folder/out.json")), "x").code(),
                 ErrorCode::Io);
        QCOMPARE(FileWriter::writeWhole(QString(), "x").code(), ErrorCode::Io);
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const QString path = QDir(folder).filePath(QStringLiteral("out.json"));
        const Status written = FileWriter::writeWhole(path, "bytes");
        const bool root = QFile(path).exists(); // root writes anywhere: then only check it was whole
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (root) {
            QCOMPARE(read(path), QByteArray("bytes"));
            QSKIP("running as root: a read-only folder is writable");
        }
        QVERIFY(!written.ok());
        QCOMPARE(written.code(), ErrorCode::Io);
        QVERIFY(QDir(folder).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FileWriter)
#include "tst_filewriter.moc"
