// Measures exporting a portfolio of 200 credentials (half with a baked badge image) and 500 evidence items
// (four in five photographs, one in five PDFs, each thumbnailed) to the PDF with its attachments, and the
// memory that takes.
#include "BenchCredential.h"
#include "credentials/CredentialImporter.h"
#include "credentials/PlaceholderBadge.h"
#include "credentials/PngBadgeBaker.h"
#include "portfolio/PortfolioPdfExporter.h"
#include "store/Store.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace pf;

namespace {

// A photograph-sized image whose pixels differ per item, so that no two compress alike.
QByteArray photo(int i)
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((i * 37) % 360, 120, 230));
    QPainter p(&image);
    for (int k = 0; k < 24; ++k)
        p.fillRect((k * 131 + i * 17) % 1400, (k * 89 + i * 29) % 1000, 200, 200,
                   QColor::fromHsv((i * 11 + k * 23) % 360, 200, 160));
    p.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 85);
    return jpeg;
}

QByteArray document(int i)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter p(&writer);
    p.setFont(QFont(QStringLiteral("DejaVu Sans"), 24));
    p.drawText(QPointF(400, 1200), QStringLiteral("Project report %1").arg(i));
    p.fillRect(QRectF(400, 1600, 6000, 3000), QColor::fromHsv((i * 37) % 360, 90, 220));
    p.end();
    return pdf;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

long peakResidentMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kibibytes on Linux
}

bool fill(Store &store, const QString &inputs, int credentials, int evidence)
{
    CredentialImporter importer(store);
    const QByteArray png = PlaceholderBadge::png(256);
    const QJsonObject report{{QStringLiteral("result"), QStringLiteral("valid")},
                             {QStringLiteral("checks"),
                              QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("proof")},
                                                     {QStringLiteral("result"), QStringLiteral("valid")}}}}};
    for (int i = 0; i < credentials; ++i) {
        const QByteArray json = benchCredentialJson(i);
        const bool baked = i % 2 == 0;
        const QByteArray bytes =
            baked ? *PngBadgeBaker::bake(png, json, BakedPayload::Generation::Ob3) : json;
        const auto outcomes =
            importer.importBytes(bytes, QStringLiteral("badge-%1.%2").arg(i).arg(baked ? "png" : "json"));
        if (outcomes.size() != 1 || outcomes.first().id <= 0)
            return false;
        if (!store.credentials().addVerification(outcomes.first().id, QDateTime::currentDateTimeUtc(),
                                                 QStringLiteral("valid"), report))
            return false;
    }
    QList<qint64> competencies;
    for (int c = 0; c < 20; ++c) {
        Competency competency;
        competency.title = QStringLiteral("Skill %1").arg(c);
        competency.code = QStringLiteral("S%1").arg(c);
        competencies.append(*store.competencies().create(competency));
    }
    for (int i = 0; i < evidence; ++i) {
        const bool pdf = i % 5 == 4;
        const QString path =
            QDir(inputs).filePath(QStringLiteral("evidence-%1.%2").arg(i).arg(pdf ? "pdf" : "jpg"));
        if (!write(path, pdf ? document(i) : photo(i)))
            return false;
        Evidence e;
        e.title = QStringLiteral("Evidence item %1").arg(i);
        e.description = QStringLiteral("What was made, for whom, and what came of it.");
        e.reflection = QStringLiteral("What I would do differently next time.");
        e.kind = Evidence::Kind::File;
        e.competencyIds = {competencies.at(i % competencies.size())};
        if (!store.evidence().create(e, {path}))
            return false;
        QFile::remove(path);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pathfolio.*.info=false"));
    const int credentials = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    const int evidence = argc > 2 ? QByteArray(argv[2]).toInt() : 500;
    // A third argument keeps the PDF there, to look at.
    const QString kept = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();

    QTemporaryDir dir;
    const QString inputs = dir.filePath(QStringLiteral("inputs"));
    QDir().mkpath(inputs);
    auto store = Store::open(dir.filePath(QStringLiteral("store")));
    if (!store) {
        std::fprintf(stderr, "cannot open a store: %s\n", qPrintable(store.error().message));
        return 1;
    }
    if (!fill(**store, inputs, credentials, evidence)) {
        std::fprintf(stderr, "cannot fill the store\n");
        return 1;
    }
    const long before = peakResidentMiB();

    ExportOptions options;
    options.exportedAt = QDateTime::currentDateTimeUtc();
    const QString out = kept.isEmpty() ? dir.filePath(QStringLiteral("portfolio.pdf")) : kept;
    QElapsedTimer timer;
    timer.start();
    const Status written = PortfolioPdfExporter(**store).write(out, options);
    const qint64 ms = timer.elapsed();
    if (!written) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(written.error().message));
        return 1;
    }
    std::printf("pdf export: %d credentials, %d evidence items -> %.1f MiB PDF in %.2f s (goal < 10 s); "
                "peak resident %ld MiB, %ld MiB before the export (goal < 500 MB)\n",
                credentials, evidence, double(QFileInfo(out).size()) / (1024.0 * 1024.0), double(ms) / 1000.0,
                peakResidentMiB(), before);
    return 0;
}
