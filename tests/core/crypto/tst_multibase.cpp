#include "crypto/Multibase.h"
#include "crypto/Multicodec.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pf;

// Multibase (base58btc "z", base64url "u") and multicodec varints.
class tst_Multibase : public QObject
{
    Q_OBJECT

private slots:
    void base58KnownAnswers_data()
    {
        // Expected values from the multibase test vectors, recomputed with an independent implementation.
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QByteArray() << "z";
        QTest::newRow("one zero byte") << QByteArray(1, '\0') << "z1";
        QTest::newRow("three zero bytes") << QByteArray(3, '\0') << "z111";
        QTest::newRow("hello") << QByteArray("Hello World!") << "z2NEpo7TZRRrLZSi2U";
        QTest::newRow("leading zero") << QByteArray("\0yes mani !", 11) << "z17paNL19xttacUY";
        QTest::newRow("two leading zeros") << QByteArray("\0\0yes mani !", 12) << "z117paNL19xttacUY";
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog.")
                             << "zUSm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z";
        QTest::newRow("Ed25519 RFC 8032 test 1 key")
            << QByteArray::fromHex("ed01d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << "z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw";
    }
    void base58KnownAnswers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Multibase::encode(Multibase::Base::Base58Btc, bytes), text);
        auto decoded = Multibase::decode(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded->base, Multibase::Base::Base58Btc);
        QCOMPARE(decoded->bytes, bytes);
    }

    void base64UrlKnownAnswers()
    {
        QCOMPARE(Multibase::encode(Multibase::Base::Base64Url, "Hello World!"),
                 QStringLiteral("uSGVsbG8gV29ybGQh"));
        auto decoded = Multibase::decode(QStringLiteral("uSGVsbG8gV29ybGQh"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->base, Multibase::Base::Base64Url);
        QCOMPARE(decoded->bytes, QByteArray("Hello World!"));
        QCOMPARE(Multibase::decode(QStringLiteral("u-_8"))->bytes, QByteArray("\xfb\xff"));
    }

    void roundTripsRandomBytes()
    {
        QRandomGenerator rng(20240607); // fixed seed: the same cases every run
        for (int i = 0; i < 300; ++i) {
            QByteArray bytes(int(rng.bounded(200)), '\0');
            for (char &c : bytes)
                c = char(rng.bounded(256));
            if (i % 5 == 0)
                bytes.prepend(QByteArray(int(rng.bounded(4)), '\0'));
            for (auto base : {Multibase::Base::Base58Btc, Multibase::Base::Base64Url}) {
                const QString text = Multibase::encode(base, bytes);
                auto decoded = Multibase::decode(text);
                QVERIFY(decoded.ok());
                QCOMPARE(decoded->bytes, bytes);
            }
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("unknown base") << "f68656c6c6f"
                                      << "prefix 'f'";
        QTest::newRow("base58 has no zero") << "z0abc"
                                            << "base58btc";
        QTest::newRow("base58 has no capital O") << "zOabc"
                                                 << "base58btc";
        QTest::newRow("base58 has no capital I") << "zIabc"
                                                 << "base58btc";
        QTest::newRow("base58 has no small l") << "zlabc"
                                               << "base58btc";
        QTest::newRow("white space") << "z2NEpo7 TZRR"
                                     << "printable";
        QTest::newRow("trailing newline") << "z2NEpo7TZRR\n"
                                          << "printable";
        QTest::newRow("non-ASCII") << QString::fromUtf8("z2NEpo\u00e97") << "printable";
        QTest::newRow("base64url padding") << "uSGVsbG8="
                                           << "base64url";
        QTest::newRow("base64 standard alphabet") << "uSGV+bG8"
                                                  << "base64url";
        QTest::newRow("base64url stray bits") << "uSGVsbG9"
                                              << "canonical";
        QTest::newRow("base64url impossible length") << "uSGVsb"
                                                     << "base64url";
        QTest::newRow("too long") << QString(5000, QLatin1Char('z')) << "longer";
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        auto decoded = Multibase::decode(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(decoded.error().message.contains(fragment), qPrintable(decoded.error().message));
    }

    void bareBase58()
    {
        QCOMPARE(Multibase::encodeBase58("Hello World!"), QByteArray("2NEpo7TZRRrLZSi2U"));
        QCOMPARE(*Multibase::decodeBase58("2NEpo7TZRRrLZSi2U"), QByteArray("Hello World!"));
        QVERIFY(!Multibase::decodeBase58("2NEpo7TZRRrLZSi2U0"));
        QCOMPARE(*Multibase::decodeBase58(""), QByteArray());
    }

    void varints_data()
    {
        // multiformats/unsigned-varint examples, and the key codes of the multicodec table.
        QTest::addColumn<quint64>("value");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0") << quint64(0) << QByteArray::fromHex("00");
        QTest::newRow("1") << quint64(1) << QByteArray::fromHex("01");
        QTest::newRow("127") << quint64(127) << QByteArray::fromHex("7f");
        QTest::newRow("128") << quint64(128) << QByteArray::fromHex("8001");
        QTest::newRow("255") << quint64(255) << QByteArray::fromHex("ff01");
        QTest::newRow("300") << quint64(300) << QByteArray::fromHex("ac02");
        QTest::newRow("16384") << quint64(16384) << QByteArray::fromHex("808001");
        QTest::newRow("ed25519-pub") << Multicodec::kEd25519Pub << QByteArray::fromHex("ed01");
        QTest::newRow("p256-pub") << Multicodec::kP256Pub << QByteArray::fromHex("8024");
        QTest::newRow("p384-pub") << Multicodec::kP384Pub << QByteArray::fromHex("8124");
        QTest::newRow("ed25519-priv") << Multicodec::kEd25519Priv << QByteArray::fromHex("8026");
        QTest::newRow("p256-priv") << Multicodec::kP256Priv << QByteArray::fromHex("8626");
        QTest::newRow("2^63-1") << quint64(0x7fffffffffffffffULL)
                                << QByteArray::fromHex("ffffffffffffffff7f");
    }
    void varints()
    {
        QFETCH(quint64, value);
        QFETCH(QByteArray, bytes);
        QCOMPARE(Multicodec::encodeVarint(value), bytes);
        auto v = Multicodec::decodeVarint(bytes + "tail");
        QVERIFY(v);
        QCOMPARE(v->value, value);
        QCOMPARE(v->length, bytes.size());
    }

    void varintRefusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray::fromHex("80");
        QTest::newRow("truncated two bytes") << QByteArray::fromHex("ff80");
        QTest::newRow("not minimal (1 as 8100)") << QByteArray::fromHex("8100");
        QTest::newRow("not minimal (0 as 8000)") << QByteArray::fromHex("8000");
        QTest::newRow("ten bytes") << QByteArray::fromHex("ffffffffffffffffff01");
    }
    void varintRefusals()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!Multicodec::decodeVarint(bytes));
    }

    void splitAndPrefix()
    {
        const QByteArray key(32, '\x11');
        const QByteArray prefixed = Multicodec::prefix(Multicodec::kEd25519Pub, key);
        QCOMPARE(prefixed.left(2), QByteArray::fromHex("ed01"));
        auto split = Multicodec::split(prefixed);
        QVERIFY(split);
        QCOMPARE(split->code, Multicodec::kEd25519Pub);
        QCOMPARE(split->body, key);
        QCOMPARE(Multicodec::name(Multicodec::kP384Pub), QStringLiteral("p384-pub"));
        QCOMPARE(Multicodec::name(0x55), QStringLiteral("0x55"));
    }
};

QTEST_GUILESS_MAIN(tst_Multibase)
#include "tst_multibase.moc"
