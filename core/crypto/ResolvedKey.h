#pragma once

#include "PublicKey.h"

#include <QString>
#include <QStringList>

namespace pf {

// A public key found for a key reference, with where it came from and whom it belongs to.
struct ResolvedKey
{
    QString id;         // absolute id of the verification method or key ("did:key:z6Mk...#z6Mk...")
    QString controller; // the DID or URL that controls it (DID document id, "controller", OB 2.0 "owner")
    PublicKey key;
    QString methodType; // "Multikey", "JsonWebKey2020", "Ed25519VerificationKey2020", "CryptographicKey",
                        // "JWK", ...
    QString source;     // "did:key (derived)", "did:jwk (derived)", "offline cache: https://..."
    // Absolute ids the controller document lists under assertionMethod (empty when it lists none, or for a
    // bare key document): the keys the controller allows to issue credentials.
    QStringList assertionMethods;
};

} // namespace pf
