// Measures Data Integrity verification of Open Badges 3.0 credentials signed with eddsa-rdfc-2022: the whole
// pipeline per credential, and on its own each step the issue names (canonicalization and the Ed25519 check).
// Usage: bench_dataintegrity [FOLDER [SECONDS]]; the one line that starts with '{' is the JSON that
// reference-js/compare.sh reads.
#include "credentials/CredentialParser.h"
#include "credentials/JsonReader.h"
#include "crypto/JwsVerifier.h"
#include "crypto/Multibase.h"
#include "crypto/PublicKey.h"
#include "jsonld/BundledContextLoader.h"
#include "jsonld/ContextCache.h"
#include "jsonld/DirectRdfConverter.h"
#include "jsonld/JsonLdProcessor.h"
#include "jsonld/JsonTreeParser.h"
#include "jsonld/RdfCanonicalizer.h"
#include "verify/Cryptosuite.h"
#include "verify/DataIntegrityProofCheck.h"
#include "verify/DataIntegrityTransform.h"
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

// Runs work over every credential until at least `seconds` have passed; returns the rate per second and,
// where asked, how many runs were made and in how long.
double rate(qsizetype count, double seconds, const std::function<bool(qsizetype)> &work, int *failures,
            qint64 *runs = nullptr, double *elapsed = nullptr)
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
    const double taken = timer.nsecsElapsed() / 1e9;
    if (runs)
        *runs = done;
    if (elapsed)
        *elapsed = taken;
    return done / taken;
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
    // A verification counts only where the proof check finds the proof valid, as the JavaScript side stops
    // at the first failure.
    const auto proofHolds = [&](const QByteArray &bytes) {
        const auto reports = verifier.verifyBytes(bytes, QStringLiteral("bench"));
        const Check *proof = reports.isEmpty() ? nullptr : reports.first().check(QStringLiteral("proof"));
        return proof && proof->result == CheckResult::Valid;
    };
    // Warm-up, and the count of credentials that verify: contexts are processed once per context, as in the
    // app.
    qsizetype verifying = 0;
    for (const QByteArray &f : files)
        verifying += proofHolds(f) ? 1 : 0;

    int failures = 0;
    qint64 verified = 0;
    double timed = 0;
    const double pipeline = rate(
        files.size(), seconds, [&](qsizetype i) { return proofHolds(files.at(i)); }, &failures, &verified,
        &timed);
    verified -= failures;
    const bool timedRunsHeld = failures == 0;
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
                    if (proofHolds(files.at(i)))
                        ++done;
                }
            }
        });
    }
    for (std::thread &th : pool)
        th.join();
    const double parallel = done / (wall.nsecsElapsed() / 1e9);

    // The bare signature check, as the first credential's proof needs it: Ed25519 over its hash data (the
    // hashes of the proof configuration and of the document), a check that passes.
    const BundledContextLoader loader;
    ContextCache contexts;
    double ed25519 = 0;
    {
        QJsonObject document = QJsonDocument::fromJson(files.first()).object();
        const QJsonObject proof = document.take(QStringLiteral("proof")).toObject();
        QJsonObject options = proof;
        options.remove(QStringLiteral("proofValue"));
        const QString method = proof.value(QStringLiteral("verificationMethod")).toString();
        const auto key = PublicKey::fromMultikey(method.mid(method.indexOf(u'#') + 1));
        const auto signature = Multibase::decode(proof.value(QStringLiteral("proofValue")).toString());
        const auto suite = Cryptosuite::forProof(proof);
        const auto transformed =
            key && suite ? DataIntegrityTransform::run(*suite, document, options, suite->hashFor(key->type()),
                                                       &loader, &contexts, {})
                         : Result<DataIntegrityTransform::Output>(Error{ErrorCode::InvalidArgument, {}});
        if (key && signature && transformed) {
            const QByteArray message = transformed->hashData();
            int failed = 0;
            ed25519 = rate(
                1, seconds / 2,
                [&](qsizetype) {
                    return JwsVerifier::verifyRaw(*key, message, signature->bytes, JwsVerifier::Hash::None)
                        .ok();
                },
                &failed);
            if (failed > 0)
                ed25519 = 0;
        }
    }
    // The line compare.sh reads: one thread, as the JavaScript side runs, then every core, and the
    // signature check alone, which bounds how fast any verification can be.
    std::printf("{\"stack\":\"pathfolio\",\"credentials\":%lld,\"verified\":%lld,\"seconds\":%.1f,"
                "\"perSecond\":%.0f,\"threads\":%d,\"perSecondAllThreads\":%.0f,\"ed25519Micros\":%.1f}\n",
                static_cast<long long>(files.size()), static_cast<long long>(verified), timed, pipeline,
                threads, parallel, ed25519 > 0 ? 1e6 / ed25519 : 0.0);

    JsonLdOptions options;
    options.loader = &loader;
    options.safeMode = true;
    options.contextCache = &contexts;

    // Where a credential's time goes, step by step (each step alone, on the same credentials), as
    // verification does it: the file's JSON as a JsonTree, the document and the proof configuration
    // converted straight to RDF, and RDFC-1.0 of each.
    // The document without its proof and the proof configuration, as new objects over the tree's members.
    const auto documentAndConfig = [](JsonTree &tree) {
        const JsonTree::NodeId root = tree.root();
        const JsonTree::NodeId document = tree.addObject(tree.membersExcept(root, {"proof"}));
        std::vector<JsonTree::NodeId> config = tree.membersExcept(tree.member(root, "proof"), {"proofValue"});
        config.push_back(tree.member(root, "@context"));
        return std::pair{document, tree.addObject(config)};
    };
    std::vector<JsonTree> trees;
    std::vector<JsonTree::NodeId> documents;
    std::vector<JsonTree::NodeId> configs;
    for (const QByteArray &f : files) {
        JsonTree tree = *JsonTreeParser::parse(f);
        const auto [document, config] = documentAndConfig(tree);
        documents.push_back(document);
        configs.push_back(config);
        trees.push_back(std::move(tree));
    }
    const double parseTree = rate(
        files.size(), seconds / 4,
        [&](qsizetype i) { return JsonTreeParser::parse(files.at(i)).has_value(); }, &failures);
    const double convert = rate(
        files.size(), seconds / 4,
        [&](qsizetype i) {
            return DirectRdfConverter(options).convert(trees[size_t(i)], documents[size_t(i)]).has_value();
        },
        &failures);
    std::vector<CompactDataset> datasets;
    for (size_t i = 0; i < trees.size(); ++i)
        datasets.push_back(*DirectRdfConverter(options).convert(trees[i], documents[i]));
    const double rdfc = rate(
        files.size(), seconds / 4,
        [&](qsizetype i) { return RdfCanonicalizer().canonicalize(datasets[size_t(i)]).ok(); }, &failures);
    const double proofConfig = rate(
        files.size(), seconds / 4,
        [&](qsizetype i) {
            return JsonLdProcessor::canonizeDirect(trees[size_t(i)], configs[size_t(i)], options).has_value();
        },
        &failures);
    // What verification spends on canonicalization per credential: the tree, then both canonical forms.
    const double canonize = rate(
        files.size(), seconds / 2,
        [&](qsizetype i) {
            JsonTree tree = *JsonTreeParser::parse(files.at(i));
            const auto [document, config] = documentAndConfig(tree);
            return JsonLdProcessor::canonizeDirect(tree, document, options).has_value() &&
                   JsonLdProcessor::canonizeDirect(tree, config, options).has_value();
        },
        &failures);
    // The full algorithms (expansion, node map and toRdf, RDFC-1.0), which documents outside the direct
    // converter's subset take.
    JsonLdOptions fullOptions = options;
    fullOptions.directConversion = false;
    const double fullCanonize = rate(
        unsecured.size(), seconds / 4,
        [&](qsizetype i) { return JsonLdProcessor::canonize(unsecured.at(i), fullOptions).ok(); }, &failures);
    const CredentialParser parser;
    const double parse = rate(
        files.size(), seconds / 4, [&](qsizetype i) { return parser.parse(files.at(i)).ok(); }, &failures);
    // The proof and issuer checks alone, from the file's bytes: about what the JavaScript side's
    // verifyCredential does, without the report's other checks and the display model.
    const double proofOnly = rate(
        files.size(), seconds / 2,
        [&](qsizetype i) {
            const auto json = JsonReader::parse(files.at(i));
            return DataIntegrityProofCheck::run(json->toObject(), context, files.at(i)).first().result ==
                   CheckResult::Valid;
        },
        &failures);
    std::printf(
        "steps: parse and normalize %.1f us; JSON tree %.1f us; document to RDF %.1f us; RDFC-1.0 %.1f us; "
        "proof configuration canonicalized %.1f us; full JSON-LD algorithms %.1f us a document\n",
        1e6 / parse, 1e6 / parseTree, 1e6 / convert, 1e6 / rdfc, 1e6 / proofConfig, 1e6 / fullCanonize);

    std::printf("pipeline: %.0f credentials verified per second (%lld of %lld verify)\n", pipeline,
                static_cast<long long>(verifying), static_cast<long long>(files.size()));
    std::printf("pipeline on %d threads: %.0f credentials verified per second\n", threads, parallel);
    std::printf(
        "proof and issuer checks alone (JSON parse, Data Integrity proof, issuer binding): %.0f per second\n",
        proofOnly);
    std::printf("canonicalization of a credential (JSON tree, document and proof configuration to canonical "
                "N-Quads): %.1f us (%.0f per second)\n",
                1e6 / canonize, canonize);
    if (ed25519 > 0)
        std::printf(
            "Ed25519 signature check: %.1f us (%.0f per second); canonicalization takes %.0f%% of it\n",
            1e6 / ed25519, ed25519, 100.0 * ed25519 / canonize);
    return verifying == files.size() && timedRunsHeld ? 0 : 1;
}
