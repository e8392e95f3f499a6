// Measures verification of VC-JWT EdDSA credentials through the whole pipeline, side by side with the bare
// Ed25519 signature check it contains (the issue asks for at least half the bare rate).
#include "../core/verify/TestSigner.h"
#include "crypto/JwsVerifier.h"
#include "verify/Verifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <cstdio>
#include <openssl/evp.h>

using namespace pf;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    const TestSigner signer(TestSigner::Kind::Ed25519);
    const QString issuer = signer.didKey();

    QList<QByteArray> tokens;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("urn:uuid:00000000-0000-4000-8000-%1").arg(i, 12, 10, QChar(u'0'));
        QJsonObject claims{
            {"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2",
                                    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"}},
            {"id", id},
            {"type", QJsonArray{"VerifiableCredential", "OpenBadgeCredential"}},
            {"issuer",
             QJsonObject{{"id", issuer}, {"type", QJsonArray{"Profile"}}, {"name", "Bench Issuer"}}},
            {"validFrom", "2026-01-01T00:00:00Z"},
            {"name", QStringLiteral("Badge %1").arg(i)},
            {"credentialSubject",
             QJsonObject{{"id", "did:example:learner"},
                         {"type", QJsonArray{"AchievementSubject"}},
                         {"achievement", QJsonObject{{"id", "https://example.org/a/1"},
                                                     {"type", QJsonArray{"Achievement"}},
                                                     {"name", QStringLiteral("Badge %1").arg(i)},
                                                     {"description", "Benchmark"},
                                                     {"criteria", QJsonObject{{"narrative", "Run it."}}}}}}},
            {"iss", issuer},
            {"jti", id},
            {"sub", "did:example:learner"},
            {"nbf", 1767225600}};
        tokens << signer.sign({{"alg", "EdDSA"}, {"kid", signer.didKeyId()}, {"typ", "JWT"}}, claims);
    }

    // Bare Ed25519: the signature check alone, through EVP, on the same tokens.
    const PublicKey key = signer.publicKey();
    QList<std::pair<QByteArray, QByteArray>> inputs;
    for (const QByteArray &t : tokens) {
        const qsizetype dot = t.lastIndexOf('.');
        inputs.append({t.left(dot), *Base64Url::decode(t.mid(dot + 1))});
    }
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    for (const auto &[message, signature] : inputs)
        ok += JwsVerifier::verifyRaw(key, message, signature, JwsVerifier::Hash::None).ok() ? 1 : 0;
    const double bare = ok / (timer.nsecsElapsed() / 1e9);

    VerificationContext context;
    context.at = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    const Verifier verifier(context);
    timer.restart();
    int valid = 0;
    for (const QByteArray &t : tokens)
        valid +=
            verifier.verifyBytes(t, QStringLiteral("bench")).value(0).result() == CheckResult::Valid ? 1 : 0;
    const double pipeline = valid / (timer.nsecsElapsed() / 1e9);

    std::printf("verify: bare Ed25519 signature checks: %.0f per second (%d of %d)\n", bare, ok, count);
    std::printf("verify: VC-JWT EdDSA through the whole pipeline: %.0f per second (%d of %d valid), %.0f%% "
                "of the bare rate "
                "(target: at least 50%%)\n",
                pipeline, valid, count, 100.0 * pipeline / bare);
    return (ok == count && valid == count) ? 0 : 1;
}
