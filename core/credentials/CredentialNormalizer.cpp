#include "CredentialNormalizer.h"

#include <QJsonArray>
#include <QVarLengthArray>
#include <algorithm>

namespace pf {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A value that may be a string (an IRI), an object with "id", or an array of either: as a list of objects.
QList<QJsonObject> objects(const QJsonValue &v)
{
    QList<QJsonObject> list;
    const QJsonArray array = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue &e : array) {
        if (e.isObject())
            list << e.toObject();
        else if (e.isString())
            list << QJsonObject{{QStringLiteral("id"), e.toString()}};
    }
    return list;
}

QJsonObject pick(const QJsonObject &from, std::initializer_list<const char *> keys)
{
    // A copy with the other entries removed: building the object entry by entry costs several times more.
    QVarLengthArray<QString, 16> unwanted;
    for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString key = it.key();
        if (v.isNull() || (v.isString() && v.toString().isEmpty()) ||
            std::none_of(keys.begin(), keys.end(), [&key](const char *k) { return key == QLatin1String(k); }))
            unwanted.append(std::move(key));
    }
    if (unwanted.size() == from.size())
        return {};
    QJsonObject to = from;
    for (const QString &key : unwanted)
        to.remove(key);
    return to;
}

QJsonValue isoOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// An image given as an IRI, a data: URI or an Image object: where it is, never fetched.
QJsonValue imageRef(const QJsonValue &image)
{
    const QList<QJsonObject> list = objects(image);
    if (list.isEmpty())
        return QJsonValue::Null;
    const QString id = str(list.first(), "id");
    if (id.isEmpty())
        return QJsonValue::Null;
    QJsonObject ref{{QStringLiteral("source"), id.startsWith(QStringLiteral("data:"))
                                                   ? QStringLiteral("data-uri")
                                                   : QStringLiteral("url")}};
    if (!id.startsWith(QStringLiteral("data:")))
        ref.insert(QStringLiteral("url"), id);
    if (const QString caption = str(list.first(), "caption"); !caption.isEmpty())
        ref.insert(QStringLiteral("caption"), caption);
    return ref;
}

QJsonArray alignments(const QJsonValue &value)
{
    QJsonArray out;
    for (const QJsonObject &a : objects(value))
        out.append(pick(a, {"targetName", "targetUrl", "targetDescription", "targetFramework", "targetCode",
                            "targetType"}));
    return out;
}

QJsonArray evidence(const QJsonValue &value)
{
    QJsonArray out;
    for (const QJsonObject &e : objects(value))
        out.append(pick(e, {"id", "name", "narrative", "description", "genre", "audience"}));
    return out;
}

QJsonObject profile(const QJsonValue &value)
{
    const QList<QJsonObject> list = objects(value);
    if (list.isEmpty())
        return {};
    QJsonObject p = pick(list.first(), {"id", "name", "url", "email", "phone", "telephone", "description"});
    const QJsonValue image = imageRef(list.first().value(QStringLiteral("image")));
    if (!image.isNull())
        p.insert(QStringLiteral("image"), image);
    return p;
}

QJsonArray endorsements(const QJsonValue &value)
{
    QJsonArray out;
    for (const QJsonObject &e : objects(value)) {
        QJsonObject o = pick(e, {"id"});
        o.insert(QStringLiteral("issuer"), profile(e.value(QStringLiteral("issuer"))));
        out.append(o);
    }
    return out;
}

QStringList missing(const QJsonObject &o, std::initializer_list<const char *> keys, const QString &prefix)
{
    QStringList names;
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            names << prefix + QLatin1String(key);
    }
    return names;
}

} // namespace

QStringList CredentialNormalizer::types(const QJsonValue &type)
{
    QStringList list;
    if (type.isString())
        list << type.toString();
    for (const QJsonValue &t : type.toArray())
        list << t.toString();
    return list;
}

bool CredentialNormalizer::hasContext(const QJsonValue &context, const QString &prefix)
{
    const QJsonArray list = context.isArray() ? context.toArray() : QJsonArray{context};
    for (const QJsonValue &c : list) {
        if (c.isString() && c.toString().startsWith(prefix))
            return true;
    }
    return false;
}

