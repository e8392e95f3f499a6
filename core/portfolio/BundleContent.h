#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace pf {

// Bytes as a portfolio bundle carries them ({encoding, data}, docs/portfolio-bundle.md), both ways, and
// the hash the bundle's manifest gives them.
class BundleContent
{
public:
    // Text as text when the bytes are UTF-8 without NUL and not a picture, else base64.
    static QJsonObject encode(const QByteArray &bytes, bool picture);
    // The bytes back; false when the encoding is not one the format names or the base64 is broken.
    static bool decode(const QJsonObject &content, QByteArray *bytes);
    // SHA-256 in lowercase hex, as the manifest writes it.
    static QString sha256(QByteArrayView bytes);
};

} // namespace pf
