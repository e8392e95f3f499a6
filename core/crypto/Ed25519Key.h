#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace pf {

// An Ed25519 key pair that signs: the learner's own key, named by its did:key, for signing exports.
class Ed25519Key
{
public:
    static constexpr qsizetype kSeedSize = 32;
    static constexpr qsizetype kSignatureSize = 64;

    // A fresh key from the operating system's random source.
    static Result<Ed25519Key> generate();
    // The key of a 32-byte private seed (RFC 8032); InvalidKey for any other length.
    static Result<Ed25519Key> fromSeed(const QByteArray &seed);

    QByteArray seed() const { return m_seed; }
    QByteArray publicKey() const { return m_public; }
    // "did:key:z6Mk..." (multicodec ed25519-pub, base58btc) and its one verification method,
    // "did:key:z6Mk...#z6Mk...".
    QString did() const;
    QString verificationMethod() const;

    // The pure EdDSA signature of data, 64 bytes.
    Result<QByteArray> sign(const QByteArray &data) const;

private:
    Ed25519Key(QByteArray seed, QByteArray publicKey)
        : m_seed(std::move(seed)), m_public(std::move(publicKey))
    {
    }

    QByteArray m_seed;
    QByteArray m_public;
};

} // namespace pf
