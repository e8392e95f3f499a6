#include "PortfolioFixture.h"
#include "pdf/PdfAttachmentReader.h"
#include "pdf/PdfAttachmentWriter.h"
#include "pdf/PdfCrossReference.h"
#include "portfolio/BundleContent.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/PortfolioPdfExporter.h"
#include "portfolio/PortfolioVerifier.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

const QDateTime kExportedAt(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

QByteArray pngEvidence()
{
    QImage image(640, 400, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(40, 40, 560, 320, QColor(0x1f, 0x5f, 0xa8));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray pdfEvidence()
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter p(&writer);
    p.setFont(QFont(QStringLiteral("DejaVu Sans"), 28));
    p.drawText(QPointF(400, 1200), QStringLiteral("Usability audit, page one"));
    p.end();
    return pdf;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A check's result by name, or "absent": a missing check fails a comparison instead of crashing the test.
QString resultOf(const VerificationReport &r, const char *name)
{
    const Check *c = r.check(QString::fromLatin1(name));
    return c ? checkResultName(c->result) : QStringLiteral("absent");
}

QString messageOf(const VerificationReport &r, const char *name)
{
    const Check *c = r.check(QString::fromLatin1(name));
    return c ? c->message : QString();
}

// The PDF with one more incremental update, as a viewer that saves a changed title would append.
QByteArray savedAgain(const QByteArray &pdf)
{
    auto xref = PdfCrossReference::read(pdf);
    if (!xref)
        return {};
    const int info = xref->size();
    QByteArray out = pdf;
    const qsizetype object = out.size();
    out += QByteArray::number(info) + " 0 obj\n<< /Title (Changed) >>\nendobj\n";
    const qsizetype section = out.size();
    out += "xref\n" + QByteArray::number(info) + " 1\n" + QByteArray::number(object).rightJustified(10, '0') +
           " 00000 n \ntrailer\n<< /Size " + QByteArray::number(info + 1) + " /Root " +
           xref->trailer().value("Root")->serialize() + " /Info " + QByteArray::number(info) + " 0 R /Prev " +
           QByteArray::number(xref->startXref()) + " >>\nstartxref\n" + QByteArray::number(section) +
           "\n%%EOF\n";
    return out;
}

} // namespace

// The PDF portfolio: what a reader sees (pdftotext, pdftoppm, pdfinfo and pdffonts from poppler), what it
// carries (pdfdetach) and how PortfolioVerifier checks it, tampered or not.
class tst_PortfolioPdfExporter : public QObject
{
    Q_OBJECT

    TempStore s;
    QByteArray m_badge;
    QString m_pdf;
    QString m_credentialName;

    Status exportTo(const QString &path, const ExportOptions &extra = {})
    {
        ExportOptions options = extra;
        options.exportedAt = kExportedAt;
        return PortfolioPdfExporter(*s.store).write(path, options);
    }

    QString text(const QString &path)
    {
        return QString::fromUtf8(run(tool("pdftotext"), {path, QStringLiteral("-")}));
    }

    static QList<VerificationReport> verify(const QString &path)
    {
        auto reports = PortfolioVerifier::verify(path, readAll(path), kExportedAt);
        return reports ? *reports : QList<VerificationReport>{};
    }

private slots:
    void initTestCase()
    {
        if (tool("pdftotext").isEmpty() || tool("pdftoppm").isEmpty() || tool("pdfdetach").isEmpty())
            QSKIP("poppler-utils (pdftotext, pdftoppm, pdfdetach) is not installed");
        fillPortfolio(s, &m_badge);
        Evidence e;
        e.title = QStringLiteral("Checkout wireframes");
        e.kind = Evidence::Kind::File;
        e.description = QStringLiteral("Three rounds for the checkout flow.");
        e.reflection = QStringLiteral("Paper prototypes first, pixels later.");
        e.url = QStringLiteral("https://example.org/wireframes");
        QVERIFY(s->evidence()
                    .create(e, {s.file(QStringLiteral("wireframes.png"), pngEvidence()),
                                s.file(QStringLiteral("audit.pdf"), pdfEvidence())})
                    .ok());
        m_credentialName = s->credentials().list()->first().name;
        m_pdf = s.dir.filePath(QStringLiteral("portfolio.pdf"));
        const Status written = exportTo(m_pdf);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    }

    void textHoldsEveryItem()
    {
        const QString t = text(m_pdf);
        for (const QString &expected :
             {QStringLiteral("Amira Haddad"), QStringLiteral("amira@example.org"), m_credentialName,
              QStringLiteral("Usability testing"), QStringLiteral("Usability report"),
              QStringLiteral("Checkout wireframes"), QStringLiteral("Five users were enough."),
              QStringLiteral("Paper prototypes first, pixels later."), QStringLiteral("Acme GmbH"),
              QStringLiteral("Software intern"), QStringLiteral("Ran two test sessions"),
              QStringLiteral("Jonas Becker"), QStringLiteral("Competency matrix"),
              QStringLiteral("Issuer-verified"), QStringLiteral("Supervisor-attested"),
              QStringLiteral("Self-asserted"), QStringLiteral("Page 1 of"),
              BundleContent::sha256(QByteArray("# Findings\n"))}) {
            QVERIFY2(t.contains(expected), qPrintable(expected));
        }
        // The verification result, check by check, with the day it was checked.
        QVERIFY(t.contains(QStringLiteral("checked on 1 December 2026")));
    }

    void pageOneIsDrawn()
    {
        const QString prefix = s.dir.filePath(QStringLiteral("page"));
        run(tool("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
             QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), m_pdf, prefix});
        const QImage page(prefix + QStringLiteral("-1.png"));
        QVERIFY(!page.isNull());
        int ink = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 160;
        // The cover's name, text and legend: far more than a blank page's none.
        QVERIFY2(ink > page.width() * page.height() / 200, qPrintable(QString::number(ink)));
    }

    void metadataFontsAndThumbnails()
    {
        const QString info = QString::fromUtf8(run(tool("pdfinfo"), {m_pdf}));
        QVERIFY2(info.contains(QStringLiteral("Title:           Portfolio of Amira Haddad")),
                 qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Author:          Amira Haddad")));
        QVERIFY(info.contains(QStringLiteral("(A4)")));
        // Every font is embedded.
        const QStringList fonts = QString::fromUtf8(run(tool("pdffonts"), {m_pdf})).split(u'\n').mid(2);
        QVERIFY(!fonts.filter(QRegularExpression(QStringLiteral("\\S"))).isEmpty());
        for (const QString &line : fonts) {
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
        }
        // The image and the first page of the PDF, as thumbnails.
        const QStringList images =
            QString::fromUtf8(run(tool("pdfimages"), {QStringLiteral("-list"), m_pdf})).split(u'\n').mid(2);
        QVERIFY2(images.filter(QRegularExpression(QStringLiteral("image"))).size() >= 2,
                 qPrintable(images.join(u'\n')));
        // Links work.
        QVERIFY(
            run(tool("pdfinfo"), {QStringLiteral("-url"), m_pdf}).contains("https://example.org/wireframes"));
    }

    void attachmentsAreTheOriginals()
    {
        QTemporaryDir out;
        run(tool("pdfdetach"), {QStringLiteral("-saveall"), QStringLiteral("-o"), out.path(), m_pdf});
        const QStringList files = QDir(out.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 2);
        const QStringList originals = files.filter(QStringLiteral("credential-"));
        QCOMPARE(originals.size(), 1);
        QCOMPARE(readAll(out.filePath(originals.first())), m_badge);
        const QJsonObject bundle =
            QJsonDocument::fromJson(
                readAll(out.filePath(QString::fromLatin1(PortfolioPdfExporter::kBundleAttachment))))
                .object();
        QCOMPARE(bundle.value(QStringLiteral("format")).toString(),
                 QString::fromLatin1(BundleExporter::kFormatName));
        QCOMPARE(bundle.value(QStringLiteral("pages"))
                     .toObject()
                     .value(QStringLiteral("sha256"))
                     .toString()
                     .size(),
                 64);
    }

    void verifiesOnItsOwn()
    {
        const QList<VerificationReport> reports = verify(m_pdf);
        QCOMPARE(reports.size(), 2);
        const VerificationReport &portfolio = reports.first();
        QCOMPARE(portfolio.format, QStringLiteral("portfolio-pdf"));
        for (const char *name : {"format", "manifest", "pages", "attachments"}) {
            QCOMPARE(resultOf(portfolio, name), QStringLiteral("valid"));
        }
        QCOMPARE(resultOf(portfolio, "proof"), QStringLiteral("unchecked"));
        QCOMPARE(resultOf(reports.at(1), "proof"), QStringLiteral("valid"));
    }

    void changedPagesFail()
    {
        QByteArray bytes = readAll(m_pdf);
        const qsizetype at = bytes.indexOf("/Type /Page") + 2;
        bytes[at] = 'X';
        const QString path = s.dir.filePath(QStringLiteral("changed-page.pdf"));
        writeAll(path, bytes);
        const QList<VerificationReport> reports = verify(path);
        QVERIFY(!reports.isEmpty());
        QCOMPARE(resultOf(reports.first(), "pages"), QStringLiteral("invalid"));
        QCOMPARE(reports.first().result(), CheckResult::Invalid);
    }

    void savedAgainFails()
    {
        // Another program's incremental update could draw over the pages: the export no longer stands.
        const QByteArray again = savedAgain(readAll(m_pdf));
        QVERIFY(!again.isEmpty());
        const QString path = s.dir.filePath(QStringLiteral("saved-again.pdf"));
        writeAll(path, again);
        const QList<VerificationReport> reports = verify(path);
        QVERIFY(!reports.isEmpty());
        QCOMPARE(resultOf(reports.first(), "pages"), QStringLiteral("invalid"));
        QVERIFY(messageOf(reports.first(), "pages").contains(QStringLiteral("saved again")));
    }

    void replacedAttachmentFails()
    {
        // The same pages, with the original credential swapped for one changed byte.
        const QByteArray bytes = readAll(m_pdf);
        auto attachments = PdfAttachmentReader::read(bytes);
        QVERIFY(attachments.ok());
        const QJsonObject bundle = QJsonDocument::fromJson(attachments->last().data).object();
        const qint64 pagesSize =
            bundle.value(QStringLiteral("pages")).toObject().value(QStringLiteral("size")).toInteger();
        QList<PdfAttachment> changed = *attachments;
        QString swapped;
        for (PdfAttachment &a : changed) {
            if (a.name.startsWith(QStringLiteral("credential-"))) {
                a.data[a.data.size() / 2] = a.data.at(a.data.size() / 2) == 'a' ? 'b' : 'a';
                swapped = a.name;
            }
        }
        QVERIFY(!swapped.isEmpty());
        auto rewritten = PdfAttachmentWriter::write(bytes.left(pagesSize), changed, {});
        QVERIFY(rewritten.ok());
        const QString path = s.dir.filePath(QStringLiteral("swapped.pdf"));
        writeAll(path, *rewritten);
        const QList<VerificationReport> reports = verify(path);
        QVERIFY(!reports.isEmpty());
        QCOMPARE(resultOf(reports.first(), "pages"), QStringLiteral("valid"));
        QCOMPARE(resultOf(reports.first(), "attachments"), QStringLiteral("invalid"));
        QVERIFY2(messageOf(reports.first(), "attachments").contains(swapped),
                 qPrintable(messageOf(reports.first(), "attachments")));
    }

    void aPdfWithoutABundleIsNamed()
    {
        const QString path = s.dir.filePath(QStringLiteral("plain.pdf"));
        writeAll(path, pdfEvidence());
        const QList<VerificationReport> reports = verify(path);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(resultOf(reports.first(), "format"), QStringLiteral("invalid"));
        QVERIFY(messageOf(reports.first(), "format").contains(QStringLiteral("no portfolio bundle")));
    }

    void redactedFieldsAreAbsent()
    {
        ExportOptions options;
        options.redactions = {ExportOptions::Redaction::Contact, ExportOptions::Redaction::Reflections,
                              ExportOptions::Redaction::Grades,
                              ExportOptions::Redaction::RecipientIdentifiers};
        const QString path = s.dir.filePath(QStringLiteral("redacted.pdf"));
        QVERIFY(exportTo(path, options).ok());
        const QString t = text(path);
        for (const QString &absent :
             {QStringLiteral("amira@example.org"), QStringLiteral("Five users were enough."),
              QStringLiteral("Paper prototypes first"), QStringLiteral("Careful")}) {
            QVERIFY2(!t.contains(absent), qPrintable(absent));
        }
        QVERIFY(t.contains(QStringLiteral("Withheld at the learner's request")));
        QVERIFY(t.contains(QStringLiteral("withheld by the learner")));
        // What is not redacted is still there.
        QVERIFY(t.contains(QStringLiteral("Checkout wireframes")));
        QVERIFY(t.contains(m_credentialName));
    }

    void anApplicationPackHoldsOnlyItsItems()
    {
        ApplicationPack pack;
        pack.name = QStringLiteral("Acme application");
        pack.targetRole = QStringLiteral("Junior UX designer at Acme");
        pack.headline = QStringLiteral("Designer who tests with real users");
        pack.coverNote = QStringLiteral("Dear hiring team, here is the work behind my application.");
        const auto listed = s->evidence().list();
        QVERIFY(listed.ok());
        for (const Evidence &e : *listed) {
            if (e.title == u"Checkout wireframes")
                pack.evidenceIds << e.id;
        }
        QCOMPARE(pack.evidenceIds.size(), 1);
        ExportOptions options;
        options.usePack(pack);
        const QString path = s.dir.filePath(QStringLiteral("pack.pdf"));
        QVERIFY(exportTo(path, options).ok());
        const QString t = text(path);
        for (const QString &expected :
             {pack.targetRole, pack.headline, pack.coverNote, QStringLiteral("Checkout wireframes"),
              QStringLiteral("Amira Haddad")})
            QVERIFY2(t.contains(expected), qPrintable(expected));
        for (const QString &absent : {m_credentialName, QStringLiteral("Usability report"),
                                      QStringLiteral("Acme GmbH"), QStringLiteral("Ran two test sessions")})
            QVERIFY2(!t.contains(absent), qPrintable(absent));
        // It carries no credential, so only the bundle is attached; and it verifies.
        const auto attachments = PdfAttachmentReader::read(readAll(path));
        QVERIFY(attachments.ok());
        QStringList names;
        for (const PdfAttachment &a : *attachments)
            names << a.name;
        QCOMPARE(names, QStringList{QString::fromLatin1(PortfolioPdfExporter::kBundleAttachment)});
        const QList<VerificationReport> reports = verify(path);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(resultOf(reports.first(), "manifest"), QStringLiteral("valid"));
    }

    void aSignedPdfNamesItsHolder()
    {
        auto key = Ed25519Key::generate();
        QVERIFY(key.ok());
        ExportOptions options;
        options.signingKey = *key;
        const QString path = s.dir.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(exportTo(path, options).ok());
        QVERIFY(text(path).contains(key->did()));
        const QList<VerificationReport> reports = verify(path);
        QVERIFY(!reports.isEmpty());
        for (const char *name : {"format", "manifest", "proof", "pages", "attachments"})
            QCOMPARE(resultOf(reports.first(), name), QStringLiteral("valid"));
        QVERIFY(messageOf(reports.first(), "proof").contains(key->did()));
    }

    void letterPaper()
    {
        ExportOptions options;
        options.paper = ExportOptions::Paper::Letter;
        const QString path = s.dir.filePath(QStringLiteral("letter.pdf"));
        QVERIFY(exportTo(path, options).ok());
        QVERIFY(run(tool("pdfinfo"), {path}).contains("612 x 792 pts (letter)"));
    }

    void missingFileIsNamed()
    {
        TempStore other;
        QByteArray badge;
        fillPortfolio(other, &badge);
        const QString sha = other->evidence().list()->first().files.first().sha256;
        QVERIFY(QFile::remove(other->blobs().pathFor(sha)));
        const QString path = other.dir.filePath(QStringLiteral("missing.pdf"));
        ExportOptions options;
        options.exportedAt = kExportedAt;
        QVERIFY(PortfolioPdfExporter(*other.store).write(path, options).ok());
        const QString t = text(path);
        QVERIFY(t.contains(QStringLiteral("Missing: the stored copy of this file is gone")));
        QVERIFY(t.contains(sha));
    }

    void unwritableDestinationLeavesNothing()
    {
        const QString path = s.dir.filePath(QStringLiteral("no-such-folder/portfolio.pdf"));
        const Status written = exportTo(path);
        QVERIFY(!written.ok());
        QCOMPARE(written.code(), ErrorCode::Io);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(tst_PortfolioPdfExporter)
#include "tst_portfoliopdfexporter.moc"
