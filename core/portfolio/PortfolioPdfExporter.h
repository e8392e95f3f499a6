#pragma once

#include "ExportOptions.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace pf {

class Store;

// Makes the portfolio PDF that a person reads (docs/pdf-export.md): pages laid out by Qt's PDF writer
// with real, selectable text in embedded fonts, thumbnails of the evidence, page numbers and links, and
// the proof carried inside: the original credential files and the portfolio bundle as attachments.
class PortfolioPdfExporter
{
public:
    // The name of the attached bundle, by which a verifier finds it.
    static constexpr const char *kBundleAttachment = "portfolio-bundle.json";

    explicit PortfolioPdfExporter(Store &store) : m_store(store) {}

    // The PDF of bundle (as BundleExporter builds it from the same store).
    Result<QByteArray> render(const QJsonObject &bundle, const ExportOptions &options) const;
    // The whole portfolio, written to path whole or not at all.
    Status write(const QString &path, const ExportOptions &options) const;

    // The name the original of credential id (an item id) is attached under: the id, then the name it was
    // imported under, made safe for any file system.
    static QString attachmentName(const QString &id, const QString &sourceFile);

private:
    Store &m_store;
};

} // namespace pf
