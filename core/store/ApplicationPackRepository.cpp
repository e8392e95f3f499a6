#include "ApplicationPackRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "domain/Validation.h"

namespace pf {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, name, target_role, headline, cover_note, updated_at FROM application_pack");

ApplicationPack fromRow(const QSqlQuery &q)
{
    ApplicationPack p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.targetRole = q.value(2).toString();
    p.headline = q.value(3).toString();
    p.coverNote = q.value(4).toString();
    p.updatedAt = sql::toDateTime(q.value(5));
    return p;
}

// What a pack links to: the link table's kind, the item table, and the pack's list of ids.
struct LinkKind
{
    const char *kind;
    QList<qint64> ApplicationPack::*ids;
};

constexpr LinkKind kLinks[] = {{"credential", &ApplicationPack::credentialIds},
                               {"evidence", &ApplicationPack::evidenceIds},
                               {"placement", &ApplicationPack::placementIds},
                               {"competency", &ApplicationPack::competencyIds}};

QString linkTable(const LinkKind &k)
{
    return QStringLiteral("application_pack_") + QLatin1String(k.kind);
}

} // namespace

Status ApplicationPackRepository::validate(const ApplicationPack &pack) const
{
    if (Status s = validation::requireText(pack.name, QStringLiteral("name"), 100); !s)
        return s;
    for (const auto &[field, value] : {std::pair{QStringLiteral("target role"), pack.targetRole},
                                       std::pair{QStringLiteral("headline"), pack.headline}}) {
        if (value.size() > 300)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("the %1 is longer than 300 characters").arg(field)};
    }
    if (pack.coverNote.size() > 5000)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("the cover note is longer than 5000 characters")};
    const qint64 sameName =
        sql::count(m_db, QStringLiteral("SELECT id FROM application_pack WHERE name = ? COLLATE NOCASE"),
                   {pack.name.trimmed()});
    if (sameName != 0 && sameName != pack.id)
        return Error{
            ErrorCode::Duplicate,
            QStringLiteral("there is an application pack called \"%1\" already").arg(pack.name.trimmed())};
    for (const LinkKind &k : kLinks) {
        const QString kind = QLatin1String(k.kind);
        if (Status s = sql::requireRows(m_db, kind, kind, pack.*k.ids); !s)
            return s;
    }
    return {};
}

Status ApplicationPackRepository::saveLinks(const ApplicationPack &pack, qint64 id)
{
    for (const LinkKind &k : kLinks) {
        if (Status s = sql::replaceLinks(m_db, linkTable(k), QStringLiteral("pack_id"), id,
                                         QLatin1String(k.kind) + QStringLiteral("_id"), pack.*k.ids);
            !s)
            return s;
    }
    return {};
}

Result<ApplicationPack> ApplicationPackRepository::withLinks(ApplicationPack pack) const
{
    for (const LinkKind &k : kLinks) {
        auto ids = sql::links(m_db, linkTable(k), QStringLiteral("pack_id"), pack.id,
                              QLatin1String(k.kind) + QStringLiteral("_id"));
        if (!ids)
            return ids.error();
        pack.*k.ids = *ids;
    }
    return pack;
}

Result<qint64> ApplicationPackRepository::create(const ApplicationPack &pack)
{
    if (Status s = validate(pack); !s)
        return s.error();
    qint64 id = 0;
    Status saved = m_db.transaction([&]() -> Status {
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO application_pack (name, target_role, headline, cover_note, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?)"),
                      {pack.name.trimmed(), pack.targetRole.trimmed(), pack.headline.trimmed(),
                       pack.coverNote.trimmed(), sql::fromDateTime(QDateTime::currentDateTimeUtc())});
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        return saveLinks(pack, id);
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<ApplicationPack> ApplicationPackRepository::get(qint64 id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{ErrorCode::NotFound, QStringLiteral("pack-%1 does not exist").arg(id)};
    return withLinks(fromRow(*q));
}

Result<ApplicationPack> ApplicationPackRepository::findByName(const QString &name) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE name = ? COLLATE NOCASE"), {name.trimmed()});
    if (!q)
        return q.error();
    if (q->next())
        return withLinks(fromRow(*q));
    auto all = list();
    QStringList names;
    if (all) {
        for (const ApplicationPack &p : *all)
            names << QStringLiteral("\"%1\"").arg(p.name);
    }
    return Error{
        ErrorCode::NotFound,
        names.isEmpty()
            ? QStringLiteral("there is no application pack called \"%1\"; there are none yet").arg(name)
            : QStringLiteral("there is no application pack called \"%1\"; there are %2")
                  .arg(name, names.join(QStringLiteral(", ")))};
}

Result<QList<ApplicationPack>> ApplicationPackRepository::list() const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<ApplicationPack> packs;
    while (q->next()) {
        auto pack = withLinks(fromRow(*q));
        if (!pack)
            return pack.error();
        packs << *pack;
    }
    return packs;
}

Status ApplicationPackRepository::update(const ApplicationPack &pack)
{
    if (Status s = sql::requireRow(m_db, QStringLiteral("application_pack"), QStringLiteral("pack"), pack.id);
        !s)
        return s;
    if (Status s = validate(pack); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(
            QStringLiteral("UPDATE application_pack SET name = ?, target_role = ?, headline = ?, "
                           "cover_note = ?, updated_at = ? WHERE id = ?"),
            {pack.name.trimmed(), pack.targetRole.trimmed(), pack.headline.trimmed(),
             pack.coverNote.trimmed(), sql::fromDateTime(QDateTime::currentDateTimeUtc()), pack.id});
        if (!q)
            return q.error();
        return saveLinks(pack, pack.id);
    });
}

Status ApplicationPackRepository::remove(qint64 id)
{
    return sql::deleteRow(m_db, QStringLiteral("application_pack"), QStringLiteral("pack"), id);
}

} // namespace pf
