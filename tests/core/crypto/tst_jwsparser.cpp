#include "crypto/Base64Url.h"
#include "crypto/JwsParser.h"

#include <QTest>

using namespace pf;

// Compact JWS splitting and strict base64url.
class tst_JwsParser : public QObject
{
    Q_OBJECT

private slots:
    void base64UrlKnownAnswers()
    {
        // RFC 4648 section 10 vectors, in the URL-safe alphabet without padding.
        QCOMPARE(Base64Url::encode("f"), QByteArray("Zg"));
        QCOMPARE(Base64Url::encode("foob"), QByteArray("Zm9vYg"));
        QCOMPARE(Base64Url::encode("\xfb\xff"), QByteArray("-_8"));
        QCOMPARE(*Base64Url::decode("Zm9vYmFy"), QByteArray("foobar"));
        QCOMPARE(*Base64Url::decode("-_8"), QByteArray("\xfb\xff"));
        QVERIFY(!Base64Url::decode("Zg=="));   // padding is not base64url as JOSE uses it
        QVERIFY(!Base64Url::decode("Zm9v+g")); // the standard alphabet's + and / are not allowed
        QVERIFY(!Base64Url::decode("Zm9v Yg"));
        QVERIFY(!Base64Url::decode("Z")); // one character cannot encode a byte
    }

    void parsesRfc7515Example()
    {
        // RFC 7515 appendix A.1 (HS256): the split and the signing input, independent of the algorithm.
        const QByteArray jws =
            "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
            "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QVERIFY(JwsParser::looksLikeJws(jws));
        auto parsed = JwsParser::parse(jws + "\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QVERIFY(parsed->payload.startsWith("{\"iss\":\"joe\""));
        QCOMPARE(parsed->signature.size(), 32);
        QCOMPARE(parsed->signingInput, jws.left(jws.lastIndexOf('.')));
        QCOMPARE(parsed->text, jws);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("two parts") << QByteArray("eyJhbGciOiJSUzI1NiJ9.eyJmb28iOiJiYXIifQ") << "has 2";
        QTest::newRow("four parts") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.c2ln.c2ln") << "has 4";
        QTest::newRow("bad base64 header") << QByteArray("eyJh$GciOiJSUzI1NiJ9.e30.c2ln") << "header";
        QTest::newRow("bad base64 signature") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.c2l=") << "signature";
        QTest::newRow("header not JSON") << QByteArray("bm90IGpzb24.e30.c2ln") << "not a JSON object";
        QTest::newRow("header an array") << QByteArray("WzFd.e30.c2ln") << "not a JSON object";
        QTest::newRow("empty payload") << QByteArray("eyJhbGciOiJSUzI1NiJ9..c2ln") << "empty";
    }
    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fragment);
        auto parsed = JwsParser::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::MalformedJws);
        QVERIFY2(parsed.error().message.contains(fragment), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_JwsParser)
#include "tst_jwsparser.moc"
