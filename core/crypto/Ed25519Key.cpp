#include "Ed25519Key.h"

#include "Multibase.h"
#include "Multicodec.h"
#include "OpenSslPtr.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace pf {

namespace {

Error failed(const QString &what)
{
    ERR_clear_error();
    return Error{ErrorCode::InvalidKey, what};
}

const uchar *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

} // namespace

Result<Ed25519Key> Ed25519Key::generate()
{
    QByteArray seed(kSeedSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<uchar *>(seed.data()), int(seed.size())) != 1)
        return failed(QStringLiteral("the system's random source gave no bytes for a new key"));
    return fromSeed(seed);
}

Result<Ed25519Key> Ed25519Key::fromSeed(const QByteArray &seed)
{
    if (seed.size() != kSeedSize)
        return Error{
            ErrorCode::InvalidKey,
            QStringLiteral("an Ed25519 private key is %1 bytes, not %2").arg(kSeedSize).arg(seed.size())};
    ossl::EvpPkeyPtr key(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytesOf(seed), size_t(seed.size())));
    QByteArray publicKey(32, Qt::Uninitialized);
    size_t length = size_t(publicKey.size());
    if (!key ||
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<uchar *>(publicKey.data()), &length) != 1 ||
        length != 32)
        return failed(QStringLiteral("OpenSSL cannot make an Ed25519 key of the seed"));
    return Ed25519Key(seed, publicKey);
}

QString Ed25519Key::did() const
{
    return QStringLiteral("did:key:") +
           Multibase::encode(Multibase::Base::Base58Btc,
                             Multicodec::prefix(Multicodec::kEd25519Pub, m_public));
}

QString Ed25519Key::verificationMethod() const
{
    const QString id = did();
    return id + u'#' + id.mid(int(qstrlen("did:key:")));
}

Result<QByteArray> Ed25519Key::sign(const QByteArray &data) const
{
    ossl::EvpPkeyPtr key(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytesOf(m_seed), size_t(m_seed.size())));
    ossl::EvpMdCtxPtr context(EVP_MD_CTX_new());
    QByteArray signature(kSignatureSize, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    // Ed25519 hashes internally: no digest is named, and the one-shot call is the only one it allows.
    if (!key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<uchar *>(signature.data()), &length, bytesOf(data),
                       size_t(data.size())) != 1 ||
        length != size_t(kSignatureSize))
        return failed(QStringLiteral("OpenSSL could not sign with the Ed25519 key"));
    return signature;
}

} // namespace pf
