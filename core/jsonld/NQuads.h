#pragma once

#include "RdfTerm.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <string>
#include <string_view>

namespace pf {

// N-Quads: parsing, and serialization in the canonical form RDFC-1.0 hashes and sorts.
class NQuads
{
public:
    static Result<QList<RdfQuad>> parse(const QByteArray &text);

    // One quad as a canonical N-Quads line, with " .\n" at the end.
    static QByteArray serialize(const RdfQuad &quad);
    static QByteArray serializeTerm(const RdfTerm &term);
    // A literal in N-Quads form, from UTF-8: the quoted, escaped lexical form, then "@language" or
    // "^^<datatype>" (neither for xsd:string or an empty datatype).
    static void appendLiteral(std::string &out, std::string_view lexical, std::string_view datatype,
                              std::string_view language);
};

} // namespace pf
