#include "jsonld/JsonCanonicalizer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pf;

// RFC 8785 (JSON Canonicalization Scheme): number layout, string escaping and member order.
class TestJsonCanonicalizer : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        // From RFC 8785 appendix B and ECMAScript's Number::toString.
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("minus zero") << -0.0 << QByteArray("0");
        QTest::newRow("min denormal") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("max double") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::newRow("max safe integer") << 9007199254740991.0 << QByteArray("9007199254740991");
        QTest::newRow("2^53+2") << 9007199254740994.0 << QByteArray("9007199254740994");
        QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
        QTest::newRow("below 1e21") << 999999999999999900000.0 << QByteArray("999999999999999900000");
        QTest::newRow("1e-7") << 1e-7 << QByteArray("1e-7");
        QTest::newRow("1e-6") << 0.000001 << QByteArray("0.000001");
        QTest::newRow("fraction") << 333333333.3333333 << QByteArray("333333333.3333333");
        QTest::newRow("negative") << -1.5 << QByteArray("-1.5");
        QTest::newRow("rfc example") << 4.50 << QByteArray("4.5");
        QTest::newRow("small") << 2e-3 << QByteArray("0.002");
        QTest::newRow("e+") << 1.2e+30 << QByteArray("1.2e+30");
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(JsonCanonicalizer::number(value), expected);
    }

    void rfcExample()
    {
        // RFC 8785 section 3.2.2 sample input; the canonical output is given there byte for byte.
        const QByteArray input =
            "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
            "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
            "  \"literals\": [null, true, false]\n}";
        const QByteArray expected =
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,"
            "1e-27],\"string\":\"\xe2\x82\xac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        QCOMPARE(JsonCanonicalizer::canonicalize(QJsonDocument::fromJson(input).object()), expected);
    }

    void sortsByUtf16CodeUnits()
    {
        // RFC 8785 section 3.2.3: U+1F600 (surrogates D83D DE00) sorts before U+FB33 in UTF-16 order.
        QJsonObject object;
        object.insert(QString::fromUtf8("\xef\xac\xb3"), 1);
        object.insert(QString::fromUtf8("\xf0\x9f\x98\x80"), 2);
        object.insert(QStringLiteral("\r"), 3);
        object.insert(QStringLiteral("1"), 4);
        const QByteArray out = JsonCanonicalizer::canonicalize(object);
        QCOMPARE(out, QByteArray("{\"\\r\":3,\"1\":4,\"\xf0\x9f\x98\x80\":2,\"\xef\xac\xb3\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonCanonicalizer)
#include "tst_jsoncanonicalizer.moc"
