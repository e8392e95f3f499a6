#include "JwsProofCheck.h"

#include "credentials/CredentialNormalizer.h"
#include "credentials/JsonReader.h"
#include "crypto/DidResolver.h"
#include "crypto/JwsVerifier.h"
#include "crypto/PublicKey.h"

#include <QJsonArray>

namespace pf {

namespace {

const QString kProof = QStringLiteral("proof");
const QString kIssuer = QStringLiteral("issuer");

// Looks documents up in the offline cache and remembers each one it used, for the report.
class RecordingLookup
{
public:
    explicit RecordingLookup(const VerificationContext &context) : m_context(context) {}

    std::optional<QJsonObject> json(const QString &url, const QString &what)
    {
        auto bytes = raw(url, what);
        if (!bytes)
            return std::nullopt;
        auto parsed = JsonReader::parse(*bytes);
        if (!parsed || !parsed->isObject())
            return std::nullopt;
        return parsed->toObject();
    }

    std::optional<QByteArray> raw(const QString &url, const QString &what)
    {
        if (!m_context.lookup)
            return std::nullopt;
        auto doc = m_context.lookup(url);
        if (!doc)
            return std::nullopt;
        m_sources.append({what, doc->url, QStringLiteral("offline cache"), doc->addedAt});
        return doc->content;
    }

    DidResolver::Lookup forResolver()
    {
        return [this](const QString &url) { return raw(url, QStringLiteral("key document")); };
    }

    QList<DataSource> sources() const { return m_sources; }
    void add(const DataSource &source) { m_sources.append(source); }

private:
    const VerificationContext &m_context;
    QList<DataSource> m_sources;
};

QStringList ids(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : array) {
        const QString id = v.isObject() ? v.toObject().value(QStringLiteral("id")).toString() : v.toString();
        if (!id.isEmpty())
            list << id;
    }
    return list;
}

QString issuerIdOf(const QJsonObject &credential)
{
    const QJsonValue issuer = credential.value(QStringLiteral("issuer"));
    return issuer.isObject() ? issuer.toObject().value(QStringLiteral("id")).toString() : issuer.toString();
}

QString didOf(const QString &keyId)
{
    return keyId.left(keyId.indexOf(u'#') < 0 ? keyId.size() : keyId.indexOf(u'#'));
}

// A "crit" header names extensions the verifier must understand; Pathfolio understands none.
std::optional<Check> criticalHeader(const CompactJws &jws)
{
    if (!jws.header.contains(QStringLiteral("crit")))
        return std::nullopt;
    QStringList names;
    for (const QJsonValue &v : jws.header.value(QStringLiteral("crit")).toArray())
        names << v.toString();
    return Check::invalid(kProof, ReasonCode::CriticalHeader,
                          QStringLiteral("the JWS requires extensions Pathfolio does not implement (crit: %1)")
                              .arg(names.isEmpty() ? QStringLiteral("not a list") : names.join(QStringLiteral(", "))));
}

} // namespace

ReasonCode JwsProofCheck::reasonFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::BadSignature: return ReasonCode::Signature;
    case ErrorCode::UnsupportedAlgorithm: return ReasonCode::UnsupportedAlgorithm;
    case ErrorCode::KeyMismatch: return ReasonCode::KeyMismatch;
    case ErrorCode::InvalidKey: return ReasonCode::InvalidKey;
    case ErrorCode::UnresolvableKey: return ReasonCode::UnresolvableKey;
    case ErrorCode::MalformedJws:
    case ErrorCode::MalformedJson: return ReasonCode::Malformed;
    default: return ReasonCode::Signature;
    }
}

