#include "PackController.h"

#include "store/Store.h"

namespace pf {

PackController::PackController(Store &store, QObject *parent) : FormController(parent), m_store(store) {}

QVariantMap PackController::load(qint64 id)
{
    auto pack = m_store.packs().get(id);
    if (!pack) {
        reportFailure(pack.error());
        return {};
    }
    return {{QStringLiteral("id"), pack->id},
            {QStringLiteral("name"), pack->name},
            {QStringLiteral("targetRole"), pack->targetRole},
            {QStringLiteral("headline"), pack->headline},
            {QStringLiteral("coverNote"), pack->coverNote},
            {QStringLiteral("credentialIds"), idList(pack->credentialIds)},
            {QStringLiteral("evidenceIds"), idList(pack->evidenceIds)},
            {QStringLiteral("placementIds"), idList(pack->placementIds)},
            {QStringLiteral("competencyIds"), idList(pack->competencyIds)}};
}

qint64 PackController::save(const QVariantMap &form)
{
    clearErrors();
    ApplicationPack pack;
    pack.id = form.value(QStringLiteral("id")).toLongLong();
    pack.name = text(form, "name").trimmed();
    pack.targetRole = text(form, "targetRole").trimmed();
    pack.headline = text(form, "headline").trimmed();
    pack.coverNote = text(form, "coverNote");
    pack.credentialIds = ids(form, "credentialIds");
    pack.evidenceIds = ids(form, "evidenceIds");
    pack.placementIds = ids(form, "placementIds");
    pack.competencyIds = ids(form, "competencyIds");
    if (pack.name.isEmpty())
        addFieldError(QStringLiteral("packName"), ErrorCode::InvalidArgument);
    // An empty pack would export an empty portfolio under a name that promises a selection.
    if (pack.credentialIds.isEmpty() && pack.evidenceIds.isEmpty() && pack.placementIds.isEmpty() &&
        pack.competencyIds.isEmpty())
        addFieldError(QStringLiteral("packItems"), ErrorCode::InvalidArgument);
    if (hasFieldErrors()) {
        rejectFields();
        return 0;
    }
    const auto fieldOf = [](ErrorCode code) {
        return code == ErrorCode::Duplicate ? QStringLiteral("packName") : QString();
    };
    return persist(
        pack.id, [&] { return m_store.packs().update(pack); }, [&] { return m_store.packs().create(pack); },
        fieldOf);
}

bool PackController::saveCover(qint64 id, const QVariantMap &cover)
{
    auto pack = m_store.packs().get(id);
    if (!pack) {
        reportFailure(pack.error());
        return false;
    }
    pack->targetRole = text(cover, "targetRole").trimmed();
    pack->headline = text(cover, "headline").trimmed();
    pack->coverNote = text(cover, "coverNote");
    if (Status s = m_store.packs().update(*pack); !s) {
        reportFailure(s.error());
        return false;
    }
    emit changed();
    return true;
}

QString PackController::deleteQuestion(qint64 id) const
{
    auto pack = m_store.packs().get(id);
    if (!pack)
        return tr("Delete this pack?");
    return tr("Delete the pack \"%1\"? The items it holds stay in your portfolio.").arg(pack->name);
}

bool PackController::remove(qint64 id)
{
    if (Status s = m_store.packs().remove(id); !s) {
        reportFailure(s.error());
        return false;
    }
    emit changed();
    return true;
}

} // namespace pf
