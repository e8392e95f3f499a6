#pragma once

#include "VerificationContext.h"
#include "VerificationReport.h"
#include "credentials/ParsedCredential.h"

#include <QList>

namespace pf {

// Verifies credentials offline, check by check: format, proof, issuer, validity, status, recipient, trust.
class Verifier
{
public:
    explicit Verifier(VerificationContext context) : m_context(std::move(context)) {}

    // Every credential in a file (a record or presentation and those inside it); an unreadable file gives
    // one report whose format check says why.
    QList<VerificationReport> verifyBytes(const QByteArray &bytes, const QString &fileName) const;
    VerificationReport verify(const ParsedCredential &parsed, const QString &fileName) const;
    // The reports for a file on disk: what verifyBytes says, or one report saying why it could not be read.
    QList<VerificationReport> verifyFile(const QString &path) const;

    const VerificationContext &context() const { return m_context; }

private:
    QList<Check> proofChecks(const ParsedCredential &parsed) const;
    CheckResult verifyStatusList(const QByteArray &list, QString *why) const;

    VerificationContext m_context;
    int m_depth = 0; // a status list is itself verified, once
};

} // namespace pf
