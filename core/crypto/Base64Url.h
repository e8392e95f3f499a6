#pragma once

#include <QByteArray>
#include <optional>

namespace pf {

// base64url without padding (RFC 4648 section 5), as JOSE and multibase "u" use it.
class Base64Url
{
public:
    static QByteArray encode(const QByteArray &bytes);
    // Strict: only the URL-safe alphabet, no padding, no white space, no impossible length.
    static std::optional<QByteArray> decode(const QByteArray &text);
    static bool isAlphabet(const QByteArray &text);
};

} // namespace pf
