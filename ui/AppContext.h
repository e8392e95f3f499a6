#pragma once

#include "ApplicationPackModel.h"
#include "CacheModel.h"
#include "CompetencyController.h"
#include "CompetencyModel.h"
#include "CredentialController.h"
#include "CredentialModel.h"
#include "EvaluationController.h"
#include "EvaluationModel.h"
#include "EvidenceController.h"
#include "EvidenceModel.h"
#include "ExportController.h"
#include "IdentifierModel.h"
#include "JobController.h"
#include "LogEntryController.h"
#include "LogEntryModel.h"
#include "NavigationModel.h"
#include "OfflineDataController.h"
#include "OverviewController.h"
#include "PackController.h"
#include "PackItemModel.h"
#include "PlacementController.h"
#include "PlacementModel.h"
#include "ProfileController.h"
#include "SettingsController.h"
#include "TrustModel.h"
#include "VerifyController.h"

#include <QObject>
#include <QString>

namespace pf {

class Store;

// Everything QML reaches through the App singleton: the models and controllers over one open Store,
// wired so that a change made anywhere is read again everywhere, and the one place errors are shown.
class AppContext : public QObject
{
    Q_OBJECT
    Q_PROPERTY(pf::NavigationModel *navigation READ navigation CONSTANT)
    Q_PROPERTY(pf::OverviewController *overview READ overview CONSTANT)
    Q_PROPERTY(pf::SettingsController *settings READ settings CONSTANT)
    Q_PROPERTY(pf::EvidenceModel *evidenceModel READ evidenceModel CONSTANT)
    Q_PROPERTY(pf::EvidenceController *evidence READ evidence CONSTANT)
    Q_PROPERTY(pf::PlacementModel *placementModel READ placementModel CONSTANT)
    Q_PROPERTY(pf::PlacementController *placements READ placements CONSTANT)
    Q_PROPERTY(pf::LogEntryModel *logEntryModel READ logEntryModel CONSTANT)
    Q_PROPERTY(pf::LogEntryController *logEntries READ logEntries CONSTANT)
    Q_PROPERTY(pf::EvaluationModel *evaluationModel READ evaluationModel CONSTANT)
    Q_PROPERTY(pf::EvaluationController *evaluations READ evaluations CONSTANT)
    Q_PROPERTY(pf::CompetencyModel *competencyModel READ competencyModel CONSTANT)
    Q_PROPERTY(pf::CompetencyController *competencies READ competencies CONSTANT)
    Q_PROPERTY(pf::CredentialModel *credentialModel READ credentialModel CONSTANT)
    Q_PROPERTY(pf::CredentialController *credential READ credential CONSTANT)
    Q_PROPERTY(pf::JobController *jobs READ jobs CONSTANT)
    Q_PROPERTY(pf::VerifyController *verifier READ verifier CONSTANT)
    Q_PROPERTY(pf::ExportController *exporter READ exporter CONSTANT)
    Q_PROPERTY(pf::ApplicationPackModel *packModel READ packModel CONSTANT)
    Q_PROPERTY(pf::PackItemModel *packItems READ packItems CONSTANT)
    Q_PROPERTY(pf::PackController *packs READ packs CONSTANT)
    Q_PROPERTY(pf::CacheModel *cacheModel READ cacheModel CONSTANT)
    Q_PROPERTY(pf::TrustModel *trustModel READ trustModel CONSTANT)
    Q_PROPERTY(pf::OfflineDataController *offlineData READ offlineData CONSTANT)
    Q_PROPERTY(pf::ProfileController *profile READ profile CONSTANT)
    Q_PROPERTY(pf::IdentifierModel *identifierModel READ identifierModel CONSTANT)
    // The sentence of the last failure outside a form, shown in the window's banner until dismissed.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // A notice about finished background work ("3 badges added"), shown in the same place, less loudly.
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY noticeTextChanged)

public:
    struct Options
    {
        QString language = QStringLiteral("en"); // the language the UI speaks
        bool sample = false;                     // the store is a throw-away sample
    };

    AppContext(Store &store, const Options &options, QObject *parent = nullptr);
    ~AppContext() override;

    NavigationModel *navigation() const { return m_navigation; }
    OverviewController *overview() const { return m_overview; }
    SettingsController *settings() const { return m_settings; }
    EvidenceModel *evidenceModel() const { return m_evidenceModel; }
    EvidenceController *evidence() const { return m_evidence; }
    PlacementModel *placementModel() const { return m_placementModel; }
    PlacementController *placements() const { return m_placements; }
    LogEntryModel *logEntryModel() const { return m_logEntryModel; }
    LogEntryController *logEntries() const { return m_logEntries; }
    EvaluationModel *evaluationModel() const { return m_evaluationModel; }
    EvaluationController *evaluations() const { return m_evaluations; }
    CompetencyModel *competencyModel() const { return m_competencyModel; }
    CompetencyController *competencies() const { return m_competencies; }
    CredentialModel *credentialModel() const { return m_credentialModel; }
    CredentialController *credential() const { return m_credential; }
    JobController *jobs() const { return m_jobs; }
    VerifyController *verifier() const { return m_verifier; }
    ExportController *exporter() const { return m_exporter; }
    ApplicationPackModel *packModel() const { return m_packModel; }
    PackItemModel *packItems() const { return m_packItems; }
    PackController *packs() const { return m_packs; }
    CacheModel *cacheModel() const { return m_cacheModel; }
    TrustModel *trustModel() const { return m_trustModel; }
    OfflineDataController *offlineData() const { return m_offlineData; }
    ProfileController *profile() const { return m_profile; }
    IdentifierModel *identifierModel() const { return m_identifierModel; }

    QString errorText() const { return m_errorText; }
    QString noticeText() const { return m_noticeText; }
    // Dismisses the error, or the notice when there is no error.
    Q_INVOKABLE void dismissError();

    // Reads every model again; what a save anywhere triggers.
    Q_INVOKABLE void reloadAll();

signals:
    void errorTextChanged();
    void noticeTextChanged();

private:
    // The list models over the store, which every change reads again.
    QList<ListModel *> models() const;
    void showError(const QString &message);
    void showNotice(const QString &message);

    NavigationModel *m_navigation;
    OverviewController *m_overview;
    SettingsController *m_settings;
    EvidenceModel *m_evidenceModel;
    EvidenceController *m_evidence;
    PlacementModel *m_placementModel;
    PlacementController *m_placements;
    LogEntryModel *m_logEntryModel;
    LogEntryController *m_logEntries;
    EvaluationModel *m_evaluationModel;
    EvaluationController *m_evaluations;
    CompetencyModel *m_competencyModel;
    CompetencyController *m_competencies;
    CredentialModel *m_credentialModel;
    CredentialController *m_credential;
    JobController *m_jobs;
    VerifyController *m_verifier;
    ExportController *m_exporter;
    ApplicationPackModel *m_packModel;
    PackItemModel *m_packItems;
    PackController *m_packs;
    CacheModel *m_cacheModel;
    TrustModel *m_trustModel;
    OfflineDataController *m_offlineData;
    ProfileController *m_profile;
    IdentifierModel *m_identifierModel;
    QString m_errorText;
    QString m_noticeText;
};

} // namespace pf
