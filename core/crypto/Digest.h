#pragma once

#include <QByteArray>
#include <QCryptographicHash>

namespace pf {

// SHA-2 hashes through OpenSSL, which uses the processor's SHA instructions; Qt 6.4's own code does not.
class Digest
{
public:
    // SHA-256, SHA-384 and SHA-512; any other algorithm falls back to QCryptographicHash.
    static QByteArray hash(QByteArrayView data, QCryptographicHash::Algorithm algorithm);
    static QByteArray sha256(QByteArrayView data) { return hash(data, QCryptographicHash::Sha256); }
};

} // namespace pf
