#pragma once

#include "CompactJws.h"
#include "PublicKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QStringList>

namespace pf {

// Checks JWS (RFC 7515/7518/8037) and raw signatures against a PublicKey, with an algorithm allow-list.
class JwsVerifier
{
public:
    // The hash a raw signature was made over. Ed25519 hashes internally (RFC 8032 pure EdDSA): pass None.
    enum class Hash { None, Sha256, Sha384, Sha512 };

    // RS256, RS384, RS512, PS256, ES256, ES384, EdDSA and Ed25519 (the RFC 9864 fully-specified name for
    // EdDSA over Ed25519, also written by did-jwt before 2020). PS384 and PS512 are implemented but only
    // checked when a caller allows them. "none", HS* and ES512 (P-521) are never accepted, whatever the list
    // says.
    static QStringList defaultAlgorithms();

    // The signature of a compact JWS over its signing input. Refusals, each with a message naming the reason:
    // MalformedJws (no "alg", a malformed "crit"), UnsupportedAlgorithm ("none", HMAC, unknown or not allowed
    // algorithms, any "crit" extension, "b64": false), KeyMismatch (the key's type or curve does not fit the
    // algorithm), BadSignature (wrong length or not valid), InvalidArgument (a null key).
    static Status verify(const CompactJws &jws, const PublicKey &key,
                         const QStringList &allowedAlgs = JwsVerifier::defaultAlgorithms());

    // A bare signature over message, for Data Integrity proofs: Ed25519 (Hash::None, 64-byte signature over
    // the message itself), ECDSA (SHA-256/384/512 of the message, IEEE P1363 r||s: 64 bytes for P-256, 96 for
    // P-384), RSA (PKCS #1 v1.5 with the hash). Same error codes as verify().
    static Status verifyRaw(const PublicKey &key, const QByteArray &message, const QByteArray &signature,
                            Hash hash);

    // Whether alg may be used with key under allowedAlgs, without looking at a signature.
    static Status checkAlgorithm(const QString &alg, const PublicKey &key,
                                 const QStringList &allowedAlgs = JwsVerifier::defaultAlgorithms());
};

} // namespace pf
