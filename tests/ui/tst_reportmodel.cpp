#include "ReportModel.h"
#include "ReportText.h"
#include "UiTestStore.h"
#include "verify/VerificationReport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTranslator>

using namespace pf;

// ReportModel (a report check by check) and ReportText, the one mapping from core's results and reason
// codes to what the reader sees.
class tst_ReportModel : public QObject
{
    Q_OBJECT

    QTranslator m_english;

    static VerificationReport sampleReport()
    {
        VerificationReport r;
        r.format = QStringLiteral("ob3-json");
        r.name = QStringLiteral("Data literacy");
        r.verifiedAt = QDateTime(QDate(2026, 5, 3), QTime(10, 0), Qt::UTC);
        const DataSource status{QStringLiteral("status list"), QStringLiteral("https://u.example/status/1"),
                                QStringLiteral("offline cache"),
                                QDateTime(QDate(2026, 4, 21), QTime(9, 0), Qt::UTC)};
        const DataSource context{QStringLiteral("JSON-LD context"),
                                 QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                                 QStringLiteral("bundled"),
                                 {}};
        r.checks << Check::valid(QStringLiteral("format"), QStringLiteral("read as ob3-json"))
                 << Check::valid(QStringLiteral("proof"), QStringLiteral("signature verified"), {context})
                 << Check::invalid(QStringLiteral("status"), ReasonCode::Revoked,
                                   QStringLiteral("revoked at index 7"), {status})
                 << Check::unknown(QStringLiteral("recipient"), ReasonCode::RecipientMismatch,
                                   QStringLiteral("no identifier matches"))
                 << Check::unchecked(QStringLiteral("trust"), QStringLiteral("no trust list"));
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(PATHFOLIO_ENGLISH_QM)));
        QCoreApplication::installTranslator(&m_english);
    }

    void checksAreRows()
    {
        ReportModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &ReportModel::reportChanged);
        QVERIFY(model.isEmpty());
        QCOMPARE(model.resultText(), QStringLiteral("Not verified yet"));

        model.setReport(sampleReport().toJson());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.count(), 5);
        QCOMPARE(model.result(), QStringLiteral("invalid"));
        QCOMPARE(model.resultText(), QStringLiteral("Failed"));
        QCOMPARE(model.resultIcon(), QStringLiteral("invalid"));
        QCOMPARE(model.resultTone(), QStringLiteral("bad"));
        QVERIFY(!model.resultSentence().isEmpty());
        QVERIFY(!model.verifiedAtText().isEmpty());

        QCOMPARE(roleValue(model, 0, "name").toString(), QStringLiteral("format"));
        QCOMPARE(roleValue(model, 0, "resultText").toString(), QStringLiteral("Verified"));
        QCOMPARE(roleValue(model, 2, "name").toString(), QStringLiteral("status"));
        QCOMPARE(roleValue(model, 2, "result").toString(), QStringLiteral("invalid"));
        QCOMPARE(roleValue(model, 2, "code").toString(), QStringLiteral("revoked"));
        QCOMPARE(roleValue(model, 2, "sentence").toString(),
                 ReportText::reasonSentence(QStringLiteral("revoked")));
        QCOMPARE(roleValue(model, 2, "detail").toString(), QStringLiteral("revoked at index 7"));
        const QStringList sources = roleValue(model, 2, "sources").toStringList();
        QCOMPARE(sources.size(), 1);
        QVERIFY2(sources.first().startsWith(
                     QStringLiteral("Status list, https://u.example/status/1: offline cache, added ")),
                 qPrintable(sources.first()));
        QCOMPARE(roleValue(model, 1, "sources").toStringList(),
                 QStringList{QStringLiteral(
                     "Vocabulary, https://www.w3.org/ns/credentials/v2: built into Pathfolio")});
        QCOMPARE(roleValue(model, 3, "resultText").toString(), QStringLiteral("Could not check"));
        QCOMPARE(roleValue(model, 4, "resultText").toString(), QStringLiteral("Not checked"));
        QVERIFY(!roleValue(model, 0, "title").toString().isEmpty());
        QVERIFY(roleValue(model, 0, "title").toString() != QStringLiteral("format"));

        model.setReport({});
        QVERIFY(model.isEmpty());
        QCOMPARE(model.verifiedAtText(), QString());
    }

    void everyResultHasItsOwnTextIconAndTone()
    {
        QSet<QString> texts, icons, tones;
        for (const char *result : {"valid", "invalid", "unknown", "unchecked"}) {
            texts.insert(ReportText::resultText(QLatin1String(result)));
            icons.insert(ReportText::resultIcon(QLatin1String(result)));
            tones.insert(ReportText::resultTone(QLatin1String(result)));
            QVERIFY(!ReportText::resultSentence(QLatin1String(result)).isEmpty());
        }
        // Never colour alone: the four results differ in words and in the icon's shape.
        QCOMPARE(texts.size(), 4);
        QCOMPARE(icons.size(), 4);
        QVERIFY(tones.size() >= 3);
    }

    void everyReasonCodeHasASentence()
    {
        QSet<QString> sentences;
        for (int c = int(ReasonCode::Malformed); c <= int(ReasonCode::UntrustedIssuer); ++c) {
            const QString code = reasonCodeName(ReasonCode(c));
            QVERIFY(!code.isEmpty());
            const QString sentence = ReportText::reasonSentence(code);
            QVERIFY2(!sentence.isEmpty(), qPrintable(code));
            sentences.insert(sentence);
        }
        QCOMPARE(sentences.size(), int(ReasonCode::UntrustedIssuer)); // no two codes read the same
        QCOMPARE(ReportText::reasonSentence(QStringLiteral("no_such_code")), QString());
        QCOMPARE(ReportText::reasonSentence({}), QString());
    }

    void agesReadAsPeopleSayThem()
    {
        const QDateTime now(QDate(2026, 5, 13), QTime(12, 0), Qt::UTC);
        QCOMPARE(ReportText::age(now.addSecs(-3600), now), QStringLiteral("today"));
        QCOMPARE(ReportText::age(now.addDays(-1), now), QStringLiteral("yesterday"));
        QCOMPARE(ReportText::age(now.addDays(-12), now), QStringLiteral("12 days ago"));
        QCOMPARE(ReportText::age(now.addDays(3), now), QStringLiteral("today")); // a clock set wrong
    }
};

QTEST_GUILESS_MAIN(tst_ReportModel)
#include "tst_reportmodel.moc"
