#include "TempStore.h"

using namespace pf;

// Evidence items: create, read, update and delete with files, tags and competency links.
class tst_EvidenceRepository : public QObject
{
    Q_OBJECT

private slots:
    void createAndReadBack()
    {
        TempStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("Communicates clearly"));
        const QString pdf = s.file(QStringLiteral("report.pdf"), QByteArrayLiteral("%PDF-1.4\n%%EOF\n"));
        const QString png = s.file(QStringLiteral("poster.png"), QByteArrayLiteral("\x89PNG\r\n\x1a\n"));

        Evidence e;
        e.title = QStringLiteral("  Capstone report  ");
        e.kind = Evidence::Kind::File;
        e.description = QStringLiteral("Final report of the robotics capstone");
        e.reflection = QStringLiteral("I learnt to plan a large project");
        e.course = QStringLiteral("ENG 401");
        e.term = QStringLiteral("Spring 2026");
        e.date = QDate(2026, 5, 14);
        e.tags = {QStringLiteral("robotics"), QStringLiteral("writing")};
        e.competencyIds = {competency};
        auto id = s->evidence().create(e, {pdf, png});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));

        auto back = s->evidence().get(*id);
        QVERIFY(back.ok());
        QCOMPARE(back->title, QStringLiteral("Capstone report"));
        QCOMPARE(back->kind, Evidence::Kind::File);
        QCOMPARE(back->course, e.course);
        QCOMPARE(back->term, e.term);
        QCOMPARE(back->date, e.date);
        QCOMPARE(back->reflection, e.reflection);
        QCOMPARE(back->tags, e.tags);
        QCOMPARE(back->competencyIds, e.competencyIds);
        QCOMPARE(back->files.size(), 2);
        QCOMPARE(back->files[0].originalName, QStringLiteral("input-report.pdf"));
        QCOMPARE(back->files[0].mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(back->files[0].size, 15);
        QCOMPARE(back->files[1].mediaType, QStringLiteral("image/png"));
        QVERIFY(back->createdAt.isValid());
        auto content = s->evidence().fileContent(back->files[0]);
        QVERIFY(content.ok());
        QCOMPARE(*content, QByteArrayLiteral("%PDF-1.4\n%%EOF\n"));
        QCOMPARE(s->evidence().count(), 1);
    }

    void validation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("withFile");
        QTest::addColumn<int>("code");
        QTest::newRow("empty title") << int(Evidence::Kind::Note) << "  "
                                     << "" << false << int(ErrorCode::InvalidArgument);
        QTest::newRow("link without address") << int(Evidence::Kind::Link) << "Portfolio"
                                              << "" << false << int(ErrorCode::InvalidArgument);
        QTest::newRow("link not a URL") << int(Evidence::Kind::Link) << "Portfolio"
                                        << "my site" << false << int(ErrorCode::InvalidArgument);
        QTest::newRow("file kind without files") << int(Evidence::Kind::File) << "Report"
                                                 << "" << false << int(ErrorCode::InvalidArgument);
        QTest::newRow("good link") << int(Evidence::Kind::Link) << "Portfolio"
                                   << "https://example.org/me" << false << int(ErrorCode::None);
        QTest::newRow("good note") << int(Evidence::Kind::Note) << "Thoughts"
                                   << "" << false << int(ErrorCode::None);
        QTest::newRow("good file") << int(Evidence::Kind::File) << "Report"
                                   << "" << true << int(ErrorCode::None);
    }
    void validation()
    {
        QFETCH(int, kind);
        QFETCH(QString, title);
        QFETCH(QString, url);
        QFETCH(bool, withFile);
        QFETCH(int, code);
        TempStore s;
        Evidence e;
        e.kind = Evidence::Kind(kind);
        e.title = title;
        e.url = url;
        QStringList files;
        if (withFile)
            files << s.file(QStringLiteral("f.txt"), QByteArrayLiteral("x"));
        QCOMPARE(int(s->evidence().create(e, files).code()), code);
        QCOMPARE(s.rows(QStringLiteral("evidence")), code == int(ErrorCode::None) ? 1 : 0);
    }

    void unknownCompetencyStoresNothing()
    {
        TempStore s;
        Evidence e;
        e.title = QStringLiteral("Report");
        e.competencyIds = {77};
        auto id = s->evidence().create(e);
        QCOMPARE(id.code(), ErrorCode::NotFound);
        QVERIFY(id.error().message.contains(QStringLiteral("competency-77")));
        QCOMPARE(s.rows(QStringLiteral("evidence")), 0);
    }

    void missingAndOversizedFilesStoreNothing()
    {
        TempStore s(Store::Options{100, false});
        Evidence e;
        e.title = QStringLiteral("Report");
        e.kind = Evidence::Kind::File;
        const QString good = s.file(QStringLiteral("good.txt"), QByteArrayLiteral("fine"));
        QCOMPARE(s->evidence().create(e, {good, s.dir.filePath(QStringLiteral("gone.pdf"))}).code(),
                 ErrorCode::FileMissing);
        QCOMPARE(
            s->evidence().create(e, {good, s.file(QStringLiteral("big.bin"), QByteArray(101, 'x'))}).code(),
            ErrorCode::FileTooLarge);
        QCOMPARE(s.rows(QStringLiteral("evidence")), 0);
        QCOMPARE(s.rows(QStringLiteral("evidence_file")), 0);
    }

    void updateReplacesFieldsAndFiles()
    {
        TempStore s;
        const qint64 c1 = s.addCompetency(QStringLiteral("One"));
        const qint64 c2 = s.addCompetency(QStringLiteral("Two"));
        Evidence e;
        e.title = QStringLiteral("Draft");
        e.kind = Evidence::Kind::File;
        e.tags = {QStringLiteral("old")};
        e.competencyIds = {c1};
        auto id = s->evidence().create(
            e, {s.file(QStringLiteral("a.txt"), "a"), s.file(QStringLiteral("b.txt"), "b")});
        QVERIFY(id.ok());

        auto item = *s->evidence().get(*id);
        item.title = QStringLiteral("Final");
        item.tags = {QStringLiteral("new"), QStringLiteral("second")};
        item.competencyIds = {c2};
        item.files.removeFirst(); // detach a.txt
        QVERIFY(s->evidence().update(item, {s.file(QStringLiteral("c.txt"), "c")}).ok());

        auto back = *s->evidence().get(*id);
        QCOMPARE(back.title, QStringLiteral("Final"));
        QCOMPARE(back.tags, (QStringList{QStringLiteral("new"), QStringLiteral("second")}));
        QCOMPARE(back.competencyIds, QList<qint64>{c2});
        QCOMPARE(back.files.size(), 2);
        QCOMPARE(back.files[0].originalName, QStringLiteral("input-b.txt"));
        QCOMPARE(back.files[1].originalName, QStringLiteral("input-c.txt"));
        QVERIFY(back.updatedAt >= back.createdAt);

        // Detaching every file of a file item is refused, and changes nothing.
        back.files.clear();
        QCOMPARE(s->evidence().update(back).code(), ErrorCode::InvalidArgument);
        QCOMPARE(s->evidence().get(*id)->files.size(), 2);

        Evidence ghost;
        ghost.id = 999;
        ghost.title = QStringLiteral("x");
        QCOMPARE(s->evidence().update(ghost).code(), ErrorCode::NotFound);
    }

    void removeTakesLinksAlong()
    {
        TempStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("One"));
        Evidence e;
        e.title = QStringLiteral("Poster");
        e.tags = {QStringLiteral("art")};
        e.competencyIds = {competency};
        const qint64 id = *s->evidence().create(e);
        Evaluation ev;
        ev.placementId = s.addPlacement();
        ev.date = QDate(2026, 4, 1);
        ev.evaluatorName = QStringLiteral("Dana");
        ev.evidenceIds = {id};
        const qint64 evaluation = *s->evaluations().create(ev);

        QVERIFY(s->evidence().remove(id).ok());
        QCOMPARE(s->evidence().get(id).code(), ErrorCode::NotFound);
        QCOMPARE(s.rows(QStringLiteral("evidence_tag")), 0);
        QCOMPARE(s.rows(QStringLiteral("evidence_competency")), 0);
        QVERIFY(s->evaluations().get(evaluation)->evidenceIds.isEmpty());
        QVERIFY(s->competencies().get(competency).ok());
        QVERIFY(s->search().search(QStringLiteral("Poster"))->isEmpty());
        QCOMPARE(s->evidence().remove(id).code(), ErrorCode::NotFound);
        auto fk = s->database().exec(QStringLiteral("PRAGMA foreign_key_check"));
        QVERIFY(fk && !fk->next());
    }

    void listIsNewestFirstAndPaged()
    {
        TempStore s;
        for (int day = 1; day <= 5; ++day) {
            Evidence e;
            e.title = QStringLiteral("Day %1").arg(day);
            e.date = QDate(2026, 1, day);
            QVERIFY(s->evidence().create(e).ok());
        }
        Evidence undated;
        undated.title = QStringLiteral("Undated");
        QVERIFY(s->evidence().create(undated).ok());
        auto all = s->evidence().list();
        QCOMPARE(all->size(), 6);
        QCOMPARE(all->first().title, QStringLiteral("Day 5"));
        QCOMPARE(all->last().title, QStringLiteral("Undated"));
        auto page = s->evidence().list(2, 2);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).title, QStringLiteral("Day 3"));
    }

    void listCarriesEveryDetailOfEachItem()
    {
        // The list reads tags, files and links in batches: each item must get its own, in order.
        TempStore s;
        const qint64 a = s.addCompetency(QStringLiteral("Communicates clearly"));
        const qint64 b = s.addCompetency(QStringLiteral("Works in a team"));
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            Evidence e;
            e.title = QStringLiteral("Item %1").arg(i);
            e.kind = i % 2 ? Evidence::Kind::File : Evidence::Kind::Note;
            e.date = QDate(2026, 2, 1 + i);
            if (i % 2)
                e.tags = {QStringLiteral("t%1").arg(i), QStringLiteral("shared")};
            e.competencyIds = i == 0 ? QList<qint64>{} : (i % 2 ? QList<qint64>{b, a} : QList<qint64>{a});
            const QStringList files = i % 2 ? QStringList{s.file(QStringLiteral("f%1-b.txt").arg(i), "b"),
                                                          s.file(QStringLiteral("f%1-a.txt").arg(i), "aa")}
                                            : QStringList{};
            ids << *s->evidence().create(e, files);
        }
        auto all = s->evidence().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 5);
        for (const Evidence &listed : *all) {
            const Evidence alone = *s->evidence().get(listed.id);
            QCOMPARE(listed.title, alone.title);
            QCOMPARE(listed.tags, alone.tags);
            QCOMPARE(listed.competencyIds, alone.competencyIds);
            QCOMPARE(listed.files.size(), alone.files.size());
            for (qsizetype f = 0; f < listed.files.size(); ++f) {
                QCOMPARE(listed.files[f].originalName, alone.files[f].originalName);
                QCOMPARE(listed.files[f].sha256, alone.files[f].sha256);
            }
        }
        const Evidence third = *s->evidence().get(ids.at(3));
        QCOMPARE(third.tags, (QStringList{QStringLiteral("shared"), QStringLiteral("t3")}));
        QCOMPARE(third.files.size(), 2);
        QCOMPARE(third.files.first().originalName, QStringLiteral("input-f3-b.txt")); // attached order kept
    }

    void queryNarrowsByEveryFilter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("course");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("byCompetency");
        QTest::addColumn<int>("kind"); // -1 for any
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("titles"); // newest first
        const QDate none;
        QTest::newRow("nothing narrows")
            << ""
            << ""
            << "" << false << -1 << none << none
            << QStringList{"Usability test", "Poster", "Robot report", "Undated note"};
        QTest::newRow("a word") << "robot"
                                << ""
                                << "" << false << -1 << none << none << QStringList{"Robot report"};
        QTest::newRow("a prefix in a tag")
            << "electr"
            << ""
            << "" << false << -1 << none << none << QStringList{"Robot report"};
        QTest::newRow("two words, both needed") << "poster usability"
                                                << ""
                                                << "" << false << -1 << none << none << QStringList{};
        QTest::newRow("course") << ""
                                << "HCI 210"
                                << "" << false << -1 << none << none
                                << QStringList{"Usability test", "Poster"};
        QTest::newRow("tag") << ""
                             << ""
                             << "team" << false << -1 << none << none
                             << QStringList{"Usability test", "Robot report"};
        QTest::newRow("competency") << ""
                                    << ""
                                    << "" << true << -1 << none << none << QStringList{"Poster"};
        QTest::newRow("kind") << ""
                              << ""
                              << "" << false << int(Evidence::Kind::Link) << none << none
                              << QStringList{"Poster"};
        QTest::newRow("from, inclusive")
            << ""
            << ""
            << "" << false << -1 << QDate(2026, 3, 1) << none << QStringList{"Usability test", "Poster"};
        QTest::newRow("to, inclusive; undated never in a range")
            << ""
            << ""
            << "" << false << -1 << none << QDate(2026, 3, 1) << QStringList{"Poster", "Robot report"};
        QTest::newRow("all at once") << "test"
                                     << "HCI 210"
                                     << "team" << false << int(Evidence::Kind::Note) << QDate(2026, 1, 1)
                                     << QDate(2026, 12, 31) << QStringList{"Usability test"};
        QTest::newRow("a course no item has") << ""
                                              << "HCI 999"
                                              << "" << false << -1 << none << none << QStringList{};
        QTest::newRow("query syntax is only text") << "robot\" OR \"poster"
                                                   << ""
                                                   << "" << false << -1 << none << none << QStringList{};
    }

    void queryNarrowsByEveryFilter()
    {
        TempStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("Designs for people"));
        auto add = [&](const QString &title, Evidence::Kind kind, const QString &course, QStringList tags,
                       const QDate &date, QList<qint64> competencies = {}) {
            Evidence e;
            e.title = title;
            e.kind = kind;
            e.url = kind == Evidence::Kind::Link ? QStringLiteral("https://example.org/poster") : QString();
            e.course = course;
            e.tags = tags;
            e.date = date;
            e.competencyIds = competencies;
            QVERIFY(s->evidence().create(e).ok());
        };
        add(QStringLiteral("Robot report"), Evidence::Kind::Note, QStringLiteral("ENG 401"),
            {QStringLiteral("électronique"), QStringLiteral("team")}, QDate(2026, 2, 1));
        add(QStringLiteral("Poster"), Evidence::Kind::Link, QStringLiteral("HCI 210"), {}, QDate(2026, 3, 1),
            {competency});
        add(QStringLiteral("Usability test"), Evidence::Kind::Note, QStringLiteral("HCI 210"),
            {QStringLiteral("team")}, QDate(2026, 4, 1));
        add(QStringLiteral("Undated note"), Evidence::Kind::Note, {}, {}, QDate());

        QFETCH(QString, text);
        QFETCH(QString, course);
        QFETCH(QString, tag);
        QFETCH(bool, byCompetency);
        QFETCH(int, kind);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, titles);
        EvidenceQuery query{text,
                            course,
                            tag,
                            byCompetency ? competency : 0,
                            kind < 0 ? std::nullopt : std::optional(Evidence::Kind(kind)),
                            from,
                            to};
        auto found = s->evidence().list(query);
        QVERIFY(found.ok());
        QStringList got;
        for (const Evidence &e : *found)
            got << e.title;
        QCOMPARE(got, titles);
        QCOMPARE(*s->evidence().count(query), qint64(titles.size()));
        QCOMPARE(query.isEmpty(), titles.size() == 4 && text.isEmpty());
        // Paged, the query gives the same items in the same order.
        QStringList paged;
        for (int offset = 0; offset < 4; ++offset) {
            const auto page = s->evidence().list(query, offset, 1); // kept alive while looped over
            QVERIFY(page.ok());
            for (const Evidence &e : *page)
                paged << e.title;
        }
        QCOMPARE(paged, titles);
    }

    void coursesAndTagsInUseAreOffered()
    {
        TempStore s;
        for (const auto &[course, tag] : {std::pair{"hci 210", "Team"}, std::pair{"ENG 401", "team"},
                                          std::pair{"hci 210", "writing"}, std::pair{"", "art"}}) {
            Evidence e;
            e.title = QStringLiteral("Item");
            e.course = QString::fromUtf8(course);
            e.tags = {QString::fromUtf8(tag)};
            QVERIFY(s->evidence().create(e).ok());
        }
        QCOMPARE(*s->evidence().courses(),
                 (QStringList{QStringLiteral("ENG 401"), QStringLiteral("hci 210")}));
        QCOMPARE(*s->evidence().tags(), (QStringList{QStringLiteral("art"), QStringLiteral("Team"),
                                                     QStringLiteral("team"), QStringLiteral("writing")}));
    }

    void aPageIsReadFromTheDateIndex()
    {
        // Without the index every page sorts all items: a second per scroll step at 50,000 of them.
        TempStore s;
        auto plan = s->database().exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT id FROM evidence ORDER BY date IS NULL, date DESC, id DESC "
            "LIMIT 200 OFFSET 0"));
        QVERIFY(plan.ok());
        QStringList steps;
        while (plan->next())
            steps << plan->value(3).toString();
        QVERIFY2(steps.join(u' ').contains(QStringLiteral("evidence_by_date")),
                 qPrintable(steps.join(QStringLiteral("; "))));
        QVERIFY2(!steps.join(u' ').contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(steps.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(tst_EvidenceRepository)
#include "tst_evidencerepository.moc"
