#include "ErrorMessages.h"
#include "LogEntryController.h"
#include "PlacementController.h"
#include "UiTestStore.h"

#include <QSignalSpy>

using namespace pf;

// PlacementController and LogEntryController: the Internships page's forms and deletes.
class tst_PlacementController : public QObject
{
    Q_OBJECT

    static QVariantMap placementForm()
    {
        return {{QStringLiteral("organisation"), QStringLiteral("Northwind Digital")},
                {QStringLiteral("role"), QStringLiteral("UX intern")},
                {QStringLiteral("kind"), QStringLiteral("internship")},
                {QStringLiteral("supervisorName"), QStringLiteral("Jonas Becker")},
                {QStringLiteral("supervisorEmail"), QStringLiteral("jonas@northwind.example")},
                {QStringLiteral("startDate"), QStringLiteral("2026-06-01")},
                {QStringLiteral("endDate"), QStringLiteral("2026-07-10")}};
    }

private slots:
    void addPlacementAndLogEntry()
    {
        UiTestStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("Teamwork"));
        PlacementController placements(*s);
        LogEntryController entries(*s);
        QSignalSpy placementChanged(&placements, &FormController::changed);
        QSignalSpy entryChanged(&entries, &FormController::changed);

        const qint64 placement = placements.save(placementForm());
        QVERIFY2(placement > 0, qPrintable(placements.errorMessage()));
        QCOMPARE(placementChanged.count(), 1);
        auto stored = s->placements().get(placement);
        QVERIFY(stored.ok());
        QCOMPARE(stored->organisation, QStringLiteral("Northwind Digital"));
        QCOMPARE(stored->endDate, QDate(2026, 7, 10));
        QCOMPARE(placements.load(placement).value(QStringLiteral("startDate")).toString(),
                 QStringLiteral("2026-06-01"));

        // A new entry's form starts inside the placement.
        const QVariantMap blank = entries.blank(placement);
        const QDate blankDate =
            QDate::fromString(blank.value(QStringLiteral("date")).toString(), Qt::ISODate);
        QVERIFY(blankDate >= QDate(2026, 6, 1) && blankDate <= QDate(2026, 7, 10));

        const qint64 entry = entries.save({{QStringLiteral("placementId"), placement},
                                           {QStringLiteral("date"), QStringLiteral("2026-06-02")},
                                           {QStringLiteral("hours"), QStringLiteral("7,5")},
                                           {QStringLiteral("activities"), QStringLiteral("Usability test")},
                                           {QStringLiteral("competencyIds"), QVariantList{competency}}});
        QVERIFY2(entry > 0, qPrintable(entries.errorMessage()));
        QCOMPARE(entryChanged.count(), 1);
        auto logged = s->logEntries().get(entry);
        QVERIFY(logged.ok());
        QCOMPARE(logged->centiHours, 750);
        QCOMPARE(logged->competencyIds, QList<qint64>{competency});
        QCOMPARE(entries.load(entry).value(QStringLiteral("hours")).toString(), QStringLiteral("7.5"));
        QCOMPARE(*s->placements().totalCentiHours(placement), 750);

