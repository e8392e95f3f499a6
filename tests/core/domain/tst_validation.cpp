#include "domain/Validation.h"

#include <QTest>

using namespace pf;

// Dates, hours and e-mail addresses as the forms and the CLI accept them.
class tst_Validation : public QObject
{
    Q_OBJECT

private slots:
    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::newRow("plain") << "2026-03-01" << int(ErrorCode::None);
        QTest::newRow("padded") << "  2026-03-01 " << int(ErrorCode::None);
        QTest::newRow("leap day") << "2028-02-29" << int(ErrorCode::None);
        QTest::newRow("no leap day") << "2026-02-29" << int(ErrorCode::InvalidDate);
        QTest::newRow("month 13") << "2026-13-01" << int(ErrorCode::InvalidDate);
        QTest::newRow("day first") << "01.03.2026" << int(ErrorCode::InvalidDate);
        QTest::newRow("short year") << "26-03-01" << int(ErrorCode::InvalidDate);
        QTest::newRow("with time") << "2026-03-01T10:00" << int(ErrorCode::InvalidDate);
        QTest::newRow("empty") << "" << int(ErrorCode::InvalidDate);
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        const auto date = validation::parseDate(text, QStringLiteral("--date"));
        QCOMPARE(int(date.code()), code);
        if (date)
            QCOMPARE(date->toString(Qt::ISODate), text.trimmed());
        else
            QVERIFY(date.error().message.contains(QStringLiteral("--date")));
    }

    void parseHours_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("centi");
        QTest::newRow("whole") << "8" << 800;
        QTest::newRow("half") << "7.5" << 750;
        QTest::newRow("quarter") << "0.25" << 25;
        QTest::newRow("comma") << "3,75" << 375;
        QTest::newRow("smallest") << "0.01" << 1;
        QTest::newRow("a full day") << "24" << 2400;
        QTest::newRow("24.00") << "24.00" << 2400;
        QTest::newRow("zero") << "0" << -1;
        QTest::newRow("over a day") << "24.01" << -1;
        QTest::newRow("negative") << "-1" << -1;
        QTest::newRow("three decimals") << "1.125" << -1;
        QTest::newRow("words") << "eight" << -1;
        QTest::newRow("empty") << "" << -1;
    }
    void parseHours()
    {
        QFETCH(QString, text);
        QFETCH(int, centi);
        const auto hours = validation::parseHours(text);
        if (centi < 0) {
            QCOMPARE(hours.code(), ErrorCode::HoursOutOfRange);
        } else {
            QVERIFY2(hours.ok(), qPrintable(hours.ok() ? QString() : hours.error().message));
            QCOMPARE(*hours, centi);
        }
    }

    void email()
    {
        QVERIFY(validation::isPlausibleEmail(QStringLiteral("dana@acme.example")));
        QVERIFY(!validation::isPlausibleEmail(QStringLiteral("dana@acme")));
        QVERIFY(!validation::isPlausibleEmail(QStringLiteral("dana acme@x.org")));
        QVERIFY(!validation::isPlausibleEmail(QStringLiteral("@acme.example")));
    }

    void requireText()
    {
        QVERIFY(validation::requireText(QStringLiteral("x"), QStringLiteral("title")).ok());
        QCOMPARE(validation::requireText(QStringLiteral("  "), QStringLiteral("title")).code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(validation::requireText(QString(501, u'a'), QStringLiteral("title")).code(),
                 ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
