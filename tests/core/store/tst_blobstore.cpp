#include "store/BlobStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pf;

namespace {

int filesUnder(const QString &path)
{
    int n = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

void age(const QString &path, qint64 seconds)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(
        f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-seconds), QFileDevice::FileModificationTime));
}

} // namespace

// The content-addressed store of evidence files and original credential bytes.
class tst_BlobStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

private slots:
    void knownAnswerHash()
    {
        BlobStore blobs(m_dir.filePath(QStringLiteral("kat")));
        QVERIFY(blobs.initialise().ok());
        auto info = blobs.putBytes(QByteArrayLiteral("abc"));
        QVERIFY(info.ok());
        QCOMPARE(info->sha256,
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(info->size, 3);
        QVERIFY(blobs.pathFor(info->sha256)
                    .endsWith(QStringLiteral(
                        "/ba/7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")));
    }

    void fileRoundTripAndDeduplication()
    {
        BlobStore blobs(m_dir.filePath(QStringLiteral("rt")));
        QVERIFY(blobs.initialise().ok());
        QByteArray content;
        for (int i = 0; i < 300000; ++i)
            content.append(char(i * 7));
        const QString a = write(QStringLiteral("a.bin"), content);
        const QString b = write(QStringLiteral("b.bin"), content);
        auto first = blobs.putFile(a);
        auto second = blobs.putFile(b);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->sha256, second->sha256);
        QCOMPARE(first->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(filesUnder(m_dir.filePath(QStringLiteral("rt/sha256"))), 1);
        QCOMPARE(filesUnder(m_dir.filePath(QStringLiteral("rt/tmp"))), 0);
        auto read = blobs.read(first->sha256);
        QVERIFY(read.ok());
        QCOMPARE(*read, content);
        QVERIFY(blobs.verify(first->sha256).ok());
    }

    void corruptionIsDetected()
    {
        BlobStore blobs(m_dir.filePath(QStringLiteral("corrupt")));
        QVERIFY(blobs.initialise().ok());
        auto info = blobs.putBytes(QByteArrayLiteral("original evidence bytes"));
        QVERIFY(info.ok());
        QFile f(blobs.pathFor(info->sha256));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(3);
        f.write("X");
        f.close();
        QCOMPARE(blobs.read(info->sha256).code(), ErrorCode::BlobCorrupt);
        QCOMPARE(blobs.verify(info->sha256).code(), ErrorCode::BlobCorrupt);
        QFile::remove(blobs.pathFor(info->sha256));
        QCOMPARE(blobs.read(info->sha256).code(), ErrorCode::NotFound);
        QCOMPARE(blobs.read(QStringLiteral("../../etc/passwd")).code(), ErrorCode::InvalidArgument);
    }

    void badInputs()
    {
        BlobStore blobs(m_dir.filePath(QStringLiteral("bad")), 1000);
        QVERIFY(blobs.initialise().ok());
        QCOMPARE(blobs.putFile(m_dir.filePath(QStringLiteral("missing.pdf"))).code(), ErrorCode::FileMissing);
        QCOMPARE(blobs.putFile(m_dir.path()).code(), ErrorCode::FileUnreadable);
        const QString big = write(QStringLiteral("big.bin"), QByteArray(1001, 'b'));
        auto tooBig = blobs.putFile(big);
        QCOMPARE(tooBig.code(), ErrorCode::FileTooLarge);
        QVERIFY(tooBig.error().message.contains(QStringLiteral("1000")));
        QCOMPARE(blobs.putBytes(QByteArray(1001, 'b')).code(), ErrorCode::FileTooLarge);
        QVERIFY(blobs.putFile(write(QStringLiteral("ok.bin"), QByteArray(1000, 'b'))).ok());
        QCOMPARE(filesUnder(m_dir.filePath(QStringLiteral("bad/tmp"))), 0);
    }

    void emptyFileIsStored()
    {
        BlobStore blobs(m_dir.filePath(QStringLiteral("empty")));
        QVERIFY(blobs.initialise().ok());
        auto info = blobs.putFile(write(QStringLiteral("empty.txt"), {}));
        QVERIFY(info.ok());
        QCOMPARE(info->sha256,
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(blobs.read(info->sha256)->size(), 0);
    }

    void garbageCollectionSparesYoungAndKeptFiles()
    {
        BlobStore blobs(m_dir.filePath(QStringLiteral("gc")));
        QVERIFY(blobs.initialise().ok());
        auto kept = blobs.putBytes(QByteArrayLiteral("kept"));
        auto orphanOld = blobs.putBytes(QByteArrayLiteral("orphan, old"));
        auto orphanYoung =
            blobs.putBytes(QByteArrayLiteral("orphan, young: another process may commit it soon"));
        QVERIFY(kept.ok() && orphanOld.ok() && orphanYoung.ok());
        age(blobs.pathFor(kept->sha256), 7200);
        age(blobs.pathFor(orphanOld->sha256), 7200);
        const QString staleTemp = m_dir.filePath(QStringLiteral("gc/tmp/put-stale"));
        QFile t(staleTemp);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("half a file");
        t.close();
        age(staleTemp, 7200);

        QCOMPARE(blobs.collectGarbage({kept->sha256}), 2);
        QVERIFY(blobs.contains(kept->sha256));
        QVERIFY(!blobs.contains(orphanOld->sha256));
        QVERIFY(blobs.contains(orphanYoung->sha256));
        QVERIFY(!QFile::exists(staleTemp));
    }

    void validHashes()
    {
        QVERIFY(BlobStore::isValidHash(QString(64, u'a')));
        QVERIFY(!BlobStore::isValidHash(QString(64, u'A')));
        QVERIFY(!BlobStore::isValidHash(QString(63, u'a')));
        QVERIFY(!BlobStore::isValidHash(QString(62, u'a') + QStringLiteral("/.")));
    }
};

QTEST_GUILESS_MAIN(tst_BlobStore)
#include "tst_blobstore.moc"
