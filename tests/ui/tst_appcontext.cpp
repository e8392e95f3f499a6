#include "AppContext.h"
#include "UiTestStore.h"

#include <QSignalSpy>

using namespace pf;

// AppContext: a save through any controller is read again by every model, and failures reach the banner.
class tst_AppContext : public QObject
{
    Q_OBJECT

private slots:
    void savesRefreshEveryView()
    {
        UiTestStore s;
        AppContext context(*s, {});
        QCOMPARE(context.overview()->evidenceCount(), 0);
        QVERIFY(context.evidenceModel()->isEmpty());

        const qint64 competency =
            context.competencies()->save({{QStringLiteral("title"), QStringLiteral("Teamwork")}});
        QVERIFY(competency > 0);
        QCOMPARE(context.competencyModel()->count(), 1);

        QVERIFY(context.evidence()->save({{QStringLiteral("title"), QStringLiteral("Group project")},
                                          {QStringLiteral("kind"), QStringLiteral("note")},
                                          {QStringLiteral("competencyIds"), QVariantList{competency}}}) > 0);
        QCOMPARE(context.evidenceModel()->count(), 1);
        QCOMPARE(context.overview()->evidenceCount(), 1);
        QCOMPARE(roleValue(*context.competencyModel(), 0, "evidenceCount").toInt(), 1);

        const qint64 placement =
            context.placements()->save({{QStringLiteral("organisation"), QStringLiteral("Acme")},
                                        {QStringLiteral("role"), QStringLiteral("Intern")},
                                        {QStringLiteral("kind"), QStringLiteral("internship")},
                                        {QStringLiteral("startDate"), QStringLiteral("2026-03-02")}});
        QVERIFY(placement > 0);
        context.logEntryModel()->setPlacementId(placement);
        QVERIFY(context.logEntries()->save({{QStringLiteral("placementId"), placement},
                                            {QStringLiteral("date"), QStringLiteral("2026-03-03")},
                                            {QStringLiteral("hours"), QStringLiteral("6")}}) > 0);
        QCOMPARE(context.logEntryModel()->count(), 1);
        QCOMPARE(roleValue(*context.placementModel(), 0, "totalHoursText").toString(), QStringLiteral("6 h"));
        QCOMPARE(context.overview()->totalHoursText(), QStringLiteral("6 h"));
        QCOMPARE(context.overview()->logEntryCount(), 1);
    }

    void failuresReachTheBanner()
    {
        UiTestStore s;
        AppContext context(*s, {});
        QSignalSpy errorChanged(&context, &AppContext::errorTextChanged);
        QVERIFY(!context.evidence()->remove(42));
        QCOMPARE(errorChanged.count(), 1);
        QVERIFY(!context.errorText().isEmpty());
        context.dismissError();
        QCOMPARE(context.errorText(), QString());
    }

    void nextStepsFollowTheContent()
    {
        UiTestStore s;
        AppContext context(*s, {});
        QVERIFY(context.overview()->isEmpty());
        const auto pages = [&context] {
            QStringList list;
            for (const QVariant &step : context.overview()->nextSteps())
                list << step.toMap().value(QStringLiteral("page")).toString();
            return list;
        };
        QCOMPARE(pages(), (QStringList{QStringLiteral("competencies"), QStringLiteral("evidence"),
                                       QStringLiteral("internships")}));
        s.addEvidence(QStringLiteral("A note"));
        context.reloadAll();
        QVERIFY(!pages().contains(QStringLiteral("evidence")));
        QVERIFY(!context.overview()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AppContext)
#include "tst_appcontext.moc"
