#include "DidResolver.h"

#include "Base64Url.h"
#include "Multibase.h"
#include "credentials/JsonReader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace pf {

namespace {

constexpr qsizetype kMaxKeyIdLength = 16 * 1024;
constexpr qsizetype kMaxDocumentSize = 1024 * 1024;
constexpr int kMaxJsonDepth = 32;

const QString kDidKey = QStringLiteral("did:key:");
const QString kDidJwk = QStringLiteral("did:jwk:");
const QString kDidWeb = QStringLiteral("did:web:");

// The members of a controller document that hold or name verification methods.
const char *const kMethodMembers[] = {
    "verificationMethod",   "publicKey",   "assertionMethod", "authentication", "capabilityInvocation",
    "capabilityDelegation", "keyAgreement"};

// The members that would put private key material in a document.
const char *const kPrivateMembers[] = {"privateKeyMultibase", "secretKeyMultibase", "privateKeyJwk",
                                       "privateKeyBase58", "privateKeyPem"};

Error unresolvable(const QString &message)
{
    return Error{ErrorCode::UnresolvableKey, message};
}

QStringList typesOf(const QJsonObject &method)
{
    const QJsonValue type = method.value(QLatin1String("type"));
    if (type.isString())
        return {type.toString()};
    QStringList out;
    for (const QJsonValue &v : type.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isObject() || value.isString())
        return QJsonArray{value};
    return {};
}

QString withoutFragment(const QString &id)
{
    const qsizetype hash = id.indexOf(QLatin1Char('#'));
    return hash < 0 ? id : id.left(hash);
}

QString fragmentOf(const QString &id)
{
    const qsizetype hash = id.indexOf(QLatin1Char('#'));
    return hash < 0 ? QString() : id.mid(hash + 1);
}

bool holdsKeyMaterial(const QJsonObject &o)
{
    return o.contains(QLatin1String("publicKeyMultibase")) || o.contains(QLatin1String("publicKeyJwk")) ||
           o.contains(QLatin1String("publicKeyPem")) || o.contains(QLatin1String("publicKeyBase58"));
}

QString stringMember(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isString())
        return v.toString();
    if (v.isObject()) // OB 2.0 allows an embedded node where an id is expected
        return v.toObject().value(QLatin1String("id")).toString();
    return QString();
}

// A verification method listed in a controller document: embedded, or only named by its id.
struct Listed
{
    QString id; // absolute
    QJsonObject method;
    bool embedded = false;
};

} // namespace

DidResolver::DidResolver(Lookup lookup) : m_lookup(std::move(lookup)) {}

QString DidResolver::absoluteId(const QString &id, const QString &base)
{
    if (id.startsWith(QLatin1Char('#')))
        return withoutFragment(base) + id;
    if (id.contains(QLatin1Char(':')) || id.isEmpty())
        return id;
    if (base.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
        return QUrl(base).resolved(QUrl(id)).toString();
    return id;
}

Result<QString> DidResolver::didWebUrl(const QString &did)
{
    auto bad = [&did](const QString &why) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not a usable did:web: %2").arg(did.left(200), why)};
    };
    if (!did.startsWith(kDidWeb))
        return bad(QStringLiteral("it does not start with did:web:"));
    const QString msid = did.mid(kDidWeb.size());
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~%:-]+$"));
    if (!allowed.match(msid).hasMatch())
        return bad(QStringLiteral("it holds characters a did:web may not hold (a path, query or fragment?)"));
    QStringList segments = msid.split(QLatin1Char(':'));
    for (const QString &s : segments) {
        if (s.isEmpty() || s == QLatin1String(".") || s == QLatin1String(".."))
            return bad(QStringLiteral("it has an empty, \".\" or \"..\" segment"));
        const QByteArray decoded = QByteArray::fromPercentEncoding(s.toLatin1());
        if (decoded.contains('/') || decoded.contains('\\') || decoded.contains('?') ||
            decoded.contains('#') || decoded == "." || decoded == "..")
            return bad(QStringLiteral("a segment decodes to a path separator"));
    }
    // The host, with a port written as %3A (did:web section 3.2.1).
    QString host = segments.takeFirst();
    host.replace(QLatin1String("%3A"), QLatin1String(":"), Qt::CaseInsensitive);
    static const QRegularExpression hostPattern(QStringLiteral(
        "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
        "(?::[0-9]{1,5})?$"));
    if (!hostPattern.match(host).hasMatch())
        return bad(QStringLiteral("\"%1\" is not a host name with an optional port").arg(host));
    QString url = QStringLiteral("https://") + host.toLower();
    if (segments.isEmpty())
        url += QStringLiteral("/.well-known");
    for (const QString &s : segments)
        url += QLatin1Char('/') + s;
    return url + QStringLiteral("/did.json");
}

