#pragma once

#include "verify/VerificationReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

namespace pf {

// Verifies an exported portfolio, a bundle (.json) or a PDF that carries one, for pathfolio-cli verify
// and the Verify page: first a report on the portfolio itself (its format, every hash of its manifest,
// for a PDF its pages and attachments, and who signed it), then a report for every credential in it,
// verified again from the original bytes on an empty store that holds only what the portfolio carries.
class PortfolioVerifier
{
public:
    // The report format names of the portfolio's own report.
    static constexpr const char *kBundleFormat = "portfolio-bundle";
    static constexpr const char *kPdfFormat = "portfolio-pdf";

    // Whether bytes are a portfolio this class verifies rather than a single credential.
    static bool isPortfolio(const QString &path, const QByteArray &bytes);

    // nullopt when bytes are not an exported portfolio, so the caller verifies them as a credential.
    static std::optional<QList<VerificationReport>> verify(const QString &path, const QByteArray &bytes,
                                                           const QDateTime &at);
    // The same for the file at path, read only when it can be a portfolio (a PDF, or a .json file of a
    // size this version exports); nullopt otherwise, so the caller verifies the file as a credential.
    static std::optional<QList<VerificationReport>> verifyFile(const QString &path, const QDateTime &at);
};

} // namespace pf
