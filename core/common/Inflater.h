#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pf {

// zlib and gzip data in and out, with a bound on what inflating may produce: a deflate bomb is stopped as
// soon as it passes the bound, never inflated in full.
class Inflater
{
public:
    enum class Format { Zlib, Gzip };
    enum class Failure { None, TooLarge, Truncated, Corrupt };

    struct Outcome
    {
        QByteArray data;
        Failure failure = Failure::None;
        QString detail; // zlib's own words for a Corrupt stream
        bool ok() const { return failure == Failure::None; }
    };

    static Outcome inflate(QByteArrayView compressed, Format format, qsizetype limit);
    // data as one zlib stream (the PDF's /FlateDecode), at the best compression.
    static QByteArray deflate(QByteArrayView data);
};

} // namespace pf