Result<PublicKey> DidResolver::methodKey(const QJsonObject &method)
{
    for (const char *name : kPrivateMembers) {
        if (method.contains(QLatin1String(name)))
            return Error{
                ErrorCode::InvalidKey,
                QStringLiteral("the verification method holds a private key (%1); a key published this way "
                               "is compromised")
                    .arg(QLatin1String(name))};
    }
    const QStringList types = typesOf(method);
    auto member = [&method](const char *name, const QString &type) -> Result<QString> {
        const QJsonValue v = method.value(QLatin1String(name));
        if (!v.isString())
            return Error{ErrorCode::InvalidKey,
                         QStringLiteral("a %1 verification method needs a \"%2\" string")
                             .arg(type, QLatin1String(name))};
        return v.toString();
    };
    for (const QString &type : types) {
        if (type == QLatin1String("Multikey")) {
            auto mb = member("publicKeyMultibase", type);
            if (!mb.ok())
                return mb.error();
            return PublicKey::fromMultikey(*mb);
        }
        if (type == QLatin1String("Ed25519VerificationKey2020")) {
            auto mb = member("publicKeyMultibase", type);
            if (!mb.ok())
                return mb.error();
            auto key = PublicKey::fromMultikey(*mb);
            if (key.ok() && key->type() != PublicKey::Type::Ed25519)
                return Error{
                    ErrorCode::InvalidKey,
                    QStringLiteral("an Ed25519VerificationKey2020 holds a %1 key").arg(key->description())};
            return key;
        }
        if (type == QLatin1String("Ed25519VerificationKey2018")) {
            auto b58 = member("publicKeyBase58", type);
            if (!b58.ok())
                return b58.error();
            auto raw = Multibase::decodeBase58(b58->toLatin1());
            if (!raw || b58->isEmpty())
                return Error{ErrorCode::InvalidKey, QStringLiteral("publicKeyBase58 is not base58btc")};
            return PublicKey::fromRaw(PublicKey::Type::Ed25519, *raw);
        }
        if (type == QLatin1String("JsonWebKey2020") || type == QLatin1String("JsonWebKey")) {
            const QJsonValue jwk = method.value(QLatin1String("publicKeyJwk"));
            if (!jwk.isObject())
                return Error{
                    ErrorCode::InvalidKey,
                    QStringLiteral("a %1 verification method needs a \"publicKeyJwk\" object").arg(type)};
            return PublicKey::fromJwk(jwk.toObject());
        }
        if (type == QLatin1String("CryptographicKey")) {
            auto pem = member("publicKeyPem", type);
            if (!pem.ok())
                return pem.error();
            return PublicKey::fromPem(pem->toUtf8());
        }
    }
    return Error{ErrorCode::InvalidKey,
                 QStringLiteral(
                     "verification method type \"%1\" is not supported (Multikey, JsonWebKey2020, "
                     "JsonWebKey, Ed25519VerificationKey2020, Ed25519VerificationKey2018, CryptographicKey)")
                     .arg(types.join(QLatin1String(", ")).left(100))};
}

