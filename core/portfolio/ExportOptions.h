#pragma once

#include "crypto/Ed25519Key.h"
#include "domain/ApplicationPack.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <optional>

namespace pf {

// What an export holds and how it looks: the paper, the words on the cover, and what is withheld.
struct ExportOptions
{
    enum class Paper { A4, Letter };
    // Fields a learner may leave out of what they send (pathfolio-cli export --redact NAME).
    enum class Redaction { RecipientIdentifiers, Grades, Contact, Reflections };

    Paper paper = Paper::A4;
    QString headline;   // under the name on the cover
    QString targetRole; // the role or employer the portfolio is for
    QString coverNote;
    QSet<Redaction> redactions;
    QDateTime exportedAt;
    // The learner's key, unlocked, when the export is signed (export --sign): the bundle then carries a
    // presentation by the learner's did:key (PresentationSigner).
    std::optional<Ed25519Key> signingKey;
    // The evidence files themselves travel in the bundle (export --with-files), not only their hashes.
    bool withFiles = false;
    // Only what the pack selects, when there is one (export --pack NAME); else the whole portfolio.
    std::optional<ApplicationPack> pack;

    // The options of an export of pack: its selection and the words of its cover.
    void usePack(const ApplicationPack &chosen);

    bool withholds(Redaction r) const { return redactions.contains(r); }
    // The command-line names: recipient, grades, contact, reflections.
    static bool redactionFromName(const QString &name, Redaction *redaction);
    static QString redactionName(Redaction redaction);
};

} // namespace pf
