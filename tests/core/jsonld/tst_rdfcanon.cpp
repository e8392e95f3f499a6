#include "../credentials/Conformance.h"
#include "jsonld/NQuads.h"
#include "jsonld/RdfCanonicalizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pf;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// The W3C RDF Dataset Canonicalization test suite (RDFC-1.0), every test, plus N-Quads escaping.
class tst_RdfCanon : public QObject
{
    Q_OBJECT

    QHash<QString, int> m_passed; // per test type
    int m_run = 0;

private slots:
    void cleanupTestCase()
    {
        if (m_run == 0)
            return;
        int passed = 0;
        for (auto it = m_passed.cbegin(); it != m_passed.cend(); ++it) {
            passed += it.value();
            qInfo("RDFC-1.0 %s: %d passed", qPrintable(it.key()), it.value());
        }
        qInfo("RDFC-1.0: %d of %d tests passed", passed, m_run);
    }

    void suite_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("hash");
        const QString dir = conformanceDir();
        if (dir.isEmpty()) {
            QTest::newRow("suite absent") << QString() << QString() << QString() << QString();
            return;
        }
        const QJsonObject manifest =
            QJsonDocument::fromJson(readFile(dir + QStringLiteral("/rdf-canon/manifest.jsonld"))).object();
        for (const QJsonValue &v : manifest.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            QTest::newRow(qPrintable(e.value(QStringLiteral("id")).toString() + u' ' +
                                     e.value(QStringLiteral("name")).toString()))
                << e.value(QStringLiteral("type")).toString()
                << dir + QStringLiteral("/rdf-canon/") + e.value(QStringLiteral("action")).toString()
                << (e.contains(QStringLiteral("result"))
                        ? dir + QStringLiteral("/rdf-canon/") + e.value(QStringLiteral("result")).toString()
                        : QString())
                << e.value(QStringLiteral("hashAlgorithm")).toString();
        }
    }
    void suite()
    {
        QFETCH(QString, type);
        QFETCH(QString, action);
        QFETCH(QString, result);
        QFETCH(QString, hash);
        PATHFOLIO_REQUIRE_CONFORMANCE(conformanceDir());
        ++m_run;
        auto quads = NQuads::parse(readFile(action));
        QVERIFY2(quads.ok(), qPrintable(quads.ok() ? QString() : quads.error().message));
        RdfCanonicalizer canonicalizer(hash == u"SHA384" ? QCryptographicHash::Sha384
                                                         : QCryptographicHash::Sha256);
        QElapsedTimer timer;
        timer.start();
        auto canonical = canonicalizer.canonicalize(*quads);
        if (type.endsWith(QStringLiteral("NegativeEvalTest"))) {
            QVERIFY2(!canonical.ok(), "a poison graph must be refused");
            QVERIFY(canonical.error().message.contains(QStringLiteral("work bound")));
            ++m_passed[type];
            return;
        }
        QVERIFY2(canonical.ok(), qPrintable(canonical.ok() ? QString() : canonical.error().message));
        if (type.endsWith(QStringLiteral("MapTest"))) {
            const QJsonObject expected = QJsonDocument::fromJson(readFile(result)).object();
            QJsonObject actual;
            for (auto it = canonical->issuedIds.cbegin(); it != canonical->issuedIds.cend(); ++it)
                actual.insert(it.key(), it.value());
            QCOMPARE(actual, expected);
            ++m_passed[type];
            return;
        }
        QCOMPARE(QString::fromUtf8(canonical->nquads), QString::fromUtf8(readFile(result)));
        ++m_passed[type];
    }

    void escaping()
    {
        RdfTerm literal{RdfTerm::Kind::Literal,
                        QStringLiteral("a\"b\\c\nd\re\tf\bg\fh") + QChar(0x01) + QChar(0x7F) +
                            QStringLiteral("\u00e9"),
                        QStringLiteral("http://www.w3.org/2001/XMLSchema#string"),
                        {}};
        QCOMPARE(NQuads::serializeTerm(literal),
                 QByteArray("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001\\u007F\xc3\xa9\""));
        auto parsed =
            NQuads::parse("<http://a/s> <http://a/p> \"x\\u00E9\\U0001F393\"@en-GB <http://a/g> .\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->first().object.value, QStringLiteral("x\u00e9\U0001F393"));
        QCOMPARE(parsed->first().object.language, QStringLiteral("en-GB"));
        QCOMPARE(parsed->first().graph.value, QStringLiteral("http://a/g"));
    }

    void malformedNQuads_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("no dot") << QByteArray("<http://a/s> <http://a/p> <http://a/o>\n");
        QTest::newRow("relative IRI") << QByteArray("<s> <http://a/p> <http://a/o> .\n");
        QTest::newRow("literal subject") << QByteArray("\"s\" <http://a/p> <http://a/o> .\n");
        QTest::newRow("blank predicate") << QByteArray("<http://a/s> _:p <http://a/o> .\n");
        QTest::newRow("bad escape") << QByteArray("<http://a/s> <http://a/p> \"\\q\" .\n");
        QTest::newRow("unterminated") << QByteArray("<http://a/s> <http://a/p> \"open .\n");
        QTest::newRow("space in IRI") << QByteArray("<http://a/ s> <http://a/p> <http://a/o> .\n");
    }
    void malformedNQuads()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!NQuads::parse(text).ok());
    }
};

QTEST_GUILESS_MAIN(tst_RdfCanon)
#include "tst_rdfcanon.moc"
