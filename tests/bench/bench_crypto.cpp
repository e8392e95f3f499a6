// Measures Ed25519 verifications per second on one core: bare OpenSSL EVP, JwsVerifier::verifyRaw (the Data
// Integrity path) and a whole EdDSA JWS through JwsVerifier::verify. Keys are generated here; nothing is
// read.
#include "crypto/Base64Url.h"
#include "crypto/JwsParser.h"
#include "crypto/JwsVerifier.h"
#include "crypto/PublicKey.h"

#include <QElapsedTimer>
#include <cstdio>
#include <functional>
#include <openssl/evp.h>

using namespace pf;

namespace {

constexpr qint64 kRunMs = 2000;

// Calls op until kRunMs have passed; returns calls per second. Stops at the first failure.
double rate(const std::function<bool()> &op, bool &allOk)
{
    for (int i = 0; i < 200; ++i) // warm-up
        allOk = op() && allOk;
    QElapsedTimer timer;
    timer.start();
    qint64 calls = 0;
    while (timer.elapsed() < kRunMs) {
        for (int i = 0; i < 100; ++i)
            allOk = op() && allOk;
        calls += 100;
    }
    return double(calls) * 1000.0 / double(timer.nsecsElapsed() / 1000000.0);
}

QByteArray sign(EVP_PKEY *key, const QByteArray &message)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 64;
    QByteArray sig(64, '\0');
    EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, key);
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                   reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
    EVP_MD_CTX_free(ctx);
    return sig;
}

} // namespace

int main()
{
    EVP_PKEY *priv = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    unsigned char raw[32];
    size_t rawLen = sizeof raw;
    EVP_PKEY_get_raw_public_key(priv, raw, &rawLen);
    EVP_PKEY *pub = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, raw, rawLen);
    auto key =
        PublicKey::fromRaw(PublicKey::Type::Ed25519, QByteArray(reinterpret_cast<const char *>(raw), 32));
    if (!priv || !pub || !key.ok()) {
        std::fprintf(stderr, "bench_crypto: could not set up an Ed25519 key\n");
        return 1;
    }

    // A Data Integrity message: SHA-256(proof config) || SHA-256(document), 64 bytes.
    const QByteArray message = QByteArray(32, '\x5a') + QByteArray(32, '\xa5');
    const QByteArray signature = sign(priv, message);

    const QByteArray input =
        "eyJhbGciOiJFZERTQSJ9." +
        Base64Url::encode("{\"iss\":\"did:example:issuer\",\"sub\":\"did:example:learner\","
                          "\"credentialSubject\":{\"achievement\":{\"name\":\"Benchmark\"}}}");
    auto jws = JwsParser::parse(input + '.' + Base64Url::encode(sign(priv, input)));
    if (!jws.ok()) {
        std::fprintf(stderr, "bench_crypto: could not build the JWS\n");
        return 1;
    }

    bool ok = true;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const double bare = rate(
        [&] {
            return EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pub) == 1 &&
                   EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()), 64,
                                    reinterpret_cast<const unsigned char *>(message.constData()),
                                    size_t(message.size())) == 1;
        },
        ok);
    EVP_MD_CTX_free(ctx);
    const double wrapped = rate(
        [&] { return JwsVerifier::verifyRaw(*key, message, signature, JwsVerifier::Hash::None).ok(); }, ok);
    const QStringList algs = JwsVerifier::defaultAlgorithms();
    const double whole = rate([&] { return JwsVerifier::verify(*jws, *key, algs).ok(); }, ok);

    std::printf("Ed25519 verify, bare OpenSSL EVP:          %8.0f verifications/s (one core)\n", bare);
    std::printf("Ed25519 verify, JwsVerifier::verifyRaw:    %8.0f verifications/s (%.1f%% of bare)\n",
                wrapped, 100.0 * wrapped / bare);
    std::printf("EdDSA JWS, JwsVerifier::verify (%lld B in): %8.0f verifications/s\n",
                static_cast<long long>(jws->signingInput.size()), whole);
    EVP_PKEY_free(pub);
    EVP_PKEY_free(priv);
    if (!ok) {
        std::fprintf(stderr, "bench_crypto: a verification failed\n");
        return 1;
    }
    return 0;
}
