#include "JsonLdProcessor.h"

#include "DirectRdfConverter.h"
#include "JsonLdExpander.h"
#include "JsonLdToRdf.h"
#include "RdfCanonicalizer.h"

namespace pf {

Result<QJsonArray> JsonLdProcessor::expand(const QJsonValue &document, const JsonLdOptions &options)
{
    return JsonLdExpander(options).expand(document);
}

Result<QList<RdfQuad>> JsonLdProcessor::toRdf(const QJsonValue &document, const JsonLdOptions &options)
{
    Result<QJsonArray> expanded = expand(document, options);
    if (!expanded)
        return expanded.error();
    return JsonLdToRdf(options).convert(*expanded);
}

Result<QByteArray> JsonLdProcessor::canonize(const QJsonValue &document, const JsonLdOptions &options,
                                             QCryptographicHash::Algorithm hash)
{
    if (options.directConversion) {
        const JsonTree tree = JsonTree::fromJson(document);
        if (auto direct = canonizeDirect(tree, tree.root(), options, hash))
            return std::move(*direct);
    }
    return canonizeExpanded(document, options, hash);
}

std::optional<Result<QByteArray>> JsonLdProcessor::canonizeDirect(const JsonTree &tree, JsonTree::NodeId root,
                                                                  const JsonLdOptions &options,
                                                                  QCryptographicHash::Algorithm hash)
{
    std::optional<CompactDataset> dataset = DirectRdfConverter(options).convert(tree, root);
    if (!dataset)
        return std::nullopt;
    Result<RdfCanonicalizer::Output> canonical = RdfCanonicalizer(hash).canonicalize(*dataset);
    if (!canonical)
        return Result<QByteArray>(canonical.error());
    return Result<QByteArray>(std::move(canonical->nquads));
}

Result<QByteArray> JsonLdProcessor::canonizeExpanded(const QJsonValue &document, const JsonLdOptions &options,
                                                     QCryptographicHash::Algorithm hash)
{
    Result<QList<RdfQuad>> quads = toRdf(document, options);
    if (!quads)
        return quads.error();
    Result<RdfCanonicalizer::Output> canonical = RdfCanonicalizer(hash).canonicalize(*quads);
    if (!canonical)
        return canonical.error();
    return std::move(canonical->nquads);
}

} // namespace pf
