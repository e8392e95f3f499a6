#pragma once

#include <QDateTime>
#include <QString>

namespace pf {

// An issuer the learner (or the verifier using the app) has chosen to trust.
struct TrustedIssuer
{
    QString id; // the issuer's id as credentials state it (a DID or URL)
    QString name;
    QString note;
    QDateTime addedAt;
};

} // namespace pf
