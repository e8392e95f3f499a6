#include "MinimalPdf.h"
#include "common/Inflater.h"
#include "pdf/PdfAttachmentReader.h"
#include "pdf/PdfAttachmentWriter.h"
#include "pdf/PdfCrossReference.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pf;

namespace {

QList<PdfAttachment> samples()
{
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    const QDateTime at(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    return {{QStringLiteral("portfolio-bundle.json"), QStringLiteral("The bundle"),
             QStringLiteral("application/json"), QByteArrayLiteral("{\"format\":\"x\"}\n"), at},
            {QStringLiteral("badge.png"), QStringLiteral("A baked badge (with \"quotes\" and (parens))"),
             QStringLiteral("image/png"), everyByte.repeated(40), at},
            {QStringLiteral("Zeugnis-Müller.json"), QStringLiteral("Prüfung bestanden"),
             QStringLiteral("application/json"), QByteArray("{}"), at}};
}

PdfAttachmentWriter::Information information()
{
    return {QStringLiteral("Portfolio of Amira Haddad"),
            QStringLiteral("Amira Haddad"),
            QStringLiteral("Portfolio"),
            QStringLiteral("badges"),
            QStringLiteral("Pathfolio"),
            QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC)};
}

QByteArray attached(const QByteArray &pdf, const QList<PdfAttachment> &files = samples())
{
    auto out = PdfAttachmentWriter::write(pdf, files, information());
    if (!out)
        qFatal("write failed: %s", qPrintable(out.error().message));
    return *out;
}

// The stream object of a PDF holding data, as a hostile file would spell it.
QByteArray stream(const QByteArray &dict, const QByteArray &data)
{
    return dict + "\nstream\n" + data + "\nendstream";
}

// A one-page PDF whose single embedded file "a" is object 6, spelled as streamObject.
MinimalPdf withEmbeddedStream(const QByteArray &streamObject)
{
    MinimalPdf m = MinimalPdf::onePage();
    m.objects[0] = "<< /Type /Catalog /Pages 2 0 R /Names 4 0 R >>";
    m.objects << "<< /EmbeddedFiles << /Names [(a) 5 0 R] >> >>"
              << "<< /Type /Filespec /F (a) /EF << /F 6 0 R >> >>" << streamObject;
    return m;
}

} // namespace

