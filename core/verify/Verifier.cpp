#include "Verifier.h"

#include "DataIntegrityProofCheck.h"
#include "JwsProofCheck.h"
#include "RecipientCheck.h"
#include "StatusCheck.h"
#include "TrustCheck.h"
#include "ValidityCheck.h"
#include "credentials/CredentialParser.h"
#include "credentials/JsonReader.h"
#include "crypto/JwsParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace pf {

namespace {

const QString kProof = QStringLiteral("proof");
const QString kIssuer = QStringLiteral("issuer");
const QString kFormat = QStringLiteral("format");

QStringList proofTypes(const QJsonObject &credential)
{
    QStringList types;
    const QJsonValue proof = credential.value(QStringLiteral("proof"));
    const QJsonArray list = proof.isArray() ? proof.toArray() : QJsonArray{proof};
    for (const QJsonValue &p : list) {
        const QJsonObject o = p.toObject();
        if (o.isEmpty())
            continue;
        const QString suite = o.value(QStringLiteral("cryptosuite")).toString();
        types << (suite.isEmpty() ? o.value(QStringLiteral("type")).toString() : suite);
    }
    return types;
}

Check formatCheck(const ParsedCredential &parsed)
{
    const QJsonObject &d = parsed.derived;
    QStringList notes;
    if (d.value(QStringLiteral("vcVersion")).toString() == u"1.1")
        notes << QStringLiteral("VC 1.1 style (issuanceDate), accepted");
    const QJsonArray unresolved = d.value(QStringLiteral("unresolved")).toArray();
    for (const QJsonValue &u : unresolved)
        notes << QStringLiteral("%1 is not in the offline cache, so some details are missing")
                     .arg(u.toString());
    const QString what = QStringLiteral("read as %1").arg(parsed.format);
    return Check::valid(
        kFormat, notes.isEmpty() ? what : what + QStringLiteral("; ") + notes.join(QStringLiteral("; ")));
}

} // namespace

QList<VerificationReport> Verifier::verifyFile(const QString &path) const
{
    QFile file(path);
    const auto unreadable = [&](const QString &why) {
        VerificationReport report;
        report.file = path;
        report.verifiedAt = m_context.at;
        report.checks << Check::invalid(QStringLiteral("format"), ReasonCode::Malformed, why);
        return QList<VerificationReport>{report};
    };
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return unreadable(file.exists() ? QStringLiteral("cannot read the file")
                                        : QStringLiteral("the file does not exist"));
    if (file.size() > ImportLimits{}.maxFileSize)
        return unreadable(QStringLiteral("the file is over 50 MiB"));
    return verifyBytes(file.readAll(), path);
}

QList<VerificationReport> Verifier::verifyBytes(const QByteArray &bytes, const QString &fileName) const
{
    const VerificationContext::Lookup lookup = m_context.lookup;
    CredentialParser parser([lookup](const QString &url) -> std::optional<QJsonObject> {
        if (!lookup)
            return std::nullopt;
        auto doc = lookup(url);
        if (!doc)
            return std::nullopt;
        auto json = JsonReader::parse(doc->content);
        return (json && json->isObject()) ? std::optional<QJsonObject>(json->toObject()) : std::nullopt;
    });
    parser.setContentHashes(false);
    parser.setImages(false);
    auto parsed = parser.parse(bytes);
    if (!parsed) {
        VerificationReport report;
        report.file = fileName;
        report.verifiedAt = m_context.at;
        report.checks << Check::invalid(
            kFormat, ReasonCode::Malformed,
            QStringLiteral("%1 (%2)").arg(parsed.error().message, errorCodeName(parsed.error().code)));
        return {report};
    }
    QList<VerificationReport> reports;
    for (const ParsedCredential &p : *parsed) {
        if (m_context.cancel && m_context.cancel->load())
            break;
        reports << verify(p, fileName);
    }
    return reports;
}

VerificationReport Verifier::verify(const ParsedCredential &parsed, const QString &fileName) const
{
    VerificationReport report;
    report.file = fileName;
    report.format = parsed.format;
    report.credentialId = parsed.derived.value(QStringLiteral("id")).toString();
    report.name = parsed.derived.value(QStringLiteral("name")).toString();
    report.verifiedAt = m_context.at;
    report.requireTrust = m_context.requireTrust;
    report.checks << formatCheck(parsed);

    const QString version = parsed.derived.value(QStringLiteral("version")).toString();
    if (version == u"vp") {
        report.checks << Check::unchecked(
            kProof, QStringLiteral("the holder's signature on a presentation is not checked; "
                                   "each credential inside is verified on its own"));
        return report;
    }
    report.checks << proofChecks(parsed);
    report.checks << ValidityCheck::run(parsed.derived, m_context.at);
    report.checks << StatusCheck::run(
        parsed.derived, parsed.credential, m_context,
        [this](const QByteArray &list, QString *why) { return verifyStatusList(list, why); });
    report.checks << RecipientCheck::run(parsed.derived, m_context.recipientIdentifiers);
    const QJsonObject issuer = parsed.derived.value(QStringLiteral("issuer")).toObject();
    const QString issuerId = issuer.value(QStringLiteral("id")).toString();
    report.issuerTrusted = m_context.isTrusted && m_context.isTrusted(issuerId);
    report.checks << TrustCheck::run(issuerId, issuer.value(QStringLiteral("name")).toString(), m_context);

    // An expired credential can still be a genuine record of the past: say so.
    const Check *proof = report.check(kProof);
    for (Check &c : report.checks) {
        if (c.name == u"validity" && c.code == ReasonCode::Expired && proof &&
            proof->result == CheckResult::Valid)
            c.message = QStringLiteral("genuine, %1").arg(c.message);
    }
    return report;
}

