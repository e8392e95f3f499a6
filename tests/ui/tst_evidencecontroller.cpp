#include "ErrorMessages.h"
#include "EvidenceController.h"
#include "UiTestStore.h"

#include <QSignalSpy>
#include <QUrl>

using namespace pf;

// EvidenceController: saving the Evidence form, with its files, and the errors it shows for bad input.
class tst_EvidenceController : public QObject
{
    Q_OBJECT

private:
    // An evidence item with one file of content, saved through the controller; {evidence id, file id}.
    static std::pair<qint64, qint64> addFile(UiTestStore &s, EvidenceController &controller,
                                             const QString &name, const QByteArray &content)
    {
        const qint64 id =
            controller.save({{QStringLiteral("title"), name},
                             {QStringLiteral("kind"), QStringLiteral("file")},
                             {QStringLiteral("newFiles"), QVariantList{s.file(name, content)}}});
        if (id <= 0)
            qFatal("cannot save %s: %s", qPrintable(name), qPrintable(controller.errorMessage()));
        const QVariantList files = controller.load(id).value(QStringLiteral("files")).toList();
        return {id, files.value(0).toMap().value(QStringLiteral("fileId")).toLongLong()};
    }

private slots:
    void addEvidenceWithAFile()
    {
        UiTestStore s;
        const qint64 competency = s.addCompetency(QStringLiteral("Programming"));
        const QString pdf = s.file(QStringLiteral("report.pdf"), QByteArrayLiteral("%PDF-1.4\n%%EOF\n"));
        EvidenceController controller(*s);
        QSignalSpy changed(&controller, &FormController::changed);

        const qint64 id =
            controller.save({{QStringLiteral("title"), QStringLiteral("  Capstone report ")},
                             {QStringLiteral("kind"), QStringLiteral("file")},
                             {QStringLiteral("date"), QStringLiteral("2026-05-14")},
                             {QStringLiteral("course"), QStringLiteral("ENG 401")},
                             {QStringLiteral("tags"), QStringLiteral("robotics, writing, , Robotics")},
                             {QStringLiteral("competencyIds"), QVariantList{competency}},
                             {QStringLiteral("newFiles"), QVariantList{QUrl::fromLocalFile(pdf)}}});
        QVERIFY2(id > 0, qPrintable(controller.errorMessage()));
        QCOMPARE(controller.errorMessage(), QString());
        QVERIFY(controller.fieldErrors().isEmpty());
        QCOMPARE(changed.count(), 1);

        auto stored = s->evidence().get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, QStringLiteral("Capstone report"));
        QCOMPARE(stored->kind, Evidence::Kind::File);
        QCOMPARE(stored->date, QDate(2026, 5, 14));
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("robotics"), QStringLiteral("writing")}));
        QCOMPARE(stored->competencyIds, QList<qint64>{competency});
        QCOMPARE(stored->files.size(), 1);
        QCOMPARE(stored->files.first().originalName, QStringLiteral("report.pdf"));

        // The form reads back what was saved, and an attached file can be opened from a copy.
        const QVariantMap form = controller.load(id);
        QCOMPARE(form.value(QStringLiteral("title")).toString(), QStringLiteral("Capstone report"));
        QCOMPARE(form.value(QStringLiteral("tags")).toString(), QStringLiteral("robotics, writing"));
        QCOMPARE(form.value(QStringLiteral("date")).toString(), QStringLiteral("2026-05-14"));
        const qint64 fileId = form.value(QStringLiteral("files"))
                                  .toList()
                                  .value(0)
                                  .toMap()
                                  .value(QStringLiteral("fileId"))
                                  .toLongLong();
        const QUrl copy = controller.openableFile(id, fileId);
        QVERIFY(copy.isLocalFile());
        QVERIFY(copy.toLocalFile().endsWith(QStringLiteral("/report.pdf")));
        QFile copied(copy.toLocalFile());
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), QByteArrayLiteral("%PDF-1.4\n%%EOF\n"));
    }

    void editKeepsAndDropsFiles()
    {
        UiTestStore s;
        EvidenceController controller(*s);
        const QString a = s.file(QStringLiteral("a.txt"), QByteArrayLiteral("a"));
        const QString b = s.file(QStringLiteral("b.txt"), QByteArrayLiteral("b"));
        const qint64 id = controller.save({{QStringLiteral("title"), QStringLiteral("Two files")},
                                           {QStringLiteral("kind"), QStringLiteral("file")},
                                           {QStringLiteral("newFiles"), QVariantList{a, b}}});
        QVERIFY(id > 0);
        const QVariantList files = controller.load(id).value(QStringLiteral("files")).toList();
        QCOMPARE(files.size(), 2);
        const qint64 keep = files.at(1).toMap().value(QStringLiteral("fileId")).toLongLong();

        QCOMPARE(controller.save({{QStringLiteral("id"), id},
                                  {QStringLiteral("title"), QStringLiteral("One file")},
                                  {QStringLiteral("kind"), QStringLiteral("file")},
                                  {QStringLiteral("keepFileIds"), QVariantList{keep}}}),
                 id);
        auto stored = s->evidence().get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, QStringLiteral("One file"));
        QCOMPARE(stored->files.size(), 1);
        QCOMPARE(stored->files.first().originalName, QStringLiteral("b.txt"));
    }

    void validationErrorsAreSentences_data()
    {
        QTest::addColumn<QVariantMap>("form");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        QTest::newRow("no title") << QVariantMap{{QStringLiteral("title"), QStringLiteral("  ")},
                                                 {QStringLiteral("kind"), QStringLiteral("note")}}
                                  << QStringLiteral("title") << int(ErrorCode::InvalidArgument);
        QTest::newRow("link without address")
            << QVariantMap{{QStringLiteral("title"), QStringLiteral("Repo")},
                           {QStringLiteral("kind"), QStringLiteral("link")},
                           {QStringLiteral("url"), QStringLiteral("not a link")}}
            << QStringLiteral("url") << int(ErrorCode::InvalidArgument);
        QTest::newRow("file without files")
            << QVariantMap{{QStringLiteral("title"), QStringLiteral("Report")},
                           {QStringLiteral("kind"), QStringLiteral("file")}}
            << QStringLiteral("files") << int(ErrorCode::InvalidArgument);
        QTest::newRow("bad date") << QVariantMap{{QStringLiteral("title"), QStringLiteral("Note")},
                                                 {QStringLiteral("kind"), QStringLiteral("note")},
                                                 {QStringLiteral("date"), QStringLiteral("2026-02-30")}}
                                  << QStringLiteral("date") << int(ErrorCode::InvalidDate);
        QTest::newRow("missing file")
            << QVariantMap{{QStringLiteral("title"), QStringLiteral("Report")},
                           {QStringLiteral("kind"), QStringLiteral("file")},
                           {QStringLiteral("newFiles"),
                            QVariantList{QStringLiteral("/nonexistent/report.pdf")}}}
            << QStringLiteral("files") << int(ErrorCode::FileMissing);
    }

    void validationErrorsAreSentences()
    {
        QFETCH(QVariantMap, form);
        QFETCH(QString, field);
        QFETCH(int, code);
        UiTestStore s;
        EvidenceController controller(*s);
        QSignalSpy changed(&controller, &FormController::changed);
        QSignalSpy errors(&controller, &FormController::errorsChanged);

        QCOMPARE(controller.save(form), 0);
        QCOMPARE(changed.count(), 0);
        QVERIFY(errors.count() >= 1);
        QVERIFY(!controller.errorMessage().isEmpty());
        QCOMPARE(controller.fieldErrors().value(field).toString(),
                 ErrorMessages::forField(field, ErrorCode(code)));
        QCOMPARE(s->evidence().count(), 0);

        // The next successful save clears them.
        QVERIFY(controller.save({{QStringLiteral("title"), QStringLiteral("Fine")},
                                 {QStringLiteral("kind"), QStringLiteral("note")}}) > 0);
        QCOMPARE(controller.errorMessage(), QString());
        QVERIFY(controller.fieldErrors().isEmpty());
    }

    void previewShowsTextAsItIs()
    {
        UiTestStore s;
        EvidenceController controller(*s);
        const QByteArray text = QStringLiteral("# Überblick\n\nZwölf Seiten, drei Befunde: ✓\n").toUtf8();
        const auto [id, fileId] = addFile(s, controller, QStringLiteral("notes.md"), text);
        const QVariantMap preview = controller.previewText(id, fileId);
        QCOMPARE(preview.value(QStringLiteral("text")).toString(), QString::fromUtf8(text));
        QCOMPARE(preview.value(QStringLiteral("notice")).toString(), QString());
    }

    void previewOfALongFileEndsAtALineAndSaysSo()
    {
        UiTestStore s;
        EvidenceController controller(*s);
        // 70-byte lines, each a multi-byte character at its end, well past the cap.
        const QByteArray line = QByteArray(67, 'x') + "\xc3\xa9\n";
        QByteArray text;
        while (text.size() < EvidenceController::kPreviewTextBytes * 2)
            text += line;
        const auto [id, fileId] = addFile(s, controller, QStringLiteral("log.txt"), text);
        const QVariantMap preview = controller.previewText(id, fileId);
        const QString shown = preview.value(QStringLiteral("text")).toString();
        QVERIFY(shown.toUtf8().size() <= EvidenceController::kPreviewTextBytes);
        QVERIFY(shown.toUtf8().size() > EvidenceController::kPreviewTextBytes - line.size());
        QVERIFY2(shown.endsWith(QStringLiteral("\u00e9\n")), "the last line shown is whole");
        QVERIFY(text.startsWith(shown.toUtf8()));
        const QString notice = preview.value(QStringLiteral("notice")).toString();
        QVERIFY2(notice.contains(QStringLiteral("Only the beginning")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("1.0 MiB")), qPrintable(notice));
    }

    void previewOfALongLineIsCutInsideACharacterWithoutAMark()
    {
        UiTestStore s;
        EvidenceController controller(*s);
        // One line of two-byte characters, cut at an odd byte count: the half character is dropped.
        QByteArray text;
        while (text.size() <= EvidenceController::kPreviewTextBytes + 10)
            text += "\xc3\xa9";
        text.prepend('a');
        const auto [id, fileId] = addFile(s, controller, QStringLiteral("one-line.txt"), text);
        const QVariantMap preview = controller.previewText(id, fileId);
        const QString shown = preview.value(QStringLiteral("text")).toString();
        QVERIFY(!shown.contains(QChar::ReplacementCharacter));
        QCOMPARE(shown.size(), 1 + (EvidenceController::kPreviewTextBytes - 1) / 2);
        QVERIFY(!preview.value(QStringLiteral("notice")).toString().contains(QStringLiteral("UTF-8")));
    }

    void previewMarksBytesThatAreNotUtf8()
    {
        UiTestStore s;
        EvidenceController controller(*s);
        // Latin-1, as an older editor would save it.
        const auto [id, fileId] = addFile(s, controller, QStringLiteral("latin1.txt"), "caf\xe9 au lait\n");
        const QVariantMap preview = controller.previewText(id, fileId);
        QCOMPARE(preview.value(QStringLiteral("text")).toString(), QStringLiteral("caf\ufffd au lait\n"));
        QVERIFY(preview.value(QStringLiteral("notice")).toString().contains(QStringLiteral("UTF-8")));
    }

    void previewDoesNotShowBinaryAsText()
    {
        UiTestStore s;
        EvidenceController controller(*s);
        const auto [id, fileId] =
            addFile(s, controller, QStringLiteral("data.txt"), QByteArrayLiteral("text\0\x01\x02 and more"));
        const QVariantMap preview = controller.previewText(id, fileId);
        QCOMPARE(preview.value(QStringLiteral("text")).toString(), QString());
        QVERIFY(preview.value(QStringLiteral("notice"))
                    .toString()
                    .contains(QStringLiteral("does not look like text")));
    }

    void previewOfADamagedOrMissingFileReportsIt()
    {
        UiTestStore s;
        EvidenceController controller(*s);
        const auto [id, fileId] = addFile(s, controller, QStringLiteral("notes.txt"), "the original\n");
        QSignalSpy failed(&controller, &FormController::failed);
        const QString blob = s->blobs().pathFor(s->evidence().get(id)->files.first().sha256);

        // Changed on disk behind the store's back: the hash no longer matches, nothing is shown.
        QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner);
        QFile damaged(blob);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("something else\n");
        damaged.close();
        QCOMPARE(controller.previewText(id, fileId), QVariantMap());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.last().first().toString(), ErrorMessages::sentence(ErrorCode::BlobCorrupt));

        QVERIFY(QFile::remove(blob));
        QCOMPARE(controller.previewText(id, fileId), QVariantMap());
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.last().first().toString(), ErrorMessages::sentence(ErrorCode::NotFound));

        QCOMPARE(controller.previewText(id, fileId + 100), QVariantMap());
        QCOMPARE(controller.previewText(id + 100, fileId), QVariantMap());
        QCOMPARE(failed.count(), 4);
    }

    void removeAsksAndReportsFailure()
    {
        UiTestStore s;
        const qint64 id = s.addEvidence(QStringLiteral("Old note"));
        EvidenceController controller(*s);
        QVERIFY(controller.deleteQuestion(id).contains(QStringLiteral("Old note")));
        QSignalSpy changed(&controller, &FormController::changed);
        QSignalSpy failed(&controller, &FormController::failed);
        QVERIFY(controller.remove(id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s->evidence().count(), 0);

        QVERIFY(!controller.remove(id));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), ErrorMessages::sentence(ErrorCode::NotFound));
    }
};

QTEST_GUILESS_MAIN(tst_EvidenceController)
#include "tst_evidencecontroller.moc"