Result<ResolvedKey> DidResolver::resolve(const QString &keyIdIn, const QString &kid) const
{
    const QString keyId = keyIdIn.trimmed();
    if (keyId.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("an empty key id")};
    if (keyId.size() > kMaxKeyIdLength)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("a key id of %1 characters is too long").arg(keyId.size())};
    const QString base = withoutFragment(keyId);
    const QString fragment = fragmentOf(keyId);
    if (base.startsWith(kDidKey))
        return resolveDidKey(base, fragment);
    if (base.startsWith(kDidJwk))
        return resolveDidJwk(base, fragment);
    if (base.startsWith(kDidWeb)) {
        auto url = didWebUrl(base);
        if (!url.ok())
            return url.error();
        return resolveDocument(*url, keyId, fragment, kid, base, 0);
    }
    if (base.startsWith(QLatin1String("did:"))) {
        const QString method = base.section(QLatin1Char(':'), 1, 1).left(40);
        return unresolvable(
            QStringLiteral("DID method \"did:%1\" cannot be resolved offline (did:key, did:jwk, and "
                           "did:web from the offline cache)")
                .arg(method));
    }
    if (base.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
        base.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return resolveDocument(base, keyId, fragment, kid, QString(), 0);
    return unresolvable(QStringLiteral("\"%1\" is neither a DID nor an http(s) URL").arg(keyId.left(200)));
}

Result<ResolvedKey> DidResolver::resolveDidKey(const QString &did, const QString &fragment) const
{
    const QString mb = did.mid(kDidKey.size());
    if (mb.isEmpty() || mb.contains(QLatin1Char(':')) || mb.contains(QLatin1Char('/')) ||
        mb.contains(QLatin1Char('?')))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not a did:key (did:key:<multibase key>)").arg(did.left(200))};
    if (!fragment.isEmpty() && fragment != mb)
        return unresolvable(
            QStringLiteral("the did:key document has one verification method, #%1; \"#%2\" names none")
                .arg(mb.left(100), fragment.left(100)));
    auto key = PublicKey::fromMultikey(mb);
    if (!key.ok())
        return Error{key.error().code, QStringLiteral("%1: %2").arg(did.left(120), key.error().message)};
    ResolvedKey r;
    r.id = did + QLatin1Char('#') + mb;
    r.controller = did;
    r.key = *key;
    r.methodType = QStringLiteral("Multikey");
    r.source = QStringLiteral("did:key (derived)");
    r.assertionMethods = {r.id};
    return r;
}

Result<ResolvedKey> DidResolver::resolveDidJwk(const QString &did, const QString &fragment) const
{
    if (!fragment.isEmpty() && fragment != QLatin1String("0"))
        return unresolvable(
            QStringLiteral("the did:jwk document has one verification method, #0; \"#%1\" names none")
                .arg(fragment.left(100)));
    const QString encoded = did.mid(kDidJwk.size());
    std::optional<QByteArray> json;
    bool ascii = true;
    for (QChar c : encoded)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        json = Base64Url::decode(encoded.toLatin1());
    if (!json || json->isEmpty())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("a did:jwk identifier must be base64url of a JWK")};
    auto value = JsonReader::parse(*json, 8);
    if (!value.ok() || !value->isObject())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("a did:jwk identifier must hold a JSON object (a JWK)")};
    auto key = PublicKey::fromJwk(value->toObject());
    if (!key.ok())
        return Error{key.error().code, QStringLiteral("did:jwk: %1").arg(key.error().message)};
    ResolvedKey r;
    r.id = did + QStringLiteral("#0");
    r.controller = did;
    r.key = *key;
    r.methodType = QStringLiteral("JsonWebKey2020");
    r.source = QStringLiteral("did:jwk (derived)");
    r.assertionMethods = {r.id}; // a did:jwk key not marked "use": "enc" may sign (did:jwk section 2.3)
    return r;
}

