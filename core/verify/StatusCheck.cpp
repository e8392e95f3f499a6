#include "StatusCheck.h"

#include "StatusListDecoder.h"
#include "credentials/CredentialParser.h"
#include "credentials/JsonReader.h"

#include <QJsonArray>

namespace pf {

namespace {

const QString kName = QStringLiteral("status");

DataSource sourceOf(const CachedDocument &doc, const QString &what)
{
    return {what, doc.url, QStringLiteral("offline cache"), doc.addedAt};
}

QJsonObject listSubject(const QJsonObject &list)
{
    QJsonValue subject = list.value(QStringLiteral("credentialSubject"));
    if (subject.isArray())
        subject = subject.toArray().first();
    return subject.toObject();
}

} // namespace

Check StatusCheck::run(const QJsonObject &derived, const QJsonObject &credential, const VerificationContext &context,
                       const ListVerifier &verifyList)
{
    const QJsonObject status = derived.value(QStringLiteral("status")).toObject();
    if (status.isEmpty())
        return Check::unchecked(kName, QStringLiteral("the credential has no status entry"));
    const QString type = status.value(QStringLiteral("type")).toString();
    if (type == u"BitstringStatusListEntry" || type == u"StatusList2021Entry")
        return statusList(status, type, context, verifyList);
    if (type == u"1EdTechRevocationList" || type == u"RevocationList")
        return revocationList(status, credential, type == u"RevocationList", context);
    return Check::unknown(kName, ReasonCode::StatusUnavailable, QStringLiteral("the status method %1 is not supported").arg(type));
}

Check StatusCheck::statusList(const QJsonObject &entry, const QString &type, const VerificationContext &context,
                              const ListVerifier &verifyList)
{
    const QString url = entry.value(QStringLiteral("statusListCredential")).toString();
    const QString purpose = entry.value(QStringLiteral("statusPurpose")).toString();
    bool indexOk = false;
    const qint64 index = entry.value(QStringLiteral("statusListIndex")).toVariant().toString().toLongLong(&indexOk);
    const int size = entry.contains(QStringLiteral("statusSize")) ? entry.value(QStringLiteral("statusSize")).toVariant().toInt() : 1;
    if (url.isEmpty() || !indexOk)
        return Check::invalid(kName, ReasonCode::StatusListInvalid, QStringLiteral("the status entry lacks statusListCredential or a numeric statusListIndex"));
    const auto doc = context.lookup ? context.lookup(url) : std::nullopt;
    if (!doc)
        return Check::unknown(kName, ReasonCode::StatusUnavailable, QStringLiteral("status list %1 is not in the offline cache").arg(url));
    const QList<DataSource> sources{sourceOf(*doc, QStringLiteral("status list"))};

    // The list is a credential itself, as JSON or as a VC-JWT.
    auto parsed = CredentialParser().parse(doc->content);
    if (!parsed || parsed->isEmpty())
        return Check::unknown(kName, ReasonCode::StatusListInvalid,
                              QStringLiteral("status list %1 cannot be read: %2")
                                  .arg(url, parsed ? QStringLiteral("it is empty") : parsed.error().message),
                              sources);
    const QJsonObject subject = listSubject(parsed->first().credential);

    const QString listPurpose = subject.value(QStringLiteral("statusPurpose")).toString();
    if (!purpose.isEmpty() && !listPurpose.isEmpty() && listPurpose != purpose) {
        return Check::unknown(kName, ReasonCode::StatusListInvalid,
                              QStringLiteral("status list %1 is for %2, the entry for %3").arg(url, listPurpose, purpose), sources);
    }
    const auto encoding = type == u"StatusList2021Entry" ? StatusListDecoder::Encoding::StatusList2021
                                                          : StatusListDecoder::Encoding::Bitstring;
    auto bits = StatusListDecoder::decode(subject.value(QStringLiteral("encodedList")).toString(), encoding);
    if (!bits)
        return Check::unknown(kName, ReasonCode::StatusListInvalid, QStringLiteral("status list %1: %2").arg(url, bits.error().message), sources);
    auto value = StatusListDecoder::valueAt(*bits, index, size);
    if (!value)
        return Check::unknown(kName, ReasonCode::StatusListInvalid, QStringLiteral("status list %1: %2").arg(url, value.error().message), sources);

    // A list whose own proof cannot be confirmed proves neither revocation nor its absence.
    QString why;
    const CheckResult listProof = verifyList ? verifyList(doc->content, &why) : CheckResult::Unchecked;
    if (listProof != CheckResult::Valid) {
        return Check::unknown(kName, ReasonCode::StatusUnverified,
                              QStringLiteral("status list %1 says %2, but its own proof %3")
                                  .arg(url, *value ? QStringLiteral("revoked") : QStringLiteral("not revoked"),
                                       why.isEmpty() ? QStringLiteral("could not be verified") : why),
                              sources);
    }
    const QString effectivePurpose = purpose.isEmpty() ? listPurpose : purpose;
    if (*value != 0 && effectivePurpose == u"suspension")
        return Check::invalid(kName, ReasonCode::Suspended, QStringLiteral("suspended (entry %1 of %2)").arg(index).arg(url), sources);
    if (*value != 0 && effectivePurpose != u"message")
        return Check::invalid(kName, ReasonCode::Revoked, QStringLiteral("revoked (entry %1 of %2)").arg(index).arg(url), sources);
    return Check::valid(kName, QStringLiteral("not %1 (entry %2 of %3)")
                                   .arg(effectivePurpose == u"suspension" ? QStringLiteral("suspended") : QStringLiteral("revoked"))
                                   .arg(index)
                                   .arg(url),
                        sources);
}

Check StatusCheck::revocationList(const QJsonObject &entry, const QJsonObject &credential, bool ob2,
                                  const VerificationContext &context)
{
    const QString url = entry.value(QStringLiteral("id")).toString();
    const auto doc = context.lookup ? context.lookup(url) : std::nullopt;
    if (!doc)
        return Check::unknown(kName, ReasonCode::StatusUnavailable, QStringLiteral("revocation list %1 is not in the offline cache").arg(url));
    const QList<DataSource> sources{sourceOf(*doc, QStringLiteral("revocation list"))};
    auto json = JsonReader::parse(doc->content);
    if (!json || !json->isObject())
        return Check::unknown(kName, ReasonCode::StatusListInvalid, QStringLiteral("revocation list %1 is not JSON").arg(url), sources);
    const QString id = credential.value(QStringLiteral("id")).toString();
    const QString uid = credential.value(QStringLiteral("uid")).toString();
    const QJsonArray entries = json->toObject().value(ob2 ? QStringLiteral("revokedAssertions") : QStringLiteral("revokedCredential")).toArray();
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        const QString listed = v.isString() ? v.toString() : o.value(QStringLiteral("id")).toString();
        const bool match = (!listed.isEmpty() && listed == id) || (ob2 && !uid.isEmpty() && o.value(QStringLiteral("uid")).toString() == uid);
        const bool revoked = v.isString() || !o.contains(QStringLiteral("revoked")) || o.value(QStringLiteral("revoked")).toBool();
        if (match && revoked) {
            const QString reason = o.value(QStringLiteral("revocationReason")).toString();
            return Check::invalid(kName, ReasonCode::Revoked,
                                  reason.isEmpty() ? QStringLiteral("revoked (listed in %1)").arg(url)
                                                   : QStringLiteral("revoked: %1 (listed in %2)").arg(reason, url),
                                  sources);
        }
    }
    return Check::valid(kName, QStringLiteral("not in revocation list %1").arg(url), sources);
}

} // namespace pf
