#pragma once

#include "crypto/Base64Url.h"
#include "crypto/PublicKey.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

// A key pair made by OpenSSL for a test, able to sign compact JWS in any of the JOSE algorithms we verify.
class TestSigner
{
public:
    enum class Kind { Ed25519, P256, P384, Rsa };

    explicit TestSigner(Kind kind) : m_kind(kind)
    {
        EVP_PKEY *key = nullptr;
        switch (kind) {
        case Kind::Ed25519: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"); break;
        case Kind::P256: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"); break;
        case Kind::P384: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"); break;
        case Kind::Rsa: key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)); break;
        }
        m_key.reset(key);
    }

    QByteArray publicPem() const
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
        PEM_write_bio_PUBKEY(bio.get(), m_key.get());
        char *data = nullptr;
        const long n = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, n);
    }

    pf::PublicKey publicKey() const { return *pf::PublicKey::fromPem(publicPem()); }
    QString didKey() const { return QStringLiteral("did:key:") + publicKey().multikey(); }
    QString didKeyId() const { return didKey() + u'#' + publicKey().multikey(); }

    QString defaultAlg() const
    {
        switch (m_kind) {
        case Kind::Ed25519: return QStringLiteral("EdDSA");
        case Kind::P256: return QStringLiteral("ES256");
        case Kind::P384: return QStringLiteral("ES384");
        case Kind::Rsa: return QStringLiteral("RS256");
        }
        return {};
    }

    // A compact JWS of payload; alg defaults to the key's own, a different alg is written but signed as the key signs.
    QByteArray sign(const QJsonObject &header, const QJsonObject &payload, const QString &digestAlg = {}) const
    {
        const QByteArray input = pf::Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                 pf::Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        return input + '.' + pf::Base64Url::encode(rawSignature(input, digestAlg.isEmpty() ? defaultAlg() : digestAlg));
    }

    QByteArray rawSignature(const QByteArray &message, const QString &alg) const
    {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        const EVP_MD *md = nullptr;
        if (alg.endsWith(QStringLiteral("256")))
            md = EVP_sha256();
        else if (alg.endsWith(QStringLiteral("384")))
            md = EVP_sha384();
        else if (alg.endsWith(QStringLiteral("512")))
            md = EVP_sha512();
        EVP_PKEY_CTX *pctx = nullptr;
        EVP_DigestSignInit(ctx.get(), &pctx, m_kind == Kind::Ed25519 ? nullptr : md, nullptr, m_key.get());
        if (alg.startsWith(QStringLiteral("PS"))) {
            EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
        }
        size_t length = 0;
        EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
        QByteArray signature(qsizetype(length), '\0');
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
        signature.resize(qsizetype(length));
        if (m_kind == Kind::P256 || m_kind == Kind::P384)
            return derToRaw(signature, m_kind == Kind::P256 ? 32 : 48);
        return signature;
    }

private:
    static QByteArray derToRaw(const QByteArray &der, int size)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
        QByteArray raw(size * 2, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), size);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + size, size);
        ECDSA_SIG_free(sig);
        return raw;
    }

    Kind m_kind;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> m_key{nullptr, EVP_PKEY_free};
};