QDateTime CredentialNormalizer::parseDateTime(const QJsonValue &value)
{
    if (value.isDouble()) { // OB 2.0 allows Unix timestamps
        const double seconds = value.toDouble();
        if (seconds < 0 || seconds > 253402300799.0)
            return {};
        return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            dt = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime) // no zone given: read as UTC, never as local time
        dt.setTimeSpec(Qt::UTC);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

Result<QJsonObject> CredentialNormalizer::fromVerifiableCredential(const QJsonObject &vc)
{
    const QJsonObject subject = objects(vc.value(QStringLiteral("credentialSubject"))).value(0);
    const QStringList vcTypes = types(vc.value(QStringLiteral("type")));
    const bool clr = vcTypes.contains(QStringLiteral("ClrCredential"));
    const QJsonObject achievement = objects(subject.value(QStringLiteral("achievement"))).value(0);

    const bool badge = clr || vcTypes.contains(QStringLiteral("OpenBadgeCredential")) ||
                       vcTypes.contains(QStringLiteral("AchievementCredential")) ||
                       vcTypes.contains(QStringLiteral("EndorsementCredential"));
    const bool vc2 = hasContext(vc.value(QStringLiteral("@context")),
                                QStringLiteral("https://www.w3.org/ns/credentials/v2"));
    const bool hasValidFrom = !vc.value(QStringLiteral("validFrom")).isUndefined() ||
                              !vc.value(QStringLiteral("issuanceDate")).isUndefined();

    QStringList absent = missing(vc, {"@context", "type", "issuer", "credentialSubject"}, {});
    // VC 2.0 makes validFrom optional; VC 1.1 requires issuanceDate, Open Badges 3.0 requires one of them.
    if (!hasValidFrom && (badge || !vc2))
        absent << QStringLiteral("validFrom (or issuanceDate)");
    // A badge must be called something; the achievement's other fields are checked by verification.
    if (badge && !vc.value(QStringLiteral("name")).isString() &&
        !achievement.value(QStringLiteral("name")).isString())
        absent << QStringLiteral("name (or credentialSubject.achievement.name)");

    if (clr && objects(subject.value(QStringLiteral("verifiableCredential"))).isEmpty() &&
        subject.value(QStringLiteral("verifiableCredential")).toArray().isEmpty())
        absent << QStringLiteral("credentialSubject.verifiableCredential");
    const QJsonObject issuer = profile(vc.value(QStringLiteral("issuer")));
    if (issuer.value(QStringLiteral("id")).toString().isEmpty() &&
        !vc.value(QStringLiteral("issuer")).isUndefined())
        absent << QStringLiteral("issuer.id");
    if (!absent.isEmpty())
        return Error{ErrorCode::MissingFields, QStringLiteral("the credential lacks required fields: %1")
                                                   .arg(absent.join(QStringLiteral(", ")))};

    const QDateTime validFrom =
        parseDateTime(vc.value(vc.contains(QStringLiteral("validFrom")) ? QStringLiteral("validFrom")
                                                                        : QStringLiteral("issuanceDate")));
    if (hasValidFrom && !validFrom.isValid())
        return Error{ErrorCode::MissingFields,
                     QStringLiteral("validFrom (or issuanceDate) is not a date-time")};
    const QJsonValue untilValue = vc.contains(QStringLiteral("validUntil"))
                                      ? vc.value(QStringLiteral("validUntil"))
                                      : vc.value(QStringLiteral("expirationDate"));
    const QDateTime validUntil = parseDateTime(untilValue);

    QJsonObject a =
        pick(achievement, {"id", "name", "description", "achievementType", "humanCode", "fieldOfStudy",
                           "specialization", "creditsAvailable", "version", "inLanguage", "tag"});
    a.insert(QStringLiteral("types"),
             QJsonArray::fromStringList(types(achievement.value(QStringLiteral("type")))));
    const QJsonObject criteria = objects(achievement.value(QStringLiteral("criteria"))).value(0);
    a.insert(QStringLiteral("criteria"), pick(criteria, {"id", "narrative"}));
    a.insert(QStringLiteral("image"), imageRef(achievement.value(QStringLiteral("image"))));
    a.insert(QStringLiteral("alignments"), alignments(achievement.value(QStringLiteral("alignment"))));
    QJsonArray results;
    for (const QJsonObject &r : objects(achievement.value(QStringLiteral("resultDescription"))))
        results.append(
            pick(r, {"id", "name", "resultType", "requiredLevel", "requiredValue", "valueMin", "valueMax"}));
    a.insert(QStringLiteral("resultDescriptions"), results);
    if (achievement.contains(QStringLiteral("creator")))
        a.insert(QStringLiteral("creator"), profile(achievement.value(QStringLiteral("creator"))));

    QJsonObject s = pick(subject, {"id", "name", "creditsEarned", "activityStartDate", "activityEndDate",
                                   "licenseNumber", "narrative", "role", "term"});
    QJsonArray identifiers;
    for (const QJsonObject &i : objects(subject.value(QStringLiteral("identifier"))))
        identifiers.append(pick(i, {"identityType", "identityHash", "hashed", "salt"}));
    s.insert(QStringLiteral("identifiers"), identifiers);
    QJsonArray resultValues;
    for (const QJsonObject &r : objects(subject.value(QStringLiteral("result"))))
        resultValues.append(pick(r, {"resultDescription", "value", "status", "achievedLevel"}));
    s.insert(QStringLiteral("results"), resultValues);

    QJsonObject d;
    d.insert(QStringLiteral("version"), clr     ? QStringLiteral("clr2")
                                        : badge ? QStringLiteral("ob3")
                                                : QStringLiteral("vc"));

    d.insert(QStringLiteral("vcVersion"), vc2 ? QStringLiteral("2.0") : QStringLiteral("1.1"));
    d.insert(QStringLiteral("id"), str(vc, "id"));
    d.insert(QStringLiteral("types"), QJsonArray::fromStringList(vcTypes));
    d.insert(QStringLiteral("name"),
             vc.value(QStringLiteral("name")).isString() ? str(vc, "name") : str(achievement, "name"));
    d.insert(QStringLiteral("description"), str(vc, "description"));
    d.insert(QStringLiteral("issuer"), issuer);
    d.insert(QStringLiteral("achievement"), a);
    d.insert(QStringLiteral("subject"), s);
    const QJsonValue validFromText = isoOrNull(validFrom);
    d.insert(QStringLiteral("issued"), validFromText);
    d.insert(QStringLiteral("validFrom"), validFromText);
    d.insert(QStringLiteral("validUntil"), isoOrNull(validUntil));
    d.insert(QStringLiteral("awarded"), isoOrNull(parseDateTime(vc.value(QStringLiteral("awardedDate")))));
    d.insert(QStringLiteral("evidence"), evidence(vc.value(QStringLiteral("evidence"))));
    d.insert(QStringLiteral("endorsements"), endorsements(vc.value(QStringLiteral("endorsement"))));
    if (const QJsonObject status = objects(vc.value(QStringLiteral("credentialStatus"))).value(0);
        !status.isEmpty()) {
        QJsonObject st =
            pick(status, {"id", "statusPurpose", "statusListIndex", "statusListCredential", "statusSize"});
        st.insert(QStringLiteral("type"),
                  QJsonArray::fromStringList(types(status.value(QStringLiteral("type")))).at(0));
        d.insert(QStringLiteral("status"), st);
    }
    QJsonValue image = imageRef(vc.value(QStringLiteral("image")));
    if (image.isNull())
        image = a.value(QStringLiteral("image"));
    d.insert(QStringLiteral("image"), image);
    QJsonArray proofs;
    for (const QJsonObject &p : objects(vc.value(QStringLiteral("proof"))))
        proofs.append(pick(p, {"type", "cryptosuite", "verificationMethod", "proofPurpose", "created"}));
    d.insert(QStringLiteral("proofs"), proofs);
    return d;
}

Result<QJsonObject> CredentialNormalizer::fromOb2Assertion(const QJsonObject &assertion, const Lookup &lookup)
{
    QStringList absent = missing(assertion, {"recipient", "badge", "verification", "issuedOn"}, {});
    if (assertion.value(QStringLiteral("verification")).isUndefined() &&
        !assertion.value(QStringLiteral("verify")).isUndefined())
        absent.removeAll(QStringLiteral("verification")); // "verify" is the documented alias
    if (!absent.isEmpty())
        return Error{
            ErrorCode::MissingFields,
            QStringLiteral("the assertion lacks required fields: %1").arg(absent.join(QStringLiteral(", ")))};
    const QDateTime issued = parseDateTime(assertion.value(QStringLiteral("issuedOn")));
    if (!issued.isValid())
        return Error{ErrorCode::MissingFields, QStringLiteral("issuedOn is not a date-time")};

    QStringList unresolved;
    // The badge class and its issuer may be embedded or given by URL (then looked up in the cache).
    const auto resolve = [&](const QJsonValue &v, const QString &what) -> QJsonObject {
        if (v.isObject())
            return v.toObject();
        const QString url = v.toString();
        if (url.isEmpty())
            return {};
        if (lookup) {
            if (auto doc = lookup(url))
                return *doc;
        }
        unresolved << QStringLiteral("%1 %2").arg(what, url);
        return QJsonObject{{QStringLiteral("id"), url}};
    };
    const QJsonObject badge =
        resolve(assertion.value(QStringLiteral("badge")), QStringLiteral("badge class"));
    const QJsonObject issuer =
        resolve(badge.value(QStringLiteral("issuer")), QStringLiteral("issuer profile"));

    QJsonObject a = pick(badge, {"id", "name", "description", "tags"});
    a.insert(QStringLiteral("types"), QJsonArray::fromStringList(types(badge.value(QStringLiteral("type")))));
    const QJsonValue criteria = badge.value(QStringLiteral("criteria"));
    a.insert(QStringLiteral("criteria"), criteria.isString()
                                             ? QJsonObject{{QStringLiteral("id"), criteria.toString()}}
                                             : pick(criteria.toObject(), {"id", "narrative"}));
    a.insert(QStringLiteral("image"), imageRef(badge.value(QStringLiteral("image"))));
    a.insert(QStringLiteral("alignments"), alignments(badge.value(QStringLiteral("alignment"))));

    const QJsonObject recipient = assertion.value(QStringLiteral("recipient")).toObject();
    QJsonObject s{{QStringLiteral("recipient"), pick(recipient, {"type", "identity", "hashed", "salt"})}};

    const QJsonObject verification =
        assertion
            .value(assertion.contains(QStringLiteral("verification")) ? QStringLiteral("verification")
                                                                      : QStringLiteral("verify"))
            .toObject();
    const QString verificationType = str(verification, "type");

    QJsonObject d;
    d.insert(QStringLiteral("version"), QStringLiteral("ob2"));
    d.insert(QStringLiteral("id"), str(assertion, "id"));
    d.insert(QStringLiteral("types"),
             QJsonArray::fromStringList(types(assertion.value(QStringLiteral("type")))));
    d.insert(QStringLiteral("name"), a.value(QStringLiteral("name")).toString());
    d.insert(QStringLiteral("description"), a.value(QStringLiteral("description")).toString());
    d.insert(QStringLiteral("issuer"), profile(issuer));
    d.insert(QStringLiteral("achievement"), a);
    d.insert(QStringLiteral("subject"), s);
    d.insert(QStringLiteral("issued"), isoOrNull(issued));
    d.insert(QStringLiteral("validFrom"), isoOrNull(issued));
    d.insert(QStringLiteral("validUntil"),
             isoOrNull(parseDateTime(assertion.value(QStringLiteral("expires")))));
    d.insert(QStringLiteral("awarded"), QJsonValue::Null);
    d.insert(QStringLiteral("evidence"), evidence(assertion.value(QStringLiteral("evidence"))));
    d.insert(QStringLiteral("narrative"), str(assertion, "narrative"));
    d.insert(QStringLiteral("endorsements"), endorsements(assertion.value(QStringLiteral("endorsement"))));
    d.insert(QStringLiteral("verification"), pick(verification, {"type", "creator", "url"}));
    d.insert(QStringLiteral("hosted"),
             verificationType.compare(QStringLiteral("hosted"), Qt::CaseInsensitive) == 0 ||
                 verificationType == u"HostedBadge");
    if (const QString revocation = str(issuer, "revocationList"); !revocation.isEmpty())
        d.insert(QStringLiteral("status"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("RevocationList")},
                             {QStringLiteral("id"), revocation}});
    QJsonValue image = imageRef(assertion.value(QStringLiteral("image")));
    if (image.isNull())
        image = a.value(QStringLiteral("image"));
    d.insert(QStringLiteral("image"), image);
    d.insert(QStringLiteral("unresolved"), QJsonArray::fromStringList(unresolved));
    return d;
}

} // namespace pf
