#include "jsonld/JsonTreeParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pf;

// JsonTreeParser: the same values as Qt's reader for every JSON it takes, and nothing for what it leaves to
// JsonReader.
class tst_JsonTreeParser : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("object") << QByteArray(
            "{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\"}}");
        QTest::newRow("array") << QByteArray("[1, -2.5, 1e3, 0, -0, 1E-7, 9007199254740992]");
        QTest::newRow("escapes") << QByteArray(
            "{\"s\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20ac\\ud83d\\ude00\"}");
        QTest::newRow("utf-8") << QByteArray("{\"s\": \"\xc3\xa9t\xc3\xa9 \xf0\x9f\x98\x80\"}");
        QTest::newRow("nul escape") << QByteArray("{\"s\": \"a\\u0000b\"}");
        QTest::newRow("whitespace") << QByteArray(" \r\n\t{ \"a\" : [ ] , \"b\" : { } } \n");
        QTest::newRow("empty key") << QByteArray("{\"\": 1}");
    }
    void sameAsQt()
    {
        QFETCH(QByteArray, json);
        const std::optional<JsonTree> tree = JsonTreeParser::parse(json);
        QVERIFY(tree);
        const QJsonDocument qt = QJsonDocument::fromJson(json);
        const QJsonValue expected = qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object());
        QCOMPARE(tree->toJson(tree->root()), expected);
        // And back: a tree made from Qt's value is the same again.
        const JsonTree fromQt = JsonTree::fromJson(expected);
        QCOMPARE(fromQt.toJson(fromQt.root()), expected);
    }

    // Numbers are doubles, as JSON-LD's toRdf and JSON canonicalization (RFC 8785) read them.
    void bigIntegersAreDoubles()
    {
        const auto tree = JsonTreeParser::parse("[123456789012345678]");
        QVERIFY(tree);
        QCOMPARE(tree->number(tree->child(tree->root(), 0)), 123456789012345678.0);
        QCOMPARE(tree->number(tree->child(tree->root(), 0)), 123456789012345680.0);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,}");
        QTest::newRow("trailing text") << QByteArray("{\"a\": 1} x");
        QTest::newRow("single quotes") << QByteArray("{'a': 1}");
        QTest::newRow("leading zero") << QByteArray("[01]");
        QTest::newRow("bare fraction") << QByteArray("[.5]");
        QTest::newRow("no fraction digits") << QByteArray("[1.]");
        QTest::newRow("plus sign") << QByteArray("[+1]");
        QTest::newRow("infinity") << QByteArray("[1e400]");
        QTest::newRow("nan") << QByteArray("[NaN]");
        QTest::newRow("control character") << QByteArray("[\"a\x01\"]");
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]");
        QTest::newRow("short unicode escape") << QByteArray("[\"\\u12\"]");
        QTest::newRow("lone high surrogate") << QByteArray("[\"\\ud83d\"]");
        QTest::newRow("lone low surrogate") << QByteArray("[\"\\ude00\"]");
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xc3\x28\"]");
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]");
        QTest::newRow("byte-order mark") << QByteArray("\xef\xbb\xbf{}");
        QTest::newRow("unterminated string") << QByteArray("{\"a\": \"b");
        QTest::newRow("unclosed object") << QByteArray("{\"a\": 1");
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
        QTest::newRow("bad literal") << QByteArray("[tru]");
        QTest::newRow("too deep") << QByteArray(100, '[') + QByteArray(100, ']');
    }
    void refuses()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!JsonTreeParser::parse(json));
    }

    void duplicateKeysAreFlagged()
    {
        const auto tree = JsonTreeParser::parse("{\"a\": {\"b\": 1, \"c\": 2, \"b\": 3}}");
        QVERIFY(tree);
        QVERIFY(tree->hasDuplicateKeys());
        QVERIFY(!JsonTreeParser::parse("{\"a\": {\"b\": 1}, \"b\": 2}")->hasDuplicateKeys());
    }

    void variantsShareMembers()
    {
        std::optional<JsonTree> tree =
            JsonTreeParser::parse("{\"a\": 1, \"proof\": {\"x\": 2}, \"b\": \"c\"}");
        QVERIFY(tree);
        const JsonTree::NodeId root = tree->root();
        const std::vector<JsonTree::NodeId> members = tree->membersExcept(root, {"proof"});
        const JsonTree::NodeId unsecured = tree->addObject(members);
        QCOMPARE(tree->toJson(unsecured), QJsonValue(QJsonObject{{"a", 1}, {"b", "c"}}));
        QCOMPARE(tree->member(root, "proof") != JsonTree::kNone, true);
        QCOMPARE(tree->member(unsecured, "proof"), JsonTree::kNone);
    }
};

QTEST_GUILESS_MAIN(tst_JsonTreeParser)
#include "tst_jsontreeparser.moc"
