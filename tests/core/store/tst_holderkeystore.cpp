#include "store/HolderKeyStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pf;

// HolderKeyStore: the learner's key is made once, opens only with its passphrase, is never replaced, and a
// broken or altered key file is refused, never crashed on.
class tst_HolderKeyStore : public QObject
{
    Q_OBJECT

    const QString m_passphrase = QStringLiteral("a long enough passphrase");

    static void rewrite(const QString &path, const std::function<void(QJsonObject &)> &change)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        change(o);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
    }

private slots:
    void theKeyIsMadeOnceAndOpensWithItsPassphrase()
    {
        QTemporaryDir dir;
        const HolderKeyStore keys(dir.path());
        QVERIFY(!keys.exists());
        QCOMPARE(keys.did().code(), ErrorCode::NotFound);
        QCOMPARE(keys.unlock(m_passphrase).code(), ErrorCode::NotFound);

        auto made = keys.unlockOrCreate(m_passphrase);
        QVERIFY2(made.ok(), qPrintable(made.code() == ErrorCode::None ? QString() : made.error().message));
        QVERIFY(keys.exists());
        QCOMPARE(QFile::permissions(keys.path()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        auto did = keys.did();
        QVERIFY(did.ok());
        QCOMPARE(*did, made->did());

        auto again = keys.unlockOrCreate(m_passphrase);
        QVERIFY(again.ok());
        QCOMPARE(again->seed(), made->seed());
        QCOMPARE(keys.create(m_passphrase).code(), ErrorCode::Duplicate);

        // The private key is not in the file in the clear.
        QFile f(keys.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray file = f.readAll();
        QVERIFY(!file.contains(made->seed().toBase64()));
        QVERIFY(!file.contains(made->seed().toHex()));
    }

    void aForgottenKeyIsPutAsideNotDeleted()
    {
        QTemporaryDir dir;
        const HolderKeyStore keys(dir.path());
        QCOMPARE(keys.retire().code(), ErrorCode::NotFound);
        auto first = keys.create(m_passphrase);
        QVERIFY(first.ok());

        // Put aside twice in one second: both files stay, under names of their own.
        auto retired = keys.retire();
        QVERIFY(retired.ok());
        QVERIFY(!keys.exists());
        QVERIFY(QFileInfo(*retired).fileName().startsWith(QStringLiteral("holder-key-retired-")));
        QCOMPARE(QFileInfo(*retired).path(), dir.path());
        // The file put aside still opens with its passphrase, for a learner who remembers it later.
        QTemporaryDir elsewhere;
        QVERIFY(QFile::copy(*retired, elsewhere.filePath(QString::fromLatin1(HolderKeyStore::kFileName))));
        auto reopened = HolderKeyStore(elsewhere.path()).unlock(m_passphrase);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->did(), first->did());

        auto second = keys.create(QStringLiteral("another long passphrase"));
        QVERIFY(second.ok());
        QVERIFY(second->did() != first->did());
        auto again = keys.retire();
        QVERIFY(again.ok());
        QVERIFY(*again != *retired);
        QVERIFY(QFile::exists(*retired));
        QVERIFY(QFile::exists(*again));
    }

    void aWrongPassphraseIsRefused()
    {
        QTemporaryDir dir;
        const HolderKeyStore keys(dir.path());
        QVERIFY(keys.create(m_passphrase).ok());
        QCOMPARE(keys.unlock(QStringLiteral("not the passphrase")).code(), ErrorCode::WrongPassphrase);
        QCOMPARE(keys.unlockOrCreate(QStringLiteral("not the passphrase")).code(),
                 ErrorCode::WrongPassphrase);
        QVERIFY(keys.unlock(m_passphrase).ok()); // refusing did not change the file
    }

    void aShortPassphraseMakesNoKey()
    {
        QTemporaryDir dir;
        const HolderKeyStore keys(dir.path());
        QCOMPARE(keys.create(QStringLiteral("short")).code(), ErrorCode::InvalidArgument);
        QVERIFY(!keys.exists());
    }

    void anAlteredOrBrokenFileIsRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("code");
        QTest::newRow("another did") << QStringLiteral("did") << int(ErrorCode::WrongPassphrase);
        QTest::newRow("no did") << QStringLiteral("nodid") << int(ErrorCode::StoreCorrupt);
        QTest::newRow("cost of 2^40") << QStringLiteral("cost") << int(ErrorCode::StoreCorrupt);
        QTest::newRow("unknown cipher") << QStringLiteral("cipher") << int(ErrorCode::StoreCorrupt);
        QTest::newRow("changed ciphertext")
            << QStringLiteral("ciphertext") << int(ErrorCode::WrongPassphrase);
        QTest::newRow("newer version") << QStringLiteral("version") << int(ErrorCode::StoreTooNew);
        QTest::newRow("not JSON") << QStringLiteral("garbage") << int(ErrorCode::StoreCorrupt);
    }

    void anAlteredOrBrokenFileIsRefused()
    {
        QFETCH(QString, change);
        QFETCH(int, code);
        QTemporaryDir dir;
        const HolderKeyStore keys(dir.path());
        auto other = Ed25519Key::generate();
        QVERIFY(other.ok());
        QVERIFY(keys.create(m_passphrase).ok());
        if (change == u"garbage") {
            QFile f(keys.path());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\"format\": \"pathfolio-holder-");
        } else {
            rewrite(keys.path(), [&](QJsonObject &o) {
                if (change == u"did")
                    o.insert(QStringLiteral("did"), other->did());
                else if (change == u"nodid")
                    o.remove(QStringLiteral("did"));
                else if (change == u"cost") {
                    QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
                    kdf.insert(QStringLiteral("n"), qint64(1) << 40);
                    o.insert(QStringLiteral("kdf"), kdf);
                } else if (change == u"cipher") {
                    QJsonObject cipher = o.value(QStringLiteral("cipher")).toObject();
                    cipher.insert(QStringLiteral("name"), QStringLiteral("rot13"));
                    o.insert(QStringLiteral("cipher"), cipher);
                } else if (change == u"ciphertext") {
                    QByteArray bytes =
                        QByteArray::fromBase64(o.value(QStringLiteral("ciphertext")).toString().toLatin1());
                    bytes[0] = char(bytes[0] ^ 1);
                    o.insert(QStringLiteral("ciphertext"), QString::fromLatin1(bytes.toBase64()));
                } else if (change == u"version") {
                    o.insert(QStringLiteral("version"), 99);
                }
            });
        }
        QCOMPARE(int(keys.unlock(m_passphrase).code()), code);
        QCOMPARE(keys.create(m_passphrase).code(), ErrorCode::Duplicate); // never overwritten
    }
};

QTEST_APPLESS_MAIN(tst_HolderKeyStore)
#include "tst_holderkeystore.moc"
