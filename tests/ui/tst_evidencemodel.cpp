#include "EvidenceModel.h"
#include "UiTestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pf;

// EvidenceModel: rows follow the store, newest first, with the roles the Evidence page binds to.
class tst_EvidenceModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesOfAnItem()
    {
        UiTestStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("Programming"), QStringLiteral("3.4"));
        Evidence e;
        e.title = QStringLiteral("Capstone report");
        e.kind = Evidence::Kind::File;
        e.course = QStringLiteral("ENG 401");
        e.term = QStringLiteral("Spring 2026");
        e.date = QDate(2026, 5, 14);
        e.tags = {QStringLiteral("robotics")};
        e.competencyIds = {competency};
        e.reflection = QStringLiteral("I learnt to plan");
        const QString pdf = s.file(QStringLiteral("report.pdf"), QByteArrayLiteral("%PDF-1.4\n%%EOF\n"));
        QVERIFY(s->evidence().create(e, {pdf}).ok());

        EvidenceModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.count(), 1);
        QVERIFY(!model.isEmpty());
        QCOMPARE(roleValue(model, 0, "title").toString(), QStringLiteral("Capstone report"));
        QCOMPARE(roleValue(model, 0, "kind").toString(), QStringLiteral("file"));
        QCOMPARE(roleValue(model, 0, "kindLabel").toString(), QStringLiteral("File"));
        QCOMPARE(roleValue(model, 0, "date").toString(), QStringLiteral("2026-05-14"));
        QCOMPARE(roleValue(model, 0, "dateText").toString(), QStringLiteral("14 May 2026"));
        QCOMPARE(roleValue(model, 0, "contextText").toString(),
                 QStringLiteral("ENG 401 · Spring 2026 · 14 May 2026"));
        QCOMPARE(roleValue(model, 0, "tags").toStringList(), QStringList{QStringLiteral("robotics")});
        QCOMPARE(roleValue(model, 0, "competencyTitles").toStringList(),
                 QStringList{QStringLiteral("Programming")});
        QCOMPARE(roleValue(model, 0, "reflection").toString(), QStringLiteral("I learnt to plan"));
        QCOMPARE(roleValue(model, 0, "fileCount").toInt(), 1);
        const QVariantMap file = roleValue(model, 0, "files").toList().value(0).toMap();
        QCOMPARE(file.value(QStringLiteral("name")).toString(), QStringLiteral("report.pdf"));
        QCOMPARE(file.value(QStringLiteral("isPdf")).toBool(), true);
        QVERIFY(file.value(QStringLiteral("previewUrl")).toUrl().isLocalFile());
        QCOMPARE(model.indexOf(roleValue(model, 0, "itemId").toLongLong()), 0);
        QCOMPARE(model.indexOf(9999), -1);
    }

    void addEditRemoveRows()
    {
        UiTestStore s;
        EvidenceModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.count(), 0);
        QVERIFY(model.isEmpty());

        const qint64 older = s.addEvidence(QStringLiteral("Older"), QDate(2026, 1, 10));
        model.reload();
        QCOMPARE(model.count(), 1);
        QCOMPARE(countChanged.count(), 1);

        // A newer item goes in at the top, as one inserted row.
        const qint64 newer = s.addEvidence(QStringLiteral("Newer"), QDate(2026, 2, 10));
        model.reload();
        QCOMPARE(model.count(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(roleValue(model, 0, "title").toString(), QStringLiteral("Newer"));
        QCOMPARE(roleValue(model, 1, "title").toString(), QStringLiteral("Older"));

        // An edit changes the row in place.
        auto item = s->evidence().get(older);
        QVERIFY(item.ok());
        item->title = QStringLiteral("Older, renamed");
        QVERIFY(s->evidence().update(*item).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QCOMPARE(model.count(), 2);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(roleValue(model, 1, "title").toString(), QStringLiteral("Older, renamed"));

        // A removal takes out exactly that row.
        QVERIFY(s->evidence().remove(newer).ok());
        model.reload();
        QCOMPARE(model.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.last().at(1).toInt(), 0);
        QCOMPARE(roleValue(model, 0, "itemId").toLongLong(), older);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(countChanged.count(), 3);
    }

    void reorderingResets()
    {
        UiTestStore s;
        const qint64 a = s.addEvidence(QStringLiteral("A"), QDate(2026, 1, 1));
        s.addEvidence(QStringLiteral("B"), QDate(2026, 2, 1));
        EvidenceModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(roleValue(model, 0, "title").toString(), QStringLiteral("B"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        auto item = s->evidence().get(a);
        QVERIFY(item.ok());
        item->date = QDate(2026, 3, 1);
        QVERIFY(s->evidence().update(*item).ok());
        model.reload();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(roleValue(model, 0, "title").toString(), QStringLiteral("A"));
        QCOMPARE(model.count(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_EvidenceModel)
#include "tst_evidencemodel.moc"
