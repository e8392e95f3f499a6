#pragma once

#include "crypto/JwsVerifier.h"
#include "crypto/PublicKey.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pf {

// A Data Integrity cryptosuite Pathfolio verifies: how a proof's data is canonicalized, hashed and signed.
class Cryptosuite
{
public:
    enum class Id {
        EddsaRdfc2022,        // vc-di-eddsa; also its older name "eddsa-2022"
        EddsaJcs2022,         // vc-di-eddsa, JSON Canonicalization Scheme
        Ed25519Signature2020, // vc-di-eddsa, legacy proof type without a cryptosuite property
        EcdsaRdfc2019,        // vc-di-ecdsa, P-256 and P-384
        EcdsaJcs2019,         // vc-di-ecdsa, JSON Canonicalization Scheme
    };
    enum class Transform { Rdfc, Jcs };

    // The suite a proof object names through its type and cryptosuite, or nothing for any other.
    static std::optional<Cryptosuite> forProof(const QJsonObject &proof);
    // What the proof calls itself, for messages: the cryptosuite, else the type ("Ed25519Signature2020").
    static QString nameOf(const QJsonObject &proof);

    Id id() const { return m_id; }
    QString name() const { return m_name; } // as the proof writes it ("eddsa-2022" stays "eddsa-2022")
    Transform transform() const;

    // Whether the suite signs with keys of this type (Ed25519 for EdDSA, P-256 or P-384 for ECDSA).
    bool acceptsKey(PublicKey::Type type) const;
    // The hash of the canonical forms: SHA-384 for ECDSA with a P-384 key, else SHA-256 (also RDFC's own
    // hash).
    QCryptographicHash::Algorithm hashFor(PublicKey::Type type) const;
    // The hash the signature applies to hashData: none for Ed25519 (pure EdDSA), the suite hash for ECDSA.
    JwsVerifier::Hash signatureHashFor(PublicKey::Type type) const;
    // The signature length proofValue must decode to.
    int signatureLength(PublicKey::Type type) const;

private:
    Cryptosuite(Id id, QString name) : m_id(id), m_name(std::move(name)) {}

    Id m_id;
    QString m_name;
};

} // namespace pf
