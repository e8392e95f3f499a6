#pragma once

#include "Cryptosuite.h"
#include "common/Result.h"
#include "jsonld/JsonTree.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonObject>

namespace pf {

class ContextCache;

class DocumentLoader;
struct JsonLdOptions;

// The document and proof of DataIntegrityTransform::run as nodes of a JsonTree, which the RDFC suites
// canonicalize without converting the QJsonObjects (the JCS suites ignore it). The tree gains the proof
// configuration's node.
struct DataIntegrityTreeView
{
    JsonTree *tree = nullptr;
    JsonTree::NodeId document = JsonTree::kNone; // unsecured
    JsonTree::NodeId proof = JsonTree::kNone;    // the proof, with its proofValue
};

// The transformation and hashing steps of the Data Integrity suites: canonical forms of a document and of its
// proof configuration, their hashes, and hashData (vc-di-eddsa / vc-di-ecdsa, "Transformation" and
// "Hashing").
class DataIntegrityTransform
{
public:
    struct Output
    {
        QByteArray canonicalDocument; // RDFC N-Quads (each line ends in LF) or JCS bytes
        QByteArray canonicalProofConfig;
        QByteArray documentHash; // raw bytes, 32 (SHA-256) or 48 (SHA-384)
        QByteArray proofHash;

        // What is signed: the proof configuration's hash first, then the document's.
        QByteArray hashData() const { return proofHash + documentHash; }
    };

    // unsecured: the document without "proof" (a proof chain puts the previous proofs back in);
    // proofOptions: the proof without "proofValue". RDFC suites give proofOptions the document's @context;
    // JCS suites check that the document's @context starts with the proof's and use the proof's.
    // hash: SHA-256, or SHA-384 for ECDSA with P-384 (also used inside RDFC). loader: contexts (RDFC only).
    // Errors: those of JSON-LD processing (UnknownContext, UndefinedTerm, InvalidJsonLd, TooDeep,
    // CanonicalizationLimit), InvalidArgument for a JCS @context mismatch.
    static Result<Output> run(const Cryptosuite &suite, QJsonObject unsecured, QJsonObject proofOptions,
                              QCryptographicHash::Algorithm hash, const DocumentLoader *loader,
                              ContextCache *contexts = nullptr, DataIntegrityTreeView view = {});

    // JSON-LD toRdf (safe mode, no base IRI) and RDFC-1.0 with the given hash: the canonical N-Quads.
    static Result<QByteArray> canonicalRdf(const QJsonObject &document, QCryptographicHash::Algorithm hash,
                                           const DocumentLoader *loader, ContextCache *contexts = nullptr);
    // The same from the document's JsonTree node when DirectRdfConverter takes it, else from the object.
    static Result<QByteArray> canonicalRdf(const JsonTree &tree, JsonTree::NodeId node,
                                           const QJsonObject &document, QCryptographicHash::Algorithm hash,
                                           const DocumentLoader *loader, ContextCache *contexts = nullptr);

private:
    static JsonLdOptions canonicalOptions(const DocumentLoader *loader, ContextCache *contexts);
};

} // namespace pf
