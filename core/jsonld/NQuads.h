#pragma once

#include "RdfTerm.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace pf {

// N-Quads: parsing, and serialization in the canonical form RDFC-1.0 hashes and sorts.
class NQuads
{
public:
    static Result<QList<RdfQuad>> parse(const QByteArray &text);

    // One quad as a canonical N-Quads line, with " .\n" at the end.
    static QByteArray serialize(const RdfQuad &quad);
    static QByteArray serializeTerm(const RdfTerm &term);
};

} // namespace pf
