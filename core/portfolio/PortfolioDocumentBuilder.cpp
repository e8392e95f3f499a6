#include "PortfolioDocumentBuilder.h"

#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QUrl>
#include <algorithm>
#include <cmath>

namespace pf {

namespace {

using R = ExportOptions::Redaction;

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Paragraphs of plain text, their line breaks kept.
QString paragraphs(const QString &text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

// "2025-01-06T09:00:00Z" or "2025-01-06" as "6 January 2025"; anything else as it is.
QString humanDate(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? english().toString(date, QStringLiteral("d MMMM yyyy")) : iso;
}

QString humanDateTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return humanDate(iso);
    return english().toString(at.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm 'UTC'"));
}

QString hours(double h)
{
    return english().toString(h, 'f', h == std::floor(h) ? 0 : 2) + QStringLiteral(" h");
}

QString count(qsizetype n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

// A link only to the web: anything else is shown as text, never made clickable.
QString link(const QString &url, const QString &text = {})
{
    const QUrl u(url);
    const QString shown = esc(text.isEmpty() ? url : text);
    if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http"))
        return shown;
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(QString::fromUtf8(u.toEncoded())), shown);
}

// The parts that are not empty, joined by separator.
QString joined(const QStringList &parts, const QString &separator)
{
    QStringList present;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            present << p;
    }
    return present.join(separator);
}

QString mono(const QString &text)
{
    return QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono','Liberation Mono',monospace; "
                          "font-size:7pt;\">%1</span>")
        .arg(esc(text));
}

QString mark(const QString &label, const char *colour)
{
    return QStringLiteral(
               "<span style=\"background-color:%1; color:#ffffff; font-size:7pt; font-weight:bold;\">"
               "&nbsp;%2&nbsp;</span>")
        .arg(QLatin1String(colour), esc(label));
}

const char *resultColour(const QString &result)
{
    if (result == u"valid")
        return "#1b6e3a";
    if (result == u"invalid")
        return "#b3261e";
    if (result == u"unknown")
        return "#8a5a00";
    return "#555555";
}

QString resultWords(const QString &result)
{
    if (result == u"valid")
        return QStringLiteral("Valid");
    if (result == u"invalid")
        return QStringLiteral("Invalid");
    if (result == u"unknown")
        return QStringLiteral("Could not be checked");
    if (result == u"unchecked")
        return QStringLiteral("Not checked");
    return QStringLiteral("Never verified");
}

QString resultText(const QString &result)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
        .arg(QLatin1String(resultColour(result)), resultWords(result));
}

QString withheld(const QString &what)
{
    return QStringLiteral("<p style=\"color:#555555;\"><i>%1 withheld by the learner.</i></p>")
        .arg(esc(what));
}

QString heading(int level, const QString &text, bool newPage = false)
{
    return QStringLiteral("<h%1%2>%3</h%1>")
        .arg(level)
        .arg(newPage ? QStringLiteral(" style=\"page-break-before:always;\"") : QString())
        .arg(esc(text));
}

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return QStringLiteral("<tr><td width=\"22%\" style=\"color:#555555;\">%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString fieldTable(const QString &rows)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
}

QString img(const QString &name, int width)
{
    return QStringLiteral("<img src=\"%1\" width=\"%2\"/>")
        .arg(PortfolioDocumentBuilder::imageUrl(name))
        .arg(width);
}

// What the matrix counts for each competency.
struct CompetencyTally
{
    QStringList credentials;
    int verifiedCredentials = 0;
    int evidence = 0;
    double hours = 0;
    QList<double> ratings; // as a fraction of each rubric's range
    int evaluations = 0;
};

class Writer
{
public:
    Writer(const PortfolioDocumentBuilder::Inputs &in, const ExportOptions &options)
        : m_in(in), m_options(options)
    {
        const QJsonObject &b = m_in.bundle;
        for (const QJsonValue &c : arr(b, "competencies"))
            m_competencies.insert(str(c.toObject(), "id"), c.toObject());
        for (const QJsonValue &c : arr(b, "credentials"))
            m_credentials.append(c.toObject());
        for (const QJsonValue &e : arr(b, "evidence"))
            m_evidence.append(e.toObject());
        for (const QJsonValue &p : arr(b, "placements"))
            m_placements.append(p.toObject());
    }

