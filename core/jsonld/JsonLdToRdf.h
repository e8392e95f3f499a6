#pragma once

#include "IdentifierIssuer.h"
#include "JsonLdOptions.h"
#include "NodeMapGenerator.h"
#include "RdfTerm.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QList>
#include <QStringView>

namespace pf {

// Deserialize JSON-LD to RDF (JSON-LD 1.1 API, section 8.1): an expanded document's RDF dataset.
class JsonLdToRdf
{
public:
    explicit JsonLdToRdf(JsonLdOptions options);

    // The dataset's quads, each once; blank nodes labelled b0, b1, ... in the order the spec issues them;
    // language tags in lower case (they are case-insensitive, and jsonld.js signs them so).
    // Triples that are not well-formed (relative IRIs, bad language tags) are left out, as the spec says;
    // with options.safeMode that is an error instead (UndefinedTerm, detail "undefined term"), as Data
    // Integrity requires, and so is a base direction when options.rdfDirection is empty.
    Result<QList<RdfQuad>> convert(const QJsonArray &expanded);

    // The canonical lexical forms of native JSON numbers (xsd:integer and xsd:double).
    static QString integerLexical(double value);
    static QString doubleLexical(double value);

    static bool isWellFormedIri(QStringView iri);
    static bool isWellFormedLanguage(QStringView tag);

private:
    bool objectToRdf(const NodeMapGenerator::Item &item, RdfTerm &object);
    bool valueToRdf(const NodeMapGenerator::ValueEntries &item, RdfTerm &object);
    RdfTerm listToRdf(const QList<NodeMapGenerator::Item> &list);
    void addTriple(const RdfTerm &subject, const RdfTerm &predicate, RdfTerm object);
    // Safe mode (options.safeMode): something the spec drops in silence makes convert() fail instead.
    void lose(const QString &what);

    JsonLdOptions m_options;
    IdentifierIssuer m_issuer{QStringLiteral("_:b")};
    const NodeMapGenerator *m_map = nullptr;
    RdfTerm m_graph;
    QList<RdfQuad> m_quads;
    QString m_lost; // the first thing safe mode would not drop
};

} // namespace pf
