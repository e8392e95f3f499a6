#include "CredentialParser.h"

#include "JsonReader.h"
#include "PngBadgeParser.h"
#include "SvgBadgeParser.h"
#include "crypto/Digest.h"
#include "crypto/JwsParser.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <tuple>

namespace pf {

namespace {

const QString kOb2Context = QStringLiteral("https://w3id.org/openbadges/v2");
const QString kOb1Context = QStringLiteral("https://w3id.org/openbadges/v1");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// An SVG or other XML document, as opposed to text that merely starts with '<' (N-Quads, HTML fragments).
bool looksLikeSvg(const QByteArray &trimmed)
{
    if (!trimmed.startsWith('<'))
        return false; // JSON and JWS, the usual input, need no lower-cased copy
    const QByteArray head = trimmed.left(4096).toLower();
    return head.startsWith("<?xml") || head.startsWith("<svg") || head.contains("<svg");
}

// Types of documents that accompany badges but are not badges themselves.

bool isSupportingDocument(const QStringList &types)
{
    for (const char *t :
         {"BadgeClass", "Issuer", "Profile", "CryptographicKey", "RevocationList", "Endorsement"}) {
        if (types.contains(QLatin1String(t)))
            return true;
    }
    return false;
}

} // namespace

QString CredentialParser::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(Digest::sha256(bytes).toHex());
}

Result<QList<ParsedCredential>> CredentialParser::parse(const QByteArray &bytes) const
{
    if (bytes.size() > m_limits.maxFileSize) {
        return Error{ErrorCode::FileTooLarge,
                     QStringLiteral("the file is %1 bytes, over the limit of %2 bytes")
                         .arg(bytes.size())
                         .arg(m_limits.maxFileSize)};
    }
    if (bytes.startsWith("\x89PNG")) {
        auto baked = PngBadgeParser::extract(bytes, m_limits.maxPayloadSize);
        if (!baked)
            return baked.error();
        return parseText(baked->payload, QStringLiteral("png"), bytes, bytes);
    }
    // Only text that starts with '<' can be SVG: JSON and JWS skip the trimmed copy.
    const QByteArrayView text = QByteArrayView(bytes).sliced(bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    const auto start = std::find_if(text.begin(), text.end(), [](char c) {
        return c != ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r';
    });
    if (start != text.end() && *start == '<' && looksLikeSvg(text.toByteArray().trimmed())) {

        auto baked = SvgBadgeParser::extract(bytes, m_limits.maxPayloadSize);
        if (!baked)
            return baked.error();
        return parseText(baked->payload, QStringLiteral("svg"), bytes, bytes);
    }
    return parseText(bytes, QStringLiteral("file"), bytes, {});
}

Result<QList<ParsedCredential>> CredentialParser::parseText(const QByteArray &payload,
                                                            const QString &container,
                                                            const QByteArray &original,
                                                            const QByteArray &image) const
{
    QByteArray text = payload;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        auto json = JsonReader::parse(trimmed, m_limits.maxJsonDepth);
        if (!json)
            return json.error();
        if (!json->isObject())
            return Error{ErrorCode::NotABadge,
                         QStringLiteral("the JSON is an array, not a badge or credential")};
        return fromJson(json->toObject(), trimmed, container, original, image, false);
    }
    if (JwsParser::looksLikeJws(trimmed)) {
        auto jws = JwsParser::parse(trimmed);
        if (!jws)
            return jws.error();
        auto claims = JsonReader::parse(jws->payload, m_limits.maxJsonDepth);
        if (!claims || !claims->isObject()) {
            return Error{ErrorCode::MalformedJws,
                         claims ? QStringLiteral("the JWS payload is not a JSON object")
                                : QStringLiteral("the JWS payload: %1").arg(claims.error().message)};
        }
        return fromJson(claims->toObject(), trimmed, container, original, image, true);
    }
    const bool singleUrl = (trimmed.startsWith("http://") || trimmed.startsWith("https://")) &&
                           !trimmed.contains(' ') && !trimmed.contains('\n');
    if (singleUrl && container != u"file") {
        // The pre-1.0 baking form holds only the URL of a hosted assertion.
        const QString url = QString::fromUtf8(trimmed);
        if (m_lookup) {
            if (auto cached = m_lookup(url))
                return fromJson(*cached, compact(*cached), container, original, image, false);
        }
        return Error{
            ErrorCode::UnsupportedVersion,
            QStringLiteral("the image holds only the address of a hosted badge (%1), which is not in the "
                           "offline cache; add the assertion with 'cache add' and import again")
                .arg(url)};
    }
    // Base64url of '{"' begins every JOSE header: a broken JWS deserves a JWS error, not "not a badge".
    if (trimmed.startsWith("eyJ") && trimmed.contains('.')) {
        auto jws = JwsParser::parse(trimmed);
        return jws ? Error{ErrorCode::MalformedJws, QStringLiteral("the text is not a compact JWS")}
                   : jws.error();
    }
    return Error{
        ErrorCode::NotABadge,
        QStringLiteral("not a badge: looked for a baked PNG or SVG, credential JSON, or a compact JWS")};
}