Result<ResolvedKey> DidResolver::resolveDocument(const QString &documentUrl, const QString &wantedId,
                                                 const QString &fragment, const QString &kid,
                                                 const QString &did, int depth) const
{
    if (depth > kMaxIndirections)
        return unresolvable(QStringLiteral("%1 is more than %2 documents away from the key id")
                                .arg(documentUrl)
                                .arg(kMaxIndirections));
    const std::optional<QByteArray> content = m_lookup ? m_lookup(documentUrl) : std::nullopt;
    if (!content) {
        if (!did.isEmpty())
            return unresolvable(QStringLiteral("%1 needs %2, which is not in the offline cache")
                                    .arg(did.left(200), documentUrl));
        return unresolvable(QStringLiteral("%1 is not in the offline cache").arg(documentUrl));
    }
    if (content->size() > kMaxDocumentSize)
        return unresolvable(
            QStringLiteral("the cached document %1 is %2 bytes, more than a key document may be")
                .arg(documentUrl)
                .arg(content->size()));
    auto parsed = JsonReader::parse(*content, kMaxJsonDepth);
    if (!parsed.ok())
        return Error{parsed.error().code,
                     QStringLiteral("the cached document %1: %2").arg(documentUrl, parsed.error().message)};
    if (!parsed->isObject())
        return Error{ErrorCode::MalformedJson,
                     QStringLiteral("the cached document %1 is not a JSON object").arg(documentUrl)};
    const QJsonObject doc = parsed->toObject();
    const QString source = QStringLiteral("offline cache: %1").arg(documentUrl);
    const QString docId = doc.value(QLatin1String("id")).toString();
    if (!did.isEmpty() && docId != did)
        return unresolvable(QStringLiteral("the DID document at %1 has id \"%2\", not %3")
                                .arg(documentUrl, docId.left(200), did.left(200)));
    // A document is about the URL it was retrieved from (controlled identifiers: the id must match);
    // otherwise a document cached under one URL could speak for another issuer.
    if (did.isEmpty() && !docId.isEmpty() &&
        QUrl(withoutFragment(absoluteId(docId, documentUrl))) != QUrl(documentUrl))
        return unresolvable(QStringLiteral("the document cached under %1 says its id is \"%2\"")
                                .arg(documentUrl, docId.left(200)));
    const QString base = docId.isEmpty() ? documentUrl : docId;

    ResolvedKey r;
    r.source = source;

    // A JWK Set (RFC 7517 section 5): pick by the fragment, or the JWS kid.
    if (doc.contains(QLatin1String("keys"))) {
        const QJsonArray keys = doc.value(QLatin1String("keys")).toArray();
        // The fragment of the key id, else the JWS kid (bare, or a URL whose fragment is the kid).
        const QString selector = fragment.isEmpty() ? kid : fragment;
        auto kidMatches = [&](const QString &k) {
            return !k.isEmpty() && (k == selector || documentUrl + QLatin1Char('#') + k == selector);
        };
        QJsonObject chosen;
        if (selector.isEmpty()) {
            if (keys.size() != 1)
                return unresolvable(
                    QStringLiteral("the JWK Set %1 holds %2 keys and nothing names a kid to choose")
                        .arg(documentUrl)
                        .arg(keys.size()));
            chosen = keys.first().toObject();
        } else {
            for (const QJsonValue &k : keys) {
                if (kidMatches(k.toObject().value(QLatin1String("kid")).toString())) {
                    chosen = k.toObject();
                    break;
                }
            }
            if (chosen.isEmpty())
                return unresolvable(QStringLiteral("the JWK Set %1 has no key with kid \"%2\"")
                                        .arg(documentUrl, selector.left(200)));
        }
        auto key = PublicKey::fromJwk(chosen);
        if (!key.ok())
            return key.error();
        const QString chosenKid = chosen.value(QLatin1String("kid")).toString();
        r.id = chosenKid.isEmpty() ? documentUrl : documentUrl + QLatin1Char('#') + chosenKid;
        r.key = *key;
        r.methodType = QStringLiteral("JsonWebKey");
        return r;
    }

    // A bare JWK.
    if (doc.contains(QLatin1String("kty"))) {
        auto key = PublicKey::fromJwk(doc);
        if (!key.ok())
            return key.error();
        r.id = wantedId;
        r.key = *key;
        r.methodType = QStringLiteral("JsonWebKey");
        return r;
    }

    // A key document: an OB 2.0 CryptographicKey, or a verification method published on its own.
    if (holdsKeyMaterial(doc)) {
        const QString id = docId.isEmpty() ? documentUrl : absoluteId(docId, documentUrl);
        if (!fragment.isEmpty() && id != wantedId)
            return unresolvable(QStringLiteral("the key document %1 describes \"%2\", not \"%3\"")
                                    .arg(documentUrl, id.left(200), wantedId.left(200)));
        auto key = methodKey(doc);
        if (!key.ok())
            return key.error();
        r.id = id;
        r.key = *key;
        r.controller = stringMember(doc, "controller");
        if (r.controller.isEmpty())
            r.controller = stringMember(doc, "owner"); // OB 2.0 CryptographicKey
        r.methodType = typesOf(doc).value(0);
        return r;
    }

    // A controller (DID) document, or an OB 2.0 Profile with publicKey entries.
    QList<Listed> listed;
    for (const char *member : kMethodMembers) {
        const bool assertion = qstrcmp(member, "assertionMethod") == 0;
        for (const QJsonValue &v : asArray(doc.value(QLatin1String(member)))) {
            Listed l;
            if (v.isString()) {
                l.id = absoluteId(v.toString(), base);
            } else if (v.isObject()) {
                l.method = v.toObject();
                l.id = absoluteId(l.method.value(QLatin1String("id")).toString(), base);
                l.embedded = true;
            } else {
                continue;
            }
            if (assertion && !l.id.isEmpty() && !r.assertionMethods.contains(l.id))
                r.assertionMethods.append(l.id);
            if (qstrcmp(member, "keyAgreement") != 0)
                listed.append(l);
        }
    }
    if (listed.isEmpty())
        return unresolvable(
            QStringLiteral("the cached document %1 is neither a key, a JWK Set nor a controller "
                           "document with verification methods")
                .arg(documentUrl));

    QString target;
    if (!fragment.isEmpty())
        target = absoluteId(QLatin1Char('#') + fragment, base);
    else if (!kid.isEmpty())
        target = absoluteId(
            kid.contains(QLatin1Char(':')) || kid.startsWith(QLatin1Char('#')) ? kid : QLatin1Char('#') + kid,
            base);
    auto matches = [&](const Listed &l) {
        return !l.id.isEmpty() && (l.id == target || (!fragment.isEmpty() && l.id == wantedId));
    };

    const Listed *found = nullptr;
    if (!target.isEmpty()) {
        for (const Listed &l : listed) {
            if (matches(l) && l.embedded) {
                found = &l;
                break;
            }
        }
        if (!found) {
            for (const Listed &l : listed) {
                if (matches(l)) {
                    found = &l;
                    break;
                }
            }
        }
    } else {
        QStringList ids;
        for (const Listed &l : listed) {
            if (!l.id.isEmpty() && !ids.contains(l.id))
                ids.append(l.id);
        }
        // Only an unambiguous document: with several keys the key id or the JWS kid must say which.
        if (ids.size() == 1) {
            for (const Listed &l : listed) {
                if (l.id == ids.first() && (l.embedded || !found))
                    found = &l;
            }
        }
        if (!found)
            return unresolvable(
                QStringLiteral("the document %1 lists %2 keys (%3) and neither the key id nor the "
                               "JWS kid says which")
                    .arg(documentUrl)
                    .arg(ids.size())
                    .arg(ids.join(QLatin1String(", ")).left(300)));
    }
    if (!found)
        return unresolvable(QStringLiteral("the document %1 has no verification method \"%2\"")
                                .arg(documentUrl, target.left(200)));

    if (!found->embedded) {
        // Named only: follow it into its own document (an OB 2.0 Profile's publicKey URL), never in circles.
        const QString next = withoutFragment(found->id);
        if (next == documentUrl || !(next.startsWith(QLatin1String("http"), Qt::CaseInsensitive)))
            return unresolvable(QStringLiteral("the document %1 names \"%2\" but does not describe it")
                                    .arg(documentUrl, found->id.left(200)));
        auto nested =
            resolveDocument(next, found->id, fragmentOf(found->id), QString(), QString(), depth + 1);
        if (nested.ok() && nested->assertionMethods.isEmpty())
            nested->assertionMethods = r.assertionMethods;
        return nested;
    }
    r.controller = stringMember(found->method, "controller");
    if (r.controller.isEmpty())
        r.controller = docId;
    else if (!docId.isEmpty() && r.controller != docId)
        return unresolvable(
            QStringLiteral("the verification method %1 in %2 names another controller, \"%3\"")
                .arg(found->id.left(200), documentUrl, r.controller.left(200)));
    auto key = methodKey(found->method);
    if (!key.ok())
        return key.error();
    r.id = found->id;
    r.key = *key;
    r.methodType = typesOf(found->method).value(0);
    return r;
}

} // namespace pf
