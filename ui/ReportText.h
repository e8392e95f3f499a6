#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pf {

// How verification results read and look in the UI, written once: the text, icon and tone of a result,
// the title of a check, a translated sentence for each reason code, and where a check's data came from.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(pf::ReportText)

public:
    // result: core's name, "valid", "invalid", "unknown" or "unchecked"; anything else (a credential
    // never verified) reads as not verified yet.
    static QString resultText(const QString &result);
    static QString resultIcon(const QString &result); // an Icon.qml name; the shape differs per result
    static QString resultTone(const QString &result); // "good", "bad", "warning" or "neutral", for StatusChip
    // Whether a report's format (core's name) is that of an exported portfolio's own report, which
    // speaks of the portfolio rather than of a credential.
    static bool isPortfolio(const QString &format);
    // One sentence for a whole report: what the result means for the person reading it; format is the
    // report's, so that a portfolio's own report reads as one.
    static QString resultSentence(const QString &result, const QString &format = {});

    static QString checkTitle(const QString &check); // "format" → "Readable format", ...
    // What a check found: a sentence from its reason code, or what a passing or skipped check means.
    static QString checkSentence(const QString &check, const QString &result, const QString &code,
                                 const QString &format = {});
    static QString reasonSentence(const QString &code); // empty for an unknown or empty code

    // "Status list, https://…: offline cache, added 3 May 2026 (12 days ago)", from a report's data entry.
    static QString sourceText(const QJsonObject &source,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // "today", "yesterday", "12 days ago", for the age of a cached document.
    static QString age(const QDateTime &then, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace pf
