#pragma once

#include "Check.h"
#include "VerificationContext.h"
#include "common/Error.h"
#include "crypto/CompactJws.h"

#include <QJsonObject>
#include <QList>

namespace pf {

// The proof and issuer-binding checks of a JWS-signed credential: an OB 2.0 signed assertion or a VC-JWT.
class JwsProofCheck
{
public:
    // Returns the "proof" and "issuer" checks, in that order.
    static QList<Check> ob2Signed(const CompactJws &jws, const QJsonObject &assertion, const VerificationContext &context);
    static QList<Check> vcJwt(const CompactJws &jws, const QJsonObject &claims, const QJsonObject &credential,
                              const VerificationContext &context);

    // The reason code for a failure reported by the crypto layer.
    static ReasonCode reasonFor(const Error &error);
};

} // namespace pf
