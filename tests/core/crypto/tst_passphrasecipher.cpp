#include "crypto/PassphraseCipher.h"

#include <QTest>

using namespace pf;

// PassphraseCipher: what is sealed opens with the same passphrase and associated data only; any changed
// byte, a wrong passphrase or parameters out of bounds are refused.
class tst_PassphraseCipher : public QObject
{
    Q_OBJECT

    // Low cost keeps the test quick; the bounds checks do not depend on it.
    static constexpr quint64 kCost = quint64(1) << 10;
    const QByteArray m_secret =
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QString m_passphrase = QStringLiteral("correct horse battery staple");
    const QByteArray m_associated = "did:key:z6MkExample";

    PassphraseCipher::Sealed sealed() const
    {
        auto s = PassphraseCipher::seal(m_secret, m_passphrase, m_associated, kCost);
        if (!s)
            qFatal("seal failed: %s", qPrintable(s.error().message));
        return *s;
    }

private slots:
    void itOpensWithThePassphrase()
    {
        const auto s = sealed();
        QVERIFY(s.ciphertext != m_secret);
        QCOMPARE(s.ciphertext.size(), m_secret.size());
        auto opened = PassphraseCipher::open(s, m_passphrase, m_associated);
        QVERIFY(opened.ok());
        QCOMPARE(*opened, m_secret);
    }

    void eachSealIsFresh()
    {
        const auto a = sealed();
        const auto b = sealed();
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.iv != b.iv);
        QVERIFY(a.ciphertext != b.ciphertext);
    }

    void aWrongPassphraseOrChangedByteIsRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("wrong passphrase") << QStringLiteral("passphrase");
        QTest::newRow("passphrase differing in case") << QStringLiteral("case");
        QTest::newRow("empty passphrase") << QStringLiteral("empty");
        QTest::newRow("changed ciphertext") << QStringLiteral("ciphertext");
        QTest::newRow("changed tag") << QStringLiteral("tag");
        QTest::newRow("changed iv") << QStringLiteral("iv");
        QTest::newRow("changed salt") << QStringLiteral("salt");
        QTest::newRow("other associated data") << QStringLiteral("associated");
    }

    void aWrongPassphraseOrChangedByteIsRefused()
    {
        QFETCH(QString, what);
        auto s = sealed();
        QString passphrase = m_passphrase;
        QByteArray associated = m_associated;
        if (what == u"passphrase")
            passphrase = QStringLiteral("correct horse battery stapler");
        else if (what == u"case")
            passphrase = m_passphrase.toUpper();
        else if (what == u"empty")
            passphrase.clear();
        else if (what == u"ciphertext")
            s.ciphertext[3] = char(s.ciphertext[3] ^ 1);
        else if (what == u"tag")
            s.tag[0] = char(s.tag[0] ^ 0x80);
        else if (what == u"iv")
            s.iv[11] = char(s.iv[11] ^ 1);
        else if (what == u"salt")
            s.salt[0] = char(s.salt[0] ^ 1);
        else if (what == u"associated")
            associated = "did:key:z6MkOther";
        auto opened = PassphraseCipher::open(s, passphrase, associated);
        QCOMPARE(opened.code(), ErrorCode::WrongPassphrase);
    }

    void parametersOutOfBoundsAreRefused_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<int>("tagSize");
        QTest::newRow("cost not a power of two") << quint64(1000) << quint32(8) << 16;
        QTest::newRow("cost over the bound") << (PassphraseCipher::kMaxCost << 1) << quint32(8) << 16;
        QTest::newRow("cost of one") << quint64(1) << quint32(8) << 16;
        QTest::newRow("block size other than 8") << kCost << quint32(1024) << 16;
        QTest::newRow("short tag") << kCost << quint32(8) << 4;
    }

    void parametersOutOfBoundsAreRefused()
    {
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(int, tagSize);
        auto s = sealed();
        s.n = n;
        s.r = r;
        s.tag.truncate(tagSize);
        QCOMPARE(PassphraseCipher::open(s, m_passphrase, m_associated).code(), ErrorCode::InvalidArgument);
        QCOMPARE(PassphraseCipher::seal(m_secret, m_passphrase, m_associated, PassphraseCipher::kMaxCost << 1)
                     .code(),
                 ErrorCode::InvalidArgument);
    }
};

QTEST_APPLESS_MAIN(tst_PassphraseCipher)
#include "tst_passphrasecipher.moc"
