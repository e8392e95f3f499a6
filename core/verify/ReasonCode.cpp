#include "ReasonCode.h"

namespace pf {

QString reasonCodeName(ReasonCode code)
{
    switch (code) {
    case ReasonCode::None: return {};
    case ReasonCode::Malformed: return QStringLiteral("malformed");
    case ReasonCode::NoProof: return QStringLiteral("no_proof");
    case ReasonCode::UnknownCryptosuite: return QStringLiteral("unknown_cryptosuite");
    case ReasonCode::UnknownContext: return QStringLiteral("unknown_context");
    case ReasonCode::UndefinedTerm: return QStringLiteral("undefined_term");
    case ReasonCode::Signature: return QStringLiteral("signature");
    case ReasonCode::UnsupportedAlgorithm: return QStringLiteral("unsupported_algorithm");
    case ReasonCode::CriticalHeader: return QStringLiteral("critical_header");
    case ReasonCode::KeyMismatch: return QStringLiteral("key_mismatch");
    case ReasonCode::InvalidKey: return QStringLiteral("invalid_key");
    case ReasonCode::UnresolvableKey: return QStringLiteral("unresolvable_key");
    case ReasonCode::IssuerMismatch: return QStringLiteral("issuer_mismatch");
    case ReasonCode::ProofPurpose: return QStringLiteral("proof_purpose");
    case ReasonCode::ClaimsMismatch: return QStringLiteral("claims_mismatch");
    case ReasonCode::Expired: return QStringLiteral("expired");
    case ReasonCode::NotYetValid: return QStringLiteral("not_yet_valid");
    case ReasonCode::Revoked: return QStringLiteral("revoked");
    case ReasonCode::Suspended: return QStringLiteral("suspended");
    case ReasonCode::StatusUnavailable: return QStringLiteral("status_unavailable");
    case ReasonCode::StatusListInvalid: return QStringLiteral("status_list_invalid");
    case ReasonCode::StatusUnverified: return QStringLiteral("status_unverified");
    case ReasonCode::HostedUnavailable: return QStringLiteral("hosted_unavailable");
    case ReasonCode::RecipientMismatch: return QStringLiteral("recipient_mismatch");
    case ReasonCode::UntrustedIssuer: return QStringLiteral("untrusted_issuer");
    }
    return {};
}

} // namespace pf
