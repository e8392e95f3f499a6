#pragma once

#include "JsonLdOptions.h"
#include "RdfTerm.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>

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
};

} // namespace pf
