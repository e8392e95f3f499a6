#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pf {

// A named selection of the portfolio made for one application (export --pack NAME): what it holds, the
// role or employer it is for and the words on its cover, saved for reuse.
struct ApplicationPack
{
    qint64 id = 0;
    QString name; // unique, ignoring case
    QString targetRole;
    QString headline;
    QString coverNote;
    QDateTime updatedAt;
    QList<qint64> credentialIds;
    QList<qint64> evidenceIds;
    QList<qint64> placementIds;
    QList<qint64> competencyIds;
};

} // namespace pf
