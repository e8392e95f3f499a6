#include "BlobStore.h"

#include "crypto/Digest.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pf {

namespace {

constexpr qint64 kChunk = 1 << 20;

// The Error for a failed file write: a full disk or file-size limit is reported as such.
Error writeError(const QString &what, int savedErrno)
{
    if (savedErrno == ENOSPC || savedErrno == EFBIG
#ifdef EDQUOT
        || savedErrno == EDQUOT
#endif
    )
        return {ErrorCode::DiskFull, QStringLiteral("no space left to write %1").arg(what)};
    if (savedErrno == EROFS || savedErrno == EACCES || savedErrno == EPERM)
        return {ErrorCode::ReadOnly, QStringLiteral("cannot write %1: %2")
                                         .arg(what, QString::fromLocal8Bit(std::strerror(savedErrno)))};
    return {
        ErrorCode::Io,
        QStringLiteral("cannot write %1: %2").arg(what, QString::fromLocal8Bit(std::strerror(savedErrno)))};
}

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

} // namespace

BlobStore::BlobStore(QString rootDir, qint64 maxFileSize)
    : m_root(std::move(rootDir)), m_maxFileSize(maxFileSize)
{
}

Status BlobStore::initialise()
{
    QDir dir;
    for (const QString &sub : {QStringLiteral("sha256"), QStringLiteral("tmp")}) {
        const QString path = m_root + u'/' + sub;
        if (!dir.mkpath(path))
            return Error{ErrorCode::ReadOnly, QStringLiteral("cannot create the folder %1").arg(path)};
    }
    return {};
}

bool BlobStore::isValidHash(const QString &sha256)
{
    if (sha256.size() != 64)
        return false;
    for (QChar c : sha256) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString BlobStore::pathFor(const QString &sha256) const
{
    return m_root + QStringLiteral("/sha256/") + sha256.left(2) + u'/' + sha256.mid(2);
}

bool BlobStore::contains(const QString &sha256) const
{
    return isValidHash(sha256) && QFileInfo::exists(pathFor(sha256));
}

Result<BlobInfo> BlobStore::putFile(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::FileMissing, QStringLiteral("%1 does not exist").arg(path)};
    if (info.isDir())
        return Error{ErrorCode::FileUnreadable, QStringLiteral("%1 is a folder, not a file").arg(path)};
    if (info.size() > m_maxFileSize) {
        return Error{ErrorCode::FileTooLarge, QStringLiteral("%1 is %2 bytes, over the limit of %3 bytes")
                                                  .arg(path)
                                                  .arg(info.size())
                                                  .arg(m_maxFileSize)};
    }
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable,
                     QStringLiteral("cannot read %1: %2").arg(path, source.errorString())};

    QTemporaryFile temp(m_root + QStringLiteral("/tmp/put-XXXXXX"));
    temp.setAutoRemove(true);
    if (!temp.open())
        return writeError(QStringLiteral("a temporary file in %1/tmp").arg(m_root), errno);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    QByteArray buffer;
    while (!source.atEnd()) {
        buffer = source.read(kChunk);
        if (buffer.isEmpty() && source.error() != QFileDevice::NoError)
            return Error{ErrorCode::FileUnreadable,
                         QStringLiteral("reading %1 failed: %2").arg(path, source.errorString())};
        total += buffer.size();
        if (total > m_maxFileSize) // the file grew while we read it
            return Error{ErrorCode::FileTooLarge,
                         QStringLiteral("%1 is over the limit of %2 bytes").arg(path).arg(m_maxFileSize)};
        hash.addData(buffer);
        errno = 0;
        if (temp.write(buffer) != buffer.size())
            return writeError(QStringLiteral("a copy of %1").arg(path), errno);
    }
    errno = 0;
    if (!syncToDisk(temp))
        return writeError(QStringLiteral("a copy of %1").arg(path), errno);
    temp.setAutoRemove(false);
    const QString tempPath = temp.fileName();
    temp.close();
    return commit(tempPath, QString::fromLatin1(hash.result().toHex()), total);
}