Result<QList<ParsedCredential>>
CredentialParser::fromJson(const QJsonObject &input, const QByteArray &payload, const QString &container,
                           const QByteArray &original, const QByteArray &image, bool fromJws) const
{
    QJsonObject json = input;
    // VC 1.1 style JWTs carry the credential in a "vc" (or "vp") claim.
    if (fromJws && input.value(QStringLiteral("vc")).isObject())
        json = input.value(QStringLiteral("vc")).toObject();
    else if (fromJws && input.value(QStringLiteral("vp")).isObject())
        json = input.value(QStringLiteral("vp")).toObject();

    const QStringList types = CredentialNormalizer::types(json.value(QStringLiteral("type")));
    const QJsonValue context = json.value(QStringLiteral("@context"));

    ParsedCredential item;
    item.original = original;
    item.payload = payload;
    item.credential = json;
    item.image = image;
    if (m_contentHashes)
        item.contentSha256 = sha256Hex(fromJws ? payload : compact(json));
    const auto formatFor = [&](const QString &family) {
        if (container == u"png" || container == u"svg")
            return family + u'-' + container;
        if (fromJws)
            return family == u"ob2" ? QStringLiteral("ob2-jws") : family + QStringLiteral("-vc-jwt");
        return family + QStringLiteral("-json");
    };

    QList<ParsedCredential> out;
    if (types.contains(QStringLiteral("VerifiablePresentation"))) {
        item.format = formatFor(QStringLiteral("vp"));
        item.derived = QJsonObject{{QStringLiteral("version"), QStringLiteral("vp")},
                                   {QStringLiteral("id"), json.value(QStringLiteral("id"))},
                                   {QStringLiteral("types"), QJsonArray::fromStringList(types)},
                                   {QStringLiteral("holder"), json.value(QStringLiteral("holder"))},
                                   {QStringLiteral("name"), QStringLiteral("Presentation")}};
        out << item;
        if (Status s = appendChildren(json.value(QStringLiteral("verifiableCredential")), out); !s)
            return s.error();
        if (out.size() == 1)
            return Error{
                ErrorCode::MissingFields,
                QStringLiteral("the presentation carries no credentials (verifiableCredential is empty)")};
        return out;
    }

    if (types.contains(QStringLiteral("VerifiableCredential"))) {
        const QStringList subjectTypes = CredentialNormalizer::types(
            json.value(QStringLiteral("credentialSubject")).toObject().value(QStringLiteral("type")));
        if (types.contains(QStringLiteral("BitstringStatusListCredential")) ||
            types.contains(QStringLiteral("StatusList2021Credential")) ||
            subjectTypes.contains(QStringLiteral("BitstringStatusList")) ||
            subjectTypes.contains(QStringLiteral("StatusList2021"))) {
            item.format = QStringLiteral("vc-status-list");
            item.cacheUrl = json.value(QStringLiteral("id")).toString();
            if (item.cacheUrl.isEmpty())
                return Error{ErrorCode::MissingFields,
                             QStringLiteral("the status list credential lacks required fields: id")};
            item.derived = QJsonObject{{QStringLiteral("version"), QStringLiteral("status-list")},
                                       {QStringLiteral("id"), item.cacheUrl},
                                       {QStringLiteral("types"), QJsonArray::fromStringList(types)},
                                       {QStringLiteral("name"), QStringLiteral("Status list")}};
            // A list has a validity period like any credential (VC 1.1 names it issuanceDate/expirationDate).
            for (const auto &[key, vc2, vc11] :
                 {std::tuple{QStringLiteral("validFrom"), QStringLiteral("validFrom"),
                             QStringLiteral("issuanceDate")},
                  std::tuple{QStringLiteral("validUntil"), QStringLiteral("validUntil"),
                             QStringLiteral("expirationDate")}}) {
                const QJsonValue value = json.contains(vc2) ? json.value(vc2) : json.value(vc11);
                if (value.isString())
                    item.derived.insert(key, value);
            }
            return QList<ParsedCredential>{item};
        }
        const bool clr = types.contains(QStringLiteral("ClrCredential"));
        // Any other verifiable credential is kept too, as a plain "vc": a learner's record is not only
        // badges.
        auto derived = CredentialNormalizer::fromVerifiableCredential(json);
        if (!derived)
            return derived.error();
        item.derived = *derived;
        const QString family = item.derived.value(QStringLiteral("version")).toString();
        item.format = formatFor(clr               ? QStringLiteral("clr")
                                : family == u"vc" ? QStringLiteral("vc")
                                                  : QStringLiteral("ob3"));
        if (m_images && item.image.isEmpty())
            item.image = dataUriImage(json);
        out << item;
        if (clr) {
            const QJsonObject subject = json.value(QStringLiteral("credentialSubject")).toObject();
            if (Status s = appendChildren(subject.value(QStringLiteral("verifiableCredential")), out); !s)
                return s.error();
        }
        return out;
    }

    // Open Badges 0.5 and 1.x: no context (or the v1 one) and their own vocabulary.
    const bool looksOb1 = context.isUndefined() &&
                          (json.contains(QStringLiteral("badge")) || json.contains(QStringLiteral("uid")) ||
                           json.value(QStringLiteral("verify")).isObject() ||
                           json.value(QStringLiteral("recipient")).isString());
    if (CredentialNormalizer::hasContext(context, kOb1Context) || looksOb1) {
        return Error{ErrorCode::UnsupportedVersion,
                     QStringLiteral("this is an Open Badges 1.x (or 0.5) assertion; Pathfolio reads "
                                    "Open Badges 2.0 and 3.0")};
    }
    if (isSupportingDocument(types)) {
        return Error{ErrorCode::NotABadge,
                     QStringLiteral("this is a document of type %1, not a badge; to use it for "
                                    "verification, add it to the offline cache with 'cache add URL FILE'")

                         .arg(types.join(QStringLiteral(", ")))};
    }
    if (CredentialNormalizer::hasContext(context, kOb2Context) ||
        types.contains(QStringLiteral("Assertion"))) {

        if (!types.contains(QStringLiteral("Assertion")))
            return Error{ErrorCode::UnsupportedVersion,
                         QStringLiteral("an Open Badges 2.0 document of type \"%1\" is not an assertion")
                             .arg(types.join(QStringLiteral(", ")))};
        auto derived = CredentialNormalizer::fromOb2Assertion(json, m_lookup);
        if (!derived)
            return derived.error();
        item.derived = *derived;
        item.format = formatFor(QStringLiteral("ob2"));
        if (m_images && item.image.isEmpty())
            item.image = dataUriImage(json);
        return QList<ParsedCredential>{item};
    }
    return Error{ErrorCode::NotABadge,
                 QStringLiteral("the JSON is not a badge: looked for an Open Badges 2.0 assertion "
                                "(@context %1) or a verifiable credential (type VerifiableCredential)")
                     .arg(kOb2Context)};
}

