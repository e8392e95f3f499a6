#pragma once

#include "ExportOptions.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pf {

class Store;

// Builds the portfolio bundle of docs/portfolio-bundle.md from a store: the learner's profile, every
// credential's original bytes with its latest verification report, the offline documents a verifier
// needs, the evidence with the SHA-256 of each file, the placements with their log and evaluations,
// the competencies, and a manifest of hashes over all of it.
class BundleExporter
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr const char *kFormatName = "pathfolio-portfolio-bundle";

    explicit BundleExporter(Store &store) : m_store(store) {}

    using Withheld = QSet<ExportOptions::Redaction>;

    // The whole portfolio as it stands, stamped exportedAt, without the fields withheld names (listed
    // in the bundle's "withheld"). The original credentials are carried as issued: their signed content
    // cannot be redacted without breaking the signature.
    Result<QJsonObject> build(const QDateTime &exportedAt, const Withheld &withheld = {}) const;
    // The same for the options' stamp and redactions, holding only what the options' pack selects when
    // there is one: its credentials, evidence and placements, its competencies and those the chosen items
    // link to, and of the offline documents only those its credentials refer to.
    Result<QJsonObject> build(const ExportOptions &options) const;
    // build(), written to path whole or not at all: a failure leaves no partial file behind.
    Status write(const QString &path, const QDateTime &exportedAt, const Withheld &withheld = {}) const;
    // The same for the options' stamp and redactions, signed by the options' signing key when there is one.
    Status write(const QString &path, const ExportOptions &options) const;

    // The manifest's content hash of bundle: SHA-256 (hex) of the RFC 8785 form of bundle without its
    // manifest and without the holder's presentation, which signs this hash. A verifier recomputes it to find
    // any changed, added or removed item.
    static QString contentHash(const QJsonObject &bundle);
    // Sets the manifest's content hash for bundle as it now stands, after a field was added to it (the
    // PDF export adds "pages").
    static void seal(QJsonObject &bundle);

private:
    Store &m_store;
};

} // namespace pf
