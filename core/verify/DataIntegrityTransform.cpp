#include "DataIntegrityTransform.h"

#include "common/JsonArrays.h"
#include "crypto/Digest.h"
#include "jsonld/JsonCanonicalizer.h"
#include "jsonld/JsonLdOptions.h"
#include "jsonld/JsonLdProcessor.h"

#include <QJsonArray>

namespace pf {

JsonLdOptions DataIntegrityTransform::canonicalOptions(const DocumentLoader *loader, ContextCache *contexts)
{
    JsonLdOptions options;
    options.base.clear(); // Data Integrity: the base IRI must be null
    options.safeMode = true;
    options.loader = loader;
    options.contextCache = contexts;
    return options;
}

Result<QByteArray> DataIntegrityTransform::canonicalRdf(const QJsonObject &document,
                                                        QCryptographicHash::Algorithm hash,
                                                        const DocumentLoader *loader, ContextCache *contexts)
{
    return JsonLdProcessor::canonize(QJsonValue(document), canonicalOptions(loader, contexts), hash);
}

Result<QByteArray> DataIntegrityTransform::canonicalRdf(const JsonTree &tree, JsonTree::NodeId node,
                                                        const QJsonObject &document,
                                                        QCryptographicHash::Algorithm hash,
                                                        const DocumentLoader *loader, ContextCache *contexts)
{
    const JsonLdOptions options = canonicalOptions(loader, contexts);
    if (auto direct = JsonLdProcessor::canonizeDirect(tree, node, options, hash))
        return std::move(*direct);
    // The full algorithms on the object itself, which the tree mirrors for the direct converter alone.
    JsonLdOptions full = options;
    full.directConversion = false;
    return JsonLdProcessor::canonize(QJsonValue(document), full, hash);
}

Result<DataIntegrityTransform::Output>
DataIntegrityTransform::run(const Cryptosuite &suite, QJsonObject unsecured, QJsonObject proofOptions,
                            QCryptographicHash::Algorithm hash, const DocumentLoader *loader,
                            ContextCache *contexts, DataIntegrityTreeView view)
{
    const QString kContext = QStringLiteral("@context");
    Output out;
    if (suite.transform() == Cryptosuite::Transform::Jcs) {
        if (proofOptions.contains(kContext)) {
            const QJsonArray proofContext = asArray(proofOptions.value(kContext));
            const QJsonArray documentContext = asArray(unsecured.value(kContext));
            bool prefix = proofContext.size() <= documentContext.size();
            for (qsizetype i = 0; prefix && i < proofContext.size(); ++i)
                prefix = proofContext.at(i) == documentContext.at(i);
            if (!prefix)
                return Error{
                    ErrorCode::InvalidArgument,
                    QStringLiteral("the proof's @context is not the beginning of the document's @context")};
            unsecured.insert(kContext, proofOptions.value(kContext));
        }
        out.canonicalDocument = JsonCanonicalizer::canonicalize(unsecured);
        out.canonicalProofConfig = JsonCanonicalizer::canonicalize(proofOptions);
    } else {
        if (unsecured.contains(kContext))
            proofOptions.insert(kContext, unsecured.value(kContext));
        else
            proofOptions.remove(kContext);
        Result<QByteArray> proofCanon = QByteArray();
        Result<QByteArray> docCanon = QByteArray();
        if (view.tree) {
            // The proof configuration's node: the proof without its value, with the document's @context.
            JsonTree &tree = *view.tree;
            std::vector<JsonTree::NodeId> members =
                tree.membersExcept(view.proof, {"proofValue", "@context"});
            if (const JsonTree::NodeId context = tree.member(view.document, "@context");
                context != JsonTree::kNone)
                members.push_back(context);
            proofCanon = canonicalRdf(tree, tree.addObject(members), proofOptions, hash, loader, contexts);
            if (proofCanon)
                docCanon = canonicalRdf(tree, view.document, unsecured, hash, loader, contexts);
        } else {
            proofCanon = canonicalRdf(proofOptions, hash, loader, contexts);
            if (proofCanon)
                docCanon = canonicalRdf(unsecured, hash, loader, contexts);
        }
        if (!proofCanon)
            return proofCanon.error();
        if (!docCanon)
            return docCanon.error();
        out.canonicalDocument = *docCanon;
        out.canonicalProofConfig = *proofCanon;
    }
    out.documentHash = Digest::hash(out.canonicalDocument, hash);
    out.proofHash = Digest::hash(out.canonicalProofConfig, hash);
    return out;
}

} // namespace pf
