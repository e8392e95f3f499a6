#pragma once

#include "common/Result.h"
#include "crypto/Ed25519Key.h"

#include <QString>

namespace pf {

// Keeps the learner's own signing key in the data folder (holder-key.json): the did:key in the clear,
// the private key encrypted under the learner's passphrase (PassphraseCipher), made on first use.
class HolderKeyStore
{
public:
    static constexpr const char *kFileName = "holder-key.json";
    static constexpr const char *kFormatName = "pathfolio-holder-key";
    // Shorter passphrases are refused when a key is made: the file may be copied with the data folder.
    static constexpr int kMinPassphraseLength = 8;

    explicit HolderKeyStore(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    QString path() const;
    bool exists() const;
    // The key's did:key, read without the passphrase; NotFound before the first signed export.
    Result<QString> did() const;
    // The key, unlocked; WrongPassphrase, NotFound, or StoreCorrupt for a file that is not a key.
    Result<Ed25519Key> unlock(const QString &passphrase) const;
    // A new key saved under passphrase; Duplicate when there is one already (it is never overwritten),
    // InvalidArgument for a passphrase shorter than kMinPassphraseLength.
    Result<Ed25519Key> create(const QString &passphrase) const;
    // unlock(), or create() when there is no key yet.
    Result<Ed25519Key> unlockOrCreate(const QString &passphrase) const;
    // Puts the key aside, for a learner who forgot its passphrase: the file is renamed, never deleted
    // (holder-key-retired-<UTC time>.json beside it), so the next create() makes a new key. The new
    // name, or NotFound when there is no key, Io when it cannot be renamed.
    Result<QString> retire() const;

private:
    QString m_dataDir;
};

} // namespace pf
