#include "RecipientCheck.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace pf {

namespace {

struct Claim
{
    QString value;  // plain value or "algo$hex"
    QString salt;
    bool hashed = false;
    QString type;
};

QList<Claim> claimsOf(const QJsonObject &derived)
{
    QList<Claim> claims;
    const QJsonObject subject = derived.value(QStringLiteral("subject")).toObject();
    const QJsonObject recipient = subject.value(QStringLiteral("recipient")).toObject(); // OB 2.0
    if (!recipient.isEmpty()) {
        const QString identity = recipient.value(QStringLiteral("identity")).toString();
        const bool hashed = recipient.value(QStringLiteral("hashed")).toBool() || identity.contains(u'$');
        claims.append({identity, recipient.value(QStringLiteral("salt")).toString(), hashed,
                       recipient.value(QStringLiteral("type")).toString()});
    }
    if (const QString id = subject.value(QStringLiteral("id")).toString(); !id.isEmpty())
        claims.append({id, {}, false, QStringLiteral("id")});
    for (const QJsonValue &v : subject.value(QStringLiteral("identifiers")).toArray()) { // OB 3.0 IdentityObject
        const QJsonObject i = v.toObject();
        claims.append({i.value(QStringLiteral("identityHash")).toString(), i.value(QStringLiteral("salt")).toString(),
                       i.value(QStringLiteral("hashed")).toBool(), i.value(QStringLiteral("identityType")).toString()});
    }
    return claims;
}

} // namespace

bool RecipientCheck::matchesHash(const QString &hashed, const QString &identifier, const QString &salt)
{
    const qsizetype dollar = hashed.indexOf(u'$');
    if (dollar < 0)
        return false;
    const QString algorithm = hashed.left(dollar).toLower();
    QCryptographicHash::Algorithm a;
    if (algorithm == u"sha256")
        a = QCryptographicHash::Sha256;
    else if (algorithm == u"md5")
        a = QCryptographicHash::Md5;
    else
        return false;
    const QByteArray digest = QCryptographicHash::hash((identifier + salt).toUtf8(), a).toHex();
    return QString::fromLatin1(digest).compare(hashed.mid(dollar + 1), Qt::CaseInsensitive) == 0;
}

Check RecipientCheck::run(const QJsonObject &derived, const QStringList &identifiers)
{
    const QString name = QStringLiteral("recipient");
    const QList<Claim> claims = claimsOf(derived);
    if (claims.isEmpty())
        return Check::unchecked(name, QStringLiteral("the credential names no recipient"));
    if (identifiers.isEmpty())
        return Check::unchecked(name, QStringLiteral("no identifiers to compare with: add yours in Settings, or give --recipient"));
    for (const Claim &claim : claims) {
        for (const QString &candidate : identifiers) {
            const bool match = claim.hashed ? matchesHash(claim.value, candidate, claim.salt)
                                            : claim.value.compare(candidate, claim.type == u"email" ? Qt::CaseInsensitive
                                                                                                   : Qt::CaseSensitive) == 0;
            if (match)
                return Check::valid(name, claim.hashed ? QStringLiteral("issued to %1 (matches the hashed identity)").arg(candidate)
                                                       : QStringLiteral("issued to %1").arg(candidate));
        }
    }
    return Check::invalid(name, ReasonCode::RecipientMismatch,
                          QStringLiteral("issued to someone else: none of %1 identifiers matches").arg(identifiers.size()));
}

} // namespace pf
