#include "credentials/JsonReader.h"
#include "credentials/Utf8Validator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pf;

// Untrusted JSON: UTF-8 checked, nesting bounded, errors placed by line and column.
class tst_JsonReader : public QObject
{
    Q_OBJECT

private slots:
    void parsesObjectsWithOrWithoutBom()
    {
        auto plain = JsonReader::parse("{\"a\": [1, 2]}");
        QVERIFY(plain.ok());
        QCOMPARE(plain->toObject().value(QStringLiteral("a")).toArray().size(), 2);
        auto bom = JsonReader::parse("\xEF\xBB\xBF{\"a\": \"caf\xC3\xA9\"}");
        QVERIFY(bom.ok());
        QCOMPARE(bom->toObject().value(QStringLiteral("a")).toString(), QStringLiteral("caf\u00e9"));
    }

    void malformedIsPlacedByLineAndColumn()
    {
        auto r = JsonReader::parse("{\n  \"a\": 1\n  \"b\": 2\n}");
        QCOMPARE(r.code(), ErrorCode::MalformedJson);
        QVERIFY2(r.error().message.contains(QStringLiteral("line 3, column 3")),
                 qPrintable(r.error().message));
    }

    void depthIsBounded()
    {
        const QByteArray deep = QByteArray(65, '[') + QByteArray(65, ']');
        QCOMPARE(JsonReader::parse(deep).code(), ErrorCode::TooDeep);
        QVERIFY(JsonReader::parse(deep, 65).ok());
        // Brackets inside strings are text, not nesting.
        QVERIFY(JsonReader::parse("{\"a\": \"" + QByteArray(500, '[') + "\\\"[[[\"}").ok());
        const QByteArray bomb = QByteArray(1000000, '[');
        QCOMPARE(JsonReader::parse(bomb).code(), ErrorCode::TooDeep);
    }

    void utf8IsValidated_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset");
        QTest::newRow("ascii") << QByteArray("abc") << -1;
        QTest::newRow("two bytes") << QByteArray("\xC3\xA9") << -1;
        QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x8E\x93") << -1;
        QTest::newRow("lone continuation") << QByteArray("a\x80") << 1;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << 0;
        QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << 0;
        QTest::newRow("surrogate") << QByteArray("ab\xED\xA0\x80") << 2;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("truncated") << QByteArray("ok\xE2\x82") << 2;
        QTest::newRow("ff") << QByteArray("\xFF") << 0;
        // Past the eight-bytes-at-a-time ASCII scan: the offset is still the first bad byte's.
        QTest::newRow("after long ascii") << QByteArray("0123456789abcdefghi\xFFxyz") << 19;
        QTest::newRow("valid after long ascii") << QByteArray("0123456789abcdef\xC3\xA9"
                                                              "0123456789abcdef")
                                                << -1;
        QTest::newRow("continuation at a word edge") << QByteArray("01234567\x80") << 8;
        QTest::newRow("truncated after ascii words") << QByteArray("0123456789abcdef\xE2\x82") << 16;
    }
    void utf8IsValidated()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        QCOMPARE(Utf8Validator::firstInvalidOffset(bytes), qsizetype(offset));
    }

    void invalidUtf8IsRefused()
    {
        auto r = JsonReader::parse("{\n\"a\": \"\xFF\"}");
        QCOMPARE(r.code(), ErrorCode::InvalidUtf8);
        QVERIFY(r.error().message.contains(QStringLiteral("line 2")));
    }
};

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
