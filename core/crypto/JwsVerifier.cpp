#include "JwsVerifier.h"

#include "PublicKeyData.h"

#include <QJsonArray>
#include <openssl/err.h>
#include <openssl/rsa.h>

namespace pf {

namespace {

enum class Scheme { RsaPkcs1, RsaPss, Ecdsa, EdDsa };

// One JWS algorithm Pathfolio implements.
struct Algorithm
{
    const char *name;
    Scheme scheme;
    JwsVerifier::Hash hash;
    PublicKey::Type keyType; // for RSA: any RSA key
};

constexpr Algorithm kAlgorithms[] = {
    {"RS256", Scheme::RsaPkcs1, JwsVerifier::Hash::Sha256, PublicKey::Type::Rsa},
    {"RS384", Scheme::RsaPkcs1, JwsVerifier::Hash::Sha384, PublicKey::Type::Rsa},
    {"RS512", Scheme::RsaPkcs1, JwsVerifier::Hash::Sha512, PublicKey::Type::Rsa},
    {"PS256", Scheme::RsaPss, JwsVerifier::Hash::Sha256, PublicKey::Type::Rsa},
    {"PS384", Scheme::RsaPss, JwsVerifier::Hash::Sha384, PublicKey::Type::Rsa},
    {"PS512", Scheme::RsaPss, JwsVerifier::Hash::Sha512, PublicKey::Type::Rsa},
    {"ES256", Scheme::Ecdsa, JwsVerifier::Hash::Sha256, PublicKey::Type::P256},
    {"ES384", Scheme::Ecdsa, JwsVerifier::Hash::Sha384, PublicKey::Type::P384},
    {"EdDSA", Scheme::EdDsa, JwsVerifier::Hash::None, PublicKey::Type::Ed25519},
    {"Ed25519", Scheme::EdDsa, JwsVerifier::Hash::None, PublicKey::Type::Ed25519},
};

const Algorithm *findAlgorithm(const QString &name)
{
    for (const Algorithm &a : kAlgorithms) {
        if (name == QLatin1String(a.name))
            return &a;
    }
    return nullptr;
}

Error fail(ErrorCode code, const QString &message)
{
    ERR_clear_error();
    return Error{code, message};
}

const EVP_MD *digest(JwsVerifier::Hash hash)
{
    switch (hash) {
    case JwsVerifier::Hash::Sha256:
        return EVP_sha256();
    case JwsVerifier::Hash::Sha384:
        return EVP_sha384();
    case JwsVerifier::Hash::Sha512:
        return EVP_sha512();
    case JwsVerifier::Hash::None:
        return nullptr;
    }
    return nullptr;
}

QString hashName(JwsVerifier::Hash hash)
{
    switch (hash) {
    case JwsVerifier::Hash::Sha256:
        return QStringLiteral("SHA-256");
    case JwsVerifier::Hash::Sha384:
        return QStringLiteral("SHA-384");
    case JwsVerifier::Hash::Sha512:
        return QStringLiteral("SHA-512");
    case JwsVerifier::Hash::None:
        return QStringLiteral("no hash");
    }
    return QString();
}

const uchar *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

// IEEE P1363 r||s to the DER ECDSA-Sig-Value OpenSSL verifies.
std::optional<QByteArray> p1363ToDer(const QByteArray &signature)
{
    const int half = int(signature.size() / 2);
    ossl::EcdsaSigPtr sig(ECDSA_SIG_new());
    BIGNUM *r = BN_bin2bn(bytesOf(signature), half, nullptr);
    BIGNUM *s = BN_bin2bn(bytesOf(signature) + half, half, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return std::nullopt;
    }
    uchar *der = nullptr;
    const int len = i2d_ECDSA_SIG(sig.get(), &der);
    if (len <= 0)
        return std::nullopt;
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

// The signature check itself, once the scheme, hash and key are known to fit together.
// The key is named in failures only: the fingerprint costs a hash, and the good path should not pay it.
Status verifySignature(const PublicKey &publicKey, const PublicKeyData &key, Scheme scheme,
                       JwsVerifier::Hash hash, const QByteArray &message, const QByteArray &signature,
                       const QString &what)
{
    QByteArray sig = signature;
    switch (scheme) {
    case Scheme::EdDsa:
        if (signature.size() != 64)
            return fail(ErrorCode::BadSignature,
                        QStringLiteral("an Ed25519 signature is 64 bytes; this %1 signature is %2 bytes")
                            .arg(what)
                            .arg(signature.size()));
        break;
    case Scheme::Ecdsa: {
        const int expected = key.type == PublicKey::Type::P256 ? 64 : 96;
        if (signature.size() != expected) {
            return fail(
                ErrorCode::BadSignature,
                QStringLiteral("a %1 ECDSA signature is %2 bytes (r||s); this %3 signature is %4 bytes")
                    .arg(PublicKey::typeName(key.type))
                    .arg(expected)
                    .arg(what)
                    .arg(signature.size()));
        }
        auto der = p1363ToDer(signature);
        if (!der)
            return fail(ErrorCode::BadSignature,
                        QStringLiteral("the ECDSA signature could not be converted"));
        sig = *der;
        break;
    }
    case Scheme::RsaPkcs1:
    case Scheme::RsaPss: {
        const qsizetype expected = (key.bits + 7) / 8;
        if (signature.size() != expected) {
            return fail(
                ErrorCode::BadSignature,
                QStringLiteral("a signature by an RSA %1 key is %2 bytes; this %3 signature is %4 bytes")
                    .arg(key.bits)
                    .arg(expected)
                    .arg(what)
                    .arg(signature.size()));
        }
        break;
    }
    }

    ossl::EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    EVP_PKEY_CTX *pctx = nullptr; // owned by ctx
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, digest(hash), nullptr, key.pkey.get()) != 1)
        return fail(ErrorCode::BadSignature,
                    QStringLiteral("OpenSSL could not set up the %1 check").arg(what));
    if (scheme == Scheme::RsaPss) {
        // RFC 7518 section 3.5: MGF1 with the same hash, salt as long as the hash.
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, digest(hash)) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1)
            return fail(ErrorCode::BadSignature, QStringLiteral("OpenSSL could not set up RSASSA-PSS"));
    } else if (scheme == Scheme::RsaPkcs1) {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
            return fail(ErrorCode::BadSignature,
                        QStringLiteral("OpenSSL could not set up RSASSA-PKCS1-v1_5"));
    }
    const int rc = EVP_DigestVerify(ctx.get(), bytesOf(sig), size_t(sig.size()), bytesOf(message),
                                    size_t(message.size()));
    if (rc != 1) {
        return fail(
            ErrorCode::BadSignature,
            QStringLiteral(
                "the %1 signature does not verify with the %2: the data was changed after signing, "
                "or another key signed it")
                .arg(what,
                     QStringLiteral("%1 key %2").arg(publicKey.description(), publicKey.fingerprint())));
    }
    return {};
}

} // namespace

