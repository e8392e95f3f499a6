#include "FileWriter.h"

#include <QSaveFile>

namespace pf {

Status FileWriter::writeWhole(const QString &path, QByteArrayView bytes)
{
    if (path.isEmpty())
        return Error{ErrorCode::Io, QStringLiteral("no file name was given")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), bytes.size()) != bytes.size() ||
        !file.commit()) {
        const ErrorCode code =
            file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io;
        return Error{code, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    }
    return {};
}

} // namespace pf
