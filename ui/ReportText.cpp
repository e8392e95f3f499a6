#include "ReportText.h"

#include "Format.h"
#include "portfolio/PortfolioVerifier.h"

#include <QHash>
#include <limits>

namespace pf {

QString ReportText::resultText(const QString &result)
{
    if (result == QLatin1String("valid"))
        return tr("Verified");
    if (result == QLatin1String("invalid"))
        return tr("Failed");
    if (result == QLatin1String("unknown"))
        return tr("Could not check");
    if (result == QLatin1String("unchecked"))
        return tr("Not checked");
    return tr("Not verified yet");
}

QString ReportText::resultIcon(const QString &result)
{
    if (result == QLatin1String("valid"))
        return QStringLiteral("valid");
    if (result == QLatin1String("invalid"))
        return QStringLiteral("invalid");
    if (result == QLatin1String("unknown"))
        return QStringLiteral("unknown");
    return QStringLiteral("unchecked");
}

QString ReportText::resultTone(const QString &result)
{
    if (result == QLatin1String("valid"))
        return QStringLiteral("good");
    if (result == QLatin1String("invalid"))
        return QStringLiteral("bad");
    if (result == QLatin1String("unknown"))
        return QStringLiteral("warning");
    return QStringLiteral("neutral");
}

namespace {

// What the checks of a portfolio's own report (PortfolioVerifier) found; empty where the credential
// sentences fit as they are.
QString portfolioCheckSentence(const QString &check, const QString &result)
{
    const bool valid = result == QLatin1String("valid");
    const bool invalid = result == QLatin1String("invalid");
    if (check == QLatin1String("format")) {
        if (valid)
            return ReportText::tr("The file is a portfolio exported by Pathfolio.");
        if (invalid)
            return ReportText::tr("The file is not a portfolio this version of Pathfolio can read.");
    } else if (check == QLatin1String("manifest")) {
        if (valid)
            return ReportText::tr("Nothing was changed, added or removed since the portfolio was exported.");
        if (invalid)
            return ReportText::tr("The portfolio was changed after it was exported: some of its contents no "
                                  "longer match the hashes recorded in it.");
    } else if (check == QLatin1String("pages")) {
        if (valid)
            return ReportText::tr("The pages are exactly as they were exported.");
        if (invalid)
            return ReportText::tr("The pages were changed, or the PDF was saved again after export, so what "
                                  "it shows may differ from what was exported.");
    } else if (check == QLatin1String("attachments")) {
        if (valid)
            return ReportText::tr("The original file of every credential is attached, unchanged.");
        if (invalid)
            return ReportText::tr(
                "An attached original is missing, was changed, or is not listed in the portfolio.");
    } else if (check == QLatin1String("proof")) {
        if (result == QLatin1String("unchecked"))
            return ReportText::tr(
                "The portfolio is not signed by its holder, so nothing proves who put it together.");
        if (valid)
            return ReportText::tr("The portfolio is signed by its holder.");
    }
    return {};
}

} // namespace

bool ReportText::isPortfolio(const QString &format)
{
    return format == QLatin1String(PortfolioVerifier::kBundleFormat) ||
           format == QLatin1String(PortfolioVerifier::kPdfFormat);
}

QString ReportText::resultSentence(const QString &result, const QString &format)
{
    if (isPortfolio(format)) {
        if (result == QLatin1String("valid"))
            return tr("The portfolio is intact and signed by its holder. Each credential it carries has a "
                      "report of its own.");
        if (result == QLatin1String("invalid"))
            return tr("The portfolio was changed after export or cannot be read. Do not rely on it; the "
                      "failing check says why.");
        if (result == QLatin1String("unchecked"))
            return tr("The portfolio is intact as exported, but not signed by its holder. Each credential it "
                      "carries has a report of its own.");
    }
    if (result == QLatin1String("valid"))
        return tr("Every check passed: the credential is intact, from its issuer, and in force.");
    if (result == QLatin1String("invalid"))
        return tr("At least one check failed. Do not rely on this credential; the failing check says why.");
    if (result == QLatin1String("unknown"))
        return tr(
            "Nothing failed, but some checks could not be made offline. Each one says what was missing.");
    if (result == QLatin1String("unchecked"))
        return tr("The credential carries no proof that can be checked, so only its contents are shown.");
    return tr("This credential has not been verified yet.");
}

QString ReportText::checkTitle(const QString &check)
{
    if (check == QLatin1String("format"))
        return tr("Format");
    if (check == QLatin1String("proof"))
        return tr("Signature");
    if (check == QLatin1String("issuer"))
        return tr("Issuer");
    if (check == QLatin1String("validity"))
        return tr("Dates");
    if (check == QLatin1String("status"))
        return tr("Revocation status");
    if (check == QLatin1String("recipient"))
        return tr("Recipient");
    if (check == QLatin1String("trust"))
        return tr("Trust list");
    if (check == QLatin1String("manifest"))
        return tr("Contents");
    if (check == QLatin1String("pages"))
        return tr("Pages");
    if (check == QLatin1String("attachments"))
        return tr("Attached originals");
    return check;
}

QString ReportText::reasonSentence(const QString &code)
{
    static const QHash<QString, const char *> sentences{
        {QStringLiteral("malformed"), QT_TR_NOOP("The file is not a credential Pathfolio can read.")},
        {QStringLiteral("no_proof"), QT_TR_NOOP("The credential carries no signature.")},
        {QStringLiteral("unknown_cryptosuite"),
         QT_TR_NOOP("The credential is signed with a method Pathfolio does not know.")},
        {QStringLiteral("unknown_context"),
         QT_TR_NOOP("The credential refers to a vocabulary (JSON-LD context) that is neither built in nor in "
                    "the offline cache.")},
        {QStringLiteral("undefined_term"),
         QT_TR_NOOP(
             "The credential uses a term its vocabulary does not define, so what was signed is ambiguous.")},
        {QStringLiteral("signature"), QT_TR_NOOP("The signature does not match: the credential was changed "
                                                 "after it was signed, or signed by another key.")},
        {QStringLiteral("unsupported_algorithm"),
         QT_TR_NOOP("The signature uses an algorithm Pathfolio does not accept.")},
        {QStringLiteral("critical_header"),
         QT_TR_NOOP("The signature demands an extension Pathfolio does not know.")},
        {QStringLiteral("key_mismatch"), QT_TR_NOOP("The signing key is not the one the issuer published.")},
        {QStringLiteral("invalid_key"), QT_TR_NOOP("The issuer's key is damaged or of the wrong kind.")},
        {QStringLiteral("unresolvable_key"), QT_TR_NOOP("The issuer's key is not available offline. Add the "
                                                        "key document to the offline cache in Settings.")},
        {QStringLiteral("issuer_mismatch"),
         QT_TR_NOOP("The credential was signed by someone other than its stated issuer.")},
        {QStringLiteral("proof_purpose"), QT_TR_NOOP("The signature was not made for issuing credentials.")},
        {QStringLiteral("claims_mismatch"),
         QT_TR_NOOP("The signed claims differ from the credential shown.")},
        {QStringLiteral("expired"), QT_TR_NOOP("The credential has expired.")},
        {QStringLiteral("not_yet_valid"), QT_TR_NOOP("The credential is not valid yet.")},
        {QStringLiteral("revoked"), QT_TR_NOOP("The issuer has revoked this credential.")},
        {QStringLiteral("suspended"), QT_TR_NOOP("The issuer has suspended this credential.")},
        {QStringLiteral("status_unavailable"),
         QT_TR_NOOP(
             "The issuer's status list is not in the offline cache, so revocation could not be checked.")},
        {QStringLiteral("status_list_invalid"), QT_TR_NOOP("The issuer's status list is damaged.")},
        {QStringLiteral("status_unverified"),
         QT_TR_NOOP("The issuer's status list could not itself be verified.")},
        {QStringLiteral("hosted_unavailable"), QT_TR_NOOP("The issuer's hosted copy of this badge is not in "
                                                          "the offline cache, so it could not be compared.")},
        {QStringLiteral("recipient_mismatch"),
         QT_TR_NOOP(
             "The credential was issued to someone whose e-mail or identifier is not in your profile.")},
        {QStringLiteral("untrusted_issuer"), QT_TR_NOOP("The issuer is not on your trust list.")},
    };
    const auto it = sentences.constFind(code);
    return it == sentences.constEnd() ? QString() : tr(*it);
}

QString ReportText::checkSentence(const QString &check, const QString &result, const QString &code,
                                  const QString &format)
{
    if (isPortfolio(format)) {
        if (const QString sentence = portfolioCheckSentence(check, result); !sentence.isEmpty())
            return sentence;
    }
    if (const QString reason = reasonSentence(code); !reason.isEmpty())
        return reason;
    if (result == QLatin1String("valid")) {
        if (check == QLatin1String("format"))
            return tr("The file is a well-formed credential.");
        if (check == QLatin1String("proof"))
            return tr("The signature matches: nothing was changed since the credential was signed.");
        if (check == QLatin1String("issuer"))
            return tr("The signing key belongs to the stated issuer.");
        if (check == QLatin1String("validity"))
            return tr("The credential is in force today.");
        if (check == QLatin1String("status"))
            return tr("The issuer has not revoked or suspended it.");
        if (check == QLatin1String("recipient"))
            return tr("It was issued to you: the recipient matches your profile.");
        if (check == QLatin1String("trust"))
            return tr("The issuer is on your trust list.");
        return tr("The check passed.");
    }
    if (result == QLatin1String("unchecked")) {
        if (check == QLatin1String("status"))
            return tr("The credential has no revocation status to check.");
        if (check == QLatin1String("recipient"))
            return tr("Not compared: add your e-mail addresses and identifiers in Settings to check who it "
                      "was issued to.");
        if (check == QLatin1String("trust"))
            return tr("Not required: the issuer is not on your trust list.");
        if (check == QLatin1String("validity"))
            return tr("The credential has no dates to check.");
        return tr("This check did not apply to the credential.");
    }
    if (result == QLatin1String("unknown"))
        return tr("This could not be checked offline.");
    return tr("The check failed.");
}

QString ReportText::age(const QDateTime &then, const QDateTime &now)
{
    const qint64 days = then.toUTC().date().daysTo(now.toUTC().date());
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    return tr("%n days ago", nullptr, int(qMin<qint64>(days, std::numeric_limits<int>::max())));
}

QString ReportText::sourceText(const QJsonObject &source, const QDateTime &now)
{
    static const QHash<QString, const char *> whats{
        {QStringLiteral("JSON-LD context"), QT_TR_NOOP("Vocabulary")},
        {QStringLiteral("issuer document"), QT_TR_NOOP("Issuer document")},
        {QStringLiteral("key document"), QT_TR_NOOP("Key document")},
        {QStringLiteral("signing key"), QT_TR_NOOP("Signing key")},
        {QStringLiteral("status list"), QT_TR_NOOP("Status list")},
        {QStringLiteral("revocation list"), QT_TR_NOOP("Revocation list")},
    };
    const QString what = source.value(QStringLiteral("what")).toString();
    const auto it = whats.constFind(what);
    const QString whatText = it == whats.constEnd() ? what : tr(*it);

    const QString origin = source.value(QStringLiteral("origin")).toString();
    QString originText = origin;
    if (origin == QLatin1String("offline cache"))
        originText = tr("offline cache");
    else if (origin == QLatin1String("bundled"))
        originText = tr("built into Pathfolio");
    else if (origin == QLatin1String("the credential itself"))
        originText = tr("the credential itself");

    const QDateTime date =
        QDateTime::fromString(source.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QString location = source.value(QStringLiteral("location")).toString();
    if (date.isValid())
        return tr("%1, %2: %3, added %4 (%5)")
            .arg(whatText, location, originText, Format::date(date.toLocalTime().date()), age(date, now));
    return tr("%1, %2: %3").arg(whatText, location, originText);
}

} // namespace pf
