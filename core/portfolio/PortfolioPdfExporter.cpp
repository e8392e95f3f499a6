#include "PortfolioPdfExporter.h"

#include "BundleContent.h"
#include "BundleExporter.h"
#include "PortfolioDocumentBuilder.h"
#include "PresentationSigner.h"
#include "Thumbnailer.h"
#include "common/FileWriter.h"
#include "domain/ItemRef.h"
#include "pdf/PdfAttachmentWriter.h"
#include "store/Store.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>

namespace pf {

namespace {

QString mediaTypeOf(const QString &format)
{
    if (format.endsWith(QStringLiteral("-png")))
        return QStringLiteral("image/png");
    if (format.endsWith(QStringLiteral("-svg")))
        return QStringLiteral("image/svg+xml");
    if (format.endsWith(QStringLiteral("-jws")) || format.endsWith(QStringLiteral("-jwt")))
        return QStringLiteral("application/jwt");
    return QStringLiteral("application/json");
}

} // namespace

QString PortfolioPdfExporter::attachmentName(const QString &id, const QString &sourceFile)
{
    QString safe;
    for (QChar c : sourceFile) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                           c == u'.' || c == u'-' || c == u'_';
        safe.append(plain ? c : QChar(u'_'));
    }
    return safe.isEmpty() ? id : QStringLiteral("%1-%2").arg(id, safe.right(80));
}

namespace {

struct Images
{
    QHash<QString, QImage> pictures;
    QHash<QString, QString> credentialImage;
    QHash<QString, QString> fileThumbnail;
    QHash<QString, QJsonObject> derived;
};

Result<Images> collectImages(Store &store, const QJsonObject &bundle)
{
    Images images;
    auto credentials = store.credentials().list();
    if (!credentials)
        return credentials.error();
    QList<Thumbnailer::Request> requests;
    QSet<QString> requested;
    const auto request = [&](const QString &key, const QString &sha256, Thumbnailer::Kind kind) {
        if (!requested.contains(key)) {
            requested.insert(key);
            requests << Thumbnailer::Request{key, store.blobs().pathFor(sha256), kind};
        }
    };
    for (const Credential &c : *credentials) {
        const QString id = ItemRef{ItemKind::Credential, c.id}.toString();
        images.derived.insert(id, c.derived);
        if (!c.imageSha256.isEmpty() && store.blobs().contains(c.imageSha256)) {
            const QString key = QStringLiteral("badge-") + c.imageSha256;
            request(key, c.imageSha256, Thumbnailer::Kind::Image);
            images.credentialImage.insert(id, key);
        }
    }
    for (const QJsonValue &e : bundle.value(QStringLiteral("evidence")).toArray()) {
        for (const QJsonValue &fv : e.toObject().value(QStringLiteral("files")).toArray()) {
            const QJsonObject f = fv.toObject();
            if (f.value(QStringLiteral("missing")).toBool())
                continue;
            EvidenceFile file;
            file.mediaType = f.value(QStringLiteral("mediaType")).toString();
            file.sha256 = f.value(QStringLiteral("sha256")).toString();
            const EvidenceFile::Preview preview = file.preview();
            if (preview != EvidenceFile::Preview::Image && preview != EvidenceFile::Preview::Pdf)
                continue;
            const QString key = QStringLiteral("file-") + file.sha256;
            request(key, file.sha256,
                    preview == EvidenceFile::Preview::Pdf ? Thumbnailer::Kind::Pdf
                                                          : Thumbnailer::Kind::Image);
            images.fileThumbnail.insert(file.sha256, key);
        }
    }
    images.pictures = Thumbnailer::make(requests);
    // A picture that could not be decoded is left out of the page, not shown broken.
    for (auto *map : {&images.credentialImage, &images.fileThumbnail})
        map->removeIf([&](const auto &it) { return !images.pictures.contains(it.value()); });
    return images;
}

QList<PdfAttachment> attachments(const QJsonObject &bundle, const QDateTime &exportedAt)
{
    QList<PdfAttachment> files;
    files << PdfAttachment{
        QString::fromLatin1(PortfolioPdfExporter::kBundleAttachment),
        QStringLiteral("The portfolio bundle (docs/portfolio-bundle.md): every credential, its "
                       "report and the hashes of everything in this PDF"),
        QStringLiteral("application/json"), QJsonDocument(bundle).toJson(QJsonDocument::Indented),
        exportedAt};
    for (const QJsonValue &v : bundle.value(QStringLiteral("credentials")).toArray()) {
        const QJsonObject c = v.toObject();
        QByteArray original;
        if (!BundleContent::decode(c.value(QStringLiteral("original")).toObject(), &original))
            continue; // the bundle was built from the store a moment ago: this does not happen
        files << PdfAttachment{
            PortfolioPdfExporter::attachmentName(c.value(QStringLiteral("id")).toString(),
                                                 c.value(QStringLiteral("sourceFile")).toString()),
            QStringLiteral("The original file of: %1").arg(c.value(QStringLiteral("name")).toString()),
            mediaTypeOf(c.value(QStringLiteral("format")).toString()), original, exportedAt};
    }
    return files;
}

} // namespace

