#pragma once

#include <QString>

namespace pf {

// One term of an RDF quad: an IRI, a blank node or a literal (with datatype or language).
struct RdfTerm
{
    enum class Kind { None, Iri, Blank, Literal };

    Kind kind = Kind::None; // None: the default graph
    QString value;          // the IRI, the blank node label (without "_:") or the literal's lexical form
    QString datatype;       // literals: the datatype IRI (xsd:string when plain)
    QString language;       // literals: the language tag, with datatype rdf:langString

    bool isBlank() const { return kind == Kind::Blank; }
    friend bool operator==(const RdfTerm &, const RdfTerm &) = default;
};

// An RDF quad; graph.kind None is the default graph.
struct RdfQuad
{
    RdfTerm subject;
    RdfTerm predicate;
    RdfTerm object;
    RdfTerm graph;

    friend bool operator==(const RdfQuad &, const RdfQuad &) = default;
};

} // namespace pf