Result<BlobInfo> BlobStore::putBytes(const QByteArray &bytes, Durability durability)
{
    if (bytes.size() > m_maxFileSize)
        return Error{
            ErrorCode::FileTooLarge,
            QStringLiteral("%1 bytes is over the limit of %2 bytes").arg(bytes.size()).arg(m_maxFileSize)};
    const QString sha = QString::fromLatin1(Digest::sha256(bytes).toHex());
    if (contains(sha))
        return BlobInfo{sha, bytes.size()};
    QTemporaryFile temp(m_root + QStringLiteral("/tmp/put-XXXXXX"));
    if (!temp.open())
        return writeError(QStringLiteral("a temporary file in %1/tmp").arg(m_root), errno);
    errno = 0;
    if (temp.write(bytes) != bytes.size() || (durability == Durability::Now && !syncToDisk(temp)))
        return writeError(QStringLiteral("a blob"), errno);
    if (durability == Durability::Deferred)
        ++m_unsynced;
    temp.setAutoRemove(false);
    const QString tempPath = temp.fileName();
    temp.close();
    return commit(tempPath, sha, bytes.size());
}

Status BlobStore::syncDeferred()
{
    if (m_unsynced == 0)
        return {};
#ifdef Q_OS_LINUX
    // One flush of the file system instead of one per blob: the difference between hundreds and
    // thousands of badges a second when a folder is imported.
    QFile root(m_root + QStringLiteral("/sha256"));
    const int fd = ::open(QFile::encodeName(root.fileName()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return writeError(m_root, errno);
    const int result = ::syncfs(fd);
    const int saved = errno;
    ::close(fd);
    if (result != 0)
        return writeError(m_root, saved);
#else
    ::sync();
#endif
    m_unsynced = 0;
    return {};
}

Result<BlobInfo> BlobStore::commit(const QString &tempPath, const QString &sha256, qint64 size)
{

    const QString target = pathFor(sha256);
    if (QFileInfo::exists(target)) { // deduplicated: the same bytes are already stored
        QFile::remove(tempPath);
        return BlobInfo{sha256, size};
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        QFile::remove(tempPath);
        return Error{ErrorCode::ReadOnly, QStringLiteral("cannot create a folder under %1").arg(m_root)};
    }
    // rename() is atomic: a reader sees either no blob or the whole blob, never a partial one.
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target).constData()) != 0) {
        const int saved = errno;
        QFile::remove(tempPath);
        return writeError(target, saved);
    }
    return BlobInfo{sha256, size};
}

Result<QByteArray> BlobStore::read(const QString &sha256) const
{
    if (!isValidHash(sha256))
        return Error{ErrorCode::InvalidArgument, QStringLiteral("\"%1\" is not a SHA-256 hash").arg(sha256)};
    QFile file(pathFor(sha256));
    if (!file.exists())
        return Error{ErrorCode::NotFound, QStringLiteral("the stored file %1 is missing").arg(sha256)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable,
                     QStringLiteral("cannot read the stored file %1: %2").arg(sha256, file.errorString())};
    QByteArray bytes = file.readAll();
    const QString actual = QString::fromLatin1(Digest::sha256(bytes).toHex());
    if (actual != sha256)
        return Error{
            ErrorCode::BlobCorrupt,
            QStringLiteral("the stored file %1 is corrupt (its content hashes to %2)").arg(sha256, actual)};
    return bytes;
}

Status BlobStore::verify(const QString &sha256) const
{
    QFile file(pathFor(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, QStringLiteral("the stored file %1 is missing").arg(sha256)};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{ErrorCode::FileUnreadable, QStringLiteral("cannot read the stored file %1").arg(sha256)};
    if (QString::fromLatin1(hash.result().toHex()) != sha256)
        return Error{ErrorCode::BlobCorrupt, QStringLiteral("the stored file %1 is corrupt").arg(sha256)};
    return {};
}

int BlobStore::collectGarbage(const QSet<QString> &keep, qint64 minAgeSeconds)
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-minAgeSeconds);
    int removed = 0;
    QDirIterator temps(m_root + QStringLiteral("/tmp"), QDir::Files | QDir::Hidden);
    while (temps.hasNext()) {
        const QFileInfo info(temps.next());
        if (info.lastModified().toUTC() <= cutoff && QFile::remove(info.filePath()))
            ++removed;
    }
    QDirIterator blobs(m_root + QStringLiteral("/sha256"), QDir::Files, QDirIterator::Subdirectories);
    while (blobs.hasNext()) {
        const QFileInfo info(blobs.next());
        const QString sha = info.dir().dirName() + info.fileName();
        if (!keep.contains(sha) && info.lastModified().toUTC() <= cutoff && QFile::remove(info.filePath()))
            ++removed;
    }
    return removed;
}

} // namespace pf
