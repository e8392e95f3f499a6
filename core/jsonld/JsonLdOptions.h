#pragma once

#include <QJsonValue>
#include <QString>

namespace pf {

class ContextCache;
class DocumentLoader;

// The options of JSON-LD 1.1 expansion and toRdf that Pathfolio supports (JSON-LD 1.1 API, JsonLdOptions).
struct JsonLdOptions
{
    QString base; // the document's base IRI; empty for none (Data Integrity requires none)
    const DocumentLoader *loader =
        nullptr; // remote contexts; without one, any remote context is unknown_context
    QString processingMode = QStringLiteral("json-ld-1.1"); // or "json-ld-1.0"
    QJsonValue expandContext; // an extra context applied before the document's own
    bool safeMode = false;    // undefined terms and values expansion would drop are errors (undefined_term)
    bool produceGeneralizedRdf = false;
    QString rdfDirection;     // "", "i18n-datatype" or "compound-literal"
    int maxDepth = 64;        // JSON nesting and context recursion bound
    int maxContextLoads = 32; // remote context loads (and @import) per document, against loops and bombs
    ContextCache *contextCache = nullptr; // processed contexts shared across documents; else per expander
    // canonize() first tries DirectRdfConverter, which declines what it cannot convert exactly; false runs
    // the full algorithms only (tests compare the two).
    bool directConversion = true;
};

} // namespace pf
