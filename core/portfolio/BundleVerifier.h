#pragma once

#include "common/Result.h"
#include "verify/VerificationReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pf {

// Checks a portfolio bundle (docs/portfolio-bundle.md) on its own: its format and version, its manifest's
// content hash and every item hash, the holder's signature, and every credential verified again from its
// original bytes on an empty store that holds only the documents the bundle carries.
class BundleVerifier
{
public:
    // One thing found wrong with the bundle, naming the item (a JSON Pointer) where there is one.
    struct Problem
    {
        QString item;
        QString message;
    };

    struct Outcome
    {
        QList<Problem> problems;           // empty when every hash holds
        QList<VerificationReport> reports; // one per credential, in the bundle's order
        Check holder;                      // the holder's signature (PresentationVerifier)
        bool intact() const { return problems.isEmpty(); }
    };

    // A bundle of another format, or of a newer version than this Pathfolio reads, is an error
    // (InvalidArgument, StoreTooNew); so is a store that cannot be made in scratchDir.
    static Result<Outcome> verify(const QByteArray &bundle, const QDateTime &at, const QString &scratchDir);
};

} // namespace pf
