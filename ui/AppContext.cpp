#include "AppContext.h"

#include "store/Store.h"

namespace pf {

AppContext::AppContext(Store &store, const Options &options, QObject *parent)
    : QObject(parent), m_navigation(new NavigationModel(this)),
      m_overview(new OverviewController(store, this)),
      m_settings(new SettingsController(store.dataDir(), options.language, options.sample, this)),
      m_evidenceModel(new EvidenceModel(store, this)), m_evidence(new EvidenceController(store, this)),
      m_placementModel(new PlacementModel(store, this)), m_placements(new PlacementController(store, this)),
      m_logEntryModel(new LogEntryModel(store, this)), m_logEntries(new LogEntryController(store, this)),
      m_evaluationModel(new EvaluationModel(store, this)),
      m_evaluations(new EvaluationController(store, this)),
      m_competencyModel(new CompetencyModel(store, this)),
      m_competencies(new CompetencyController(store, this)),
      m_credentialModel(new CredentialModel(store, this)),
      m_credential(new CredentialController(store, this)), m_jobs(new JobController(store.dataDir(), this)),
      m_verifier(new VerifyController(*m_jobs, this)),
      m_exporter(new ExportController(store.dataDir(), this)),
      m_packModel(new ApplicationPackModel(store, this)), m_packItems(new PackItemModel(store, this)),
      m_packs(new PackController(store, this)), m_cacheModel(new CacheModel(store, this)),
      m_trustModel(new TrustModel(store, this)), m_offlineData(new OfflineDataController(store, this)),
      m_profile(new ProfileController(store, this)), m_identifierModel(new IdentifierModel(store, this))
{
    // The data set is small, so after any change every view reads the store again: nothing goes stale.
    for (FormController *controller : std::initializer_list<FormController *>{
             m_evidence, m_placements, m_logEntries, m_evaluations, m_competencies, m_offlineData,
             m_credential, m_profile, m_packs}) {
        connect(controller, &FormController::changed, this, &AppContext::reloadAll);
        connect(controller, &FormController::failed, this, &AppContext::showError);
    }
    for (ListModel *model : models())
        connect(model, &ListModel::failed, this, &AppContext::showError);
    connect(m_jobs, &JobController::changed, this, &AppContext::reloadAll);
    connect(m_jobs, &JobController::failed, this, &AppContext::showError);
    connect(m_jobs, &JobController::notice, this, &AppContext::showNotice);
    connect(m_exporter, &ExportController::saved, this, &AppContext::showNotice);
}

AppContext::~AppContext() = default;

QList<ListModel *> AppContext::models() const
{
    return {m_evidenceModel,   m_placementModel,  m_logEntryModel, m_evaluationModel,
            m_competencyModel, m_credentialModel, m_cacheModel,    m_trustModel,
            m_identifierModel, m_packModel,       m_packItems};
}

void AppContext::reloadAll()
{
    for (ListModel *model : models())
        model->reload();
    m_overview->refresh();
    m_profile->refresh();
    m_credential->refresh();
    m_exporter->storeChanged();
}

void AppContext::dismissError()
{
    if (m_errorText.isEmpty())
        showNotice({});
    else
        showError({});
}

void AppContext::showNotice(const QString &message)
{
    if (message == m_noticeText)
        return;
    m_noticeText = message;
    emit noticeTextChanged();
}

void AppContext::showError(const QString &message)
{
    if (message == m_errorText)
        return;
    m_errorText = message;
    emit errorTextChanged();
}

} // namespace pf
