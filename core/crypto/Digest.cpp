#include "Digest.h"

#include "OpenSslPtr.h"

namespace pf {

namespace {

// Fetched once: an implicit fetch on every call costs more than hashing a short line.
const EVP_MD *fetched(QCryptographicHash::Algorithm algorithm)
{
    static const EVP_MD *const sha256 = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    static const EVP_MD *const sha384 = EVP_MD_fetch(nullptr, "SHA2-384", nullptr);
    static const EVP_MD *const sha512 = EVP_MD_fetch(nullptr, "SHA2-512", nullptr);
    switch (algorithm) {
    case QCryptographicHash::Sha256:
        return sha256;
    case QCryptographicHash::Sha384:
        return sha384;
    case QCryptographicHash::Sha512:
        return sha512;
    default:
        return nullptr;
    }
}

} // namespace

QByteArray Digest::hash(QByteArrayView data, QCryptographicHash::Algorithm algorithm)
{
    const EVP_MD *md = fetched(algorithm);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!md || EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &size, md, nullptr) != 1)
        return QCryptographicHash::hash(data, algorithm);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(size));
}

} // namespace pf
