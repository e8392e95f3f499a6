#include "Inflater.h"

#define ZLIB_CONST
#include <zlib.h>

namespace pf {

namespace {

// Frees a zlib inflate stream on every return path.
class InflateStream
{
public:
    explicit InflateStream(int windowBits) { m_ok = inflateInit2(&m_stream, windowBits) == Z_OK; }
    ~InflateStream()
    {
        if (m_ok)
            inflateEnd(&m_stream);
    }
    InflateStream(const InflateStream &) = delete;
    InflateStream &operator=(const InflateStream &) = delete;

    bool ok() const { return m_ok; }
    z_stream *get() { return &m_stream; }

private:
    z_stream m_stream{};
    bool m_ok = false;
};

} // namespace

Inflater::Outcome Inflater::inflate(QByteArrayView compressed, Format format, qsizetype limit)
{
    InflateStream zs(format == Format::Gzip ? 16 + MAX_WBITS : MAX_WBITS);
    if (!zs.ok())
        return {{}, Failure::Corrupt, QStringLiteral("zlib could not start inflating")};
    z_stream *s = zs.get();
    s->next_in = reinterpret_cast<const Bytef *>(compressed.data());
    // zlib counts in 32 bits: feed larger inputs in slices.
    qsizetype remaining = compressed.size();
    constexpr qsizetype kStep = 64 * 1024;
    QByteArray out;
    QByteArray buffer(kStep, Qt::Uninitialized);
    for (;;) {
        if (s->avail_in == 0 && remaining > 0) {
            const qsizetype slice = qMin<qsizetype>(remaining, 1 << 30);
            s->avail_in = static_cast<uInt>(slice);
            remaining -= slice;
        }
        s->next_out = reinterpret_cast<Bytef *>(buffer.data());
        s->avail_out = static_cast<uInt>(kStep);
        const int rc = ::inflate(s, Z_NO_FLUSH);
        const qsizetype produced = kStep - static_cast<qsizetype>(s->avail_out);
        if (out.size() + produced > limit)
            return {{}, Failure::TooLarge, {}};
        out.append(buffer.constData(), produced);
        if (rc == Z_STREAM_END)
            return {out, Failure::None, {}};
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && s->avail_in == 0 && remaining == 0)
            return {{}, Failure::Truncated, {}};
        return {{}, Failure::Corrupt, QString::fromLatin1(s->msg ? s->msg : "zlib error")};
    }
}

QByteArray Inflater::deflate(QByteArrayView data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.data()),
                  uLong(data.size()), Z_BEST_COMPRESSION) != Z_OK)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

} // namespace pf
