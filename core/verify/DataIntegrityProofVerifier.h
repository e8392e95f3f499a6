#pragma once

#include "CheckResult.h"
#include "Cryptosuite.h"
#include "DataIntegrityTransform.h"
#include "ReasonCode.h"
#include "crypto/DidResolver.h"
#include "crypto/ResolvedKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pf {

class ContextCache;

class DocumentLoader;

// Verifies one Data Integrity proof against the document it secures (VC Data Integrity "Verify Proof").
class DataIntegrityProofVerifier
{
public:
    // What one proof came to, and what it relied on.
    struct Outcome
    {
        CheckResult result = CheckResult::Unknown;
        ReasonCode code = ReasonCode::None;
        QString message;
        QString suite;              // as the proof names it
        QString verificationMethod; // as the proof names it
        std::optional<ResolvedKey> key;
        // The key was read from the verification method URL's fragment ("...#z6Mk..."), because the
        // document it points to is not in the offline cache: it verifies the signature but is bound to
        // nobody.
        bool keyFromFragment = false;
        std::optional<DataIntegrityTransform::Output> transform;
    };

    // keyLookup: cached key and DID documents by URL; loader: JSON-LD contexts; at: the moment "expires" is
    // judged at.
    DataIntegrityProofVerifier(DidResolver::Lookup keyLookup, const DocumentLoader *loader, QDateTime at);

    // Processed JSON-LD contexts to reuse across proofs and credentials (none: each proof starts cold).
    void setContextCache(ContextCache *contexts) { m_contexts = contexts; }

    // unsecured: the document without "proof" (for a proof chain, with the previous proofs as "proof").
    // view: the same two as JsonTree nodes, when the caller has them (faster for the RDFC suites).
    Outcome verify(const QJsonObject &unsecured, const QJsonObject &proof,
                   DataIntegrityTreeView view = {}) const;

    // XML Schema dateTime lexical form (time zone optional) naming a real instant.
    static bool isXsdDateTime(const QString &text);

private:
    Result<ResolvedKey> resolveKey(const QString &verificationMethod, bool *fromFragment) const;

    DidResolver::Lookup m_keyLookup;
    const DocumentLoader *m_loader;
    ContextCache *m_contexts = nullptr;
    QDateTime m_at;
};

} // namespace pf
