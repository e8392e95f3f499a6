#include "OverviewController.h"

#include "Format.h"
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
    emit changed();
}

} // namespace pf
