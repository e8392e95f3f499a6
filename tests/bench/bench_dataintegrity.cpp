// Measures Data Integrity verification of Open Badges 3.0 credentials signed with eddsa-rdfc-2022: the whole
// pipeline per credential, and on its own each step the issue names (canonicalization and the Ed25519 check).
// Usage: bench_dataintegrity [FOLDER [SECONDS]]; the first line is the JSON that reference-js/compare.sh
// reads.
#include "credentials/CredentialParser.h"
#include "crypto/JwsVerifier.h"
#include "crypto/Multibase.h"
#include "crypto/PublicKey.h"
#include "jsonld/BundledContextLoader.h"
#include "jsonld/ContextCache.h"
#include "jsonld/JsonLdProcessor.h"
#include "verify/Verifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>
#include <vector>

using namespace pf;

namespace {

// Runs work over every credential until at least `seconds` have passed; returns the rate per second.
double rate(qsizetype count, double seconds, const std::function<bool(qsizetype)> &work, int *failures)
{
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    *failures = 0;
    do {
        for (qsizetype i = 0; i < count; ++i) {
            if (!work(i))
                ++*failures;
            ++done;
        }
    } while (timer.nsecsElapsed() < static_cast<qint64>(seconds * 1e9));
    return done / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                    : QStringLiteral(PATHFOLIO_SOURCE_DIR "/tests/data/bench/ob3-eddsa-rdfc");
    const double seconds = argc > 2 ? QByteArray(argv[2]).toDouble() : 5.0;

    QList<QByteArray> files;
    QList<QJsonObject> unsecured;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(folder + u'/' + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        files << f.readAll();
        QJsonObject doc = QJsonDocument::fromJson(files.last()).object();
        doc.remove(QStringLiteral("proof"));
        unsecured << doc;
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_dataintegrity: no credentials in %s\n", qPrintable(folder));
        return 2;
    }

    VerificationContext context;
    context.at = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    const Verifier verifier(context);
    // Warm-up, and the count of credentials that verify: contexts are processed once per context, as in the
    // app.
    qsizetype verified = 0;
    for (const QByteArray &f : files) {
        const auto reports = verifier.verifyBytes(f, QStringLiteral("bench"));
        const Check *proof = reports.isEmpty() ? nullptr : reports.first().check(QStringLiteral("proof"));
        verified += proof && proof->result == CheckResult::Valid ? 1 : 0;
    }

    int failures = 0;
    const double pipeline = rate(
        files.size(), seconds,
        [&](qsizetype i) { return !verifier.verifyBytes(files.at(i), QStringLiteral("bench")).isEmpty(); },
        &failures);
    std::printf("{\"stack\":\"pathfolio\",\"credentials\":%lld,\"verified\":%lld,\"seconds\":%.1f,"
                "\"perSecond\":%.0f}\n",
                static_cast<long long>(files.size()), static_cast<long long>(verified), seconds, pipeline);

    // The same work spread over every core, one Verifier shared by all threads, as a batch verification
    // could.
    const int threads = std::max(1, QThread::idealThreadCount());
    std::atomic<qint64> done{0};
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            while (wall.nsecsElapsed() < static_cast<qint64>(seconds * 1e9)) {
                for (qsizetype i = t; i < files.size(); i += threads) {
                    (void)verifier.verifyBytes(files.at(i), QStringLiteral("bench"));
                    ++done;
                }
            }
        });
    }
    for (std::thread &th : pool)
        th.join();
    const double parallel = done / (wall.nsecsElapsed() / 1e9);

    const BundledContextLoader loader;
    ContextCache contexts;
    JsonLdOptions options;
    options.loader = &loader;
    options.safeMode = true;
    options.contextCache = &contexts;
    const double canonize = rate(
        unsecured.size(), seconds / 2,
        [&](qsizetype i) { return JsonLdProcessor::canonize(unsecured.at(i), options).ok(); }, &failures);

    // Where a credential's time goes, step by step (each step alone, on the same credentials).
    QList<QJsonObject> proofConfigs;
    for (const QByteArray &f : files) {
        const QJsonObject doc = QJsonDocument::fromJson(f).object();
        QJsonObject config = doc.value(QStringLiteral("proof")).toObject();
        config.remove(QStringLiteral("proofValue"));
        config.insert(QStringLiteral("@context"), doc.value(QStringLiteral("@context")));
        proofConfigs << config;
    }
    const double proofCanonize = rate(
        proofConfigs.size(), seconds / 4,
        [&](qsizetype i) { return JsonLdProcessor::canonize(proofConfigs.at(i), options).ok(); }, &failures);
    const double expand = rate(
        unsecured.size(), seconds / 4,
        [&](qsizetype i) { return JsonLdProcessor::expand(unsecured.at(i), options).ok(); }, &failures);
    const double toRdf = rate(
        unsecured.size(), seconds / 4,
        [&](qsizetype i) { return JsonLdProcessor::toRdf(unsecured.at(i), options).ok(); }, &failures);
    const CredentialParser parser;
    const double parse = rate(
        files.size(), seconds / 4, [&](qsizetype i) { return parser.parse(files.at(i)).ok(); }, &failures);
    std::printf("steps: parse and normalize %.1f us; expand %.1f us; + toRdf %.1f us; + RDFC-1.0 %.1f us; "
                "proof configuration canonicalized %.1f us\n",
                1e6 / parse, 1e6 / expand, 1e6 / toRdf - 1e6 / expand, 1e6 / canonize - 1e6 / toRdf,
                1e6 / proofCanonize);

    // The bare signature check: Ed25519 over 64 bytes, the size of the Data Integrity hash data.
    const QJsonObject proof =
        QJsonDocument::fromJson(files.first()).object().value(QStringLiteral("proof")).toObject();
    const QString method = proof.value(QStringLiteral("verificationMethod")).toString();
    const auto key = PublicKey::fromMultikey(method.mid(method.indexOf(u'#') + 1));
    const auto signature = Multibase::decode(proof.value(QStringLiteral("proofValue")).toString());
    const QByteArray message(64, 'x');
    double ed25519 = 0;
    if (key && signature) {
        int unused = 0;
        ed25519 = rate(
            1, seconds / 2,
            [&](qsizetype) {
                return !JwsVerifier::verifyRaw(*key, message, signature->bytes, JwsVerifier::Hash::None).ok();
            },
            &unused);
    }
    std::printf("pipeline: %.0f credentials verified per second (%lld of %lld verify)\n", pipeline,
                static_cast<long long>(verified), static_cast<long long>(files.size()));
    std::printf("pipeline on %d threads: %.0f credentials verified per second\n", threads, parallel);
    std::printf("canonicalization (JSON-LD to RDF, RDFC-1.0) of a credential: %.1f us (%.0f per second)\n",
                1e6 / canonize, canonize);
    if (ed25519 > 0)
        std::printf(
            "Ed25519 signature check: %.1f us (%.0f per second); canonicalization takes %.0f%% of it\n",
            1e6 / ed25519, ed25519, 100.0 * ed25519 / canonize);
    return verified == files.size() ? 0 : 1;
}
