#include "VerifyController.h"

#include "JobController.h"
#include "ReportText.h"

namespace pf {

VerifyController::VerifyController(JobController &jobs, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_results(new VerifyResultModel(this)), m_report(new ReportModel(this))
{
    connect(&m_jobs, &JobController::filesVerified, this, &VerifyController::show);
}

bool VerifyController::verify(const QVariantList &files)
{
    return m_jobs.verifyFiles(files);
}

void VerifyController::show(const QStringList &files, const QList<VerificationReport> &reports,
                            bool cancelled)
{
    QList<QJsonObject> json;
    int valid = 0;
    int invalid = 0;
    int other = 0;
    int portfolios = 0;
    int intactPortfolios = 0;
    for (const VerificationReport &r : reports) {
        json << r.toJson();
        // A portfolio's own report is no credential: it is counted apart.
        if (ReportText::isPortfolio(r.format)) {
            ++portfolios;
            intactPortfolios += r.result() == CheckResult::Invalid ? 0 : 1;
            continue;
        }
        switch (r.result()) {
        case CheckResult::Valid:
            ++valid;
            break;
        case CheckResult::Invalid:
            ++invalid;
            break;
        case CheckResult::Unknown:
        case CheckResult::Unchecked:
            ++other;
            break;
        }
    }
    m_results->setReports(json);
    m_currentIndex = -1;
    select(json.isEmpty() ? -1 : 0);
    //: %1 is "3 credentials", %2 is "2 files"
    QString summary = tr("%1 in %2: %3 verified, %4 failed, %5 not fully checked")
                          .arg(tr("%n credential(s)", "", int(reports.size()) - portfolios),
                               tr("%n file(s)", "", int(files.size())))
                          .arg(valid)
                          .arg(invalid)
                          .arg(other);
    if (portfolios) {
        //: Follows the summary of the credentials, after "; "
        summary +=
            QStringLiteral("; ") + tr("%n portfolio(s): %1 intact, %2 changed or unreadable", "", portfolios)
                                       .arg(intactPortfolios)
                                       .arg(portfolios - intactPortfolios);
    }
    if (cancelled)
        summary = tr("Cancelled. %1").arg(summary);
    if (files.isEmpty())
        summary.clear();
    if (summary != m_summary) {
        m_summary = summary;
        emit summaryChanged();
    }
}

void VerifyController::select(int row)
{
    if (row >= m_results->count())
        row = -1;
    if (row == m_currentIndex)
        return;
    m_currentIndex = row;
    m_report->setReport(row < 0 ? QJsonObject() : m_results->reportAt(row));
    emit currentIndexChanged();
}

bool VerifyController::addToLibrary(int row)
{
    if (!m_results->isImportable(row))
        return false;
    const QString file = m_results->reportAt(row).value(QStringLiteral("file")).toString();
    return !file.isEmpty() && m_jobs.importFiles({file});
}

bool VerifyController::addAllToLibrary()
{
    QVariantList files;
    for (int row = 0; row < m_results->count(); ++row) {
        const QString file = m_results->reportAt(row).value(QStringLiteral("file")).toString();
        if (m_results->isImportable(row) && !files.contains(file))
            files << file;
    }
    return !files.isEmpty() && m_jobs.importFiles(files);
}

void VerifyController::clear()
{
    show({}, {}, false);
}

} // namespace pf
