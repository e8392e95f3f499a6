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

    void readsAPageAtATime()
    {
        // 450 items: the model holds a page, a view scrolling to the end fetches the next, up to all.
        UiTestStore s;
        const Status filled = s->database().transaction([&]() -> Status {
            for (int i = 0; i < 450; ++i)
                s.addEvidence(QStringLiteral("Item %1").arg(i), QDate(2025, 1, 1).addDays(i));
            return {};
        });
        QVERIFY(filled.ok());
        EvidenceModel model(*s);
        QCOMPARE(model.count(), ListModel::kPageSize);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.total(), 450);
        QCOMPARE(model.libraryCount(), 450);
        QVERIFY(!model.isEmpty());
        // A view fetching as it scrolls (the tester fetches as one does): a page each time, in order.
        EvidenceModel stepped(*s);
        QSignalSpy inserted(&stepped, &QAbstractItemModel::rowsInserted);
        QVERIFY(stepped.canFetchMore({}));
        stepped.fetchMore({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.last().at(1).toInt(), ListModel::kPageSize);
        QCOMPARE(stepped.count(), 2 * ListModel::kPageSize);
        stepped.fetchMore({});
        QCOMPARE(stepped.count(), 450);
        QVERIFY(!stepped.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.count(), 450);
        QCOMPARE(roleValue(model, 0, "title").toString(), QStringLiteral("Item 449"));
        QCOMPARE(roleValue(model, 449, "title").toString(), QStringLiteral("Item 0"));
        QVERIFY(!model.canFetchMore({}));

        // A reload after a change keeps every row read so far, so the view stays where it was.
        s.addEvidence(QStringLiteral("Newest"), QDate(2027, 1, 1));
        model.reload();
        QCOMPARE(model.count(), 450); // as many as were shown; the one pushed past them is fetched next
        QCOMPARE(model.total(), 451);
        QCOMPARE(roleValue(model, 0, "title").toString(), QStringLiteral("Newest"));

        // An item added between two pages is not listed twice.
        EvidenceModel paged(*s);
        const int firstPage = paged.count();
        s.addEvidence(QStringLiteral("Newer still"), QDate(2027, 2, 1));
        paged.fetchMore({});
        QSet<qint64> ids;
        for (int row = 0; row < paged.count(); ++row)
            ids.insert(roleValue(paged, row, "itemId").toLongLong());
        QCOMPARE(ids.size(), paged.count());
        QVERIFY(paged.count() > firstPage);
    }

    void searchAndFiltersNarrowTheList()
    {
        UiTestStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("Designs for people"));
        auto add = [&](const QString &title, const QString &course, const QStringList &tags,
                       const QDate &date, Evidence::Kind kind, const QList<qint64> &competencies = {}) {
            Evidence e;
            e.title = title;
            e.course = course;
            e.tags = tags;
            e.date = date;
            e.kind = kind;
            e.url = kind == Evidence::Kind::Link ? QStringLiteral("https://example.org") : QString();
            e.competencyIds = competencies;
            QVERIFY(s->evidence().create(e).ok());
        };
        add(QStringLiteral("Robot report"), QStringLiteral("ENG 401"), {QStringLiteral("team")},
            QDate(2026, 2, 1), Evidence::Kind::Note);
        add(QStringLiteral("Poster"), QStringLiteral("HCI 210"), {}, QDate(2026, 3, 1), Evidence::Kind::Link,
            {competency});
        add(QStringLiteral("Usability test"), QStringLiteral("HCI 210"), {QStringLiteral("team")},
            QDate(2026, 4, 1), Evidence::Kind::Note);

        EvidenceModel model(*s);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.courseOptions(), (QStringList{QStringLiteral("ENG 401"), QStringLiteral("HCI 210")}));
        QCOMPARE(model.tagOptions(), QStringList{QStringLiteral("team")});
        QCOMPARE(model.competencyOptions().size(), 1);
        QCOMPARE(model.competencyOptions().constFirst().toMap().value(QStringLiteral("value")).toLongLong(),
                 competency);
        QSignalSpy filterChanged(&model, &EvidenceModel::filterChanged);
        auto titles = [&] {
            QStringList t;
            for (int row = 0; row < model.count(); ++row)
                t << roleValue(model, row, "title").toString();
            return t;
        };

        QVERIFY(!model.filterActive());
        model.setSearchText(QStringLiteral("robo"));
        QCOMPARE(titles(), QStringList{QStringLiteral("Robot report")});
        QVERIFY(model.filterActive());
        QCOMPARE(model.total(), 1);
        QCOMPARE(model.libraryCount(), 3);
        model.setSearchText({});
        model.setCourse(QStringLiteral("HCI 210"));
        QCOMPARE(titles(), (QStringList{QStringLiteral("Usability test"), QStringLiteral("Poster")}));
        model.setTag(QStringLiteral("team"));
        QCOMPARE(titles(), QStringList{QStringLiteral("Usability test")});
        model.setCourse({});
        model.setTag({});
        model.setKind(QStringLiteral("link"));
        QCOMPARE(titles(), QStringList{QStringLiteral("Poster")});
        QCOMPARE(model.kind(), QStringLiteral("link"));
        model.setKind(QStringLiteral("no such kind"));
        QCOMPARE(model.kind(), QString());
        QCOMPARE(model.count(), 3);
        model.setCompetencyId(competency);
        QCOMPARE(titles(), QStringList{QStringLiteral("Poster")});
        model.setCompetencyId(0);

        // Dates: half typed, they narrow nothing and say why; whole, they narrow inclusively.
        model.setFromDate(QStringLiteral("2026-03"));
        QCOMPARE(model.count(), 3);
        QVERIFY(!model.dateProblem().isEmpty());
        QVERIFY(model.filterActive());
        model.setFromDate(QStringLiteral("2026-03-01"));
        QVERIFY(model.dateProblem().isEmpty());
        QCOMPARE(titles(), (QStringList{QStringLiteral("Usability test"), QStringLiteral("Poster")}));
        model.setToDate(QStringLiteral("2026-02-30"));
        QVERIFY(!model.dateProblem().isEmpty());
        QSignalSpy countChanged(&model, &ListModel::countChanged);
        model.setToDate(QStringLiteral("2026-02-01"));
        QVERIFY(!model.dateProblem().isEmpty()); // the range is backwards
        QVERIFY(model.isEmpty());
        QVERIFY2(!countChanged.isEmpty(), "a view bound to empty learns that nothing matches");
        QCOMPARE(model.libraryCount(), 3);

        const int changes = int(filterChanged.count());
        QVERIFY(changes >= 12);
        model.clearFilters();
        QVERIFY(!model.filterActive());
        QCOMPARE(model.fromDate(), QString());
        QCOMPARE(model.count(), 3);
        QCOMPARE(filterChanged.count(), changes + 1);

        // An edit elsewhere shows up in the narrowed list on reload, and in the options.
        model.setSearchText(QStringLiteral("report"));
        add(QStringLiteral("Second report"), QStringLiteral("MAT 101"), {QStringLiteral("maths")},
            QDate(2026, 5, 1), Evidence::Kind::Note);
        model.reload();
        QCOMPARE(titles(), (QStringList{QStringLiteral("Second report"), QStringLiteral("Robot report")}));
        QVERIFY(model.courseOptions().contains(QStringLiteral("MAT 101")));
        QVERIFY(model.tagOptions().contains(QStringLiteral("maths")));

        // Competencies are offered by title in alphabetical order, new ones after a reload.
        const qint64 earlier = s.addCompetency(QStringLiteral("Analyses data"));
        model.reload();
        QStringList offered;
        for (const QVariant &option : model.competencyOptions())
            offered << option.toMap().value(QStringLiteral("text")).toString();
        QCOMPARE(offered,
                 (QStringList{QStringLiteral("Analyses data"), QStringLiteral("Designs for people")}));
        QCOMPARE(model.competencyOptions().constFirst().toMap().value(QStringLiteral("value")).toLongLong(),
                 earlier);
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
