#include "LibraryVerifier.h"

#include "Verifier.h"
#include "store/Store.h"

namespace pf {

VerificationContext LibraryVerifier::context(const QDateTime &at, const QStringList &extraRecipients, bool requireTrust) const
{
    VerificationContext context;
    context.at = at;
    DocumentCache *cache = &m_store.cache();
    context.lookup = [cache](const QString &url) -> std::optional<CachedDocument> {
        auto doc = cache->get(url);
        return doc ? std::optional<CachedDocument>(*doc) : std::nullopt;
    };
    TrustStore *trust = &m_store.trust();
    context.isTrusted = [trust](const QString &issuerId) { return trust->isTrusted(issuerId); };
    if (auto identifiers = m_store.identities().list()) {
        for (const LearnerIdentifier &i : *identifiers)
            context.recipientIdentifiers << i.value;
    }
    context.recipientIdentifiers << extraRecipients;
    context.requireTrust = requireTrust;
    return context;
}

Result<VerificationReport> LibraryVerifier::verifyStored(qint64 credentialId, const VerificationContext &context)
{
    auto credential = m_store.credentials().get(credentialId);
    if (!credential)
        return credential.error();
    auto original = m_store.credentials().original(credentialId);
    if (!original)
        return original.error();
    const QList<VerificationReport> reports = Verifier(context).verifyBytes(*original, credential->sourceFileName);
    // A record's file holds the record first, then what is inside it; each inside one is stored on its own.
    VerificationReport report = reports.value(0);
    report.file = credential->sourceFileName;
    if (Status s = m_store.credentials().addVerification(credentialId, context.at, checkResultName(report.result()), report.toJson()); !s)
        return s.error();
    return report;
}

int LibraryVerifier::verifyAll(const VerificationContext &context, const Progress &progress, const std::atomic_bool *cancel)
{
    auto credentials = m_store.credentials().list();
    if (!credentials)
        return 0;
    int done = 0;
    for (const Credential &c : *credentials) {
        if (cancel && cancel->load())
            break;
        if (progress)
            progress(done, int(credentials->size()));
        if (verifyStored(c.id, context))
            ++done;
    }
    if (progress)
        progress(done, int(credentials->size()));
    return done;
}

} // namespace pf
