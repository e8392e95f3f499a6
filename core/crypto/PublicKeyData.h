#pragma once

// Private to core: what a PublicKey holds. Only PublicKey.cpp and JwsVerifier.cpp include this.

#include "OpenSslPtr.h"
#include "PublicKey.h"

#include <QByteArray>

namespace pf {

// The OpenSSL key and the canonical public material it was built from, shared by copies of a PublicKey.
struct PublicKeyData
{
    ossl::EvpPkeyPtr pkey;
    PublicKey::Type type = PublicKey::Type::Ed25519;
    int bits = 0;
    QByteArray n, e; // RSA modulus and exponent, big-endian, no leading zero octets
    QByteArray x, y; // EC affine coordinates at full field length; Ed25519: x is the 32-byte key
};

} // namespace pf