Result<QByteArray> PortfolioPdfExporter::render(const QJsonObject &bundle, const ExportOptions &options) const
{
    auto images = collectImages(m_store, bundle);
    if (!images)
        return images.error();
    const QString html = PortfolioDocumentBuilder::html(
        {bundle, images->derived, images->credentialImage, images->fileThumbnail}, options);

    const QString learner =
        bundle.value(QStringLiteral("learner")).toObject().value(QStringLiteral("name")).toString();
    const QString title =
        learner.isEmpty() ? QStringLiteral("Portfolio") : QStringLiteral("Portfolio of %1").arg(learner);
    const QDateTime exportedAt =
        options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTimeUtc();

    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setPageSize(
            QPageSize(options.paper == ExportOptions::Paper::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Pathfolio"));

        QPainter painter;
        if (!painter.begin(&writer))
            return Error{ErrorCode::Io, QStringLiteral("Qt's PDF writer could not start")};
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal footerHeight = writer.resolution() * 0.4; // about 10 mm
        const QSizeF body(page.width(), page.height() - footerHeight);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setPageSize(body);
        QFont font;
        font.setFamilies(
            {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Noto Sans")});
        font.setPointSizeF(9.5);
        // Ligatures would turn "fi" into one glyph, which text extraction and search then miss.
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setDefaultStyleSheet(
            QStringLiteral("h1 { font-size: 18pt; color: #1a3a5c; margin-bottom: 6px; } "
                           "h2 { font-size: 13pt; color: #1a3a5c; margin-top: 12px; } "
                           "a { color: #1f5fa8; } th { background-color: #eef1f5; }"));
        for (auto it = images->pictures.cbegin(); it != images->pictures.cend(); ++it)
            document.addResource(QTextDocument::ImageResource,
                                 QUrl(PortfolioDocumentBuilder::imageUrl(it.key())), it.value());
        document.setHtml(html);

        QFont footerFont = font;
        footerFont.setPointSizeF(7.5);
        const QString footerLeft = QStringLiteral("%1 · exported %2")
                                       .arg(title, exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0 && !writer.newPage())
                return Error{ErrorCode::Io,
                             QStringLiteral("Qt's PDF writer could not start page %1").arg(i + 1)};
            painter.save();
            painter.translate(0, -i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * body.height(), body.width(), body.height());
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            const QRectF footer(0, body.height() + footerHeight * 0.35, body.width(), footerHeight * 0.65);
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), writer.resolution() / 150.0));
            painter.drawLine(footer.topLeft(), footer.topRight());
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.setFont(footerFont);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages));
        }
        if (!painter.end())
            return Error{ErrorCode::Io, QStringLiteral("Qt's PDF writer could not finish the document")};
    }

    PdfAttachmentWriter::Information information;
    information.title = title;
    information.author = learner;
    information.subject = options.targetRole.isEmpty()
                              ? QStringLiteral("Portfolio of verifiable credentials and evidence")
                              : QStringLiteral("Portfolio for %1").arg(options.targetRole);
    information.keywords = QStringLiteral("portfolio, Open Badges, verifiable credentials");
    information.creator = QStringLiteral("Pathfolio");
    information.created = exportedAt;
    // The bundle records the pages as written, so a verifier finds any later change to what a reader sees.
    QJsonObject attached = bundle;
    attached.insert(QStringLiteral("pages"),
                    QJsonObject{{QStringLiteral("sha256"), BundleContent::sha256(pdf)},
                                {QStringLiteral("size"), qint64(pdf.size())}});
    BundleExporter::seal(attached);
    if (options.signingKey) {
        if (Status signedBundle = PresentationSigner::sign(attached, *options.signingKey, exportedAt);
            !signedBundle)
            return signedBundle.error();
    }
    return PdfAttachmentWriter::write(pdf, attachments(attached, exportedAt), information);
}

Status PortfolioPdfExporter::write(const QString &path, const ExportOptions &options) const
{
    ExportOptions stamped = options;
    if (!stamped.exportedAt.isValid())
        stamped.exportedAt = QDateTime::currentDateTimeUtc();
    auto bundle = BundleExporter(m_store).build(stamped);
    if (!bundle)
        return bundle.error();
    auto pdf = render(*bundle, stamped);
    if (!pdf)
        return pdf.error();
    return FileWriter::writeWhole(path, *pdf);
}

} // namespace pf
