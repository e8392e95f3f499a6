#include "OverviewController.h"

#include "Format.h"
#include "ReportText.h"
#include "store/Store.h"

#include <QVariantMap>

namespace pf {

OverviewController::OverviewController(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    refresh();
}

QString OverviewController::totalHoursText() const
{
    return Format::hours(m_centiHours);
}

QString OverviewController::monthHoursText() const
{
    return Format::hours(m_monthCentiHours);
}

namespace {

// What a reason reads as, with the icon and tone of the result it stands closest to.
QVariantMap attentionItem(const CredentialAttention &a, const QDateTime &now)
{
    using Reason = CredentialAttention::Reason;
    QString title;
    QString text;
    QString result;
    const QString until =
        a.validUntil.isValid() ? Format::date(a.validUntil.toLocalTime().date()) : QString();
    switch (a.reason) {
    case Reason::Revoked:
        title = OverviewController::tr("Revoked");
        text = OverviewController::tr("The issuer has withdrawn this badge.");
        result = QStringLiteral("invalid");
        break;
    case Reason::Suspended:
        title = OverviewController::tr("Suspended");
        text = OverviewController::tr("The issuer has suspended this badge for now.");
        result = QStringLiteral("invalid");
        break;
    case Reason::Expired:
        title = OverviewController::tr("Expired");
        text = OverviewController::tr("Expired on %1.").arg(until);
        result = QStringLiteral("invalid");
        break;
    case Reason::Failed:
        title = OverviewController::tr("Failed verification");
        text = ReportText::reasonSentence(a.code);
        if (text.isEmpty())
            text = ReportText::resultSentence(QStringLiteral("invalid"));
        result = QStringLiteral("invalid");
        break;
    case Reason::StatusUnknown:
        title = OverviewController::tr("Status unknown");
        text = OverviewController::tr("Whether it was revoked could not be checked offline. Add the issuer's "
                                      "status list to the offline cache in Settings.");
        result = QStringLiteral("unknown");
        break;
    case Reason::NotFullyChecked:
        title = OverviewController::tr("Not fully checked");
        text = ReportText::reasonSentence(a.code);
        if (text.isEmpty())
            text = ReportText::resultSentence(QStringLiteral("unknown"));
        result = QStringLiteral("unknown");
        break;
    case Reason::ExpiringSoon: {
        const qint64 days = qMax<qint64>(0, now.daysTo(a.validUntil));
        title = OverviewController::tr("Expires soon");
        text = OverviewController::tr("Expires on %1, in %n day(s).", "", int(days)).arg(until);
        result = QStringLiteral("unknown");
        break;
    }
    case Reason::Unverified:
        title = OverviewController::tr("Not verified yet");
        text = OverviewController::tr("Open it and choose “Verify again”, or verify all badges.");
        result = QStringLiteral("unchecked");
        break;
    }
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("title"), title},
            {QStringLiteral("text"), text},
            {QStringLiteral("icon"), ReportText::resultIcon(result)},
            {QStringLiteral("tone"), ReportText::resultTone(result)}};
}

QVariantMap activityItem(const Activity &a)
{
    QString icon;
    QString page;
    QString title = a.title;
    QString detail = a.detail;
    switch (a.kind) {
    case ItemKind::Credential:
        icon = QStringLiteral("badge");
        page = QStringLiteral("badges");
        detail = OverviewController::tr("Badge from %1").arg(a.detail);
        break;
    case ItemKind::LogEntry: {
        icon = QStringLiteral("clock");
        page = QStringLiteral("internships");
        //: A day in an internship log: %1 the hours, %2 what was done
        detail =
            OverviewController::tr("%1 logged: %2").arg(Format::hours(a.centiHours), a.detail.simplified());
        break;
    }
    case ItemKind::Evaluation:
        icon = QStringLiteral("star");
        page = QStringLiteral("internships");
        detail = OverviewController::tr("Evaluation by %1").arg(a.detail);
        break;
    default:
        icon = QStringLiteral("evidence");
        page = QStringLiteral("evidence");
        break;
    }
    return {{QStringLiteral("kind"), itemKindName(a.kind)},
            {QStringLiteral("icon"), icon},
            {QStringLiteral("title"), title},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("dateText"), Format::date(a.dateOnly ? a.at.date() : a.at.toLocalTime().date())},
            {QStringLiteral("page"), page}};
}

} // namespace

