#include "ApplicationPackModel.h"
#include "ErrorMessages.h"
#include "PackController.h"
#include "PackItemModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTranslator>

using namespace pf;

// PackController, PackItemModel and ApplicationPackModel: choosing what an application pack holds,
// saving it with its cover words, the refusals, and the packs listed with what they hold.
class tst_PackController : public QObject
{
    Q_OBJECT

    // The row of the item of kind with id in model, or -1.
    static int rowOf(const PackItemModel &model, const QString &kind, qint64 id)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (roleValue(model, row, "kind") == kind && roleValue(model, row, "itemId").toLongLong() == id)
                return row;
        }
        return -1;
    }

    static QList<qint64> idsIn(const QVariantMap &form, const char *key)
    {
        QList<qint64> ids;
        for (const QVariant &v : form.value(QString::fromLatin1(key)).toList())
            ids << v.toLongLong();
        return ids;
    }

    QTranslator m_english;

private slots:
    void initTestCase()
    {
        // The summaries read plural forms, which the English translation holds.
        QVERIFY(m_english.load(QStringLiteral(PATHFOLIO_ENGLISH_QM)));
        QCoreApplication::installTranslator(&m_english);
    }

    void itemsListEveryKindWithWhatIsChosen()
    {
        UiTestStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("User research"), QStringLiteral("UX.1"));
        const qint64 placement = s.addPlacement();
        const qint64 report = s.addEvidence(QStringLiteral("Usability report"), QDate(2026, 5, 1));
        const qint64 notes = s.addEvidence(QStringLiteral("Interview notes"));
        PackItemModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy selection(&model, &PackItemModel::selectionChanged);

        QCOMPARE(model.rowCount(), 4);
        // Grouped by kind, in the order of the list: evidence, internships, competencies.
        QCOMPARE(roleValue(model, 0, "section").toString(), QStringLiteral("Evidence"));
        QCOMPARE(roleValue(model, 2, "section").toString(), QStringLiteral("Internships"));
        QCOMPARE(roleValue(model, 2, "title").toString(), QStringLiteral("Acme GmbH"));
        QVERIFY(roleValue(model, 2, "detail").toString().contains(QStringLiteral("Software intern")));
        QCOMPARE(roleValue(model, 3, "section").toString(), QStringLiteral("Competencies"));
        QVERIFY(roleValue(model, 3, "detail").toString().contains(QStringLiteral("UX.1")));
        QCOMPARE(model.chosenCount(), 0);
        QCOMPARE(model.summary(), QStringLiteral("Nothing chosen"));

        model.setChosen(rowOf(model, QStringLiteral("evidence"), report), true);
        model.setChosen(rowOf(model, QStringLiteral("placement"), placement), true);
        model.setChosen(rowOf(model, QStringLiteral("placement"), placement), true); // unchanged
        model.setChosen(-1, true);                                                   // no such row
        model.setChosen(model.rowCount(), true);
        QCOMPARE(selection.size(), 2);
        QCOMPARE(model.chosenCount(), 2);
        QCOMPARE(roleValue(model, rowOf(model, QStringLiteral("evidence"), report), "chosen").toBool(), true);
        QCOMPARE(roleValue(model, rowOf(model, QStringLiteral("evidence"), notes), "chosen").toBool(), false);
        QVariantMap form = model.selection();
        QCOMPARE(idsIn(form, "evidenceIds"), QList<qint64>{report});
        QCOMPARE(idsIn(form, "placementIds"), QList<qint64>{placement});
        QVERIFY(idsIn(form, "credentialIds").isEmpty());
        QVERIFY(idsIn(form, "competencyIds").isEmpty());

        // All of one kind, then none at all.
        model.chooseAll(QStringLiteral("evidence"), true);
        QCOMPARE(idsIn(model.selection(), "evidenceIds").size(), 2);
        model.chooseAll(QStringLiteral("no-such-kind"), true); // nothing happens
        QCOMPARE(model.chosenCount(), 3);
        model.chooseAll(QString(), false);
        QCOMPARE(model.chosenCount(), 0);

        // A form chooses its items; an item deleted since is no longer chosen.
        model.choose({{QStringLiteral("evidenceIds"), QVariantList{notes}},
                      {QStringLiteral("competencyIds"), QVariantList{competency}}});
        QCOMPARE(model.chosenCount(), 2);
        QVERIFY(s->evidence().remove(notes).ok());
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.chosenCount(), 1);
        QCOMPARE(idsIn(model.selection(), "competencyIds"), QList<qint64>{competency});
    }

    void aFilterNarrowsTheListNotTheChoice()
    {
        UiTestStore s;
        const qint64 report = s.addEvidence(QStringLiteral("Usability report"), QDate(2026, 5, 1));
        const qint64 notes = s.addEvidence(QStringLiteral("Interview notes"));
        s.addPlacement(QStringLiteral("Usable Software GmbH"));
        PackItemModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy filter(&model, &PackItemModel::filterChanged);
        model.setChosen(rowOf(model, QStringLiteral("evidence"), notes), true);

        // Every word must be in the title or the detail, ignoring case.
        model.setFilter(QStringLiteral("USAB"));
        QCOMPARE(model.rowCount(), 2);
        model.setFilter(QStringLiteral("usab  report"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), report);
        QCOMPARE(filter.size(), 2);
        model.setFilter(QStringLiteral("usab  report")); // unchanged: no signal
        QCOMPARE(filter.size(), 2);

        // The hidden choice stays chosen; All and None act on what is listed.
        model.chooseAll(QString(), true);
        QCOMPARE(model.chosenCount(), 2);
        QVERIFY(idsIn(model.selection(), "evidenceIds").contains(notes));
        QVERIFY(idsIn(model.selection(), "evidenceIds").contains(report));
        model.chooseAll(QString(), false);
        QCOMPARE(idsIn(model.selection(), "evidenceIds"), QList<qint64>{notes});
        QCOMPARE(model.summary(), QStringLiteral("1 piece of evidence"));

        model.setFilter(QStringLiteral("nothing like this"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(roleValue(model, rowOf(model, QStringLiteral("evidence"), notes), "chosen").toBool(), true);
    }

    void summaryCountsEachKind()
    {
        ApplicationPack pack;
        pack.credentialIds = {1, 2};
        pack.evidenceIds = {3};
        QCOMPARE(PackItemModel::summaryOf(pack), QStringLiteral("2 badges, 1 piece of evidence"));
        pack.placementIds = {4};
        pack.competencyIds = {5, 6, 7};
        QVERIFY(PackItemModel::summaryOf(pack).endsWith(QStringLiteral("1 internship, 3 competencies")));
    }

    void saveLoadEditRemove()
    {
        UiTestStore s;
        const qint64 report = s.addEvidence(QStringLiteral("Usability report"));
        const qint64 placement = s.addPlacement();
        PackController controller(*s);
        ApplicationPackModel packs(*s);
        QAbstractItemModelTester tester(&packs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&controller, &FormController::changed);

        const qint64 id =
            controller.save({{QStringLiteral("name"), QStringLiteral("  Acme  ")},
                             {QStringLiteral("targetRole"), QStringLiteral("Junior UX designer")},
                             {QStringLiteral("headline"), QStringLiteral("Tests with users")},
                             {QStringLiteral("coverNote"), QStringLiteral("Dear Acme")},
                             {QStringLiteral("evidenceIds"), QVariantList{report}},
                             {QStringLiteral("placementIds"), QVariantList{placement}}});
        QVERIFY2(id > 0, qPrintable(controller.errorMessage()));
        QCOMPARE(changed.size(), 1);
        QVariantMap form = controller.load(id);
        QCOMPARE(form.value(QStringLiteral("name")).toString(), QStringLiteral("Acme"));
        QCOMPARE(form.value(QStringLiteral("targetRole")).toString(), QStringLiteral("Junior UX designer"));
        QCOMPARE(form.value(QStringLiteral("coverNote")).toString(), QStringLiteral("Dear Acme"));
        QCOMPARE(idsIn(form, "evidenceIds"), QList<qint64>{report});
        QCOMPARE(idsIn(form, "placementIds"), QList<qint64>{placement});

        packs.reload();
        QCOMPARE(packs.rowCount(), 1);
        QCOMPARE(roleValue(packs, 0, "name").toString(), QStringLiteral("Acme"));
        QCOMPARE(roleValue(packs, 0, "packId").toLongLong(), id);
        QCOMPARE(roleValue(packs, 0, "summary").toString(),
                 QStringLiteral("1 piece of evidence, 1 internship"));
        QCOMPARE(roleValue(packs, 0, "targetRole").toString(), QStringLiteral("Junior UX designer"));

        // Edited: fewer items; the cover words alone, items unchanged.
        form.insert(QStringLiteral("placementIds"), QVariantList{});
        QCOMPARE(controller.save(form), id);
        QVERIFY(s->packs().get(id)->placementIds.isEmpty());
        QVERIFY(controller.saveCover(id, {{QStringLiteral("targetRole"), QStringLiteral("UX researcher ")},
                                          {QStringLiteral("headline"), QString()},
                                          {QStringLiteral("coverNote"), QStringLiteral("Hello")}}));
        auto saved = s->packs().get(id);
        QCOMPARE(saved->targetRole, QStringLiteral("UX researcher"));
        QCOMPARE(saved->coverNote, QStringLiteral("Hello"));
        QCOMPARE(saved->evidenceIds, QList<qint64>{report});
        QCOMPARE(changed.size(), 3);

        QVERIFY(controller.deleteQuestion(id).contains(QStringLiteral("Acme")));
        QVERIFY(controller.remove(id));
        packs.reload();
        QCOMPARE(packs.rowCount(), 0);
        QCOMPARE(s->evidence().count(), 1); // its items stay
    }

    void refusesWhatCannotBeAPack()
    {
        UiTestStore s;
        const qint64 report = s.addEvidence(QStringLiteral("Usability report"));
        PackController controller(*s);
        QSignalSpy changed(&controller, &FormController::changed);
        QSignalSpy failed(&controller, &FormController::failed);

        // No name and nothing chosen: both fields say so.
        QCOMPARE(controller.save({{QStringLiteral("name"), QStringLiteral("   ")}}), 0);
        QCOMPARE(controller.fieldErrors().value(QStringLiteral("packName")).toString(),
                 ErrorMessages::forField(QStringLiteral("packName"), ErrorCode::InvalidArgument));
        QCOMPARE(controller.fieldErrors().value(QStringLiteral("packItems")).toString(),
                 ErrorMessages::forField(QStringLiteral("packItems"), ErrorCode::InvalidArgument));
        QVERIFY(!controller.errorMessage().isEmpty());

        // A name another pack has, ignoring case, is refused under the name.
        QVERIFY(controller.save({{QStringLiteral("name"), QStringLiteral("Acme")},
                                 {QStringLiteral("evidenceIds"), QVariantList{report}}}) > 0);
        QCOMPARE(controller.save({{QStringLiteral("name"), QStringLiteral("ACME")},
                                  {QStringLiteral("evidenceIds"), QVariantList{report}}}),
                 0);
        QCOMPARE(controller.fieldErrors().value(QStringLiteral("packName")).toString(),
                 ErrorMessages::forField(QStringLiteral("packName"), ErrorCode::Duplicate));
        QVERIFY(controller.fieldErrors().value(QStringLiteral("packName")).toString() !=
                ErrorMessages::sentence(ErrorCode::Duplicate));

        // An item that is not there: refused above the form, nothing saved.
        QCOMPARE(controller.save({{QStringLiteral("name"), QStringLiteral("Ghost")},
                                  {QStringLiteral("credentialIds"), QVariantList{4242}}}),
                 0);
        QCOMPARE(controller.errorMessage(), ErrorMessages::sentence(ErrorCode::NotFound));
        QCOMPARE(s->packs().list()->size(), 1);
        QCOMPARE(changed.size(), 1);

        // A pack that is gone: load, saveCover and remove report it to the window.
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("not_found")));
        QVERIFY(controller.load(999).isEmpty());
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("not_found")));
        QVERIFY(!controller.saveCover(999, {}));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("not_found")));
        QVERIFY(!controller.remove(999));
        QCOMPARE(failed.size(), 3);
        QCOMPARE(controller.deleteQuestion(999), QStringLiteral("Delete this pack?"));
    }
};

QTEST_MAIN(tst_PackController)
#include "tst_packcontroller.moc"
