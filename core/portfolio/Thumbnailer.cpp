#include "Thumbnailer.h"

#include "common/WorkerPool.h"

#include <QImageReader>
#include <QPainter>

namespace pf {

namespace {

// The picture in as few bytes as will do: without an alpha channel where it has none.
QImage compact(QImage image)
{
    if (image.isNull())
        return image;
    return image.hasAlphaChannel() ? image.convertToFormat(QImage::Format_ARGB32)
                                   : image.convertToFormat(QImage::Format_RGB888);
}

QImage imageThumbnail(const QString &path, int maxSide)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo stands the way it was taken
    const QSize full = reader.size();
    if (full.isValid() && reader.supportsOption(QImageIOHandler::ScaledSize)) {
        // JPEG and SVG decode straight to the small size, which is far faster than decoding it all.
        reader.setScaledSize(full.scaled(maxSide, maxSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
        return compact(reader.read());
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > maxSide || image.height() > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return compact(image);
}

// The first page of a PDF, through Qt's PDF image plugin (qt6-image-formats-plugin-pdf), which the app
// also uses: the core does not link QtPdf, which would bring a network library with it.
QImage pdfThumbnail(const QString &path, int maxSide)
{
    QImageReader reader(path, "pdf");
    const QSize full = reader.size();
    if (!full.isValid())
        return {};
    reader.setScaledSize(full.scaled(maxSide, maxSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    const QImage page = reader.read();
    if (page.isNull())
        return {};
    // A page is drawn on a transparent background; a thumbnail shows it as paper.
    QImage paper(page.size(), QImage::Format_RGB888);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, page);
    painter.end();
    return paper;
}

} // namespace

QImage Thumbnailer::make(const Request &request, int maxSide)
{
    return request.kind == Kind::Pdf ? pdfThumbnail(request.path, maxSide)
                                     : imageThumbnail(request.path, maxSide);
}

QHash<QString, QImage> Thumbnailer::make(const QList<Request> &requests, int maxSide)
{
    QList<QImage> images(requests.size());
    WorkerPool::run(requests.size(), WorkerPool::threadsFor(requests.size(), 8),
                    [&](bool) { return [&](qsizetype i) { images[i] = make(requests.at(i), maxSide); }; });
    QHash<QString, QImage> byKey;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!images.at(i).isNull())
            byKey.insert(requests.at(i).key, images.at(i));
    }
    return byKey;
}

} // namespace pf