QList<Check> JwsProofCheck::ob2Signed(const CompactJws &jws, const QJsonObject &assertion, const VerificationContext &context)
{
    if (auto crit = criticalHeader(jws))
        return {*crit, Check::unchecked(kIssuer, QStringLiteral("the signature was not checked"))};
    RecordingLookup lookup(context);
    const auto missing = [&](const QString &what, const QString &url) {
        return QList<Check>{Check::unknown(kProof, ReasonCode::UnresolvableKey,
                                           QStringLiteral("the %1 %2 is not in the offline cache").arg(what, url), lookup.sources()),
                            Check::unchecked(kIssuer, QStringLiteral("the issuer's keys could not be read"))};
    };
    // Assertion -> badge class -> issuer profile -> publicKey (CryptographicKey with publicKeyPem).
    QJsonObject badge = assertion.value(QStringLiteral("badge")).toObject();
    if (badge.isEmpty()) {
        const QString url = assertion.value(QStringLiteral("badge")).toString();
        auto doc = lookup.json(url, QStringLiteral("badge class"));
        if (!doc)
            return missing(QStringLiteral("badge class"), url);
        badge = *doc;
    }
    QJsonObject issuer = badge.value(QStringLiteral("issuer")).toObject();
    if (issuer.isEmpty()) {
        const QString url = badge.value(QStringLiteral("issuer")).toString();
        auto doc = lookup.json(url, QStringLiteral("issuer profile"));
        if (!doc)
            return missing(QStringLiteral("issuer profile"), url);
        issuer = *doc;
    }
    const QStringList issuerKeys = ids(issuer.value(QStringLiteral("publicKey")));
    const QJsonObject verification = assertion.value(assertion.contains(QStringLiteral("verification")) ? QStringLiteral("verification")
                                                                                                        : QStringLiteral("verify"))
                                         .toObject();
    const QString creator = verification.value(QStringLiteral("creator")).toString();
    if (!creator.isEmpty() && !issuerKeys.contains(creator)) {
        return {Check::unchecked(kProof, QStringLiteral("the signing key is not one of the issuer's")),
                Check::invalid(kIssuer, ReasonCode::IssuerMismatch,
                               QStringLiteral("the assertion was signed with %1, which the issuer %2 does not list among its keys")
                                   .arg(creator, issuer.value(QStringLiteral("id")).toString()),
                               lookup.sources())};
    }
    const QStringList candidates = creator.isEmpty() ? issuerKeys : QStringList{creator};
    if (candidates.isEmpty()) {
        return {Check::unknown(kProof, ReasonCode::UnresolvableKey,
                               QStringLiteral("the issuer profile %1 lists no public key").arg(issuer.value(QStringLiteral("id")).toString()),
                               lookup.sources()),
                Check::unchecked(kIssuer, QStringLiteral("the issuer lists no key"))};
    }
    Error lastError{ErrorCode::UnresolvableKey, {}};
    for (const QString &keyUrl : candidates) {
        auto keyDoc = issuer.value(QStringLiteral("publicKey")).isObject() ? std::optional<QJsonObject>(issuer.value(QStringLiteral("publicKey")).toObject())
                                                                           : lookup.json(keyUrl, QStringLiteral("issuer key"));
        if (!keyDoc) {
            lastError = {ErrorCode::UnresolvableKey, QStringLiteral("the issuer key %1 is not in the offline cache").arg(keyUrl)};
            continue;
        }
        auto key = PublicKey::fromPem(keyDoc->value(QStringLiteral("publicKeyPem")).toString().toUtf8());
        if (!key) {
            lastError = key.error();
            continue;
        }
        if (Status verified = JwsVerifier::verify(jws, *key); !verified) {
            lastError = verified.error();
            continue;
        }
        const QString owner = keyDoc->value(QStringLiteral("owner")).toString();
        const QString issuerId = issuer.value(QStringLiteral("id")).toString();
        const Check proof = Check::valid(kProof, QStringLiteral("%1 signature by %2").arg(jws.header.value(QStringLiteral("alg")).toString(), keyUrl),
                                         lookup.sources());
        if (!owner.isEmpty() && owner != issuerId) {
            return {proof, Check::invalid(kIssuer, ReasonCode::IssuerMismatch,
                                          QStringLiteral("the key %1 belongs to %2, not to the issuer %3").arg(keyUrl, owner, issuerId))};
        }
        return {proof, Check::valid(kIssuer, QStringLiteral("the key %1 is listed by the issuer %2").arg(keyUrl, issuerId))};
    }
    if (lastError.code == ErrorCode::UnresolvableKey)
        return {Check::unknown(kProof, ReasonCode::UnresolvableKey, lastError.message, lookup.sources()),
                Check::unchecked(kIssuer, QStringLiteral("the issuer's key could not be read"))};
    return {Check::invalid(kProof, reasonFor(lastError), lastError.message, lookup.sources()),
            Check::unchecked(kIssuer, QStringLiteral("the signature does not verify"))};
}

