#include "JwsParser.h"

#include "Base64Url.h"
#include "credentials/JsonReader.h"

namespace pf {

bool JwsParser::looksLikeJws(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    const QList<QByteArray> parts = t.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return false;
    for (const QByteArray &part : parts) {
        if (!Base64Url::isAlphabet(part))
            return false;
    }
    return true;
}

Result<CompactJws> JwsParser::parse(const QByteArray &input)
{
    CompactJws jws;
    jws.text = input.trimmed();
    const QList<QByteArray> parts = jws.text.split('.');
    if (parts.size() != 3) {
        return Error{
            ErrorCode::MalformedJws,
            QStringLiteral("a compact JWS has three parts separated by dots; this has %1").arg(parts.size())};
    }
    static const char *const names[] = {"header", "payload", "signature"};
    QByteArray decoded[3];
    for (int i = 0; i < 3; ++i) {
        auto d = Base64Url::decode(parts[i]);
        if (!d)
            return Error{ErrorCode::MalformedJws,
                         QStringLiteral("the JWS %1 is not valid base64url").arg(QLatin1String(names[i]))};
        decoded[i] = *d;
    }
    if (decoded[0].isEmpty() || decoded[1].isEmpty())
        return Error{ErrorCode::MalformedJws, QStringLiteral("the JWS header or payload is empty")};
    auto header = JsonReader::parse(decoded[0], 8);
    if (!header || !header->isObject())
        return Error{ErrorCode::MalformedJws, QStringLiteral("the JWS header is not a JSON object")};
    jws.header = header->toObject();
    jws.payload = decoded[1];
    jws.signature = decoded[2];
    jws.signingInput = parts[0] + '.' + parts[1];
    return jws;
}

} // namespace pf
