#include "PortfolioVerifier.h"

#include "BundleContent.h"
#include "BundleExporter.h"
#include "BundleVerifier.h"
#include "PortfolioPdfExporter.h"
#include "pdf/PdfAttachmentReader.h"
#include "pdf/PdfCrossReference.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace pf {

namespace {

const QString kFormat = QStringLiteral("format");

// Adds the checks of the bundle itself to report and returns the reports of its credentials; nullopt when
// json is not a portfolio bundle at all.
std::optional<QList<VerificationReport>> checkBundle(const QByteArray &json, const QString &file,
                                                     const QDateTime &at, VerificationReport *report)
{
    QTemporaryDir scratch;
    auto outcome = BundleVerifier::verify(json, at, scratch.filePath(QStringLiteral("store")));
    if (!outcome) {
        if (outcome.error().code == ErrorCode::InvalidArgument)
            return std::nullopt;
        report->checks << Check::invalid(kFormat, ReasonCode::Malformed, outcome.error().message);
        return QList<VerificationReport>{};
    }
    report->checks << Check::valid(kFormat, QStringLiteral("a portfolio bundle this version reads"));
    if (outcome->intact()) {
        report->checks << Check::valid(QStringLiteral("manifest"),
                                       QStringLiteral("every hash in the manifest holds"));
    } else {
        QStringList problems;
        for (const BundleVerifier::Problem &p : outcome->problems)
            problems << QStringLiteral("%1: %2").arg(p.item, p.message);
        // A changed bundle fails as a changed credential does.
        report->checks << Check::invalid(QStringLiteral("manifest"), ReasonCode::Signature,
                                         problems.join(QStringLiteral("; ")));
    }
    report->checks << outcome->holder;
    QList<VerificationReport> credentials;
    for (VerificationReport &r : outcome->reports) {
        r.file = file + QStringLiteral("#") + r.file;
        credentials << std::move(r);
    }
    return credentials;
}

Check pagesCheck(const QByteArray &pdf, const QJsonObject &bundle)
{
    const QString name = QStringLiteral("pages");
    const QJsonObject pages = bundle.value(QStringLiteral("pages")).toObject();
    const qint64 size = pages.value(QStringLiteral("size")).toInteger(-1);
    const QString expected = pages.value(QStringLiteral("sha256")).toString();
    if (pages.isEmpty() || size <= 0 || expected.isEmpty())
        return Check::invalid(name, ReasonCode::Signature,
                              QStringLiteral("the attached bundle does not describe the pages of a PDF"));
    if (size > pdf.size() || BundleContent::sha256(QByteArrayView(pdf).first(qsizetype(size))) != expected)
        return Check::invalid(
            name, ReasonCode::Signature,
            QStringLiteral("the pages were changed after export: they no longer hash to the "
                           "SHA-256 the bundle recorded (%1)")
                .arg(expected));
    auto xref = PdfCrossReference::read(pdf);
    // Export writes the pages, then one update with the attachments: a further update is a later change.
    if (!xref || xref->sectionCount() != 2)
        return Check::invalid(
            name, ReasonCode::Signature,
            QStringLiteral("the PDF was saved again after export, so what it shows may differ "
                           "from what was exported"));
    return Check::valid(name, QStringLiteral("the pages are byte for byte as exported"));
}

Check attachmentsCheck(const QList<PdfAttachment> &attachments, const QJsonObject &bundle)
{
    const QString name = QStringLiteral("attachments");
    QHash<QString, const PdfAttachment *> byName;
    for (const PdfAttachment &a : attachments)
        byName.insert(a.name, &a);
    byName.remove(QString::fromLatin1(PortfolioPdfExporter::kBundleAttachment));
    QStringList problems;
    for (const QJsonValue &v : bundle.value(QStringLiteral("credentials")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(QStringLiteral("id")).toString();
        const QString expected =
            PortfolioPdfExporter::attachmentName(id, c.value(QStringLiteral("sourceFile")).toString());
        const PdfAttachment *a = byName.take(expected);
        if (!a)
            problems << QStringLiteral("the original of %1 (%2) is not attached").arg(id, expected);
        else if (BundleContent::sha256(a->data) != c.value(QStringLiteral("sha256")).toString())
            problems << QStringLiteral("%1 differs from the original of %2 that the bundle carries")
                            .arg(expected, id);
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        problems << QStringLiteral("%1 is attached but the bundle does not list it").arg(it.key());
    if (!problems.isEmpty())
        return Check::invalid(name, ReasonCode::Signature, problems.join(QStringLiteral("; ")));
    return Check::valid(
        name, QStringLiteral("every credential's original is attached, exactly as the bundle carries it"));
}

} // namespace

bool PortfolioVerifier::isPortfolio(const QString &path, const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return true;
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) &&
           bytes.contains(QByteArrayLiteral("\"") + BundleExporter::kFormatName + '"');
}

std::optional<QList<VerificationReport>>
PortfolioVerifier::verify(const QString &path, const QByteArray &bytes, const QDateTime &at)
{
    if (!isPortfolio(path, bytes))
        return std::nullopt;
    VerificationReport portfolio;
    portfolio.file = path;
    portfolio.verifiedAt = at;

    if (!bytes.startsWith("%PDF-")) {
        portfolio.format = QString::fromLatin1(kBundleFormat);
        auto credentials = checkBundle(bytes, path, at, &portfolio);
        if (!credentials)
            return std::nullopt;
        return QList<VerificationReport>{portfolio} + *credentials;
    }

    portfolio.format = QString::fromLatin1(kPdfFormat);
    auto attachments = PdfAttachmentReader::read(bytes);
    if (!attachments) {
        portfolio.checks << Check::invalid(
            kFormat, ReasonCode::Malformed,
            QStringLiteral("the PDF's attachments cannot be read: %1").arg(attachments.error().message));
        return QList<VerificationReport>{portfolio};
    }
    const PdfAttachment *bundleFile = nullptr;
    for (const PdfAttachment &a : *attachments) {
        if (a.name == QLatin1String(PortfolioPdfExporter::kBundleAttachment))
            bundleFile = &a;
    }
    if (!bundleFile) {
        portfolio.checks << Check::invalid(
            kFormat, ReasonCode::Malformed,
            QStringLiteral(
                "the PDF carries no portfolio bundle (%1): it was not exported by Pathfolio, or its "
                "attachments were removed")
                .arg(QLatin1String(PortfolioPdfExporter::kBundleAttachment)));
        return QList<VerificationReport>{portfolio};
    }
    auto credentials = checkBundle(bundleFile->data, path, at, &portfolio);
    if (!credentials) {
        portfolio.checks << Check::invalid(kFormat, ReasonCode::Malformed,
                                           QStringLiteral("the attached %1 is not a portfolio bundle")
                                               .arg(QLatin1String(PortfolioPdfExporter::kBundleAttachment)));
        return QList<VerificationReport>{portfolio};
    }
    if (portfolio.checks.size() > 1) {
        const QJsonObject bundle = QJsonDocument::fromJson(bundleFile->data).object();
        portfolio.checks << pagesCheck(bytes, bundle) << attachmentsCheck(*attachments, bundle);
    }
    return QList<VerificationReport>{portfolio} + *credentials;
}

std::optional<QList<VerificationReport>> PortfolioVerifier::verifyFile(const QString &path,
                                                                       const QDateTime &at)
{
    // Anything larger than this version exports is left to the credential verifier, which refuses it.
    constexpr qint64 kMaxPortfolioSize = 1024LL * 1024 * 1024;
    QFile file(path);
    if (file.size() > kMaxPortfolioSize || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    if (file.peek(5) != "%PDF-" && !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return std::nullopt;
    return verify(path, file.readAll(), at);
}

} // namespace pf
