#pragma once

#include "common/Result.h"
#include "crypto/Ed25519Key.h"

#include <QDateTime>
#include <QJsonObject>

namespace pf {

// Signs a portfolio bundle for its holder (export --sign): a Verifiable Presentation by the learner's
// did:key that names the bundle's content hash, secured with an eddsa-rdfc-2022 Data Integrity proof.
class PresentationSigner
{
public:
    // The member of the bundle that holds the presentation; the content hash leaves it out.
    static constexpr const char *kMember = "presentation";

    // The digestMultibase a presentation of bundle carries: multihash SHA-256 of the manifest's content
    // hash, base64url multibase ("uEiA...").
    static QString digestOf(const QJsonObject &bundle);

    // Adds the signed presentation to a sealed bundle (BundleExporter::seal); errors are those of JSON-LD
    // processing or signing, and leave bundle as it was.
    static Status sign(QJsonObject &bundle, const Ed25519Key &key, const QDateTime &at);
};

} // namespace pf
