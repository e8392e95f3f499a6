#include "PlacementController.h"

#include "Format.h"
#include "domain/Validation.h"
#include "store/Store.h"

namespace pf {

PlacementController::PlacementController(Store &store, QObject *parent)
    : FormController(parent), m_store(store)
{
}

QVariantList PlacementController::kindOptions() const
{
    return Format::placementKindOptions();
}

QVariantMap PlacementController::load(qint64 id)
{
    auto item = m_store.placements().get(id);
    if (!item) {
        reportFailure(item.error());
        return {};
    }
    const Placement &p = *item;
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("organisation"), p.organisation},
            {QStringLiteral("role"), p.role},
            {QStringLiteral("kind"), Placement::kindName(p.kind)},
            {QStringLiteral("supervisorName"), p.supervisorName},
            {QStringLiteral("supervisorTitle"), p.supervisorTitle},
            {QStringLiteral("supervisorEmail"), p.supervisorEmail},
            {QStringLiteral("startDate"), p.startDate.toString(Qt::ISODate)},
            {QStringLiteral("endDate"), p.endDate.isValid() ? p.endDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("location"), p.location},
            {QStringLiteral("description"), p.description}};
}

qint64 PlacementController::save(const QVariantMap &form)
{
    clearErrors();
    // Editing starts from the stored item, so fields this form does not show are kept.
    Placement p;
    if (const qint64 id = form.value(QStringLiteral("id")).toLongLong(); id > 0) {
        auto existing = m_store.placements().get(id);
        if (!existing) {
            rejectSave(existing.error());
            return 0;
        }
        p = *existing;
    }
    p.organisation = text(form, "organisation").trimmed();
    p.role = text(form, "role").trimmed();
    p.supervisorName = text(form, "supervisorName").trimmed();
    p.supervisorTitle = text(form, "supervisorTitle").trimmed();
    p.supervisorEmail = text(form, "supervisorEmail").trimmed();
    p.location = text(form, "location").trimmed();
    p.description = text(form, "description");

    if (!Placement::kindFromName(text(form, "kind"), &p.kind))
        addFieldError(QStringLiteral("kind"), ErrorCode::InvalidArgument);
    if (Status s = validation::requireText(p.organisation, QStringLiteral("organisation")); !s)
        addFieldError(QStringLiteral("organisation"), s.code());
    if (Status s = validation::requireText(p.role, QStringLiteral("role")); !s)
        addFieldError(QStringLiteral("role"), s.code());
    if (!p.supervisorEmail.isEmpty() && !validation::isPlausibleEmail(p.supervisorEmail))
        addFieldError(QStringLiteral("supervisorEmail"), ErrorCode::InvalidArgument);
    if (auto start = validation::parseDate(text(form, "startDate"), QStringLiteral("start date")); start)
        p.startDate = *start;
    else
        addFieldError(QStringLiteral("startDate"), start.code());
    const QString endText = text(form, "endDate").trimmed();
    p.endDate = {};
    if (!endText.isEmpty()) {
        if (auto end = validation::parseDate(endText, QStringLiteral("end date")); end)
            p.endDate = *end;
        else
            addFieldError(QStringLiteral("endDate"), end.code());
    }
    if (p.startDate.isValid() && p.endDate.isValid() && p.endDate < p.startDate)
        addFieldError(QStringLiteral("endDate"), ErrorCode::DateOrder);
    if (hasFieldErrors()) {
        rejectFields();
        return 0;
    }

    // Dates that would leave log entries outside the placement: a problem of the period, not of one field.
    const auto fieldOf = [](ErrorCode code) {
        return code == ErrorCode::DateOrder ? QStringLiteral("placementDates") : QString();
    };
    return persist(
        p.id, [&] { return m_store.placements().update(p); }, [&] { return m_store.placements().create(p); },
        fieldOf);
}

QString PlacementController::deleteQuestion(qint64 id) const
{
    auto item = m_store.placements().get(id);
    if (!item)
        return tr("Delete this placement?");
    const auto entries = m_store.logEntries().listForPlacement(id);
    const auto evaluations = m_store.evaluations().listForPlacement(id);
    const int entryCount = entries ? int(entries->size()) : 0;
    const int evaluationCount = evaluations ? int(evaluations->size()) : 0;
    const QString name = item->organisation;
    if (entryCount == 0 && evaluationCount == 0)
        return tr("Delete the placement at %1? This cannot be undone.").arg(name);
    const QString entriesText = tr("%n log entries", "", entryCount);
    const QString evaluationsText = tr("%n evaluations", "", evaluationCount);
    QString what;
    if (entryCount > 0 && evaluationCount > 0)
        what = tr("%1 and %2", "two counted things").arg(entriesText, evaluationsText);
    else
        what = entryCount > 0 ? entriesText : evaluationsText;
    return tr("Delete the placement at %1 together with its %2? This cannot be undone.").arg(name, what);
}

bool PlacementController::remove(qint64 id)
{
    if (Status s = m_store.placements().remove(id, true); !s) {
        reportFailure(s.error());
        return false;
    }
    emit changed();
    return true;
}

} // namespace pf
