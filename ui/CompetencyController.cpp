#include "CompetencyController.h"

#include "domain/Validation.h"
#include "store/Store.h"

#include <QUrl>

namespace pf {

CompetencyController::CompetencyController(Store &store, QObject *parent)
    : FormController(parent), m_store(store)
{
}

QVariantMap CompetencyController::load(qint64 id)
{
    auto item = m_store.competencies().get(id);
    if (!item) {
        reportFailure(item.error());
        return {};
    }
    return {{QStringLiteral("id"), item->id},
            {QStringLiteral("frameworkName"), item->frameworkName},
            {QStringLiteral("frameworkUrl"), item->frameworkUrl},
            {QStringLiteral("code"), item->code},
            {QStringLiteral("title"), item->title},
            {QStringLiteral("description"), item->description}};
}

qint64 CompetencyController::save(const QVariantMap &form)
{
    clearErrors();
    // Editing starts from the stored item, so fields this form does not show are kept.
    Competency c;
    if (const qint64 id = form.value(QStringLiteral("id")).toLongLong(); id > 0) {
        auto existing = m_store.competencies().get(id);
        if (!existing) {
            rejectSave(existing.error());
            return 0;
        }
        c = *existing;
    }
    c.frameworkName = text(form, "frameworkName").trimmed();
    c.frameworkUrl = text(form, "frameworkUrl").trimmed();
    c.code = text(form, "code").trimmed();
    c.title = text(form, "title").trimmed();
    c.description = text(form, "description");
    if (Status s = validation::requireText(c.title, QStringLiteral("title")); !s)
        addFieldError(QStringLiteral("title"), s.code());
    if (!c.frameworkUrl.isEmpty()) {
        const QUrl url(c.frameworkUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            addFieldError(QStringLiteral("frameworkUrl"), ErrorCode::InvalidArgument);
        if (c.frameworkName.isEmpty())
            addFieldError(QStringLiteral("frameworkName"), ErrorCode::InvalidArgument);
    }
    if (hasFieldErrors()) {
        rejectFields();
        return 0;
    }

    const auto fieldOf = [](ErrorCode code) {
        return code == ErrorCode::Duplicate ? QStringLiteral("code") : QString();
    };
    return persist(
        c.id, [&] { return m_store.competencies().update(c); },
        [&] { return m_store.competencies().create(c); }, fieldOf);
}

QString CompetencyController::deleteQuestion(qint64 id) const
{
    auto item = m_store.competencies().get(id);
    if (!item)
        return tr("Delete this competency?");
    return tr("Delete the competency \"%1\"? Evidence and log entries linked to it stay, without the link.")
        .arg(item->title);
}

bool CompetencyController::remove(qint64 id)
{
    if (Status s = m_store.competencies().remove(id); !s) {
        reportFailure(s.error(), QStringLiteral("competency"));
        return false;
    }
    emit changed();
    return true;
}

} // namespace pf
