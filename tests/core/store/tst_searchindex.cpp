#include "TempStore.h"

using namespace pf;

// Full-text search across every kind of item: ranked, naming the field that matched, safe with any input.
class tst_SearchIndex : public QObject
{
    Q_OBJECT

    TempStore m_store;

private slots:
    void initTestCase()
    {
        Evidence e;
        e.title = QStringLiteral("Robotics capstone report");
        e.description = QStringLiteral("A line-following robot");
        e.reflection = QStringLiteral("Planning matters more than soldering");
        e.tags = {QStringLiteral("électronique")};
        QVERIFY(m_store->evidence().create(e).ok());
        Evidence other;
        other.title = QStringLiteral("Essay on ethics");
        other.description = QStringLiteral("Mentions a robot once");
        QVERIFY(m_store->evidence().create(other).ok());
        const qint64 placement = m_store.addPlacement();
        LogEntry l;
        l.placementId = placement;
        l.date = QDate(2026, 3, 2);
        l.centiHours = 400;
        l.activities = QStringLiteral("Calibrated the robot arm");
        QVERIFY(m_store->logEntries().create(l).ok());
        m_store.addCompetency(QStringLiteral("Robotics programming"), QStringLiteral("ROB-1"));
        Credential c;
        c.format = QStringLiteral("ob3-json");
        c.name = QStringLiteral("Robotics Fundamentals");
        c.issuerName = QStringLiteral("Tech Institute");
        QVERIFY(m_store->credentials().add(QByteArrayLiteral("{}"), c).ok());
    }

    void findsEveryKind()
    {
        auto hits = m_store->search().search(QStringLiteral("robot"));
        QVERIFY(hits.ok());
        QSet<ItemKind> kinds;
        for (const SearchHit &h : *hits)
            kinds.insert(h.ref.kind);
        QCOMPARE(kinds, (QSet<ItemKind>{ItemKind::Evidence, ItemKind::LogEntry, ItemKind::Competency,
                                        ItemKind::Credential}));
    }

    void namesTheMatchingFieldsAndRanks()
    {
        auto hits = *m_store->search().search(QStringLiteral("robotics"));
        QVERIFY(!hits.isEmpty());
        const auto capstone = std::find_if(hits.begin(), hits.end(), [](const SearchHit &h) {
            return h.title == u"Robotics capstone report";
        });
        QVERIFY(capstone != hits.end());
        QCOMPARE(capstone->fields, QStringList{QStringLiteral("title")});
        QVERIFY(capstone->snippet.contains(QStringLiteral("[Robotics]")));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits[i - 1].score <= hits[i].score);

        auto reflection = *m_store->search().search(QStringLiteral("soldering"));
        QCOMPARE(reflection.size(), 1);
        QCOMPARE(reflection[0].fields, QStringList{QStringLiteral("reflection")});
        QCOMPARE(reflection[0].ref.kind, ItemKind::Evidence);
    }

    void matchesPrefixesAndIgnoresDiacritics()
    {
        QCOMPARE(m_store->search().search(QStringLiteral("calib"))->size(), 1);
        QCOMPARE(m_store->search().search(QStringLiteral("electronique"))->size(), 1);
        QCOMPARE(m_store->search().search(QStringLiteral("ROB"))->size(),
                 5 - 1 + 1); // robot*, robotics, ROB-1
    }

    void everyWordMustMatch()
    {
        QCOMPARE(m_store->search().search(QStringLiteral("robot arm"))->size(), 1);
        QVERIFY(m_store->search().search(QStringLiteral("robot unicorn"))->isEmpty());
    }

    void hostileInputIsJustText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << "\"robot";
        QTest::newRow("operators") << "robot AND NOT OR NEAR(";
        QTest::newRow("column filter") << "body:robot";
        QTest::newRow("star") << "*";
        QTest::newRow("sql") << "'); DROP TABLE evidence; --";
        QTest::newRow("only punctuation") << "!!! ??? ^^^";
    }
    void hostileInputIsJustText()
    {
        QFETCH(QString, text);
        auto hits = m_store->search().search(text);
        QVERIFY2(hits.ok(), qPrintable(hits.ok() ? QString() : hits.error().message));
        QCOMPARE(m_store.rows(QStringLiteral("evidence")), 2);
    }

    void aVeryCommonWordListsTheNewestEntriesFirst()
    {
        // Past 5,000 matching entries ranking is skipped (it would cost 0.1 s at 50,000): the hits are
        // the most recently indexed, as many as asked for.
        TempStore s;
        QVERIFY(s->database()
                    .exec(QStringLiteral(
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5200) "
                        "INSERT INTO search_entry (kind, item_id, field, body) "
                        "SELECT 'evidence', i, 'title', 'common word ' || i FROM n"))
                    .ok());
        QVERIFY(s->database()
                    .exec(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')"))
                    .ok());
        auto hits = s->search().search(QStringLiteral("common"), 10);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 10);
        QCOMPARE(hits->first().ref.id, 5200);
        QCOMPARE(hits->last().ref.id, 5191);
        QVERIFY(hits->first().snippet.contains(QStringLiteral("[common]")));
        // A rarer word is still ranked.
        auto rare = s->search().search(QStringLiteral("5123"), 10);
        QCOMPARE(rare->size(), 1);
        QCOMPARE(rare->first().ref.id, 5123);
    }

    void matchExpressionQuotesEveryWord()
    {
        QCOMPARE(SearchIndex::toMatchExpression(QStringLiteral("robot \"arm\" NEAR")),
                 QStringLiteral("\"robot\"* \"arm\"* \"NEAR\"*"));
        QCOMPARE(SearchIndex::toMatchExpression(QStringLiteral("  ")), QString());
    }
};

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_searchindex.moc"