QList<Check> JwsProofCheck::vcJwt(const CompactJws &jws, const QJsonObject &claims, const QJsonObject &credential,
                                  const VerificationContext &context)
{
    if (auto crit = criticalHeader(jws))
        return {*crit, Check::unchecked(kIssuer, QStringLiteral("the signature was not checked"))};
    RecordingLookup lookup(context);
    const QString issuerId = issuerIdOf(credential);
    const QString kid = jws.header.value(QStringLiteral("kid")).toString();
    const QJsonObject jwk = jws.header.value(QStringLiteral("jwk")).toObject();

    std::optional<PublicKey> key;
    Check binding = Check::unchecked(kIssuer, QString());
    QString signer;
    if (!kid.isEmpty() && (kid.startsWith(QStringLiteral("did:")) || kid.startsWith(QStringLiteral("https://")))) {
        auto resolved = DidResolver(lookup.forResolver()).resolve(kid);
        if (!resolved) {
            const bool missingDoc = resolved.error().code == ErrorCode::UnresolvableKey;
            return {missingDoc ? Check::unknown(kProof, ReasonCode::UnresolvableKey, resolved.error().message, lookup.sources())
                               : Check::invalid(kProof, reasonFor(resolved.error()), resolved.error().message, lookup.sources()),
                    Check::unchecked(kIssuer, QStringLiteral("the signing key could not be resolved"))};
        }
        lookup.add({QStringLiteral("signing key"), kid, resolved->source, {}});
        key = resolved->key;
        signer = kid;
        // The key belongs to the issuer when it is the issuer's own DID, or the issuer's document lists it.
        const bool sameDid = !issuerId.isEmpty() && didOf(kid) == issuerId;
        const bool listed = resolved->controller == issuerId && resolved->assertionMethods.contains(resolved->id);
        binding = (sameDid || listed)
                      ? Check::valid(kIssuer, QStringLiteral("the key %1 belongs to the issuer %2").arg(kid, issuerId))
                      : Check::invalid(kIssuer, ReasonCode::IssuerMismatch,
                                       QStringLiteral("the key %1 does not belong to the issuer %2").arg(kid, issuerId));
    } else if (!jwk.isEmpty()) {
        auto fromHeader = PublicKey::fromJwk(jwk);
        if (!fromHeader)
            return {Check::invalid(kProof, reasonFor(fromHeader.error()), fromHeader.error().message),
                    Check::unchecked(kIssuer, QStringLiteral("the key in the header is unusable"))};
        key = *fromHeader;
        signer = QStringLiteral("the key in the JWS header");
        lookup.add({QStringLiteral("signing key"), QStringLiteral("jwk header"), QStringLiteral("the credential itself"), {}});
        // A key that travels with the token proves nothing about who made it, unless the issuer id is that key.
        auto issuerKey = issuerId.startsWith(QStringLiteral("did:key:")) || issuerId.startsWith(QStringLiteral("did:jwk:"))
                             ? DidResolver(lookup.forResolver()).resolve(issuerId)
                             : Result<ResolvedKey>(Error{ErrorCode::UnresolvableKey, {}});
        binding = (issuerKey && issuerKey->key == *key)
                      ? Check::valid(kIssuer, QStringLiteral("the header key is the issuer's own key (%1)").arg(issuerId))
                      : Check::unknown(kIssuer, ReasonCode::UnresolvableKey,
                                       QStringLiteral("the key came inside the JWS header and nothing in the offline data ties it to "
                                                      "the issuer %1")
                                           .arg(issuerId));
    } else {
        return {Check::unknown(kProof, ReasonCode::UnresolvableKey,
                               kid.isEmpty() ? QStringLiteral("the JWS header names no key (neither kid nor jwk)")
                                             : QStringLiteral("the key id \"%1\" is neither a DID nor an https URL").arg(kid)),
                Check::unchecked(kIssuer, QStringLiteral("no key to check"))};
    }

    if (Status verified = JwsVerifier::verify(jws, *key); !verified)
        return {Check::invalid(kProof, reasonFor(verified.error()), verified.error().message, lookup.sources()),
                Check::unchecked(kIssuer, QStringLiteral("the signature does not verify"))};

    // The registered claims must say what the credential says.
    QStringList mismatches;
    const auto compare = [&](const char *claim, const QString &expected) {
        const QJsonValue v = claims.value(QLatin1String(claim));
        if (!v.isUndefined() && v.toString() != expected)
            mismatches << QStringLiteral("%1 is \"%2\", the credential says \"%3\"").arg(QLatin1String(claim), v.toString(), expected);
    };
    compare("iss", issuerId);
    compare("jti", credential.value(QStringLiteral("id")).toString());
    const QJsonValue subject = credential.value(QStringLiteral("credentialSubject"));
    compare("sub", (subject.isArray() ? subject.toArray().first() : subject).toObject().value(QStringLiteral("id")).toString());
    const auto compareTime = [&](const char *claim, const char *field, const char *fallback) {
        const QJsonValue v = claims.value(QLatin1String(claim));
        if (v.isUndefined())
            return;
        QJsonValue stated = credential.value(QLatin1String(field));
        if (stated.isUndefined())
            stated = credential.value(QLatin1String(fallback));
        const QDateTime expected = CredentialNormalizer::parseDateTime(stated);
        if (!expected.isValid() || qint64(v.toDouble()) != expected.toSecsSinceEpoch())
            mismatches << QStringLiteral("%1 is %2, the credential's %3 is %4")
                              .arg(QLatin1String(claim))
                              .arg(qint64(v.toDouble()))
                              .arg(QLatin1String(field), stated.toString());
    };
    compareTime("nbf", "validFrom", "issuanceDate");
    compareTime("exp", "validUntil", "expirationDate");
    if (!mismatches.isEmpty())
        return {Check::invalid(kProof, ReasonCode::ClaimsMismatch, mismatches.join(QStringLiteral("; ")), lookup.sources()), binding};
    return {Check::valid(kProof, QStringLiteral("%1 signature by %2").arg(jws.header.value(QStringLiteral("alg")).toString(), signer),
                         lookup.sources()),
            binding};
}

} // namespace pf
