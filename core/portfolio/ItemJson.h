#pragma once

#include "domain/Competency.h"
#include "domain/Credential.h"
#include "domain/Evaluation.h"
#include "domain/Evidence.h"
#include "domain/LogEntry.h"
#include "domain/Placement.h"
#include "domain/SearchHit.h"

#include <QJsonObject>

namespace pf {

// The JSON form of each kind of item, as `pathfolio-cli list --json` and `show --json` print it and the
// portfolio bundle carries it.
class ItemJson
{
public:
    static QJsonObject evidence(const Evidence &item);
    static QJsonObject placement(const Placement &item);
    static QJsonObject logEntry(const LogEntry &item);
    static QJsonObject evaluation(const Evaluation &item);
    static QJsonObject competency(const Competency &item);
    static QJsonObject credential(const Credential &item, const QString &latestResult);
    static QJsonObject searchHit(const SearchHit &hit);
};

} // namespace pf
