#include "FileWriter.h"

#include <QSaveFile>

namespace pf {

Status FileWriter::writeWhole(const QString &path, QByteArrayView bytes)
{
    if (path.isEmpty())
        return Error{ErrorCode::Io, QStringLiteral("no file name was given")};
    QSaveFile file(path);
    // Qt 6.4's QSaveFile::commit() does not notice when the last buffered bytes fail to reach the disk
    // and renames a truncated file over the destination; flushing first makes that failure visible.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), bytes.size()) != bytes.size() ||
        !file.flush() || !file.commit()) {
        const ErrorCode code =
            file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io;
        const QString reason = file.error() == QFileDevice::NoError
                                   ? QStringLiteral("the file system refused the bytes")
                                   : file.errorString();
        file.cancelWriting();
        return Error{code, QStringLiteral("cannot write %1: %2").arg(path, reason)};
    }
    return {};
}

} // namespace pf
