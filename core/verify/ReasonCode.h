#pragma once

#include <QString>

namespace pf {

// Why a check is not valid: the reason-code vocabulary of docs/cli.md, one across the app.
enum class ReasonCode {
    None,
    Malformed,
    NoProof,
    UnknownCryptosuite,
    UnknownContext,
    UndefinedTerm,
    Signature,
    UnsupportedAlgorithm,
    CriticalHeader,
    KeyMismatch,
    InvalidKey,
    UnresolvableKey,
    IssuerMismatch,
    ProofPurpose,
    ClaimsMismatch,
    Expired,
    NotYetValid,
    Revoked,
    Suspended,
    StatusUnavailable,
    StatusListInvalid,
    StatusUnverified,
    HostedUnavailable,
    RecipientMismatch,
    UntrustedIssuer,
};

QString reasonCodeName(ReasonCode code); // "" for None, else e.g. "status_unavailable"

} // namespace pf
