#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>

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

    bool withholds(Redaction r) const { return redactions.contains(r); }
    // The command-line names: recipient, grades, contact, reflections.
    static bool redactionFromName(const QString &name, Redaction *redaction);
    static QString redactionName(Redaction redaction);
};

} // namespace pf
