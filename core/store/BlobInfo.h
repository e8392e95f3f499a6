#pragma once

#include <QString>

namespace pf {

// What the BlobStore knows of a stored file: its SHA-256 (hex) and size.
struct BlobInfo
{
    QString sha256;
    qint64 size = 0;
};

} // namespace pf
