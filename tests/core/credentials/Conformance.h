#pragma once

#include <QDir>
#include <QString>

// Where the public conformance suites are (PATHFOLIO_CONFORMANCE_DIR, set by CMake), or empty when absent.
inline QString conformanceDir()
{
    const QString dir = qEnvironmentVariable("PATHFOLIO_CONFORMANCE_DIR");
    return (!dir.isEmpty() && QDir(dir).exists()) ? QDir(dir).absolutePath() : QString();
}

#define PATHFOLIO_REQUIRE_CONFORMANCE(dir)                                                                   \
    if ((dir).isEmpty())                                                                                     \
    QSKIP("the public conformance suites are not present (set PATHFOLIO_CONFORMANCE_DIR, default "           \
          "../shared/conformance)")
