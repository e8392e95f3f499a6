#pragma once

#include "Check.h"

#include <QJsonObject>
#include <QStringList>

namespace pf {

// Whether the credential was issued to one of the given identifiers (hashed or plain, OB 2.0 and 3.0).
class RecipientCheck
{
public:
    static Check run(const QJsonObject &derived, const QStringList &identifiers);

    // "sha256$<hex>" or "md5$<hex>" of identifier + salt matches hashed (hex compared case-insensitively).
    static bool matchesHash(const QString &hashed, const QString &identifier, const QString &salt);
};

} // namespace pf
