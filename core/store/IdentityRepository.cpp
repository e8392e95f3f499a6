#include "IdentityRepository.h"

#include "Database.h"
#include "domain/Validation.h"

namespace pf {

QStringList IdentityRepository::kinds()
{
    return {QStringLiteral("email"), QStringLiteral("did"),        QStringLiteral("url"),
            QStringLiteral("phone"), QStringLiteral("student-id"), QStringLiteral("other")};
}

Status IdentityRepository::add(const LearnerIdentifier &identifier)
{
    if (!kinds().contains(identifier.kind))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not a kind of identifier (%2)")
                         .arg(identifier.kind, kinds().join(QStringLiteral(", ")))};
    const QString value = identifier.value.trimmed();
    if (value.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("an identifier must not be empty")};
    if (identifier.kind == u"email" && !validation::isPlausibleEmail(value))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not an e-mail address").arg(value)};
    if (identifier.kind == u"did" && !value.startsWith(QStringLiteral("did:")))
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("\"%1\" is not a DID (it starts with did:)").arg(value)};
    return m_db.transaction([&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("INSERT OR IGNORE INTO learner_identifier (kind, value) VALUES (?, ?)"),
                      {identifier.kind, value});
        if (!q)
            return q.error();
        return {};
    });
}

Status IdentityRepository::remove(const LearnerIdentifier &identifier)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("DELETE FROM learner_identifier WHERE kind = ? AND value = ?"),
                           {identifier.kind, identifier.value.trimmed()});
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error{ErrorCode::NotFound, QStringLiteral("%1 %2 is not one of your identifiers")
                                                  .arg(identifier.kind, identifier.value)};
        return {};
    });
}

Result<QList<LearnerIdentifier>> IdentityRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT kind, value FROM learner_identifier ORDER BY kind, value"));
    if (!q)
        return q.error();
    QList<LearnerIdentifier> ids;
    while (q->next())
        ids << LearnerIdentifier{q->value(0).toString(), q->value(1).toString()};
    return ids;
}

Result<QString> IdentityRepository::name() const
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM learner_profile WHERE id = 1"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status IdentityRepository::setName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() > 200)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("a name must be at most 200 characters")};
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("INSERT INTO learner_profile (id, name) VALUES (1, ?) "
                                          "ON CONFLICT (id) DO UPDATE SET name = excluded.name"),
                           {trimmed});
        if (!q)
            return q.error();
        return {};
    });
}

} // namespace pf