QStringList JwsVerifier::defaultAlgorithms()
{
    return {QStringLiteral("RS256"), QStringLiteral("RS384"),  QStringLiteral("RS512"),
            QStringLiteral("PS256"), QStringLiteral("ES256"),  QStringLiteral("ES384"),
            QStringLiteral("EdDSA"), QStringLiteral("Ed25519")};
}

Status JwsVerifier::checkAlgorithm(const QString &alg, const PublicKey &key, const QStringList &allowedAlgs)
{
    if (alg == QLatin1String("none"))
        return fail(ErrorCode::UnsupportedAlgorithm,
                    QStringLiteral("\"alg\": \"none\" marks an unsigned JWS, which is never accepted"));
    if (alg.startsWith(QLatin1String("HS")))
        return fail(
            ErrorCode::UnsupportedAlgorithm,
            QStringLiteral("%1 is an HMAC with a shared secret: anyone who can check it can forge it, so it "
                           "cannot show who issued a credential and is never accepted")
                .arg(alg));
    const Algorithm *a = findAlgorithm(alg);
    if (!a)
        return fail(ErrorCode::UnsupportedAlgorithm,
                    QStringLiteral("JWS algorithm \"%1\" is not supported (%2)")
                        .arg(alg.left(32), defaultAlgorithms().join(QLatin1String(", "))));
    if (!allowedAlgs.contains(alg))
        return fail(ErrorCode::UnsupportedAlgorithm,
                    QStringLiteral("JWS algorithm %1 is not allowed here (allowed: %2)")
                        .arg(alg, allowedAlgs.join(QLatin1String(", "))));
    if (key.isNull())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("no key to verify the %1 signature with").arg(alg));
    if (key.type() != a->keyType)
        return fail(ErrorCode::KeyMismatch,
                    QStringLiteral("%1 needs %2 key; the key given is %3")
                        .arg(alg,
                             a->keyType == PublicKey::Type::Rsa
                                 ? QStringLiteral("an RSA")
                                 : QStringLiteral("a %1").arg(PublicKey::typeName(a->keyType)),
                             key.description()));
    return {};
}

