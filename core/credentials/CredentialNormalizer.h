#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <optional>

namespace pf {

// Builds the normalised view of a credential (docs/credential-fields.md) from its JSON, checking required
// fields.
class CredentialNormalizer
{
public:
    // Looks a URL up in the offline cache; never fetches.
    using Lookup = std::function<std::optional<QJsonObject>(const QString &url)>;

    // An Open Badges 3.0 / VC credential (OpenBadgeCredential, AchievementCredential, ClrCredential, ...).
    static Result<QJsonObject> fromVerifiableCredential(const QJsonObject &vc);
    // An Open Badges 2.0 assertion; badge class and issuer given by URL are taken from lookup when there.
    static Result<QJsonObject> fromOb2Assertion(const QJsonObject &assertion, const Lookup &lookup);

    // ISO 8601 date-time (or date), or an OB 2.0 Unix timestamp; invalid when it is neither.
    static QDateTime parseDateTime(const QJsonValue &value);

    static QStringList types(const QJsonValue &type);
    static bool hasContext(const QJsonValue &context, const QString &prefix);
};

} // namespace pf
