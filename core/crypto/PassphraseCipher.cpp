#include "PassphraseCipher.h"

#include "OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

namespace pf {

namespace {

constexpr quint32 kBlockSize = 8;
constexpr quint32 kParallelism = 1;
constexpr int kKeySize = 32;
constexpr int kIvSize = 12;
constexpr int kTagSize = 16;
constexpr int kSaltSize = 16;

Error failed(const QString &what)
{
    ERR_clear_error();
    return Error{ErrorCode::Io, what};
}

uchar *bytesOf(QByteArray &bytes)
{
    return reinterpret_cast<uchar *>(bytes.data());
}

const uchar *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

// Wipes the derived key however the caller leaves.
struct SecretKey
{
    QByteArray bytes = QByteArray(kKeySize, '\0');
    ~SecretKey() { OPENSSL_cleanse(bytes.data(), size_t(bytes.size())); }
};

bool derive(const QString &passphrase, const PassphraseCipher::Sealed &s, SecretKey *key)
{
    QByteArray password = passphrase.toUtf8();
    ossl::EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    ossl::EvpKdfCtxPtr context(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    uint64_t n = s.n;
    uint32_t r = s.r;
    uint32_t p = s.p;
    // scrypt needs 128 * r * n bytes, and OpenSSL refuses to go above its default of 32 MiB unless told.
    uint64_t maxMemory = 128 * quint64(r) * n * quint64(p) + (quint64(1) << 24);
    QByteArray salt = s.salt;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, password.data(), size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end()};
    const bool ok =
        context && EVP_KDF_derive(context.get(), bytesOf(key->bytes), size_t(kKeySize), params) == 1;
    OPENSSL_cleanse(password.data(), size_t(password.size()));
    return ok;
}

bool validParameters(const PassphraseCipher::Sealed &s)
{
    const bool powerOfTwo = s.n > 1 && (s.n & (s.n - 1)) == 0;
    return powerOfTwo && s.n <= PassphraseCipher::kMaxCost && s.r == kBlockSize && s.p == kParallelism &&
           s.salt.size() >= kSaltSize && s.iv.size() == kIvSize && s.tag.size() == kTagSize;
}

} // namespace

Result<PassphraseCipher::Sealed> PassphraseCipher::seal(const QByteArray &secret, const QString &passphrase,
                                                        const QByteArray &associated, quint64 cost)
{
    Sealed s;
    s.n = cost;
    s.r = kBlockSize;
    s.p = kParallelism;
    s.salt = QByteArray(kSaltSize, Qt::Uninitialized);
    s.iv = QByteArray(kIvSize, Qt::Uninitialized);
    s.tag = QByteArray(kTagSize, Qt::Uninitialized);
    if (RAND_bytes(bytesOf(s.salt), kSaltSize) != 1 || RAND_bytes(bytesOf(s.iv), kIvSize) != 1)
        return failed(QStringLiteral("the system's random source gave no bytes"));
    if (!validParameters(s))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("the scrypt cost must be a power of two up to 2^20")};
    SecretKey key;
    if (!derive(passphrase, s, &key))
        return failed(QStringLiteral("OpenSSL's scrypt failed"));

    ossl::EvpCipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    ossl::EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    s.ciphertext = QByteArray(secret.size(), Qt::Uninitialized);
    int length = 0;
    int tail = 0;
    if (!cipher || !context ||
        EVP_EncryptInit_ex2(context.get(), cipher.get(), bytesOf(key.bytes), bytesOf(s.iv), nullptr) != 1 ||
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytesOf(associated), int(associated.size())) !=
            1 ||
        EVP_EncryptUpdate(context.get(), bytesOf(s.ciphertext), &length, bytesOf(secret),
                          int(secret.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), bytesOf(s.ciphertext) + length, &tail) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, s.tag.data()) != 1)
        return failed(QStringLiteral("OpenSSL's AES-256-GCM failed"));
    return s;
}

Result<QByteArray> PassphraseCipher::open(const Sealed &sealed, const QString &passphrase,
                                          const QByteArray &associated)
{
    if (!validParameters(sealed))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("the sealed key's scrypt or AES-GCM parameters are out of bounds")};
    SecretKey key;
    if (!derive(passphrase, sealed, &key))
        return failed(QStringLiteral("OpenSSL's scrypt failed"));
    ossl::EvpCipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    ossl::EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    QByteArray plain(sealed.ciphertext.size(), Qt::Uninitialized);
    QByteArray tag = sealed.tag;
    int length = 0;
    int tail = 0;
    if (!cipher || !context ||
        EVP_DecryptInit_ex2(context.get(), cipher.get(), bytesOf(key.bytes), bytesOf(sealed.iv), nullptr) !=
            1 ||
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytesOf(associated), int(associated.size())) !=
            1 ||
        EVP_DecryptUpdate(context.get(), bytesOf(plain), &length, bytesOf(sealed.ciphertext),
                          int(sealed.ciphertext.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1)
        return failed(QStringLiteral("OpenSSL's AES-256-GCM failed"));
    // GCM checks the tag here: a wrong key (the wrong passphrase) and a changed byte both land here.
    if (EVP_DecryptFinal_ex(context.get(), bytesOf(plain) + length, &tail) != 1) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        ERR_clear_error();
        return Error{ErrorCode::WrongPassphrase, QStringLiteral("the passphrase does not open the key")};
    }
    return plain;
}

} // namespace pf
