#pragma once

#include "JsonLdOptions.h"
#include "JsonTree.h"
#include "RdfTerm.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <optional>

namespace pf {

// The JSON-LD processor the verifier and the CLI call: expansion, RDF and the canonical N-Quads.
class JsonLdProcessor
{
public:
    static Result<QJsonArray> expand(const QJsonValue &document, const JsonLdOptions &options);
    static Result<QList<RdfQuad>> toRdf(const QJsonValue &document, const JsonLdOptions &options);
    // toRdf then RDFC-1.0: the canonical N-Quads (each line ending in LF), as Data Integrity hashes them.
    static Result<QByteArray> canonize(const QJsonValue &document, const JsonLdOptions &options,
                                       QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256);
    // The same for the document at root of a JsonTree through DirectRdfConverter alone: nothing when it
    // declines the document, which the caller then canonizes with canonize() from its own QJsonValue.
    static std::optional<Result<QByteArray>>
    canonizeDirect(const JsonTree &tree, JsonTree::NodeId root, const JsonLdOptions &options,
                   QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256);

private:
    static Result<QByteArray> canonizeExpanded(const QJsonValue &document, const JsonLdOptions &options,
                                               QCryptographicHash::Algorithm hash);
};

} // namespace pf
