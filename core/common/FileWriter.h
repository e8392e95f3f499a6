#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QString>

namespace pf {

// Writes a file whole or not at all: the bytes go to a temporary file beside the destination, which is
// renamed over it only once every byte is on disk. A full disk or an unwritable folder leaves the
// destination as it was, never a partial file that looks complete.
class FileWriter
{
public:
    // DiskFull when the disk filled up, Io for any other failure (the message names the path).
    static Status writeWhole(const QString &path, QByteArrayView bytes);
};

} // namespace pf
