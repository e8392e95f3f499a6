#include "ProfileController.h"

#include "IdentifierModel.h"
#include "store/Store.h"

#include <QVariantMap>

namespace pf {

ProfileController::ProfileController(Store &store, QObject *parent) : FormController(parent), m_store(store)
{
    refresh();
}

QVariantList ProfileController::kindOptions() const
{
    QVariantList options;
    for (const QString &kind : IdentityRepository::kinds())
        options << QVariantMap{{QStringLiteral("value"), kind},
                               {QStringLiteral("text"), IdentifierModel::kindLabel(kind)}};
    return options;
}

void ProfileController::refresh()
{
    auto stored = m_store.identities().name();
    if (!stored) {
        reportFailure(stored.error());
        return;
    }
    if (*stored == m_name)
        return;
    m_name = *stored;
    emit nameChanged();
}

bool ProfileController::saveName(const QString &name)
{
    clearErrors();
    if (Status s = m_store.identities().setName(name); !s) {
        rejectSave(s.error(), QStringLiteral("profileName"));
        return false;
    }
    refresh();
    return true;
}

bool ProfileController::addIdentifier(const QString &kind, const QString &value)
{
    clearErrors();
    // The sentence under the field says what this kind of identifier looks like.
    const QString wording = kind == u"email" ? QStringLiteral("identifierEmail")
                            : kind == u"did" ? QStringLiteral("identifierDid")
                                             : QStringLiteral("identifier");
    if (value.trimmed().isEmpty()) {
        addFieldError(QStringLiteral("identifier"), ErrorCode::InvalidArgument, wording);
        rejectFields();
        return false;
    }
    if (Status s = m_store.identities().add({kind, value}); !s) {
        rejectSave(s.error(), QStringLiteral("identifier"), wording);
        return false;
    }
    emit changed();
    return true;
}

bool ProfileController::removeIdentifier(const QString &kind, const QString &value)
{
    if (Status s = m_store.identities().remove({kind, value}); !s) {
        reportFailure(s.error());
        return false;
    }
    emit changed();
    return true;
}

QString ProfileController::example(const QString &kind) const
{
    if (kind == u"email")
        return QStringLiteral("name@example.org");
    if (kind == u"did")
        return QStringLiteral("did:key:z6Mk…");
    if (kind == u"url")
        return QStringLiteral("https://example.org/~name");
    if (kind == u"phone")
        return QStringLiteral("+49 30 1234567");
    if (kind == u"student-id")
        return QStringLiteral("S1234567");
    return QString();
}

} // namespace pf