bool OverviewController::isEmpty() const
{
    return m_evidence == 0 && m_placements == 0 && m_competencies == 0 && m_credentials == 0;
}

QVariantList OverviewController::nextSteps() const
{
    const auto step = [](const QString &title, const QString &text, const QString &action, const char *page) {
        return QVariantMap{{QStringLiteral("title"), title},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("actionText"), action},
                           {QStringLiteral("page"), QString::fromLatin1(page)}};
    };
    QVariantList steps;
    if (m_competencies == 0)
        steps << step(tr("Add the competencies you are working on"),
                      tr("Competencies from your course's framework tie your evidence and hours together."),
                      tr("Add competencies"), "competencies");
    if (m_evidence == 0)
        steps << step(tr("Add your first piece of evidence"),
                      tr("A report, a link to a project or a short note, with what you learnt from it."),
                      tr("Add evidence"), "evidence");
    if (m_placements == 0)
        steps << step(tr("Record an internship"),
                      tr("Keep a log of your hours and ask your supervisor for an evaluation."),
                      tr("Add an internship"), "internships");
    else if (m_logEntries == 0)
        steps << step(tr("Log your first day"), tr("Write down the hours you worked and what you did."),
                      tr("Open internships"), "internships");
    if (steps.isEmpty())
        steps << step(tr("Keep your log up to date"),
                      tr("A few lines after each working day make a strong record of what you learnt."),
                      tr("Open internships"), "internships");
    return steps.mid(0, 3);
}

void OverviewController::refresh()
{
    refreshAt(QDateTime::currentDateTimeUtc());
}

void OverviewController::refreshAt(const QDateTime &now)
{
    m_evidence = int(m_store.evidence().count());
    m_placements = int(m_store.placements().count());
    m_logEntries = int(m_store.logEntries().count());
    m_evaluations = int(m_store.evaluations().count());
    m_competencies = int(m_store.competencies().count());
    m_credentials = int(m_store.credentials().count());
    m_centiHours = 0;
    if (auto placements = m_store.placements().list(); placements) {
        for (const Placement &p : *placements) {
            if (auto total = m_store.placements().totalCentiHours(p.id); total)
                m_centiHours += *total;
        }
    }
    const QDate today = now.toLocalTime().date();
    const auto month = m_store.activity().centiHoursBetween(QDate(today.year(), today.month(), 1), today);
    m_monthCentiHours = month ? *month : 0;

    m_attention.clear();
    m_attentionCount = 0;
    if (auto items = m_store.credentials().attention(now); items) {
        m_attentionCount = int(items->size());
        for (const CredentialAttention &a : items->mid(0, kMaxAttention))
            m_attention << attentionItem(a, now);
    }

    m_recent.clear();
    if (auto items = m_store.activity().recent(6); items) {
        for (const Activity &a : *items)
            m_recent << activityItem(a);
    }

    m_covered = 0;
    m_coverage.clear();
    if (auto items = m_store.competencies().coverage(); items) {
        int strongest = 1;
        for (const CompetencyCoverage &c : *items) {
            m_covered += c.isCovered();
            strongest = qMax(strongest, c.weight());
        }
        for (const CompetencyCoverage &c : items->mid(0, kMaxCoverage)) {
            if (!c.isCovered())
                break;
            QStringList parts;
            if (c.evidence)
                parts << tr("%n evidence", "", c.evidence);
            if (c.centiHours)
                parts << Format::hours(c.centiHours);
            if (c.credentials)
                parts << tr("%n badge(s)", "", c.credentials);
            if (c.evaluations)
                parts << tr("%n evaluation(s)", "", c.evaluations);
            m_coverage << QVariantMap{
                {QStringLiteral("label"),
                 c.code.isEmpty() ? c.title : QStringLiteral("%1 %2").arg(c.code, c.title)},
                {QStringLiteral("summary"), parts.join(QStringLiteral(" · "))},
                {QStringLiteral("strength"), double(c.weight()) / strongest}};
        }
    }
    emit changed();
}

} // namespace pf