// The embedded files of a PDF, written as an incremental update and read back; checked also by
// poppler's pdfdetach and pdfinfo, an implementation that is not ours.
class tst_PdfAttachments : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const QByteArray original = MinimalPdf::onePage().bytes();
        const QByteArray pdf = attached(original);
        // Incremental: the bytes another writer made are kept exactly.
        QVERIFY(pdf.startsWith(original));
        auto read = PdfAttachmentReader::read(pdf);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const QList<PdfAttachment> expected = samples();
        QCOMPARE(read->size(), expected.size());
        // The name tree is sorted by the names' bytes.
        QStringList names;
        for (const PdfAttachment &a : *read)
            names << a.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Zeugnis-Müller.json"), QStringLiteral("badge.png"),
                                     QStringLiteral("portfolio-bundle.json")}));
        for (const PdfAttachment &e : expected) {
            const auto it = std::find_if(read->cbegin(), read->cend(),
                                         [&](const PdfAttachment &a) { return a.name == e.name; });
            QVERIFY(it != read->cend());
            QCOMPARE(it->data, e.data);
            QCOMPARE(it->description, e.description);
            QCOMPARE(it->mediaType, e.mediaType);
            QCOMPARE(it->modified, e.modified);
        }
        auto xref = PdfCrossReference::read(pdf);
        QVERIFY(xref.ok());
        QCOMPARE(xref->sectionCount(), 2);
    }

    void plainPdfHasNone()
    {
        auto read = PdfAttachmentReader::read(MinimalPdf::onePage().bytes());
        QVERIFY(read.ok());
        QVERIFY(read->isEmpty());
    }

    void popplerReadsWhatWeWrite()
    {
        const QString pdfdetach = QStandardPaths::findExecutable(QStringLiteral("pdfdetach"));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdfdetach.isEmpty() || pdfinfo.isEmpty())
            QSKIP("poppler-utils (pdfdetach, pdfinfo) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(attached(MinimalPdf::onePage().bytes()));
        f.close();

        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished());
        const QByteArray text = info.readAllStandardOutput();
        QVERIFY2(text.contains("Title:           Portfolio of Amira Haddad"), text.constData());
        QVERIFY(text.contains("Author:          Amira Haddad"));

        QProcess detach;
        detach.setWorkingDirectory(dir.path());
        detach.start(pdfdetach, {QStringLiteral("-saveall"), QStringLiteral("-o"), dir.path(), path});
        QVERIFY(detach.waitForFinished());
        QCOMPARE(detach.exitCode(), 0);
        for (const PdfAttachment &e : samples()) {
            QFile saved(dir.filePath(e.name));
            QVERIFY2(saved.open(QIODevice::ReadOnly), qPrintable(e.name));
            QCOMPARE(saved.readAll(), e.data);
        }
    }

    void refusesHostileFiles_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("reason");

        const QByteArray good = attached(MinimalPdf::onePage().bytes());
        QTest::newRow("not a PDF") << QByteArray("{\"json\": true}") << "not a PDF";
        QTest::newRow("empty") << QByteArray() << "not a PDF";
        const QByteArray plain = MinimalPdf::onePage().bytes();
        QTest::newRow("truncated") << plain.left(plain.size() / 2) << "startxref";
        {
            QByteArray b = good;
            const qsizetype at = b.lastIndexOf("startxref\n") + 10;
            b.replace(at, b.indexOf('\n', at) - at, "99999999");
            QTest::newRow("offset past the end") << b << "outside the file";
        }
        {
            // A trailer whose /Prev points at its own section.
            MinimalPdf m = MinimalPdf::onePage();
            const QByteArray before = m.bytes();
            const QByteArray xrefAt = before.mid(before.lastIndexOf("startxref\n") + 10).split('\n').first();
            m.trailerExtra = "/Prev " + xrefAt + ' ';
            QTest::newRow("/Prev loop") << m.bytes() << "loop";
        }
        {
            MinimalPdf m = MinimalPdf::onePage();
            m.withXref = false;
            QByteArray b = m.bytes();
            b.replace(
                "startxref\n",
                "4 0 obj\n<< /Type /XRef /W [1 2 1] /Size 4 >>\nstream\nxx\nendstream\nendobj\nstartxref\n");
            const qsizetype objAt = b.indexOf("4 0 obj");
            const qsizetype at = b.lastIndexOf("startxref\n") + 10;
            b.replace(at, b.indexOf('\n', at) - at, QByteArray::number(objAt));
            QTest::newRow("cross-reference stream") << b << "compressed";
        }
        {
            MinimalPdf m = withEmbeddedStream(stream("<< /Length 99999999 >>", "abc"));
            QTest::newRow("/Length past the end") << m.bytes() << "past the end";
        }
        {
            MinimalPdf m = withEmbeddedStream(stream("<< /Length 6 0 R >>", "abc"));
            QTest::newRow("/Length refers to its own stream") << m.bytes() << "refers to itself";
        }
        {
            MinimalPdf m = MinimalPdf::onePage();
            m.objects[0] = "<< /Type /Catalog /Pages 2 0 R /Names " + QByteArray(5000, '[') +
                           QByteArray(5000, ']') + " >>";
            QTest::newRow("nested 5000 deep") << m.bytes() << "nested deeper";
        }
        {
            MinimalPdf m = MinimalPdf::onePage();
            m.objects[0] = "<< /Type /Catalog /Pages 2 0 R /Names 4 0 R >>";
            m.objects << "<< /EmbeddedFiles 5 0 R >>"
                      << "<< /Kids [5 0 R] >>"; // a name tree node that is its own kid
            QTest::newRow("name tree loop") << m.bytes() << "deeper than";
        }
        {
            MinimalPdf m = MinimalPdf::onePage();
            m.objects[0] = "<< /Type /Catalog /Pages 2 0 R /Names 4 0 R >>";
            m.objects << "5 0 R"
                      << "4 0 R"; // references that only lead to each other
            QTest::newRow("reference loop") << m.bytes() << "references that lead to references";
        }
        {
            MinimalPdf m = MinimalPdf::onePage();
            m.objects[0] =
                "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a) (unclosed >> >> >>";
            QTest::newRow("unclosed string") << m.bytes() << "never closed";
        }
        {
            MinimalPdf m =
                withEmbeddedStream(stream("<< /Length 5 /Filter /FlateDecode >>", "\x78\x9c\x01\x02\x03"));
            QTest::newRow("broken deflate data") << m.bytes() << "stream 6";
        }
        {
            MinimalPdf m = withEmbeddedStream(stream("<< /Length 3 /Filter /LZWDecode >>", "abc"));
            QTest::newRow("another filter") << m.bytes() << "filter other than";
        }
        {
            QByteArray b = good;
            b.replace("/Root", "/Rout");
            QTest::newRow("no /Root") << b << "no /Root";
        }
    }

    void refusesHostileFiles()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, reason);
        auto read = PdfAttachmentReader::read(pdf);
        QVERIFY(!read.ok());
        QCOMPARE(read.code(), ErrorCode::MalformedPdf);
        QVERIFY2(read.error().message.contains(reason), qPrintable(read.error().message));
        // The writer refuses the same files rather than appending to what it cannot read.
        if (!pdf.startsWith("%PDF-") || reason == u"startxref")
            QVERIFY(!PdfAttachmentWriter::write(pdf, samples(), information()).ok());
    }

    void deflateBombStopsAtTheBound()
    {
        // 64 MiB of zeros deflate to about 64 KiB; the reader stops at its bound without inflating it all.
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        const QByteArray pdf =
            attached(MinimalPdf::onePage().bytes(), {{QStringLiteral("bomb.bin"), {}, {}, zeros, {}}});
        QVERIFY(pdf.size() < 1024 * 1024);
        auto read = PdfAttachmentReader::read(pdf, 1024 * 1024);
        QVERIFY(!read.ok());
        QCOMPARE(read.code(), ErrorCode::FileTooLarge);
        QVERIFY2(read.error().message.contains(QStringLiteral("bomb.bin")), qPrintable(read.error().message));
    }

    void inflaterRoundTrip()
    {
        const QByteArray text = QByteArray("Pathfolio keeps the original bytes. ").repeated(1000);
        const QByteArray z = Inflater::deflate(text);
        QVERIFY(z.size() < text.size() / 10);
        Inflater::Outcome back = Inflater::inflate(z, Inflater::Format::Zlib, text.size());
        QVERIFY(back.ok());
        QCOMPARE(back.data, text);
        QCOMPARE(Inflater::inflate(z, Inflater::Format::Zlib, text.size() - 1).failure,
                 Inflater::Failure::TooLarge);
        QCOMPARE(Inflater::inflate(z.left(z.size() / 2), Inflater::Format::Zlib, text.size()).failure,
                 Inflater::Failure::Truncated);
    }
};

QTEST_GUILESS_MAIN(tst_PdfAttachments)
#include "tst_pdfattachments.moc"
