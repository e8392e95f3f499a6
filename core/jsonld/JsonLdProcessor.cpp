#include "JsonLdProcessor.h"

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
    Result<QList<RdfQuad>> quads = toRdf(document, options);
    if (!quads)
        return quads.error();
    Result<RdfCanonicalizer::Output> canonical = RdfCanonicalizer(hash).canonicalize(*quads);
    if (!canonical)
        return canonical.error();
    return std::move(canonical->nquads);
}

} // namespace pf
