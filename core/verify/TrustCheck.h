#pragma once

#include "Check.h"
#include "VerificationContext.h"

namespace pf {

// Whether the issuer is on the user's trust list: reported apart from the proof, and decisive only on request.
class TrustCheck
{
public:
    static Check run(const QString &issuerId, const QString &issuerName, const VerificationContext &context);
};

} // namespace pf
