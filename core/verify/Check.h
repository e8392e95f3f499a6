#pragma once

#include "CheckResult.h"
#include "DataSource.h"
#include "ReasonCode.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pf {

// One line of a verification report: which check, its answer, why, and what it relied on.
struct Check
{
    QString name; // format, proof, issuer, validity, status, recipient, trust
    CheckResult result = CheckResult::Unchecked;
    ReasonCode code = ReasonCode::None;
    QString message;
    QList<DataSource> sources;

    static Check valid(const QString &name, const QString &message, QList<DataSource> sources = {});
    static Check invalid(const QString &name, ReasonCode code, const QString &message, QList<DataSource> sources = {});
    static Check unknown(const QString &name, ReasonCode code, const QString &message, QList<DataSource> sources = {});
    static Check unchecked(const QString &name, const QString &message, ReasonCode code = ReasonCode::None);

    QJsonObject toJson() const;
};

} // namespace pf