Status CredentialParser::appendChildren(const QJsonValue &credentials, QList<ParsedCredential> &out) const
{
    const int parent = int(out.size()) - 1;
    const QJsonArray list = credentials.isArray() ? credentials.toArray() : QJsonArray{credentials};
    for (const QJsonValue &v : list) {
        Result<QList<ParsedCredential>> inner =
            Error{ErrorCode::NotABadge, QStringLiteral("an entry is neither a credential nor a JWS")};
        if (v.isObject()) {
            const QByteArray bytes = compact(v.toObject());
            inner = fromJson(v.toObject(), bytes, QStringLiteral("file"), bytes, {}, false);
        } else if (v.isString()) {
            const QByteArray bytes = v.toString().toUtf8();
            inner = parseText(bytes, QStringLiteral("file"), bytes, {});
        } else if (v.isUndefined() || v.isNull()) {
            continue;
        }
        if (!inner)
            return Error{inner.error().code, QStringLiteral("credential %1 inside: %2")
                                                 .arg(out.size() - parent)
                                                 .arg(inner.error().message)};
        // Nested records are flattened under the outermost one.
        for (ParsedCredential &c : *inner) {
            c.parent = c.parent < 0 ? parent : c.parent + int(out.size());
            out << c;
        }
    }
    return {};
}

QByteArray CredentialParser::dataUriImage(const QJsonObject &json) const
{
    const QJsonObject subject = json.value(QStringLiteral("credentialSubject")).toObject();
    const QJsonValue candidates[] = {
        json.value(QStringLiteral("image")),
        subject.value(QStringLiteral("achievement")).toObject().value(QStringLiteral("image")),
        json.value(QStringLiteral("badge")).toObject().value(QStringLiteral("image"))};
    for (const QJsonValue &c : candidates) {
        const QString uri = c.isObject() ? c.toObject().value(QStringLiteral("id")).toString() : c.toString();
        if (!uri.startsWith(QStringLiteral("data:image/")))
            continue;
        const qsizetype comma = uri.indexOf(u',');
        if (comma < 0 || !uri.left(comma).endsWith(QStringLiteral(";base64")))
            continue;
        if ((uri.size() - comma) * 3 / 4 > m_limits.maxPayloadSize)
            continue;
        auto decoded = QByteArray::fromBase64Encoding(uri.mid(comma + 1).toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
    }
    return {};
}

} // namespace pf
