#include "HolderKeyStore.h"

#include "common/FileWriter.h"
#include "crypto/PassphraseCipher.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pf {

namespace {

constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileSize = 64 * 1024;

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unbase64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

Error corrupt(const QString &path, const QString &why)
{
    return Error{
        ErrorCode::StoreCorrupt,
        QStringLiteral("%1 is not a Pathfolio signing key: %2").arg(QDir::toNativeSeparators(path), why)};
}

Result<QJsonObject> readKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error{ErrorCode::NotFound, QStringLiteral("there is no signing key yet")};
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::FileUnreadable,
            QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString())};
    if (f.size() > kMaxFileSize)
        return corrupt(path, QStringLiteral("it is far larger than a key"));
    const QJsonDocument document = QJsonDocument::fromJson(f.readAll());
    const QJsonObject key = document.object();
    if (key.value(QStringLiteral("format")).toString() != QLatin1String(HolderKeyStore::kFormatName))
        return corrupt(path, QStringLiteral("it does not name its format"));
    if (key.value(QStringLiteral("version")).toInt() > kFormatVersion)
        return Error{
            ErrorCode::StoreTooNew,
            QStringLiteral("%1 was written by a newer Pathfolio").arg(QDir::toNativeSeparators(path))};
    if (!key.value(QStringLiteral("did")).toString().startsWith(QStringLiteral("did:key:z6Mk")))
        return corrupt(path, QStringLiteral("it names no Ed25519 did:key"));
    return key;
}

} // namespace

QString HolderKeyStore::path() const
{
    return QDir(m_dataDir).filePath(QLatin1String(kFileName));
}

bool HolderKeyStore::exists() const
{
    return QFile::exists(path());
}

Result<QString> HolderKeyStore::did() const
{
    auto key = readKeyFile(path());
    if (!key)
        return key.error();
    return key->value(QStringLiteral("did")).toString();
}

Result<Ed25519Key> HolderKeyStore::unlock(const QString &passphrase) const
{
    auto file = readKeyFile(path());
    if (!file)
        return file.error();
    const QString did = file->value(QStringLiteral("did")).toString();
    const QJsonObject kdf = file->value(QStringLiteral("kdf")).toObject();
    const QJsonObject cipher = file->value(QStringLiteral("cipher")).toObject();
    if (kdf.value(QStringLiteral("name")).toString() != u"scrypt" ||
        cipher.value(QStringLiteral("name")).toString() != u"aes-256-gcm")
        return corrupt(path(), QStringLiteral("it is encrypted with a method Pathfolio does not know"));
    PassphraseCipher::Sealed sealed;
    sealed.n = quint64(kdf.value(QStringLiteral("n")).toInteger());
    sealed.r = quint32(kdf.value(QStringLiteral("r")).toInteger());
    sealed.p = quint32(kdf.value(QStringLiteral("p")).toInteger());
    sealed.salt = unbase64(kdf.value(QStringLiteral("salt")));
    sealed.iv = unbase64(cipher.value(QStringLiteral("iv")));
    sealed.tag = unbase64(cipher.value(QStringLiteral("tag")));
    sealed.ciphertext = unbase64(file->value(QStringLiteral("ciphertext")));
    // The DID is authenticated with the key: a file whose DID was swapped does not open.
    auto seed = PassphraseCipher::open(sealed, passphrase, did.toUtf8());
    if (!seed) {
        if (seed.error().code == ErrorCode::InvalidArgument)
            return corrupt(path(), seed.error().message);
        return seed.error();
    }
    auto key = Ed25519Key::fromSeed(*seed);
    if (!key)
        return corrupt(path(), key.error().message);
    if (key->did() != did)
        return corrupt(path(), QStringLiteral("its private key does not belong to %1").arg(did));
    return key;
}

Result<Ed25519Key> HolderKeyStore::create(const QString &passphrase) const
{
    if (exists())
        return Error{ErrorCode::Duplicate,
                     QStringLiteral("there is a signing key already; it is never replaced")};
    if (passphrase.size() < kMinPassphraseLength)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("a passphrase for a new signing key needs at least %1 characters")
                         .arg(kMinPassphraseLength)};
    auto key = Ed25519Key::generate();
    if (!key)
        return key.error();
    auto sealed = PassphraseCipher::seal(key->seed(), passphrase, key->did().toUtf8());
    if (!sealed)
        return sealed.error();
    const QJsonObject file{
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("did"), key->did()},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("name"), QStringLiteral("scrypt")},
                                            {QStringLiteral("n"), qint64(sealed->n)},
                                            {QStringLiteral("r"), qint64(sealed->r)},
                                            {QStringLiteral("p"), qint64(sealed->p)},
                                            {QStringLiteral("salt"), base64(sealed->salt)}}},
        {QStringLiteral("cipher"), QJsonObject{{QStringLiteral("name"), QStringLiteral("aes-256-gcm")},
                                               {QStringLiteral("iv"), base64(sealed->iv)},
                                               {QStringLiteral("tag"), base64(sealed->tag)}}},
        {QStringLiteral("ciphertext"), base64(sealed->ciphertext)}};
    if (Status written = FileWriter::writeWhole(path(), QJsonDocument(file).toJson()); !written)
        return written.error();
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return key;
}

Result<Ed25519Key> HolderKeyStore::unlockOrCreate(const QString &passphrase) const
{
    return exists() ? unlock(passphrase) : create(passphrase);
}

Result<QString> HolderKeyStore::retire() const
{
    if (!exists())
        return Error{ErrorCode::NotFound, QStringLiteral("there is no signing key to put aside")};
    const QDir folder(m_dataDir);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString retired = folder.filePath(QStringLiteral("holder-key-retired-%1.json").arg(stamp));
    // Two in the same second keep both.
    for (int n = 2; QFile::exists(retired); ++n)
        retired = folder.filePath(QStringLiteral("holder-key-retired-%1-%2.json").arg(stamp).arg(n));
    if (!QFile::rename(path(), retired))
        return Error{ErrorCode::Io, QStringLiteral("cannot rename %1 to %2").arg(path(), retired)};
    return retired;
}

} // namespace pf
