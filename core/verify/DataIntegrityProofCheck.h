#pragma once

#include "Check.h"
#include "DataIntegrityProofVerifier.h"
#include "VerificationContext.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

namespace pf {

// The proof and issuer-binding checks of a credential secured with Data Integrity proofs (sets and chains).
class DataIntegrityProofCheck
{
public:
    // Returns the "proof" and "issuer" checks, in that order. Every proof must verify (a proof set, or a
    // chain through previousProof); the issuer check asks whether a verified key belongs to the issuer.
    // json: the text credential was read from, when at hand: parsed again in a form that canonicalizes faster
    // than credential converts (anything that form does not take falls back to credential itself).
    static QList<Check> run(const QJsonObject &credential, const VerificationContext &context,
                            QByteArrayView json = {});

    // Each proof's outcome in document order, for the CLI and tests; sources collects what was consulted.
    static QList<DataIntegrityProofVerifier::Outcome> verifyProofs(const QJsonObject &credential,
                                                                   const VerificationContext &context,
                                                                   QList<DataSource> *sources = nullptr,
                                                                   QByteArrayView json = {});

    // Whether the key a proof verified with belongs to the issuer: the issuer's own did:key/did:jwk, or a
    // method the issuer's cached DID (or controller) document lists under assertionMethod.
    static Check issuerBinding(const DataIntegrityProofVerifier::Outcome &outcome, const QString &issuerId,
                               const VerificationContext &context, QList<DataSource> *sources = nullptr);
};

} // namespace pf
