#pragma once

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
    bool isEmpty() const;
    QVariantList nextSteps() const;

    Q_INVOKABLE void refresh();

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
};

} // namespace pf