Status JwsVerifier::verify(const CompactJws &jws, const PublicKey &key, const QStringList &allowedAlgs)
{
    const QJsonValue algValue = jws.header.value(QLatin1String("alg"));
    if (!algValue.isString())
        return fail(ErrorCode::MalformedJws, QStringLiteral("the JWS header has no \"alg\" string"));
    const QString alg = algValue.toString();

    // RFC 7515 section 4.1.11: a recipient that does not understand a critical extension must reject the JWS.
    if (jws.header.contains(QLatin1String("crit"))) {
        const QJsonValue crit = jws.header.value(QLatin1String("crit"));
        QStringList names;
        for (const QJsonValue &v : crit.toArray()) {
            if (v.isString())
                names.append(v.toString().left(64));
        }
        if (!crit.isArray() || names.isEmpty() || names.size() != crit.toArray().size())
            return fail(ErrorCode::MalformedJws,
                        QStringLiteral("the JWS header \"crit\" must be a non-empty array of header names"));
        return fail(
            ErrorCode::UnsupportedAlgorithm,
            QStringLiteral("the JWS header marks extensions critical (\"crit\": %1), which Pathfolio does "
                           "not understand, so it must refuse the JWS")
                .arg(names.join(QLatin1String(", "))));
    }
    // RFC 7797 unencoded payloads change the signing input; not used by credentials.
    if (jws.header.contains(QLatin1String("b64")) &&
        jws.header.value(QLatin1String("b64")) != QJsonValue(true))
        return fail(ErrorCode::UnsupportedAlgorithm,
                    QStringLiteral("unencoded JWS payloads (\"b64\": false, RFC 7797) are not supported"));

    if (Status s = checkAlgorithm(alg, key, allowedAlgs); !s.ok())
        return s;
    const Algorithm *a = findAlgorithm(alg);
    return verifySignature(key, *key.m_d, a->scheme, a->hash, jws.signingInput, jws.signature, alg);
}

Status JwsVerifier::verifyRaw(const PublicKey &key, const QByteArray &message, const QByteArray &signature,
                              Hash hash)
{
    if (key.isNull())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no key to verify the signature with"));
    switch (key.type()) {
    case PublicKey::Type::Ed25519:
        if (hash != Hash::None)
            return fail(
                ErrorCode::InvalidArgument,
                QStringLiteral("Ed25519 signs the message itself (pure EdDSA); ask for no hash, not %1")
                    .arg(hashName(hash)));
        return verifySignature(key, *key.m_d, Scheme::EdDsa, hash, message, signature,
                               QStringLiteral("Ed25519"));
    case PublicKey::Type::P256:
    case PublicKey::Type::P384:
        if (hash == Hash::None)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("ECDSA needs a hash"));
        return verifySignature(key, *key.m_d, Scheme::Ecdsa, hash, message, signature,
                               QStringLiteral("ECDSA %1 with %2").arg(key.description(), hashName(hash)));
    case PublicKey::Type::Rsa:
        if (hash == Hash::None)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("RSA signatures need a hash"));
        return verifySignature(key, *key.m_d, Scheme::RsaPkcs1, hash, message, signature,
                               QStringLiteral("RSASSA-PKCS1-v1_5 with %1").arg(hashName(hash)));
    }
    return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown key type"));
}

} // namespace pf
