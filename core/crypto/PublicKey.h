#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace pf {

struct PublicKeyData;

// A validated, immutable public signature key (RSA, P-256, P-384, Ed25519); copies share one OpenSSL key.
class PublicKey
{
public:
    enum class Type { Rsa, P256, P384, Ed25519 };

    // RSA keys below the minimum are refused as too weak; above the maximum, as a denial of service.
    static constexpr int kMinRsaBits = 2048;
    static constexpr int kMaxRsaBits = 16384;

    PublicKey(); // a null key: isNull() is true and it verifies nothing

    // RFC 7517/7518/8037 JWK: kty RSA (n, e), EC (crv P-256 or P-384, x, y at full length), OKP (crv Ed25519,
    // x). Refuses private keys (a "d" member), "use" other than "sig", other curves and key types:
    // InvalidKey.
    static Result<PublicKey> fromJwk(const QJsonObject &jwk);
    // PEM SubjectPublicKeyInfo ("-----BEGIN PUBLIC KEY-----", as in OB 2.0 publicKeyPem) or PKCS #1
    // ("-----BEGIN RSA PUBLIC KEY-----"). Private keys, certificates and anything else: InvalidKey.
    static Result<PublicKey> fromPem(const QByteArray &pem);
    // Multikey publicKeyMultibase: "z" + base58btc(multicodec varint || key). ed25519-pub (0xed, 32 bytes),
    // p256-pub (0x1200, 33-byte compressed point), p384-pub (0x1201, 49-byte compressed point); else
    // InvalidKey.
    static Result<PublicKey> fromMultikey(const QString &publicKeyMultibase);
    // Ed25519: the 32-byte key. P256/P384: a SEC1 point, compressed (33/49 bytes) or uncompressed (65/97).
    // Rsa: a DER RSAPublicKey (PKCS #1), as multicodec rsa-pub carries it.
    static Result<PublicKey> fromRaw(Type type, const QByteArray &bytes);

    bool isNull() const { return !m_d; }
    Type type() const;
    int bits() const;            // modulus size for RSA, field size for EC, 256 for Ed25519; 0 for a null key
    QString description() const; // "RSA 2048", "P-256", "Ed25519"
    static QString typeName(Type type);

    QJsonObject toJwk() const;   // public members only: kty, crv, x, y or kty, n, e
    QString multikey() const;    // publicKeyMultibase ("z6Mk...", "zDn...", "z82..."); empty for RSA
    QByteArray raw() const;      // Ed25519 key, compressed EC point, or PKCS #1 DER for RSA
    QString fingerprint() const; // RFC 7638 JWK thumbprint, SHA-256, base64url (43 characters)

    // Same key material; two null keys are equal.
    friend bool operator==(const PublicKey &a, const PublicKey &b);

private:
    friend class JwsVerifier;
    explicit PublicKey(std::shared_ptr<const PublicKeyData> d);
    static Result<PublicKey> adopt(Result<std::shared_ptr<PublicKeyData>> d);
    static Result<PublicKey> decodeMultikey(const QString &publicKeyMultibase);

    std::shared_ptr<const PublicKeyData> m_d;
};

} // namespace pf
