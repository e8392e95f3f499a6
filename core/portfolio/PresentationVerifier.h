#pragma once

#include "verify/Check.h"

#include <QDateTime>
#include <QJsonObject>

namespace pf {

// Checks the holder's signature on a portfolio bundle (PresentationSigner): that the presentation names
// this bundle's content, that its proof is by the holder's own did:key, and that the signature holds.
class PresentationVerifier
{
public:
    // The portfolio report's check: valid, invalid (naming what is wrong), or unchecked for an unsigned
    // bundle. at: the moment a proof's "expires" is judged at.
    static Check verify(const QJsonObject &bundle, const QDateTime &at);
};

} // namespace pf
