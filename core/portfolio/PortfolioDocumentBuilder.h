#pragma once

#include "ExportOptions.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace pf {

// Writes a portfolio bundle (docs/portfolio-bundle.md) as rich text in Qt's HTML subset, which the PDF
// exporter lays out on pages: the cover, a summary with the competency matrix, then the credentials,
// evidence and placements. Content is marked by who stands behind it: verified issuer, supervisor or
// the learner alone.
class PortfolioDocumentBuilder
{
public:
    struct Inputs
    {
        QJsonObject bundle;
        QHash<QString, QJsonObject> derived; // a credential's normalised fields, by item id (credential-3)
        QHash<QString, QString> credentialImage; // item id -> image resource name
        QHash<QString, QString> fileThumbnail;   // an evidence file's SHA-256 -> image resource name
    };

    // The resource URL scheme of the images the HTML refers to: pf-image:NAME.
    static QString imageUrl(const QString &name);

    static QString html(const Inputs &inputs, const ExportOptions &options);

    // The label of each mark, as the legend and the pages print it.
    static QString issuerVerifiedLabel();
    static QString supervisorLabel();
    static QString selfAssertedLabel();
};

} // namespace pf
