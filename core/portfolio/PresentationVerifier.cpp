#include "PresentationVerifier.h"

#include "PresentationSigner.h"
#include "jsonld/BundledContextLoader.h"
#include "verify/DataIntegrityProofVerifier.h"

namespace pf {

namespace {

const QString kCheck = QStringLiteral("proof");

} // namespace

Check PresentationVerifier::verify(const QJsonObject &bundle, const QDateTime &at)
{
    const QJsonValue member = bundle.value(QLatin1String(PresentationSigner::kMember));
    if (member.isUndefined())
        return Check::unchecked(kCheck, QStringLiteral("the bundle is not signed by its holder"));
    const QJsonObject presentation = member.toObject();
    const QString holder = presentation.value(QStringLiteral("holder")).toString();
    const QJsonObject proof = presentation.value(QStringLiteral("proof")).toObject();
    if (!holder.startsWith(QStringLiteral("did:key:")) || proof.isEmpty())
        return Check::invalid(
            kCheck, ReasonCode::Malformed,
            QStringLiteral("/presentation: the holder's signature needs a did:key holder and a "
                           "proof"));
    if (presentation.value(QStringLiteral("digestMultibase")).toString() !=
        PresentationSigner::digestOf(bundle))
        return Check::invalid(
            kCheck, ReasonCode::Signature,
            QStringLiteral("/presentation/digestMultibase: %1 signed other content than this "
                           "bundle holds")
                .arg(holder.left(200)));
    // A did:key holds one key, named by the fragment after the DID.
    const QString method = proof.value(QStringLiteral("verificationMethod")).toString();
    if (method.section(u'#', 0, 0) != holder)
        return Check::invalid(kCheck, ReasonCode::IssuerMismatch,
                              QStringLiteral("/presentation/proof: signed by %1, which is not the holder %2")
                                  .arg(method.left(200), holder.left(200)));
    QJsonObject unsecured = presentation;
    unsecured.remove(QStringLiteral("proof"));
    const BundledContextLoader loader;
    // did:key needs no document: the key is the DID itself, so nothing is looked up.
    const DataIntegrityProofVerifier verifier([](const QString &) { return std::optional<QByteArray>(); },
                                              &loader, at);
    const DataIntegrityProofVerifier::Outcome outcome = verifier.verify(unsecured, proof);
    switch (outcome.result) {
    case CheckResult::Valid:
        return Check::valid(kCheck,
                            QStringLiteral("signed by its holder, %1 (%2)").arg(holder, outcome.suite));
    case CheckResult::Invalid:
        return Check::invalid(kCheck, outcome.code,
                              QStringLiteral("/presentation/proof: %1").arg(outcome.message));
    case CheckResult::Unknown:
        return Check::unknown(kCheck, outcome.code,
                              QStringLiteral("/presentation/proof: %1").arg(outcome.message));
    case CheckResult::Unchecked:
        break;
    }
    return Check::unchecked(kCheck, QStringLiteral("/presentation/proof: %1").arg(outcome.message),
                            outcome.code);
}

} // namespace pf
