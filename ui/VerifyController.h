#pragma once

#include "ReportModel.h"
#include "VerifyResultModel.h"
#include "verify/VerificationReport.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pf {

class JobController;

// The Verify page: files dropped or chosen are verified in the background and reported without being
// stored; any of them can then be added to the library on request.
class VerifyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VerifyController is built by the application")
    Q_PROPERTY(pf::VerifyResultModel *results READ results CONSTANT)
    Q_PROPERTY(pf::ReportModel *report READ report CONSTANT)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentIndexChanged)
    // "3 credentials in 2 files: 2 verified, 1 failed", or empty before the first run.
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)

public:
    VerifyController(JobController &jobs, QObject *parent = nullptr);

    VerifyResultModel *results() const { return m_results; }
    ReportModel *report() const { return m_report; }
    int currentIndex() const { return m_currentIndex; }
    QString summary() const { return m_summary; }

    // Files or folders as URLs or paths; the reports replace the previous run's.
    Q_INVOKABLE bool verify(const QVariantList &files);
    Q_INVOKABLE void select(int row);
    // Imports the file the row came from (a record brings all it holds); false for a row that is no
    // credential file of its own (VerifyResultModel::isImportable): a portfolio, or what it carries.
    Q_INVOKABLE bool addToLibrary(int row);
    Q_INVOKABLE bool addAllToLibrary();
    Q_INVOKABLE void clear();

signals:
    void currentIndexChanged();
    void summaryChanged();

private:
    void show(const QStringList &files, const QList<VerificationReport> &reports, bool cancelled);

    JobController &m_jobs;
    VerifyResultModel *m_results;
    ReportModel *m_report;
    int m_currentIndex = -1;
    QString m_summary;
};

} // namespace pf