    QString run()
    {
        QString html = QStringLiteral("<html><body>");
        html += cover();
        html += summary();
        html += credentials();
        html += evidence();
        html += placements();
        html += QStringLiteral("</body></html>");
        return html;
    }

private:
    QString competencyName(const QString &ref) const
    {
        const QJsonObject c = m_competencies.value(ref);
        if (c.isEmpty())
            return ref;
        const QString code = str(c, "code");
        return code.isEmpty() ? str(c, "title") : QStringLiteral("%1 %2").arg(code, str(c, "title"));
    }

    QString competencyList(const QJsonArray &refs) const
    {
        QStringList names;
        for (const QJsonValue &r : refs)
            names << esc(competencyName(r.toString()));
        return names.join(QStringLiteral("; "));
    }

    static QString latestResult(const QJsonObject &credential)
    {
        return str(obj(credential, "verification"), "result");
    }

    QString legend() const
    {
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"border: 1px "
                              "solid #999999;\">"
                              "<tr><td colspan=\"2\"><b>How to read the marks</b></td></tr>"
                              "<tr><td width=\"28%\">%1</td><td>Issued and signed by the organisation named, "
                              "and checked by "
                              "Pathfolio against the issuer's key on the date shown.</td></tr>"
                              "<tr><td>%2</td><td>A supervisor's evaluation of a placement, as recorded in "
                              "this portfolio. It "
                              "is not signed by the supervisor.</td></tr>"
                              "<tr><td>%3</td><td>The learner's own account: evidence, reflections and log "
                              "entries.</td></tr>"
                              "<tr><td>%4</td><td>A credential whose check failed or could not be completed; "
                              "the reason is "
                              "given beside it.</td></tr></table>")
            .arg(mark(PortfolioDocumentBuilder::issuerVerifiedLabel(), "#1b6e3a"),
                 mark(PortfolioDocumentBuilder::supervisorLabel(), "#1f5fa8"),
                 mark(PortfolioDocumentBuilder::selfAssertedLabel(), "#666666"),
                 mark(QStringLiteral("Not verified"), "#b3261e"));
    }

    QString cover() const
    {
        const QJsonObject learner = obj(m_in.bundle, "learner");
        QString name = str(learner, "name");
        if (name.isEmpty())
            name = QStringLiteral("Portfolio");
        QString html =
            QStringLiteral("<p style=\"font-size:26pt; font-weight:bold; margin-top:60px;\">%1</p>")
                .arg(esc(name));
        html += QStringLiteral("<p style=\"font-size:14pt; color:#333333;\">%1</p>")
                    .arg(esc(m_options.headline.isEmpty()
                                 ? QStringLiteral("Portfolio of credentials, evidence and "
                                                  "work-based learning")
                                 : m_options.headline));
        if (!m_options.targetRole.isEmpty())
            html += QStringLiteral("<p style=\"font-size:12pt;\">Prepared for: <b>%1</b></p>")
                        .arg(esc(m_options.targetRole));

        QStringList contact;
        for (const QJsonValue &v : arr(learner, "identifiers")) {
            const QJsonObject i = v.toObject();
            const QString kind = str(i, "kind");
            const QString value = str(i, "value");
            if (kind == u"email")
                contact << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(esc(value));
            else if (kind == u"phone")
                contact << esc(value);
            else if (kind == u"url")
                contact << link(value);
        }
        if (m_options.withholds(R::Contact))
            html += withheld(QStringLiteral("Contact details are"));
        else if (!contact.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(contact.join(QStringLiteral("<br/>")));

        if (!m_options.coverNote.isEmpty())
            html +=
                QStringLiteral("<p style=\"margin-top:18px;\">%1</p>").arg(paragraphs(m_options.coverNote));

        double totalHours = 0;
        for (const QJsonObject &p : m_placements) {
            for (const QJsonValue &l : arr(p, "logEntries"))
                totalHours += l.toObject().value(QStringLiteral("hours")).toDouble();
        }
        int verified = 0;
        for (const QJsonObject &c : m_credentials)
            verified += latestResult(c) == u"valid";
        html +=
            QStringLiteral("<p style=\"margin-top:18px;\">%1 (%2 verified) · %3 · %4 (%5 logged) · %6</p>")
                .arg(count(m_credentials.size(), "credential", "credentials"))
                .arg(verified)
                .arg(count(m_evidence.size(), "piece of evidence", "pieces of evidence"),
                     count(m_placements.size(), "placement", "placements"), hours(totalHours),
                     count(m_competencies.size(), "competency", "competencies"));
        html +=
            QStringLiteral("<p>Exported on %1.</p>").arg(esc(humanDateTime(str(m_in.bundle, "exportedAt"))));

        if (m_options.signingKey)
            html += QStringLiteral(
                        "<p>Signed by the learner as its holder, with the key "
                        "<span style=\"font-family:'DejaVu Sans Mono'; font-size:7pt;\">%1</span>.</p>")
                        .arg(esc(m_options.signingKey->did()));

        QStringList withheldFields;
        if (m_options.withholds(R::Contact))
            withheldFields << QStringLiteral("contact details");
        if (m_options.withholds(R::RecipientIdentifiers))
            withheldFields << QStringLiteral("recipient identifiers");
        if (m_options.withholds(R::Grades))
            withheldFields << QStringLiteral("grades, results and ratings");
        if (m_options.withholds(R::Reflections))
            withheldFields << QStringLiteral("reflections");
        if (!withheldFields.isEmpty())
            html += QStringLiteral(
                        "<p><b>Withheld at the learner's request:</b> %1. Where an item had such a field, "
                        "the page says so.</p>")
                        .arg(esc(withheldFields.join(QStringLiteral(", "))));
        if (m_options.withholds(R::RecipientIdentifiers) || m_options.withholds(R::Grades))
            html += QStringLiteral(
                "<p style=\"font-size:8pt;\">The attached original credentials are as their issuers "
                "signed them, with the recipient and any results they name: changing them would "
                "break their signatures.</p>");

        html += QStringLiteral(
            "<p style=\"margin-top:18px;\"><b>Checking this portfolio.</b> This PDF carries the "
            "original credential files and a machine-readable portfolio bundle as attachments. "
            "Open it in Pathfolio, or run <i>pathfolio-cli verify</i> on this file, to verify every "
            "credential again, offline, and to check that nothing was changed.</p>");
        html += legend();
        return html;
    }

    QMap<QString, CompetencyTally> tallies() const
    {
        QMap<QString, CompetencyTally> t;
        for (auto it = m_competencies.cbegin(); it != m_competencies.cend(); ++it)
            t.insert(it.key(), {});
        for (const QJsonObject &c : m_credentials) {
            for (const QJsonValue &r : arr(c, "competencies")) {
                CompetencyTally &tally = t[r.toString()];
                tally.credentials << str(c, "name");
                tally.verifiedCredentials += latestResult(c) == u"valid";
            }
        }
        for (const QJsonObject &e : m_evidence) {
            for (const QJsonValue &r : arr(e, "competencies"))
                ++t[r.toString()].evidence;
        }
        for (const QJsonObject &p : m_placements) {
            for (const QJsonValue &l : arr(p, "logEntries")) {
                const QJsonObject entry = l.toObject();
                const double h = entry.value(QStringLiteral("hours")).toDouble();
                for (const QJsonValue &r : arr(entry, "competencies"))
                    t[r.toString()].hours += h;
            }
            for (const QJsonValue &v : arr(p, "evaluations")) {
                const QJsonObject evaluation = v.toObject();
                const QJsonObject rubric = obj(evaluation, "rubric");
                const double lo = rubric.value(QStringLiteral("min")).toDouble();
                const double hi = rubric.value(QStringLiteral("max")).toDouble();
                for (const QJsonValue &rv : arr(evaluation, "ratings")) {
                    const QJsonObject rating = rv.toObject();
                    CompetencyTally &tally = t[str(rating, "competency")];
                    ++tally.evaluations;
                    if (hi > lo)
                        tally.ratings << (rating.value(QStringLiteral("rating")).toDouble() - lo) / (hi - lo);
                }
            }
        }
        return t;
    }

    QString summary() const
    {
        QString html = heading(1, QStringLiteral("Summary"), true);
        QList<QJsonObject> strongest = m_credentials;
        const auto rank = [](const QJsonObject &c) {
            const QString r = latestResult(c);
            return r == u"valid" ? 0 : r == u"unchecked" ? 1 : r == u"unknown" ? 2 : 3;
        };
        std::stable_sort(strongest.begin(), strongest.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            return str(a, "issued") > str(b, "issued");
        });
        if (strongest.size() > 5)
            strongest.resize(5);
        html += heading(2, QStringLiteral("Strongest credentials"));
        if (strongest.isEmpty()) {
            html += QStringLiteral("<p>This portfolio holds no credentials.</p>");
        } else {
            html +=
                QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                               "style=\"border-color:#bbbbbb; border-style:solid; "
                               "border-collapse:collapse;\"><tr><th align=\"left\">"
                               "Credential</th><th align=\"left\">Issuer</th><th align=\"left\">Issued</th>"
                               "<th align=\"left\">Verification</th></tr>");
            for (const QJsonObject &c : strongest) {
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(esc(str(c, "name")), esc(str(c, "issuer")), esc(humanDate(str(c, "issued"))),
                                 resultText(latestResult(c)));
            }
            html += QStringLiteral("</table>");
        }

        html += heading(2, QStringLiteral("Competency matrix"));
        const QMap<QString, CompetencyTally> t = tallies();
        if (t.isEmpty())
            return html + QStringLiteral("<p>No competencies are linked to this portfolio's items.</p>");
        html +=
            QStringLiteral(
                "<p>Each competency with what stands behind it: credentials (how many verified), pieces "
                "of evidence, hours logged in placements, and supervisor evaluations%1.</p>")
                .arg(m_options.withholds(R::Grades) ? QString() : QStringLiteral(" with the mean rating"));
        html += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
            "style=\"border-color:#bbbbbb; border-style:solid; border-collapse:collapse;\"><thead><tr><th "
            "align=\"left\">"
            "Competency</th><th align=\"left\">Credentials</th><th align=\"right\">Evidence</th>"
            "<th align=\"right\">Log hours</th><th align=\"left\">Evaluations</th></tr></thead>");
        for (auto it = t.cbegin(); it != t.cend(); ++it) {
            const CompetencyTally &c = it.value();
            QString credentials =
                c.credentials.isEmpty()
                    ? QStringLiteral("–")
                    : QStringLiteral("%1 (%2 verified)<br/><span style=\"font-size:7pt;\">%3</span>")
                          .arg(c.credentials.size())
                          .arg(c.verifiedCredentials)
                          .arg(esc(c.credentials.join(QStringLiteral("; "))));
            QString evaluations = QStringLiteral("–");
            if (c.evaluations) {
                evaluations = QString::number(c.evaluations);
                if (!c.ratings.isEmpty() && !m_options.withholds(R::Grades)) {
                    double sum = 0;
                    for (double r : c.ratings)
                        sum += r;
                    evaluations +=
                        QStringLiteral(", mean %1% of the scale").arg(qRound(100 * sum / c.ratings.size()));
                }
            }
            html += QStringLiteral(
                        "<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                        "<td>%5</td></tr>")
                        .arg(esc(competencyName(it.key())), credentials,
                             c.evidence ? QString::number(c.evidence) : QStringLiteral("–"),
                             c.hours > 0 ? hours(c.hours) : QStringLiteral("–"), evaluations);
        }
        return html + QStringLiteral("</table>");
    }

    QString checksTable(const QJsonObject &report) const
    {
        QString html =
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\" "
                           "style=\"border-color:#cccccc; border-style:solid; border-collapse:collapse; "
                           "font-size:8pt;\"><tr>"
                           "<th align=\"left\" width=\"13%\">Check</th><th align=\"left\" width=\"15%\">"
                           "Result</th><th align=\"left\">Detail</th><th align=\"left\" width=\"32%\">"
                           "Relied on</th></tr>");
        for (const QJsonValue &v : arr(report, "checks")) {
            const QJsonObject check = v.toObject();
            QStringList sources;
            for (const QJsonValue &s : arr(check, "data")) {
                const QJsonObject source = s.toObject();
                QString line = esc(str(source, "what"));
                if (!str(source, "location").isEmpty())
                    line += QStringLiteral(": ") + esc(str(source, "location"));
                if (!str(source, "origin").isEmpty())
                    line += QStringLiteral(" (%1").arg(esc(str(source, "origin"))) +
                            (str(source, "date").isEmpty()
                                 ? QString()
                                 : QStringLiteral(", %1").arg(esc(humanDate(str(source, "date"))))) +
                            QStringLiteral(")");
                sources << line;
            }
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(str(check, "check")), resultText(str(check, "result")),
                             esc(str(check, "message")), sources.join(QStringLiteral("<br/>")));
        }
        return html + QStringLiteral("</table>");
    }

    QString credentials() const
    {
        QString html = heading(1, QStringLiteral("Credentials"), true);
        if (m_credentials.isEmpty())
            return html + QStringLiteral("<p>This portfolio holds no credentials.</p>");
        for (const QJsonObject &c : m_credentials) {
            const QString id = str(c, "id");
            const QJsonObject derived = m_in.derived.value(id);
            const QJsonObject achievement = obj(derived, "achievement");
            const QJsonObject verification = obj(c, "verification");
            const QString result = latestResult(c);

            QString rows;
            const QJsonObject issuer = obj(derived, "issuer");
            QString issuerHtml = esc(str(c, "issuer"));
            if (!str(issuer, "url").isEmpty())
                issuerHtml += QStringLiteral(" · ") + link(str(issuer, "url"));
            rows += row(QStringLiteral("Issuer"), issuerHtml);
            rows += row(QStringLiteral("Issued"), esc(humanDate(str(c, "issued"))));
            if (!str(c, "validUntil").isEmpty())
                rows += row(QStringLiteral("Valid until"), esc(humanDate(str(c, "validUntil"))));
            rows += row(QStringLiteral("Kind"), esc(str(achievement, "achievementType")));
            const QString description = str(achievement, "description").isEmpty()
                                            ? str(derived, "description")
                                            : str(achievement, "description");
            rows += row(QStringLiteral("Description"), paragraphs(description));
            const QJsonObject criteria = obj(achievement, "criteria");
            QString criteriaHtml = paragraphs(str(criteria, "narrative"));
            if (!str(criteria, "id").isEmpty())
                criteriaHtml += (criteriaHtml.isEmpty() ? QString() : QStringLiteral("<br/>")) +
                                link(str(criteria, "id"), QStringLiteral("Criteria online"));
            rows += row(QStringLiteral("Criteria"), criteriaHtml);
            QStringList alignments;
            for (const QJsonValue &v : arr(achievement, "alignments")) {
                const QJsonObject a = v.toObject();
                QString line = link(str(a, "targetUrl"), str(a, "targetName"));
                const QString framework = str(a, "targetFramework");
                const QString code = str(a, "targetCode");
                if (!framework.isEmpty() || !code.isEmpty())
                    line += QStringLiteral(" (%1)").arg(esc(joined({framework, code}, QStringLiteral(", "))));
                alignments << line;
            }
            rows += row(QStringLiteral("Alignments"), alignments.join(QStringLiteral("<br/>")));
            const QString competencies = competencyList(arr(c, "competencies"));
            rows += row(QStringLiteral("Competencies"), competencies);

            const QJsonObject subject = obj(derived, "subject");
            if (m_options.withholds(R::RecipientIdentifiers)) {
                rows += row(QStringLiteral("Recipient"), QStringLiteral("<i>withheld by the learner</i>"));
            } else {
                QStringList recipient;
                if (!str(subject, "id").isEmpty())
                    recipient << esc(str(subject, "id"));
                for (const QJsonValue &v : arr(subject, "identifiers")) {
                    const QJsonObject i = v.toObject();
                    recipient << esc(str(i, "identityType")) + QStringLiteral(": ") +
                                     (i.value(QStringLiteral("hashed")).toBool() ? QStringLiteral("hashed ")
                                                                                 : QString()) +
                                     mono(str(i, "identityHash"));
                }
                rows += row(QStringLiteral("Recipient"), recipient.join(QStringLiteral("<br/>")));
            }
            QStringList results;
            for (const QJsonValue &v : arr(subject, "results")) {
                const QJsonObject r = v.toObject();
                const QString value = str(r, "value").isEmpty() ? str(r, "status") : str(r, "value");
                if (!value.isEmpty())
                    results << esc(value);
            }
            if (!results.isEmpty())
                rows += row(QStringLiteral("Results"), m_options.withholds(R::Grades)
                                                           ? QStringLiteral("<i>withheld by the learner</i>")
                                                           : results.join(QStringLiteral("; ")));

            const QString markHtml = result == u"valid"
                                         ? mark(PortfolioDocumentBuilder::issuerVerifiedLabel(), "#1b6e3a")
                                         : mark(QStringLiteral("Not verified"), "#b3261e");
            const QString image = m_in.credentialImage.value(id);
            html +=
                QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top:14px;\">"
                    "<tr><td width=\"84\" valign=\"top\">%1</td><td valign=\"top\">"
                    "<p style=\"font-size:13pt; font-weight:bold;\">%2</p><p>%3</p>%4</td></tr></table>")
                    .arg(image.isEmpty() ? QString() : img(image, 72), esc(str(c, "name")), markHtml,
                         fieldTable(rows));
            if (verification.isEmpty()) {
                html += QStringLiteral(
                            "<p><b>Verification:</b> %1. It was never verified before this export.</p>")
                            .arg(resultText(QString()));
            } else {
                html +=
                    QStringLiteral("<p><b>Verification:</b> %1, checked on %2, offline, check by check:</p>")
                        .arg(resultText(result), esc(humanDateTime(str(verification, "verifiedAt"))));
                html += checksTable(obj(verification, "report"));
            }
            html +=
                QStringLiteral("<p style=\"font-size:7pt; color:#555555;\">Original file %1, SHA-256 %2</p>")
                    .arg(esc(str(c, "sourceFile")), mono(str(c, "sha256")));
        }
        return html;
    }

    QString evidence() const
    {
        QString html = heading(1, QStringLiteral("Evidence"), true);
        if (m_evidence.isEmpty())
            return html + QStringLiteral("<p>This portfolio holds no evidence.</p>");
        for (const QJsonObject &e : m_evidence) {
            html += QStringLiteral(
                        "<p style=\"font-size:12pt; font-weight:bold; margin-top:14px;\">%1</p><p>%2</p>")
                        .arg(esc(str(e, "title")),
                             mark(PortfolioDocumentBuilder::selfAssertedLabel(), "#666666"));
            QString rows;
            rows += row(QStringLiteral("Kind"), esc(str(e, "kind")));
            rows += row(QStringLiteral("Course"),
                        esc(joined({str(e, "course"), str(e, "term")}, QStringLiteral(", "))));
            rows += row(QStringLiteral("Date"), esc(humanDate(str(e, "date"))));
            if (!str(e, "url").isEmpty())
                rows += row(QStringLiteral("Link"), link(str(e, "url")));
            rows += row(QStringLiteral("Description"), paragraphs(str(e, "description")));
            if (!str(e, "reflection").isEmpty()) {
                rows +=
                    row(QStringLiteral("Reflection"), m_options.withholds(R::Reflections)
                                                          ? QStringLiteral("<i>withheld by the learner</i>")
                                                          : paragraphs(str(e, "reflection")));
            }
            rows += row(QStringLiteral("Competencies"), competencyList(arr(e, "competencies")));
            QStringList tags;
            for (const QJsonValue &t : arr(e, "tags"))
                tags << esc(t.toString());
            rows += row(QStringLiteral("Tags"), tags.join(QStringLiteral(", ")));
            html += fieldTable(rows);

            const QJsonArray files = arr(e, "files");
            if (files.isEmpty())
                continue;
            html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top:4px;\">");
            for (const QJsonValue &fv : files) {
                const QJsonObject f = fv.toObject();
                const QString thumb = m_in.fileThumbnail.value(str(f, "sha256"));
                QString detail =
                    QStringLiteral("<b>%1</b><br/>%2, %3<br/>SHA-256 %4")
                        .arg(esc(str(f, "name")), esc(str(f, "mediaType")),
                             esc(english().formattedDataSize(f.value(QStringLiteral("size")).toInteger())),
                             mono(str(f, "sha256")));
                if (f.value(QStringLiteral("missing")).toBool())
                    detail += QStringLiteral(
                                  "<br/><span style=\"color:#b3261e; font-weight:bold;\">Missing: the stored "
                                  "copy of this file is gone or damaged (%1), so it is not part of this "
                                  "export.</span>")
                                  .arg(esc(str(f, "problem")));
                html += QStringLiteral(
                            "<tr><td width=\"112\" valign=\"top\">%1</td><td valign=\"top\">%2</td></tr>")
                            .arg(thumb.isEmpty() ? QString() : img(thumb, 100), detail);
            }
            html += QStringLiteral("</table>");
        }
        return html;
    }

    QString placements() const
    {
        QString html = heading(1, QStringLiteral("Placements"), true);
        if (m_placements.isEmpty())
            return html + QStringLiteral("<p>This portfolio holds no placements.</p>");
        for (const QJsonObject &p : m_placements) {
            const QJsonArray log = arr(p, "logEntries");
            double total = 0;
            QMap<QString, double> byCompetency;
            QString first;
            QString last;
            for (const QJsonValue &v : log) {
                const QJsonObject l = v.toObject();
                const double h = l.value(QStringLiteral("hours")).toDouble();
                total += h;
                for (const QJsonValue &r : arr(l, "competencies"))
                    byCompetency[r.toString()] += h;
                const QString d = str(l, "date");
                if (first.isEmpty() || d < first)
                    first = d;
                if (last.isEmpty() || d > last)
                    last = d;
            }
            html +=
                QStringLiteral("<p style=\"font-size:13pt; font-weight:bold; margin-top:14px;\">%1 at %2</p>")
                    .arg(esc(str(p, "role")), esc(str(p, "organisation")));
            QString rows;
            rows += row(QStringLiteral("Kind"), esc(str(p, "kind")));
            const QString end =
                str(p, "end").isEmpty() ? QStringLiteral("ongoing") : humanDate(str(p, "end"));
            rows += row(QStringLiteral("Dates"),
                        esc(QStringLiteral("%1 – %2").arg(humanDate(str(p, "start")), end)));
            rows += row(QStringLiteral("Location"), esc(str(p, "location")));
            const QJsonObject supervisor = obj(p, "supervisor");
            QString supervisorHtml =
                esc(joined({str(supervisor, "name"), str(supervisor, "title")}, QStringLiteral(", ")));
            if (!str(supervisor, "email").isEmpty() && !m_options.withholds(R::Contact))
                supervisorHtml +=
                    QStringLiteral(" · <a href=\"mailto:%1\">%1</a>").arg(esc(str(supervisor, "email")));
            rows += row(QStringLiteral("Supervisor"), supervisorHtml);
            rows += row(QStringLiteral("Description"), paragraphs(str(p, "description")));
            rows += row(QStringLiteral("Hours logged"),
                        log.isEmpty() ? QStringLiteral("none")
                                      : esc(QStringLiteral("%1 in %2 entries, %3 – %4")
                                                .arg(hours(total))
                                                .arg(log.size())
                                                .arg(humanDate(first), humanDate(last))));
            QStringList split;
            for (auto it = byCompetency.cbegin(); it != byCompetency.cend(); ++it)
                split << esc(QStringLiteral("%1: %2").arg(competencyName(it.key()), hours(it.value())));
            rows += row(QStringLiteral("By competency"), split.join(QStringLiteral("<br/>")));
            html += fieldTable(rows);

            if (!log.isEmpty()) {
                html += QStringLiteral("<p>%1 <b>Log</b>%2</p>")
                            .arg(mark(PortfolioDocumentBuilder::selfAssertedLabel(), "#666666"),
                                 log.size() > kLogRows ? QStringLiteral(": the %1 most recent of %2 entries")
                                                             .arg(kLogRows)
                                                             .arg(log.size())
                                                       : QString());
                QList<QJsonObject> entries;
                for (const QJsonValue &v : log)
                    entries << v.toObject();
                std::stable_sort(entries.begin(), entries.end(),
                                 [](const QJsonObject &a, const QJsonObject &b) {
                                     return str(a, "date") > str(b, "date");
                                 });
                if (entries.size() > kLogRows)
                    entries.resize(kLogRows);
                html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\" "
                    "style=\"border-color:#cccccc; border-style:solid; border-collapse:collapse; "
                    "font-size:8pt;\"><tr>"
                    "<th align=\"left\" width=\"17%\">Date</th><th align=\"right\" width=\"9%\">Hours"
                    "</th><th align=\"left\">Activities</th></tr>");
                for (const QJsonObject &l : entries) {
                    QString activities = paragraphs(str(l, "activities"));
                    if (!str(l, "reflection").isEmpty() && !m_options.withholds(R::Reflections))
                        activities += QStringLiteral("<br/><i>%1</i>").arg(paragraphs(str(l, "reflection")));
                    html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                                .arg(esc(humanDate(str(l, "date"))),
                                     esc(hours(l.value(QStringLiteral("hours")).toDouble())), activities);
                }
                html += QStringLiteral("</table>");
            }

            for (const QJsonValue &v : arr(p, "evaluations")) {
                const QJsonObject e = v.toObject();
                const QJsonObject evaluator = obj(e, "evaluator");
                const QJsonObject rubric = obj(e, "rubric");
                html += QStringLiteral("<p style=\"margin-top:8px;\">%1 <b>Evaluation by %2</b>, %3</p>")
                            .arg(mark(PortfolioDocumentBuilder::supervisorLabel(), "#1f5fa8"),
                                 esc(joined({str(evaluator, "name"), str(evaluator, "title")},
                                            QStringLiteral(", "))),
                                 esc(humanDate(str(e, "date"))));
                if (m_options.withholds(R::Grades)) {
                    html += withheld(QStringLiteral("The ratings are"));
                } else {
                    html += QStringLiteral("<p style=\"font-size:8pt;\">Scale %1 to %2%3</p>")
                                .arg(rubric.value(QStringLiteral("min")).toInt())
                                .arg(rubric.value(QStringLiteral("max")).toInt())
                                .arg(str(rubric, "description").isEmpty()
                                         ? QString()
                                         : QStringLiteral(": ") + esc(str(rubric, "description")));
                    html += QStringLiteral(
                        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\" "
                        "style=\"border-color:#cccccc; border-style:solid; border-collapse:collapse; "
                        "font-size:8pt;\"><tr>"
                        "<th align=\"left\">Competency</th><th align=\"right\" width=\"10%\">Rating"
                        "</th><th align=\"left\">Comment</th></tr>");
                    for (const QJsonValue &rv : arr(e, "ratings")) {
                        const QJsonObject r = rv.toObject();
                        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                                    .arg(esc(competencyName(str(r, "competency"))))
                                    .arg(r.value(QStringLiteral("rating")).toInt())
                                    .arg(esc(str(r, "comment")));
                    }
                    html += QStringLiteral("</table>");
                }
                if (!str(e, "comments").isEmpty())
                    html += QStringLiteral("<p>%1</p>").arg(paragraphs(str(e, "comments")));
            }
        }
        return html;
    }

    static constexpr int kLogRows = 25;

    const PortfolioDocumentBuilder::Inputs &m_in;
    const ExportOptions &m_options;
    QMap<QString, QJsonObject> m_competencies;
    QList<QJsonObject> m_credentials;
    QList<QJsonObject> m_evidence;
    QList<QJsonObject> m_placements;
};

} // namespace

QString PortfolioDocumentBuilder::imageUrl(const QString &name)
{
    return QStringLiteral("pf-image:") + name;
}

QString PortfolioDocumentBuilder::issuerVerifiedLabel()
{
    return QStringLiteral("Issuer-verified");
}

QString PortfolioDocumentBuilder::supervisorLabel()
{
    return QStringLiteral("Supervisor-attested");
}

QString PortfolioDocumentBuilder::selfAssertedLabel()
{
    return QStringLiteral("Self-asserted");
}

QString PortfolioDocumentBuilder::html(const Inputs &inputs, const ExportOptions &options)
{
    return Writer(inputs, options).run();
}

} // namespace pf
