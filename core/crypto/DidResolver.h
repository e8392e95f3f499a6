#pragma once

#include "ResolvedKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace pf {

// Resolves a key id (did:key, did:jwk, did:web, http(s) URL) to a public key offline, never over the network.
class DidResolver
{
public:
    // The cached document stored under a URL (without fragment), or nothing. did:key and did:jwk need no
    // lookup; did:web and http(s) keys come only from what it returns.
    using Lookup = std::function<std::optional<QByteArray>(const QString &url)>;

    // How far a document may point to another one (an OB 2.0 Profile listing its key's URL, for example).
    static constexpr int kMaxIndirections = 2;

    explicit DidResolver(Lookup lookup);

    // keyId: "did:key:z6Mk...#z6Mk...", "did:jwk:<base64url JWK>#0", "did:web:example.org:path#key-1",
    // "https://example.org/keys.json#k1", ... kid: the JWS "kid", used to pick a key from a JWK Set or a DID
    // document when keyId has no fragment. Errors: UnresolvableKey (a DID method not supported, a document
    // not in the cache, no matching key, a document that does not describe that id), InvalidKey (the key
    // material), InvalidArgument (a malformed identifier), MalformedJson (a cached document).
    Result<ResolvedKey> resolve(const QString &keyId, const QString &kid = QString()) const;

    // "did:web:example.org%3A8443:u:alice" -> "https://example.org:8443/u/alice/did.json"; InvalidArgument
    // when the DID is not a well-formed did:web.
    static Result<QString> didWebUrl(const QString &did);

    // "#key-1" against "did:web:example.org" -> "did:web:example.org#key-1"; absolute ids unchanged.
    static QString absoluteId(const QString &id, const QString &base);

    // The public key of a verification method object (Multikey, JsonWebKey2020, JsonWebKey,
    // Ed25519VerificationKey2020, Ed25519VerificationKey2018, CryptographicKey).
    static Result<PublicKey> methodKey(const QJsonObject &method);

private:
    Result<ResolvedKey> resolveDidKey(const QString &did, const QString &fragment) const;
    Result<ResolvedKey> resolveDidJwk(const QString &did, const QString &fragment) const;
    Result<ResolvedKey> resolveDocument(const QString &documentUrl, const QString &wantedId,
                                        const QString &fragment, const QString &kid, const QString &did,
                                        int depth) const;

    Lookup m_lookup;
};

} // namespace pf