        // Editing the entry keeps its placement.
        QCOMPARE(entries.save({{QStringLiteral("id"), entry},
                               {QStringLiteral("date"), QStringLiteral("2026-06-03")},
                               {QStringLiteral("hours"), QStringLiteral("8")}}),
                 entry);
        QCOMPARE(s->logEntries().get(entry)->placementId, placement);
        QCOMPARE(s->logEntries().get(entry)->centiHours, 800);
    }

    void placementValidation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("no organisation")
            << "organisation" << QVariant(QString()) << "organisation" << int(ErrorCode::InvalidArgument);
        QTest::newRow("no role") << "role" << QVariant(QStringLiteral(" ")) << "role"
                                 << int(ErrorCode::InvalidArgument);
        QTest::newRow("bad e-mail") << "supervisorEmail" << QVariant(QStringLiteral("jonas at work"))
                                    << "supervisorEmail" << int(ErrorCode::InvalidArgument);
        QTest::newRow("no start") << "startDate" << QVariant(QString()) << "startDate"
                                  << int(ErrorCode::InvalidDate);
        QTest::newRow("end before start")
            << "endDate" << QVariant(QStringLiteral("2026-05-01")) << "endDate" << int(ErrorCode::DateOrder);
        QTest::newRow("unknown kind")
            << "kind" << QVariant(QStringLiteral("holiday")) << "kind" << int(ErrorCode::InvalidArgument);
    }

    void placementValidation()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, field);
        QFETCH(int, code);
        UiTestStore s;
        PlacementController placements(*s);
        QVariantMap form = placementForm();
        form.insert(key, value);
        QCOMPARE(placements.save(form), 0);
        QCOMPARE(placements.fieldErrors().value(field).toString(),
                 ErrorMessages::forField(field, ErrorCode(code)));
        QVERIFY(!placements.errorMessage().isEmpty());
        QCOMPARE(s->placements().count(), 0);
    }

    void logEntryValidation_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("hours");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("no hours") << "2026-06-02"
                                  << ""
                                  << "hours" << int(ErrorCode::HoursOutOfRange);
        QTest::newRow("too many hours") << "2026-06-02"
                                        << "25"
                                        << "hours" << int(ErrorCode::HoursOutOfRange);
        QTest::newRow("three decimals") << "2026-06-02"
                                        << "1.125"
                                        << "hours" << int(ErrorCode::HoursOutOfRange);
        QTest::newRow("not a date") << "2 June"
                                    << "4"
                                    << "date" << int(ErrorCode::InvalidDate);
        // Only core knows the placement's dates; its refusal still lands under the date field.
        QTest::newRow("outside the placement") << "2026-08-01"
                                               << "4"
                                               << "date" << int(ErrorCode::DateOrder);
    }

    void logEntryValidation()
    {
        QFETCH(QString, date);
        QFETCH(QString, hours);
        QFETCH(QString, field);
        QFETCH(int, code);
        UiTestStore s;
        const qint64 placement =
            s.addPlacement(QStringLiteral("Acme"), QDate(2026, 6, 1), QDate(2026, 7, 10));
        LogEntryController entries(*s);
        QSignalSpy changed(&entries, &FormController::changed);
        QCOMPARE(entries.save({{QStringLiteral("placementId"), placement},
                               {QStringLiteral("date"), date},
                               {QStringLiteral("hours"), hours}}),
                 0);
        QCOMPARE(entries.fieldErrors().value(field).toString(),
                 ErrorMessages::forField(field, ErrorCode(code)));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(s->logEntries().count(), 0);
    }

    void newDatesMustKeepTheLog()
    {
        UiTestStore s;
        const qint64 placement =
            s.addPlacement(QStringLiteral("Acme"), QDate(2026, 6, 1), QDate(2026, 7, 10));
        s.addLogEntry(placement, QDate(2026, 7, 1), 400);
        PlacementController placements(*s);
        QVariantMap form = placements.load(placement);
        form.insert(QStringLiteral("endDate"), QStringLiteral("2026-06-15"));
        QCOMPARE(placements.save(form), 0);
        QCOMPARE(placements.fieldErrors().value(QStringLiteral("placementDates")).toString(),
                 ErrorMessages::forField(QStringLiteral("placementDates"), ErrorCode::DateOrder));
    }

    void deletingAPlacementWithItsLog()
    {
        UiTestStore s;
        const qint64 placement = s.addPlacement(QStringLiteral("Acme GmbH"));
        s.addLogEntry(placement, QDate(2026, 3, 3), 400);
        s.addLogEntry(placement, QDate(2026, 3, 4), 400);
        PlacementController placements(*s);
        const QString question = placements.deleteQuestion(placement);
        QVERIFY2(question.contains(QStringLiteral("Acme GmbH")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("2")), qPrintable(question));

        QSignalSpy changed(&placements, &FormController::changed);
        QVERIFY(placements.remove(placement));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s->placements().count(), 0);
        QCOMPARE(s->logEntries().count(), 0);

        const qint64 empty = s.addPlacement(QStringLiteral("Quiet Ltd"));
        QVERIFY(!placements.deleteQuestion(empty).contains(QStringLiteral("log")));
    }

    void deletingALogEntry()
    {
        UiTestStore s;
        const qint64 placement = s.addPlacement();
        const qint64 entry = s.addLogEntry(placement, QDate(2026, 3, 3), 450);
        LogEntryController entries(*s);
        QVERIFY(entries.deleteQuestion(entry).contains(QStringLiteral("4.5 h")));
        QVERIFY(entries.remove(entry));
        QCOMPARE(s->logEntries().count(), 0);
        QSignalSpy failed(&entries, &FormController::failed);
        QVERIFY(!entries.remove(entry));
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_PlacementController)
#include "tst_placementcontroller.moc"
