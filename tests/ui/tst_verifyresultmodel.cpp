#include "ReportText.h"
#include "UiTestStore.h"
#include "VerifyResultModel.h"
#include "verify/VerificationReport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pf;

// VerifyResultModel: one row per credential found in the files of a Verify page run.
class tst_VerifyResultModel : public QObject
{
    Q_OBJECT

    static QJsonObject report(const QString &file, const QString &format, const QString &name,
                              QList<Check> checks)
    {
        VerificationReport r;
        r.file = file;
        r.format = format;
        r.name = name;
        r.verifiedAt = QDateTime(QDate(2026, 5, 3), QTime(10, 0), Qt::UTC);
        r.checks = std::move(checks);
        return r.toJson();
    }

private slots:
    void rowsSayWhatEachFileHolds()
    {
        VerifyResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &VerifyResultModel::countChanged);
        QVERIFY(model.isEmpty());

        const QList<QJsonObject> reports{
            report(QStringLiteral("/in/good.json"), QStringLiteral("ob3-json"), QStringLiteral("Teamwork"),
                   {Check::valid(QStringLiteral("format"), {}), Check::valid(QStringLiteral("proof"), {})}),
            report(QStringLiteral("/in/unsigned.json"), QStringLiteral("ob3-json"), {},
                   {Check::valid(QStringLiteral("format"), {}),
                    Check::unknown(QStringLiteral("status"), ReasonCode::StatusUnavailable, {}),
                    Check::invalid(QStringLiteral("proof"), ReasonCode::NoProof, {})}),
            report(QStringLiteral("/in/photo.jpg"), {}, {},
                   {Check::invalid(QStringLiteral("format"), ReasonCode::Malformed,
                                   QStringLiteral("not a badge"))}),
        };
        model.setReports(reports);
        QCOMPARE(model.count(), 3);
        QCOMPARE(countChanged.size(), 1);

        QCOMPARE(roleValue(model, 0, "file").toString(), QStringLiteral("/in/good.json"));
        QCOMPARE(roleValue(model, 0, "fileName").toString(), QStringLiteral("good.json"));
        QCOMPARE(roleValue(model, 0, "name").toString(), QStringLiteral("Teamwork"));
        QCOMPARE(roleValue(model, 0, "result").toString(), QStringLiteral("valid"));
        QCOMPARE(roleValue(model, 0, "resultText").toString(),
                 ReportText::resultText(QStringLiteral("valid")));
        QCOMPARE(roleValue(model, 0, "sentence").toString(),
                 ReportText::resultSentence(QStringLiteral("valid")));
        QVERIFY(!roleValue(model, 0, "formatText").toString().isEmpty());
        QCOMPARE(roleValue(model, 0, "readable").toBool(), true);

        // A credential without a name goes by its file; the sentence is the failing check's, not the
        // first check that merely could not run.
        QCOMPARE(roleValue(model, 1, "name").toString(), QStringLiteral("unsigned.json"));
        QCOMPARE(roleValue(model, 1, "result").toString(), QStringLiteral("invalid"));
        QCOMPARE(roleValue(model, 1, "sentence").toString(),
                 ReportText::reasonSentence(QStringLiteral("no_proof")));
        QCOMPARE(roleValue(model, 1, "resultTone").toString(), QStringLiteral("bad"));

        // A file that holds no credential cannot be added to the library.
        QCOMPARE(roleValue(model, 2, "readable").toBool(), false);
        QCOMPARE(roleValue(model, 2, "formatText").toString(), QString());
        QCOMPARE(roleValue(model, 2, "sentence").toString(),
                 ReportText::reasonSentence(QStringLiteral("malformed")));

        QCOMPARE(model.reportAt(1), reports.at(1));
        QCOMPARE(model.reportAt(7), QJsonObject());

        model.setReports(reports); // same count: no countChanged
        QCOMPARE(countChanged.size(), 1);
        model.setReports({});
        QVERIFY(model.isEmpty());
        QCOMPARE(countChanged.size(), 2);
    }

    void aPortfolioAndWhatItCarriesAreNotImportable()
    {
        VerifyResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &VerifyResultModel::countChanged);
        const QList<Check> credentialChecks{Check::valid(QStringLiteral("format"), {}),
                                            Check::valid(QStringLiteral("proof"), {})};
        model.setReports({
            report(QStringLiteral("/in/portfolio.json"), QStringLiteral("portfolio-bundle"), {},
                   {Check::valid(QStringLiteral("format"), {}), Check::valid(QStringLiteral("manifest"), {}),
                    Check::unchecked(QStringLiteral("proof"), {})}),
            report(QStringLiteral("/in/portfolio.json#badge.json"), QStringLiteral("ob3-json"),
                   QStringLiteral("Teamwork"), credentialChecks),
            report(QStringLiteral("/in/good.json"), QStringLiteral("ob3-json"), {}, credentialChecks),
        });
        QCOMPARE(countChanged.size(), 1);
        QCOMPARE(model.importableCount(), 1);
        QVERIFY(!model.isImportable(0));
        QVERIFY(!model.isImportable(1));
        QVERIFY(model.isImportable(2));
        QVERIFY(!model.isImportable(3));
        QCOMPARE(roleValue(model, 0, "portfolio").toBool(), true);
        QCOMPARE(roleValue(model, 0, "readable").toBool(), false);
        QCOMPARE(roleValue(model, 1, "readable").toBool(), false);
        QCOMPARE(roleValue(model, 2, "readable").toBool(), true);
        QCOMPARE(roleValue(model, 1, "fileName").toString(), QStringLiteral("badge.json in portfolio.json"));
        QCOMPARE(roleValue(model, 2, "fileName").toString(), QStringLiteral("good.json"));
        // The portfolio's own report speaks of a portfolio, not of a credential.
        QCOMPARE(roleValue(model, 0, "result").toString(), QStringLiteral("unchecked"));
        QCOMPARE(roleValue(model, 0, "sentence").toString(),
                 ReportText::checkSentence(QStringLiteral("proof"), QStringLiteral("unchecked"), {},
                                           QStringLiteral("portfolio-bundle")));
        QVERIFY(roleValue(model, 0, "sentence").toString() !=
                ReportText::checkSentence(QStringLiteral("proof"), QStringLiteral("unchecked"), {}));
        QVERIFY(roleValue(model, 0, "formatText").toString().contains(QStringLiteral("portfolio")));

        // Same number of rows, but fewer importable: announced.
        model.setReports({
            report(QStringLiteral("/in/portfolio.json"), QStringLiteral("portfolio-bundle"), {},
                   {Check::valid(QStringLiteral("format"), {})}),
            report(QStringLiteral("/in/portfolio.json#a.json"), QStringLiteral("ob3-json"), {},
                   credentialChecks),
            report(QStringLiteral("/in/portfolio.json#b.json"), QStringLiteral("ob3-json"), {},
                   credentialChecks),
        });
        QCOMPARE(countChanged.size(), 2);
        QCOMPARE(model.importableCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_VerifyResultModel)
#include "tst_verifyresultmodel.moc"
