#pragma once

// Test-only helpers: keys generated and signatures made directly through OpenSSL, independent of the code
// under test, so the verifier is checked against OpenSSL's own signing. Also the conformance folder lookup.

#include "crypto/Base64Url.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace testsupport {

// Frees an EVP_PKEY (test keys are owned by std::unique_ptr).
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

// The public conformance suites, or empty when PATHFOLIO_CONFORMANCE_DIR is unset or not a folder.
inline QString conformanceDir()
{
    const QString dir = qEnvironmentVariable("PATHFOLIO_CONFORMANCE_DIR");
    return (!dir.isEmpty() && QDir(dir).exists()) ? QDir(dir).absolutePath() : QString();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

inline Pkey generateRsa(unsigned bits)
{
    return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
}

inline Pkey generateEc(const char *curve)
{
    return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve));
}

inline Pkey generateEd25519()
{
    return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
}

inline Pkey ed25519FromSeed(const QByteArray &seed)
{
    return Pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                             reinterpret_cast<const unsigned char *>(seed.constData()),
                                             size_t(seed.size())));
}

inline QByteArray bio(BIO *b)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(b, &data);
    QByteArray out(data, int(len));
    BIO_free(b);
    return out;
}

inline QByteArray publicPem(EVP_PKEY *key)
{
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(b, key);
    return bio(b);
}

inline QByteArray privatePkcs8Pem(EVP_PKEY *key)
{
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr);
    return bio(b);
}

inline QByteArray publicDer(EVP_PKEY *key)
{
    unsigned char *out = nullptr;
    const int len = i2d_PUBKEY(key, &out);
    QByteArray der(reinterpret_cast<const char *>(out), len);
    OPENSSL_free(out);
    return der;
}

inline QByteArray bnParam(EVP_PKEY *key, const char *name, int pad = 0)
{
    BIGNUM *bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    const int len = pad > 0 ? pad : BN_num_bytes(bn);
    QByteArray out(len, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), len);
    BN_free(bn);
    return out;
}

inline QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(pf::Base64Url::encode(bytes));
}

// The public JWK of a key, built from OpenSSL's own view of it.
inline QJsonObject publicJwk(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "RSA"))
        return {{"kty", "RSA"},
                {"n", b64(bnParam(key, OSSL_PKEY_PARAM_RSA_N))},
                {"e", b64(bnParam(key, OSSL_PKEY_PARAM_RSA_E))}};
    if (EVP_PKEY_is_a(key, "EC")) {
        const int len = EVP_PKEY_get_bits(key) == 256 ? 32 : 48;
        return {{"kty", "EC"},
                {"crv", len == 32 ? "P-256" : "P-384"},
                {"x", b64(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_X, len))},
                {"y", b64(bnParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, len))}};
    }
    unsigned char raw[32];
    size_t len = sizeof raw;
    EVP_PKEY_get_raw_public_key(key, raw, &len);
    return {{"kty", "OKP"},
            {"crv", "Ed25519"},
            {"x", b64(QByteArray(reinterpret_cast<const char *>(raw), int(len)))}};
}

inline QByteArray rawEd25519(EVP_PKEY *key)
{
    unsigned char raw[32];
    size_t len = sizeof raw;
    EVP_PKEY_get_raw_public_key(key, raw, &len);
    return QByteArray(reinterpret_cast<const char *>(raw), int(len));
}

inline QByteArray derToP1363(const QByteArray &der, int half)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, der.size());
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(sig, &r, &s);
    QByteArray out(2 * half, '\0');
    BN_bn2binpad(r, reinterpret_cast<unsigned char *>(out.data()), half);
    BN_bn2binpad(s, reinterpret_cast<unsigned char *>(out.data()) + half, half);
    ECDSA_SIG_free(sig);
    return out;
}

inline const EVP_MD *mdFor(const QString &alg)
{
    if (alg.endsWith("256"))
        return EVP_sha256();
    if (alg.endsWith("384"))
        return EVP_sha384();
    if (alg.endsWith("512"))
        return EVP_sha512();
    return nullptr;
}

// A signature by OpenSSL: PKCS #1 v1.5, PSS (salt = hash length), DER ECDSA, or pure Ed25519 (md = nullptr).
inline QByteArray sign(EVP_PKEY *key, const QByteArray &message, const EVP_MD *md, bool pss = false)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    EVP_DigestSignInit(ctx, &pctx, md, nullptr, key);
    if (pss) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    size_t len = 0;
    const auto *msg = reinterpret_cast<const unsigned char *>(message.constData());
    EVP_DigestSign(ctx, nullptr, &len, msg, size_t(message.size()));
    QByteArray sig(int(len), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len, msg, size_t(message.size()));
    sig.resize(int(len));
    EVP_MD_CTX_free(ctx);
    return sig;
}

// The JWS signature for alg, in JOSE form (r||s for ECDSA).
inline QByteArray signJws(const QString &alg, EVP_PKEY *key, const QByteArray &signingInput)
{
    if (alg.startsWith("RS"))
        return sign(key, signingInput, mdFor(alg));
    if (alg.startsWith("PS"))
        return sign(key, signingInput, mdFor(alg), true);
    if (alg.startsWith("ES"))
        return derToP1363(sign(key, signingInput, mdFor(alg)), alg == "ES256" ? 32 : 48);
    return sign(key, signingInput, nullptr);
}

inline QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A compact JWS over payload, header as given, signed for alg with key.
inline QByteArray makeJws(const QJsonObject &header, const QByteArray &payload, const QString &alg,
                          EVP_PKEY *key)
{
    const QByteArray input =
        pf::Base64Url::encode(compactJson(header)) + '.' + pf::Base64Url::encode(payload);
    return input + '.' + pf::Base64Url::encode(signJws(alg, key, input));
}

} // namespace testsupport
