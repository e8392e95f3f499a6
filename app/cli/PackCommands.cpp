#include "PackCommands.h"

#include "CliOutput.h"
#include "ExitCode.h"
#include "domain/ItemRef.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pf::cli {

namespace {

QJsonArray refs(ItemKind kind, const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(ItemRef{kind, id}.toString());
    return a;
}

QJsonObject packJson(const ApplicationPack &p)
{
    QJsonArray items;
    for (const QJsonArray &kind :
         {refs(ItemKind::Credential, p.credentialIds), refs(ItemKind::Evidence, p.evidenceIds),
          refs(ItemKind::Placement, p.placementIds), refs(ItemKind::Competency, p.competencyIds)}) {
        for (const QJsonValue &v : kind)
            items.append(v);
    }
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("targetRole"), p.targetRole},
            {QStringLiteral("headline"), p.headline},
            {QStringLiteral("coverNote"), p.coverNote},
            {QStringLiteral("updatedAt"), p.updatedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("items"), items}};
}

QString summary(const ApplicationPack &p)
{
    const qsizetype count =
        p.credentialIds.size() + p.evidenceIds.size() + p.placementIds.size() + p.competencyIds.size();
    QString line = QStringLiteral("%1: %2 item%3")
                       .arg(p.name)
                       .arg(count)
                       .arg(count == 1 ? QString() : QStringLiteral("s"));
    if (!p.targetRole.isEmpty())
        line += QStringLiteral(", for %1").arg(p.targetRole);
    return line;
}

int savePack(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().isEmpty())
        return out.fail(
            {ErrorCode::InvalidArgument,
             QStringLiteral(
                 "usage: pack save NAME [ITEM...] [--role TEXT] [--headline TEXT] [--note TEXT]")});
    auto existing = store.packs().findByName(p.positionals().first());
    if (!existing && existing.code() != ErrorCode::NotFound)
        return out.fail(existing.error());
    ApplicationPack pack = existing ? *existing : ApplicationPack{};
    pack.name = p.positionals().first();
    // Saving again replaces the selection; the words stay unless given anew.
    pack.credentialIds.clear();
    pack.evidenceIds.clear();
    pack.placementIds.clear();
    pack.competencyIds.clear();
    for (const QString &text : p.positionals().mid(1)) {
        const auto ref = ItemRef::parse(text);
        if (!ref)
            return out.fail({ErrorCode::InvalidArgument,
                             QStringLiteral("\"%1\" is not an item id such as credential-3").arg(text)});
        switch (ref->kind) {
        case ItemKind::Credential:
            pack.credentialIds << ref->id;
            break;
        case ItemKind::Evidence:
            pack.evidenceIds << ref->id;
            break;
        case ItemKind::Placement:
            pack.placementIds << ref->id;
            break;
        case ItemKind::Competency:
            pack.competencyIds << ref->id;
            break;
        case ItemKind::LogEntry:
        case ItemKind::Evaluation:
            return out.fail(
                {ErrorCode::InvalidArgument,
                 QStringLiteral("%1: a pack holds whole placements, with their log and evaluations")
                     .arg(text)});
        }
    }
    if (p.isSet(QStringLiteral("role")))
        pack.targetRole = p.value(QStringLiteral("role"));
    if (p.isSet(QStringLiteral("headline")))
        pack.headline = p.value(QStringLiteral("headline"));
    if (p.isSet(QStringLiteral("note")))
        pack.coverNote = p.value(QStringLiteral("note"));
    if (existing) {
        if (Status saved = store.packs().update(pack); !saved)
            return out.fail(saved.error());
    } else if (auto id = store.packs().create(pack); !id) {
        return out.fail(id.error());
    }
    auto stored = store.packs().findByName(pack.name);
    if (!stored)
        return out.fail(stored.error());
    if (out.json())
        out.json(packJson(*stored));
    else
        out.line(QStringLiteral("saved the pack %1").arg(summary(*stored)));
    return Success;
}

int listPacks(Store &store, CliOutput &out, const ArgumentParser &)
{
    auto packs = store.packs().list();
    if (!packs)
        return out.fail(packs.error());
    QJsonArray all;
    for (const ApplicationPack &pack : *packs) {
        all.append(packJson(pack));
        if (!out.json())
            out.line(summary(pack));
    }
    if (out.json())
        out.json(all);
    return Success;
}

int showPack(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("usage: pack show NAME")});
    auto pack = store.packs().findByName(p.positionals().first());
    if (!pack)
        return out.fail(pack.error());
    const QJsonObject json = packJson(*pack);
    if (out.json()) {
        out.json(json);
        return Success;
    }
    out.line(summary(*pack));
    if (!pack->headline.isEmpty())
        out.line(QStringLiteral("headline: %1").arg(pack->headline));
    if (!pack->coverNote.isEmpty())
        out.line(QStringLiteral("cover note: %1").arg(pack->coverNote));
    for (const QJsonValue &item : json.value(QStringLiteral("items")).toArray())
        out.line(QStringLiteral("  %1").arg(item.toString()));
    return Success;
}

int removePack(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("usage: pack remove NAME")});
    auto pack = store.packs().findByName(p.positionals().first());
    if (!pack)
        return out.fail(pack.error());
    if (Status removed = store.packs().remove(pack->id); !removed)
        return out.fail(removed.error());
    if (out.json())
        out.json(QJsonObject{{QStringLiteral("removed"), pack->name}});
    else
        out.line(QStringLiteral("removed the pack %1").arg(pack->name));
    return Success;
}

} // namespace

QList<Command> PackCommands::commands()
{
    return {
        {QStringLiteral("pack save"),
         QStringLiteral("NAME [ITEM...] [--role TEXT] [--headline TEXT] [--note TEXT]"),
         QStringLiteral("save a named selection of credentials, evidence, placements and competencies for an "
                        "application (saving again replaces its items)"),
         [](ArgumentParser &p) {
             p.addOption(QStringLiteral("role"), QStringLiteral("TEXT"),
                         QStringLiteral("the role or employer the pack is for"));
             p.addOption(QStringLiteral("headline"), QStringLiteral("TEXT"),
                         QStringLiteral("the line under your name on the cover"));
             p.addOption(QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("the cover note"));
         },
         savePack},
        {QStringLiteral("pack list"), QString(), QStringLiteral("list the application packs"),
         [](ArgumentParser &) {}, listPacks},
        {QStringLiteral("pack show"), QStringLiteral("NAME"), QStringLiteral("show what a pack holds"),
         [](ArgumentParser &) {}, showPack},
        {QStringLiteral("pack remove"), QStringLiteral("NAME"),
         QStringLiteral("delete a pack (the items in it stay)"), [](ArgumentParser &) {}, removePack}};
}

} // namespace pf::cli
