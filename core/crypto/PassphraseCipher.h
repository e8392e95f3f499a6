#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace pf {

// Encrypts a secret under a passphrase for keeping on disk: scrypt (RFC 7914) makes the key, AES-256-GCM
// encrypts and authenticates, so a wrong passphrase and a changed byte are both refused.
class PassphraseCipher
{
public:
    // What seal() makes; all of it is needed to open it again, none of it is secret.
    struct Sealed
    {
        quint64 n = 0; // scrypt cost, a power of two
        quint32 r = 0;
        quint32 p = 0;
        QByteArray salt;
        QByteArray iv;
        QByteArray ciphertext;
        QByteArray tag;
    };

    // 2^16 takes about a fifth of a second and 64 MiB here: slow enough against guessing, quick to unlock.
    static constexpr quint64 kDefaultCost = quint64(1) << 16;
    // The most open() spends on a file that asks for more: a hostile file must not claim gigabytes.
    static constexpr quint64 kMaxCost = quint64(1) << 20;

    // associated: bytes that are authenticated but not encrypted (what the secret belongs to).
    static Result<Sealed> seal(const QByteArray &secret, const QString &passphrase,
                               const QByteArray &associated, quint64 cost = kDefaultCost);
    // WrongPassphrase when the passphrase (or any byte of sealed or associated) is not what seal() had;
    // InvalidArgument for parameters out of bounds.
    static Result<QByteArray> open(const Sealed &sealed, const QString &passphrase,
                                   const QByteArray &associated);
};

} // namespace pf
