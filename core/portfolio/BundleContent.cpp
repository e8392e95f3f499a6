#include "BundleContent.h"

#include "crypto/Digest.h"

#include <QStringDecoder>

namespace pf {

QJsonObject BundleContent::encode(const QByteArray &bytes, bool picture)
{
    if (!picture) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(bytes);
        if (!utf8.hasError() && !text.contains(QChar(0)))
            return {{QStringLiteral("encoding"), QStringLiteral("utf-8")}, {QStringLiteral("data"), text}};
    }
    return {{QStringLiteral("encoding"), QStringLiteral("base64")},
            {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}};
}

bool BundleContent::decode(const QJsonObject &content, QByteArray *bytes)
{
    const QString encoding = content.value(QStringLiteral("encoding")).toString();
    const QString data = content.value(QStringLiteral("data")).toString();
    if (encoding == u"utf-8") {
        *bytes = data.toUtf8();
        return true;
    }
    if (encoding == u"base64") {
        auto decoded =
            QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        *bytes = decoded.decoded;
        return bool(decoded);
    }
    return false;
}

QString BundleContent::sha256(QByteArrayView bytes)
{
    return QString::fromLatin1(Digest::sha256(bytes).toHex());
}

} // namespace pf
