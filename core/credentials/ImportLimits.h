#pragma once

#include <QtGlobal>

namespace pf {

// The bounds that keep hostile input from exhausting memory or time during import.
struct ImportLimits
{
    qint64 maxFileSize = 50LL * 1024 * 1024;    // a whole input file
    qint64 maxPayloadSize = 16LL * 1024 * 1024; // a payload inside an image (inflated), or a data: URI
    int maxJsonDepth = 64;
};

} // namespace pf