QList<Check> Verifier::proofChecks(const ParsedCredential &parsed) const
{
    const QByteArray payload = parsed.payload.trimmed();
    if (JwsParser::looksLikeJws(payload)) {
        auto jws = JwsParser::parse(payload);
        if (!jws)
            return {Check::invalid(kProof, ReasonCode::Malformed, jws.error().message),
                    Check::unchecked(kIssuer, {})};
        auto claims = JsonReader::parse(jws->payload);
        if (!claims || !claims->isObject())
            return {Check::invalid(kProof, ReasonCode::Malformed,
                                   QStringLiteral("the JWS payload is not a JSON object")),
                    Check::unchecked(kIssuer, {})};
        if (parsed.derived.value(QStringLiteral("version")).toString() == u"ob2")
            return JwsProofCheck::ob2Signed(*jws, parsed.credential, m_context);
        return JwsProofCheck::vcJwt(*jws, claims->toObject(), parsed.credential, m_context);
    }

    if (parsed.derived.value(QStringLiteral("version")).toString() == u"ob2") {
        // A hosted assertion's authority is its URL: offline, a cached copy is the best there is.
        const QString url = parsed.credential.value(QStringLiteral("id")).toString();
        const auto cached = (m_context.lookup && url.startsWith(QStringLiteral("http")))
                                ? m_context.lookup(url)
                                : std::nullopt;
        if (!cached)
            return {Check::unknown(kProof, ReasonCode::HostedUnavailable,
                                   QStringLiteral("a hosted badge is confirmed by its issuer's copy at %1, "
                                                  "which is not in the offline cache")
                                       .arg(url.isEmpty() ? QStringLiteral("(no URL)") : url)),
                    Check::unchecked(kIssuer, QStringLiteral("hosted badges carry no signature"))};
        const QList<DataSource> sources{{QStringLiteral("hosted assertion"), cached->url,
                                         QStringLiteral("offline cache"), cached->addedAt}};
        auto copy = JsonReader::parse(cached->content);
        if (copy && copy->isObject() && copy->toObject() == parsed.credential)
            return {Check::valid(kProof, QStringLiteral("matches the issuer's hosted copy at %1").arg(url),
                                 sources),
                    Check::unchecked(kIssuer, QStringLiteral("hosted badges carry no signature"))};
        return {Check::invalid(kProof, ReasonCode::Signature,
                               QStringLiteral("differs from the issuer's hosted copy at %1").arg(url),
                               sources),
                Check::unchecked(kIssuer, QStringLiteral("hosted badges carry no signature"))};
    }

    const QStringList proofs = proofTypes(parsed.credential);
    if (proofs.isEmpty())
        return {
            Check::invalid(kProof, ReasonCode::NoProof, QStringLiteral("the credential carries no proof")),
            Check::unchecked(kIssuer, QStringLiteral("there is no signature to tie to the issuer"))};
    // The payload of a JSON credential is its own text (for one inside a record, its compact JSON).
    return DataIntegrityProofCheck::run(parsed.credential, m_context, payload);
}

CheckResult Verifier::verifyStatusList(const QByteArray &list, QString *why) const
{
    if (m_depth > 0) {
        *why = QStringLiteral("is itself governed by a status list");
        return CheckResult::Unchecked;
    }
    Verifier inner(m_context);
    inner.m_depth = m_depth + 1;
    CredentialParser parser;
    parser.setContentHashes(false);
    parser.setImages(false);
    auto parsed = parser.parse(list);
    if (!parsed || parsed->isEmpty()) {
        *why = QStringLiteral("cannot be read");
        return CheckResult::Invalid;
    }
    const QList<Check> checks = inner.proofChecks(parsed->first());
    for (const Check &c : checks) {
        if (c.result != CheckResult::Valid) {
            *why = c.result == CheckResult::Invalid ? QStringLiteral("does not verify: %1").arg(c.message)
                                                    : c.message;
            return c.result == CheckResult::Invalid ? CheckResult::Invalid : CheckResult::Unknown;
        }
    }
    // An expired list, or one not yet in force, says nothing about today: its issuer may have published a
    // newer one.
    const Check validity = ValidityCheck::run(parsed->first().derived, m_context.at);
    if (validity.result == CheckResult::Invalid) {
        *why = QStringLiteral("is not in force: %1").arg(validity.message);
        return CheckResult::Unknown;
    }
    return CheckResult::Valid;
}

} // namespace pf
