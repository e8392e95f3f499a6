#include "TrustCheck.h"

namespace pf {

Check TrustCheck::run(const QString &issuerId, const QString &issuerName, const VerificationContext &context)
{
    const QString name = QStringLiteral("trust");
    const QString who = issuerName.isEmpty() ? issuerId : QStringLiteral("%1 (%2)").arg(issuerName, issuerId);
    if (issuerId.isEmpty())
        return Check::unchecked(name, QStringLiteral("the credential names no issuer id"));
    if (context.isTrusted && context.isTrusted(issuerId))
        return Check::valid(name, QStringLiteral("%1 is on your trust list").arg(who));
    const QString message = QStringLiteral("%1 is not on your trust list").arg(who);
    // Unknown to the trust list is not forged: it lowers the result only when trust is required.
    if (context.requireTrust)
        return Check::invalid(name, ReasonCode::UntrustedIssuer, message);
    return Check::unchecked(name, message, ReasonCode::UntrustedIssuer);
}

} // namespace pf
