#pragma once

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace pf {

class Store;

// What the Home page shows: how much the portfolio holds, and the next useful step.
class OverviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OverviewController is built by the application")
    Q_PROPERTY(int evidenceCount READ evidenceCount NOTIFY changed)
    Q_PROPERTY(int placementCount READ placementCount NOTIFY changed)
    Q_PROPERTY(int logEntryCount READ logEntryCount NOTIFY changed)
    Q_PROPERTY(int evaluationCount READ evaluationCount NOTIFY changed)
    Q_PROPERTY(int competencyCount READ competencyCount NOTIFY changed)
    Q_PROPERTY(int credentialCount READ credentialCount NOTIFY changed)
    Q_PROPERTY(QString totalHoursText READ totalHoursText NOTIFY changed)
    Q_PROPERTY(QString monthHoursText READ monthHoursText NOTIFY changed)
    // Badges to look at, most serious first: [{id, name, title, text, icon, tone}] (at most kMaxAttention).
    Q_PROPERTY(QVariantList attention READ attention NOTIFY changed)
    // How many need attention in all (the list may show fewer).
    Q_PROPERTY(int attentionCount READ attentionCount NOTIFY changed)
    // Newest first: [{kind, icon, title, detail, dateText, page}].
    Q_PROPERTY(QVariantList recentActivity READ recentActivity NOTIFY changed)
    // Competencies with something behind them (evidence, hours, evaluations or badges).
    Q_PROPERTY(int coveredCompetencyCount READ coveredCompetencyCount NOTIFY changed)
    // The best-backed competencies: [{label, summary, strength}], strength from 0 to 1.
    Q_PROPERTY(QVariantList coverage READ coverage NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    // Up to three {title, text, actionText, page} suggestions, most useful first.
    Q_PROPERTY(QVariantList nextSteps READ nextSteps NOTIFY changed)

public:
    explicit OverviewController(Store &store, QObject *parent = nullptr);

    int evidenceCount() const { return m_evidence; }
    int placementCount() const { return m_placements; }
    int logEntryCount() const { return m_logEntries; }
    int evaluationCount() const { return m_evaluations; }
    int competencyCount() const { return m_competencies; }
    int credentialCount() const { return m_credentials; }
    QString totalHoursText() const;
    QString monthHoursText() const;
    QVariantList attention() const { return m_attention; }
    int attentionCount() const { return m_attentionCount; }
    QVariantList recentActivity() const { return m_recent; }
    int coveredCompetencyCount() const { return m_covered; }
    QVariantList coverage() const { return m_coverage; }
    static constexpr int kMaxAttention = 6;
    static constexpr int kMaxCoverage = 6;
    bool isEmpty() const;
    QVariantList nextSteps() const;

    // Reads the store again; now is the moment expiry and "this month" are judged at.
    Q_INVOKABLE void refresh();
    void refreshAt(const QDateTime &now);

signals:
    void changed();

private:
    Store &m_store;
    int m_evidence = 0;
    int m_placements = 0;
    int m_logEntries = 0;
    int m_evaluations = 0;
    int m_competencies = 0;
    int m_credentials = 0;
    int m_centiHours = 0;
    int m_monthCentiHours = 0;
    QVariantList m_attention;
    int m_attentionCount = 0;
    QVariantList m_recent;
    int m_covered = 0;
    QVariantList m_coverage;
};

} // namespace pf
