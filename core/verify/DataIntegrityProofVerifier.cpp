#include "DataIntegrityProofVerifier.h"

#include "credentials/CredentialNormalizer.h"
#include "crypto/Multibase.h"

#include <QRegularExpression>

namespace pf {

namespace {

DataIntegrityProofVerifier::Outcome finish(DataIntegrityProofVerifier::Outcome o, CheckResult result,
                                           ReasonCode code, const QString &message)
{
    o.result = result;
    o.code = code;
    o.message = message;
    return o;
}

// How a JSON-LD or canonicalization failure reads as a check: a context we lack leaves the proof unknown,
// data the signature could not have covered makes it invalid.
std::pair<CheckResult, ReasonCode> judge(const Error &error)
{
    switch (error.code) {
    case ErrorCode::UnknownContext:
        return {CheckResult::Unknown, ReasonCode::UnknownContext};
    case ErrorCode::UndefinedTerm:
        return {CheckResult::Invalid, ReasonCode::UndefinedTerm};
    case ErrorCode::UnsupportedAlgorithm: // a suite Pathfolio lacks: unchecked, as docs/cli.md says
        return {CheckResult::Unchecked, ReasonCode::UnknownCryptosuite};
    default:
        return {CheckResult::Invalid, ReasonCode::Malformed};
    }
}

} // namespace

DataIntegrityProofVerifier::DataIntegrityProofVerifier(DidResolver::Lookup keyLookup,
                                                       const DocumentLoader *loader, QDateTime at)
    : m_keyLookup(std::move(keyLookup)), m_loader(loader), m_at(std::move(at))
{
}

bool DataIntegrityProofVerifier::isXsdDateTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^-?([1-9][0-9]{3,}|0[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(([01][0-9]|2[0-3]):[0-5][0-"
        "9]:"
        "[0-5][0-9](\\.[0-9]+)?|(24:00:00(\\.0+)?))(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?$"));
    if (!pattern.match(text).hasMatch())
        return false;
    if (text.contains(QStringLiteral("T24:00:00")))
        return true; // the end of a day is a real instant, which QDateTime does not parse
    return CredentialNormalizer::parseDateTime(QJsonValue(text)).isValid();
}

Result<ResolvedKey> DataIntegrityProofVerifier::resolveKey(const QString &verificationMethod,
                                                           bool *fromFragment) const
{
    *fromFragment = false;
    const bool dereferenceable = verificationMethod.startsWith(QStringLiteral("did:")) ||
                                 verificationMethod.startsWith(QStringLiteral("https://")) ||
                                 verificationMethod.startsWith(QStringLiteral("http://"));
    Result<ResolvedKey> resolved =
        dereferenceable
            ? DidResolver(m_keyLookup).resolve(verificationMethod)
            : Result<ResolvedKey>(Error{
                  ErrorCode::InvalidArgument,
                  QStringLiteral("the verificationMethod \"%1\" is neither a DID URL nor an http(s) URL, "
                                 "and its fragment is no public key")
                      .arg(verificationMethod.left(200))});
    if (resolved || (dereferenceable && resolved.error().code != ErrorCode::UnresolvableKey) ||
        verificationMethod.startsWith(QStringLiteral("did:")))
        return resolved;
    // The 1EdTech convention (FORMATS 2.3, 9.6): "<controller>#<publicKeyMultibase>", the key taken from the
    // fragment when the controller's document is not at hand (https) or cannot exist (urn:uuid).
    const qsizetype hash = verificationMethod.indexOf(u'#');
    const QString fragment = hash < 0 ? QString() : verificationMethod.mid(hash + 1);
    auto key =
        fragment.startsWith(u'z') ? PublicKey::fromMultikey(fragment) : Result<PublicKey>(resolved.error());
    if (!key)
        return resolved;
    *fromFragment = true;
    ResolvedKey r;
    r.id = verificationMethod;
    r.key = *key;
    r.methodType = QStringLiteral("Multikey");
    r.source = QStringLiteral("the verification method's URL fragment");
    return r;
}

DataIntegrityProofVerifier::Outcome DataIntegrityProofVerifier::verify(const QJsonObject &unsecured,
                                                                       const QJsonObject &proof,
                                                                       DataIntegrityTreeView view) const
{
    Outcome o;
    o.suite = Cryptosuite::nameOf(proof);
    o.verificationMethod = proof.value(QStringLiteral("verificationMethod")).toString();
    const QJsonValue vm = proof.value(QStringLiteral("verificationMethod"));
    if (vm.isObject()) // an embedded method still names itself by its id
        o.verificationMethod = vm.toObject().value(QStringLiteral("id")).toString();

    if (!proof.value(QStringLiteral("type")).isString() || o.verificationMethod.isEmpty() ||
        !proof.value(QStringLiteral("proofPurpose")).isString())
        return finish(o, CheckResult::Invalid, ReasonCode::Malformed,
                      QStringLiteral("the proof lacks a type, verificationMethod or proofPurpose"));

    const auto suite = Cryptosuite::forProof(proof);
    if (!suite)
        return finish(
            o, CheckResult::Unchecked, ReasonCode::UnknownCryptosuite,
            QStringLiteral("the proof uses %1, which Pathfolio does not verify (eddsa-rdfc-2022, eddsa-2022, "
                           "eddsa-jcs-2022, ecdsa-rdfc-2019, ecdsa-jcs-2019, Ed25519Signature2020)")
                .arg(o.suite.left(100)));

    const QString purpose = proof.value(QStringLiteral("proofPurpose")).toString();
    if (purpose != u"assertionMethod")
        return finish(o, CheckResult::Invalid, ReasonCode::ProofPurpose,
                      QStringLiteral("the proof's purpose is \"%1\"; a credential needs \"assertionMethod\"")
                          .arg(purpose.left(100)));

    for (const char *member : {"created", "expires"}) {
        const QJsonValue v = proof.value(QLatin1String(member));
        if (!v.isUndefined() && !(v.isString() && isXsdDateTime(v.toString())))
            return finish(o, CheckResult::Invalid, ReasonCode::Malformed,
                          QStringLiteral("the proof's %1 is not an xsd:dateTime").arg(QLatin1String(member)));
    }
    if (proof.contains(QStringLiteral("expires"))) {
        const QDateTime expires = CredentialNormalizer::parseDateTime(proof.value(QStringLiteral("expires")));
        if (expires.isValid() && m_at > expires)
            return finish(o, CheckResult::Invalid, ReasonCode::Expired,
                          QStringLiteral("the proof expired on %1").arg(expires.toString(Qt::ISODate)));
    }

    const QJsonValue proofValue = proof.value(QStringLiteral("proofValue"));
    auto signature = Multibase::decode(proofValue.toString());
    if (!proofValue.isString() || !signature || signature->base != Multibase::Base::Base58Btc)
        return finish(o, CheckResult::Invalid, ReasonCode::Signature,
                      QStringLiteral("the proofValue is not a base58btc multibase string"));

    bool fromFragment = false;
    auto key = resolveKey(o.verificationMethod, &fromFragment);
    if (!key) {
        if (key.error().code == ErrorCode::UnresolvableKey)
            return finish(o, CheckResult::Unknown, ReasonCode::UnresolvableKey, key.error().message);
        if (key.error().code == ErrorCode::InvalidArgument) // no DID, no URL: nothing could ever resolve it
            return finish(o, CheckResult::Invalid, ReasonCode::Malformed, key.error().message);
        return finish(o, CheckResult::Invalid, ReasonCode::InvalidKey, key.error().message);
    }
    o.key = *key;
    o.keyFromFragment = fromFragment;
    const PublicKey::Type type = key->key.type();
    if (!suite->acceptsKey(type))
        return finish(o, CheckResult::Invalid, ReasonCode::KeyMismatch,
                      QStringLiteral("%1 does not sign with a %2 key").arg(o.suite, key->key.description()));
    if (signature->bytes.size() != suite->signatureLength(type))
        return finish(o, CheckResult::Invalid, ReasonCode::Signature,
                      QStringLiteral("the signature is %1 bytes; %2 with %3 makes %4")
                          .arg(signature->bytes.size())
                          .arg(o.suite, key->key.description())
                          .arg(suite->signatureLength(type)));

    QJsonObject options = proof;
    options.remove(QStringLiteral("proofValue"));
    auto transformed = DataIntegrityTransform::run(*suite, unsecured, options, suite->hashFor(type), m_loader,
                                                   m_contexts, view);
    if (!transformed) {
        const auto [result, code] = judge(transformed.error());
        return finish(o, result, code, transformed.error().message);
    }
    o.transform = *transformed;
    if (Status verified = JwsVerifier::verifyRaw(key->key, transformed->hashData(), signature->bytes,
                                                 suite->signatureHashFor(type));
        !verified)
        return finish(o, CheckResult::Invalid, ReasonCode::Signature,
                      QStringLiteral("the %1 signature by %2 does not match the credential (%3)")
                          .arg(o.suite, o.verificationMethod.left(200), verified.error().message));
    return finish(o, CheckResult::Valid, ReasonCode::None,
                  QStringLiteral("%1 signature by %2").arg(o.suite, o.verificationMethod.left(200)));
}

} // namespace pf
