#include "DataIntegrityProofCheck.h"

#include "common/JsonArrays.h"
#include "credentials/JsonReader.h"
#include "crypto/DidResolver.h"
#include "jsonld/BundledContextLoader.h"
#include "jsonld/JsonTreeParser.h"

#include <QJsonArray>

namespace pf {

namespace {

const QString kProof = QStringLiteral("proof");
const QString kIssuer = QStringLiteral("issuer");

QString withoutFragment(const QString &id)
{
    const qsizetype hash = id.indexOf(u'#');
    return hash < 0 ? id : id.left(hash);
}

QString issuerIdOf(const QJsonObject &credential)
{
    const QJsonValue issuer = credential.value(QStringLiteral("issuer"));
    return issuer.isObject() ? issuer.toObject().value(QStringLiteral("id")).toString() : issuer.toString();
}

// Cached documents by URL, each one used noted once as a data source of the report.
class RecordingCache
{
public:
    RecordingCache(const VerificationContext &context, QList<DataSource> *sources)
        : m_context(context), m_sources(sources)
    {
    }

    std::optional<CachedDocument> get(const QString &url, const QString &what) const
    {
        if (!m_context.lookup)
            return std::nullopt;
        auto doc = m_context.lookup(url);
        if (doc && m_sources) {
            const DataSource source{what, doc->url.isEmpty() ? url : doc->url,
                                    QStringLiteral("offline cache"), doc->addedAt};
            bool seen = false;
            for (const DataSource &s : std::as_const(*m_sources))
                seen = seen || (s.location == source.location && s.what == source.what);
            if (!seen)
                m_sources->append(source);
        }
        return doc;
    }

private:
    const VerificationContext &m_context;
    QList<DataSource> *m_sources;
};

} // namespace

QList<DataIntegrityProofVerifier::Outcome>
DataIntegrityProofCheck::verifyProofs(const QJsonObject &credential, const VerificationContext &context,
                                      QList<DataSource> *sources, QByteArrayView json)
{
    QList<DataSource> local;
    QList<DataSource> *used = sources ? sources : &local;
    const RecordingCache cache(context, used);
    const BundledContextLoader loader(
        [&cache](const QString &url) { return cache.get(url, QStringLiteral("JSON-LD context")); });
    DataIntegrityProofVerifier verifier(
        [&cache](const QString &url) -> std::optional<QByteArray> {
            auto doc = cache.get(url, QStringLiteral("key document"));
            return doc ? std::optional<QByteArray>(doc->content) : std::nullopt;
        },
        &loader, context.at);
    verifier.setContextCache(context.jsonLdContexts.get());

    for (const QJsonValue &c : asArray(credential.value(QStringLiteral("@context")))) {
        if (c.isString() && BundledContextLoader::isBundled(c.toString()))
            used->append({QStringLiteral("JSON-LD context"), c.toString(), QStringLiteral("bundled"), {}});
        else if (c.isString()) // noted here too, since a warm context cache no longer asks the loader for it
            (void)cache.get(c.toString(), QStringLiteral("JSON-LD context"));
    }

    QJsonObject unsecured = credential;
    unsecured.remove(kProof);
    const QJsonArray proofs = asArray(credential.value(kProof));

    // The same credential as a JsonTree: from its text when that parses strictly to the same object, else
    // from the object. Its proofs are the tree's proof nodes in the same order.
    std::optional<JsonTree> tree;
    if (!json.isEmpty())
        tree = JsonTreeParser::parse(json);
    if (!tree || tree->hasDuplicateKeys() || !tree->isObject(tree->root()))
        tree = JsonTree::fromJson(credential);
    const JsonTree::NodeId root = tree->root();
    const std::vector<JsonTree::NodeId> unsecuredMembers = tree->membersExcept(root, {"proof"});
    const JsonTree::NodeId unsecuredNode = tree->addObject(unsecuredMembers);
    std::vector<JsonTree::NodeId> proofNodes;
    if (const JsonTree::NodeId p = tree->member(root, "proof"); p != JsonTree::kNone) {
        if (tree->isArray(p)) {
            for (quint32 i = 0; i < tree->size(p); ++i)
                proofNodes.push_back(tree->child(p, i));
        } else {
            proofNodes.push_back(p);
        }
    }
    const bool treeUsable = qsizetype(proofNodes.size()) == proofs.size();
    QList<DataIntegrityProofVerifier::Outcome> outcomes;
    for (qsizetype index = 0; index < proofs.size(); ++index) {
        const QJsonValue &p = proofs.at(index);
        if (context.cancel && context.cancel->load())
            break;
        DataIntegrityProofVerifier::Outcome o;
        if (!p.isObject()) {
            o.result = CheckResult::Invalid;
            o.code = ReasonCode::Malformed;
            o.message = QStringLiteral("a proof is not a JSON object");
            outcomes << o;
            continue;
        }
        const QJsonObject proof = p.toObject();
        // A chain: the proofs this one names as previous are part of what it signed (VC Data Integrity 4.5).
        QJsonArray previous;
        std::vector<JsonTree::NodeId> previousNodes;
        QStringList missing;
        for (const QJsonValue &id : asArray(proof.value(QStringLiteral("previousProof")))) {
            bool found = false;
            for (qsizetype k = 0; k < proofs.size(); ++k) {
                const QJsonValue &other = proofs.at(k);
                if (id.isString() &&
                    other.toObject().value(QStringLiteral("id")).toString() == id.toString()) {
                    previous.append(other);
                    if (treeUsable)
                        previousNodes.push_back(proofNodes[size_t(k)]);
                    found = true;
                    break;
                }
            }
            if (!found)
                missing << (id.isString() ? id.toString() : QStringLiteral("(not a string)"));
        }
        if (!missing.isEmpty()) {
            o.suite = Cryptosuite::nameOf(proof);
            o.verificationMethod = proof.value(QStringLiteral("verificationMethod")).toString();
            o.result = CheckResult::Invalid;
            o.code = ReasonCode::Malformed;
            o.message = QStringLiteral("the proof follows %1, which the credential does not contain")
                            .arg(missing.join(QStringLiteral(", ")).left(300));
            outcomes << o;
            continue;
        }
        QJsonObject input = unsecured;
        if (!previous.isEmpty())
            input.insert(kProof, previous);
        DataIntegrityTreeView view;
        if (treeUsable && tree->isObject(proofNodes[size_t(index)])) {
            view.tree = &*tree;
            view.proof = proofNodes[size_t(index)];
            view.document = unsecuredNode;
            if (!previousNodes.empty()) {
                std::vector<JsonTree::NodeId> members = unsecuredMembers;
                members.push_back(tree->addArray(previousNodes, "proof"));
                view.document = tree->addObject(members);
            }
        }
        o = verifier.verify(input, proof, view);
        if (o.key)
            used->append({QStringLiteral("signing key"), o.verificationMethod, o.key->source, {}});
        outcomes << o;
    }
    return outcomes;
}

Check DataIntegrityProofCheck::issuerBinding(const DataIntegrityProofVerifier::Outcome &outcome,
                                             const QString &issuerId, const VerificationContext &context,
                                             QList<DataSource> *sources)
{
    if (!outcome.key)
        return Check::unchecked(kIssuer, QStringLiteral("no key was found for the proof"));
    const ResolvedKey &key = *outcome.key;
    const QString method = outcome.verificationMethod.left(200);
    if (issuerId.isEmpty())
        return Check::unknown(kIssuer, ReasonCode::Malformed,
                              QStringLiteral("the credential names no issuer"));
    if (outcome.keyFromFragment)
        return Check::unknown(
            kIssuer, ReasonCode::UnresolvableKey,
            QStringLiteral(
                "the key was read from the fragment of %1 because %2 is not in the offline cache; nothing "
                "ties it to the issuer %3")
                .arg(method, withoutFragment(outcome.verificationMethod).left(200), issuerId.left(200)));
    const bool selfCertifying =
        issuerId.startsWith(QStringLiteral("did:key:")) || issuerId.startsWith(QStringLiteral("did:jwk:"));
    if (selfCertifying && withoutFragment(key.id) == issuerId)
        return Check::valid(
            kIssuer, QStringLiteral("the key %1 is the issuer's own (%2)").arg(method, issuerId.left(200)));
    if (key.controller == issuerId && key.assertionMethods.contains(key.id))
        return Check::valid(kIssuer, QStringLiteral("the issuer %1 lists the key %2 under assertionMethod")
                                         .arg(issuerId.left(200), method));
    const auto mismatch = [&](const QString &why) {
        return Check::invalid(kIssuer, ReasonCode::IssuerMismatch,
                              QStringLiteral("the key %1 does not belong to the issuer %2: %3")
                                  .arg(method, issuerId.left(200), why));
    };
    if (selfCertifying)
        return mismatch(
            QStringLiteral("a %1 issuer signs only with its own key").arg(issuerId.section(u':', 0, 1)));

    // Any other issuer: its own document must list the key under assertionMethod.
    QString url;
    if (issuerId.startsWith(QStringLiteral("did:web:"))) {
        auto webUrl = DidResolver::didWebUrl(withoutFragment(issuerId));
        if (!webUrl)
            return Check::unknown(kIssuer, ReasonCode::UnresolvableKey, webUrl.error().message);
        url = *webUrl;
    } else if (issuerId.startsWith(QStringLiteral("https://")) ||
               issuerId.startsWith(QStringLiteral("http://"))) {
        url = withoutFragment(issuerId);
    } else if (issuerId.startsWith(QStringLiteral("did:"))) {
        return Check::unknown(
            kIssuer, ReasonCode::UnresolvableKey,
            QStringLiteral("the issuer %1 cannot be looked up offline to see whether it lists the key %2")
                .arg(issuerId.left(200), method));
    } else {
        // A urn:uuid or other bare name has no document that could ever list a key.
        return mismatch(QStringLiteral("the issuer is neither a DID nor a URL, so it lists no keys"));
    }
    QList<DataSource> local;
    const RecordingCache cache(context, sources ? sources : &local);
    const auto doc = cache.get(url, QStringLiteral("issuer document"));
    if (!doc)
        return Check::unknown(
            kIssuer, ReasonCode::UnresolvableKey,
            QStringLiteral(
                "the issuer's document %1 is not in the offline cache, so whether it lists the key "
                "%2 is not known")
                .arg(url.left(200), method));
    auto parsed = JsonReader::parse(doc->content, 32);
    if (!parsed || !parsed->isObject())
        return Check::unknown(
            kIssuer, ReasonCode::Malformed,
            QStringLiteral("the cached issuer document %1 is not a JSON object").arg(url.left(200)));
    const QJsonObject issuerDoc = parsed->toObject();
    const QString docId = issuerDoc.value(QStringLiteral("id")).toString();
    if (!docId.isEmpty() && docId != issuerId && withoutFragment(docId) != url)
        return Check::unknown(kIssuer, ReasonCode::UnresolvableKey,
                              QStringLiteral("the document cached under %1 describes %2, not the issuer %3")
                                  .arg(url.left(200), docId.left(200), issuerId.left(200)));
    const QString base = docId.isEmpty() ? issuerId : docId;
    for (const QJsonValue &v : asArray(issuerDoc.value(QStringLiteral("assertionMethod")))) {
        const QString id = v.isObject() ? v.toObject().value(QStringLiteral("id")).toString() : v.toString();
        if (!id.isEmpty() && DidResolver::absoluteId(id, base) == key.id)
            return Check::valid(kIssuer,
                                QStringLiteral("the issuer %1 lists the key %2 under assertionMethod")
                                    .arg(issuerId.left(200), method));
    }
    return mismatch(QStringLiteral("the issuer's document does not list it under assertionMethod"));
}

QList<Check> DataIntegrityProofCheck::run(const QJsonObject &credential, const VerificationContext &context,
                                          QByteArrayView json)
{
    QList<DataSource> sources;
    const QList<DataIntegrityProofVerifier::Outcome> outcomes =
        verifyProofs(credential, context, &sources, json);
    if (outcomes.isEmpty())
        return {
            Check::invalid(kProof, ReasonCode::NoProof, QStringLiteral("the credential carries no proof")),
            Check::unchecked(kIssuer, QStringLiteral("there is no signature to tie to the issuer"))};

    const DataIntegrityProofVerifier::Outcome *firstInvalid = nullptr;
    const DataIntegrityProofVerifier::Outcome *firstUnknown = nullptr;
    const DataIntegrityProofVerifier::Outcome *firstUnchecked = nullptr; // a suite Pathfolio does not verify
    QStringList messages;
    for (const auto &o : outcomes) {
        if (o.result == CheckResult::Invalid && !firstInvalid)
            firstInvalid = &o;
        if (o.result == CheckResult::Unknown && !firstUnknown)
            firstUnknown = &o;
        if (o.result == CheckResult::Unchecked && !firstUnchecked)
            firstUnchecked = &o;
        messages << o.message;
    }
    const QString message =
        outcomes.size() == 1
            ? messages.first()
            : QStringLiteral("%1 proofs: %2").arg(outcomes.size()).arg(messages.join(QStringLiteral("; ")));
    Check proof = firstInvalid     ? Check::invalid(kProof, firstInvalid->code, message, sources)
                  : firstUnknown   ? Check::unknown(kProof, firstUnknown->code, message, sources)
                  : firstUnchecked ? Check::unchecked(kProof, message, firstUnchecked->code)
                                   : Check::valid(kProof, message, sources);
    if (proof.result != CheckResult::Valid)
        return {proof, Check::unchecked(kIssuer, QStringLiteral("depends on the proof"))};

    // One proof by the issuer's key is enough: the others may be co-signers or endorsers.
    const QString issuerId = issuerIdOf(credential);
    QList<Check> bindings;
    for (const auto &o : outcomes) {
        Check b = issuerBinding(o, issuerId, context, &sources);
        if (b.result == CheckResult::Valid) {
            b.sources = sources;
            return {proof, b};
        }
        bindings << b;
    }
    for (const Check &b : std::as_const(bindings)) {
        if (b.result != CheckResult::Invalid) {
            Check unknown = b;
            unknown.sources = sources;
            return {proof, unknown};
        }
    }
    Check mismatch = bindings.first();
    mismatch.sources = sources;
    return {proof, mismatch};
}

} // namespace pf
