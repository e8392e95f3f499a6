#include "DataIntegrityTransform.h"

#include "common/JsonArrays.h"
#include "crypto/Digest.h"
#include "jsonld/JsonCanonicalizer.h"
#include "jsonld/JsonLdOptions.h"
#include "jsonld/JsonLdProcessor.h"

#include <QJsonArray>

namespace pf {

Result<QByteArray> DataIntegrityTransform::canonicalRdf(const QJsonObject &document,
                                                        QCryptographicHash::Algorithm hash,
                                                        const DocumentLoader *loader, ContextCache *contexts)
{
    JsonLdOptions options;
    options.base.clear(); // Data Integrity: the base IRI must be null
    options.safeMode = true;
    options.loader = loader;
    options.contextCache = contexts;
    return JsonLdProcessor::canonize(QJsonValue(document), options, hash);
}

Result<DataIntegrityTransform::Output>
DataIntegrityTransform::run(const Cryptosuite &suite, QJsonObject unsecured, QJsonObject proofOptions,
                            QCryptographicHash::Algorithm hash, const DocumentLoader *loader,
                            ContextCache *contexts)
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
        auto proofCanon = canonicalRdf(proofOptions, hash, loader, contexts);
        if (!proofCanon)
            return proofCanon.error();
        auto docCanon = canonicalRdf(unsecured, hash, loader, contexts);
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
