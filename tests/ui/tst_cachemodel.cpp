#include "CacheModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTranslator>

using namespace pf;

// CacheModel: the documents of the offline cache, as the Settings page lists them.
class tst_CacheModel : public QObject
{
    Q_OBJECT

    static void put(UiTestStore &s, const QString &url, const QByteArray &content)
    {
        if (Status put = s->cache().put(url, content, QStringLiteral("/home/amira/") + url.section(u'/', -1));
            !put)
            qFatal("cannot cache %s: %s", qPrintable(url), qPrintable(put.error().message));
    }

    QTranslator m_english;

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(PATHFOLIO_ENGLISH_QM)));
        QCoreApplication::installTranslator(&m_english);
    }

    void rolesAndRows()
    {
        UiTestStore s;
        CacheModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        QVERIFY(model.isEmpty());

        put(s, QStringLiteral("https://z.example/keys.json"), QByteArray(2048, 'k'));
        put(s, QStringLiteral("https://a.example/issuer.json"), QByteArrayLiteral("{\"id\":1}"));
        model.reload();
        QCOMPARE(model.count(), 2);
        // Sorted by URL, whatever the order they were added in.
        QCOMPARE(roleValue(model, 0, "url").toString(), QStringLiteral("https://a.example/issuer.json"));
        QCOMPARE(roleValue(model, 1, "url").toString(), QStringLiteral("https://z.example/keys.json"));
        QCOMPARE(roleValue(model, 0, "source").toString(), QStringLiteral("/home/amira/issuer.json"));
        QCOMPARE(roleValue(model, 0, "sizeText").toString(), QStringLiteral("8 bytes"));
        QCOMPARE(roleValue(model, 1, "sizeText").toString(), QStringLiteral("2.0 KiB"));
        QCOMPARE(roleValue(model, 0, "ageText").toString(), QStringLiteral("today"));
        QCOMPARE(roleValue(model, 0, "addedText").toString(),
                 QLocale().toString(QDate::currentDate(), QStringLiteral("d MMM yyyy")));

        model.setToday(QDate::currentDate().addDays(3));
        QCOMPARE(roleValue(model, 0, "ageText").toString(), QStringLiteral("3 days ago"));

        put(s, QStringLiteral("https://m.example/status.json"), QByteArrayLiteral("[]"));
        QVERIFY(s->cache().remove(QStringLiteral("https://a.example/issuer.json")).ok());
        model.reload();
        QCOMPARE(model.count(), 2);
        QCOMPARE(roleValue(model, 0, "url").toString(), QStringLiteral("https://m.example/status.json"));
        QCOMPARE(countChanged.count(), 1);
    }

    void ageText_data()
    {
        QTest::addColumn<QDateTime>("addedAt");
        QTest::addColumn<QString>("expected");
        const QDate today(2026, 11, 28);
        QTest::newRow("this morning") << QDateTime(today, QTime(6, 0), Qt::UTC) << QStringLiteral("today");
        QTest::newRow("yesterday") << QDateTime(today.addDays(-1), QTime(23, 0), Qt::UTC)
                                   << QStringLiteral("1 day ago");
        QTest::newRow("a month") << QDateTime(today.addDays(-30), QTime(12, 0), Qt::UTC)
                                 << QStringLiteral("30 days ago");
        QTest::newRow("clock ahead") << QDateTime(today.addDays(2), QTime(12, 0), Qt::UTC)
                                     << QStringLiteral("today");
        QTest::newRow("unknown") << QDateTime() << QString();
    }
    void ageText()
    {
        QFETCH(QDateTime, addedAt);
        QFETCH(QString, expected);
        QCOMPARE(CacheModel::ageText(addedAt, QDate(2026, 11, 28)), expected);
    }
};

QTEST_GUILESS_MAIN(tst_CacheModel)
#include "tst_cachemodel.moc"
