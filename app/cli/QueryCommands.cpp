#include "QueryCommands.h"

#include "CliOutput.h"
#include "ItemText.h"
#include "common/FileWriter.h"
#include "portfolio/ItemJson.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>

namespace pf::cli {

namespace {

QString latestResult(Store &store, qint64 credentialId)
{
    auto history = store.credentials().verifications(credentialId);
    return (history && !history->isEmpty()) ? history->first().result : QString();
}

// Every placement's log entries or evaluations, or only those of --placement.
template <typename Item, typename Repository>
Result<QList<Item>> perPlacement(Store &store, Repository &repository, const ArgumentParser &p)
{
    QList<qint64> placements;
    if (p.isSet(QStringLiteral("placement"))) {
        const auto id = ItemRef::idOf(p.value(QStringLiteral("placement")), ItemKind::Placement);
        if (!id)
            return Error{
                ErrorCode::InvalidArgument,
                QStringLiteral("\"%1\" is not a placement id").arg(p.value(QStringLiteral("placement")))};
        placements << *id;
    } else {
        auto all = store.placements().list();
        if (!all)
            return all.error();
        for (const Placement &pl : *all)
            placements << pl.id;
    }
    QList<Item> items;
    for (qint64 id : placements) {
        auto some = repository.listForPlacement(id);
        if (!some)
            return some.error();
        items << *some;
    }
    return items;
}

// The JSON of every item of one kind.
Result<QJsonArray> listKind(Store &store, ItemKind kind, const ArgumentParser &p)
{
    QJsonArray array;
    switch (kind) {
    case ItemKind::Evidence: {
        auto items = store.evidence().list();
        if (!items)
            return items.error();
        for (const Evidence &e : *items)
            array.append(ItemJson::evidence(e));
        break;
    }
    case ItemKind::Placement: {
        auto items = store.placements().list();
        if (!items)
            return items.error();
        for (const Placement &e : *items) {
            QJsonObject o = ItemJson::placement(e);
            auto total = store.placements().totalCentiHours(e.id);
            o.insert(QStringLiteral("totalHours"), total ? *total / 100.0 : 0.0);
            array.append(o);
        }
        break;
    }
    case ItemKind::LogEntry: {
        auto items = perPlacement<LogEntry>(store, store.logEntries(), p);
        if (!items)
            return items.error();
        for (const LogEntry &e : *items)
            array.append(ItemJson::logEntry(e));
        break;
    }
    case ItemKind::Evaluation: {
        auto items = perPlacement<Evaluation>(store, store.evaluations(), p);
        if (!items)
            return items.error();
        for (const Evaluation &e : *items)
            array.append(ItemJson::evaluation(e));
        break;
    }
    case ItemKind::Competency: {
        auto items = store.competencies().list();
        if (!items)
            return items.error();
        for (const Competency &e : *items)
            array.append(ItemJson::competency(e));
        break;
    }
    case ItemKind::Credential: {
        auto items = store.credentials().list();
        if (!items)
            return items.error();
        for (const Credential &e : *items)
            array.append(ItemJson::credential(e, latestResult(store, e.id)));
        break;
    }
    }
    return array;
}

int listCommand(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail({ErrorCode::InvalidArgument,
                         QStringLiteral("list takes one kind: credentials, evidence, placements, "
                                        "logs, evaluations or competencies")});
    const auto kind = itemKindFromName(p.positionals().first());
    if (!kind)
        return out.fail({ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a kind of item; use credentials, evidence, "
                                        "placements, logs, evaluations or competencies")
                             .arg(p.positionals().first())});
    auto items = listKind(store, *kind, p);
    if (!items)
        return out.fail(items.error());
    if (out.json()) {
        out.json(*items);
    } else if (items->isEmpty()) {
        out.message(QStringLiteral("no %1 yet").arg(p.positionals().first()));
    } else {
        for (const QJsonValue &v : *items)
            out.line(ItemText::summaryLine(v.toObject()));
    }
    return Success;
}

// The JSON of one item, with the figures derived from it (a placement's totals, say).
Result<QJsonObject> showItem(Store &store, const ItemRef &ref)
{
    switch (ref.kind) {
    case ItemKind::Evidence: {
        auto e = store.evidence().get(ref.id);
        if (!e)
            return e.error();
        return ItemJson::evidence(*e);
    }
    case ItemKind::Placement: {
        auto e = store.placements().get(ref.id);
        if (!e)
            return e.error();
        QJsonObject o = ItemJson::placement(*e);
        auto total = store.placements().totalCentiHours(ref.id);
        auto weeks = store.placements().weeklyHours(ref.id);
        auto competencies = store.placements().competencyHours(ref.id);
        if (!total || !weeks || !competencies)
            return !total ? total.error() : !weeks ? weeks.error() : competencies.error();
        o.insert(QStringLiteral("totalHours"), *total / 100.0);
        QJsonArray weekArray;
        for (const WeeklyHours &w : *weeks)
            weekArray.append(QJsonObject{{QStringLiteral("weekStart"), w.weekStart.toString(Qt::ISODate)},
                                         {QStringLiteral("hours"), w.centiHours / 100.0}});
        o.insert(QStringLiteral("hoursPerWeek"), weekArray);
        QJsonArray competencyArray;
        for (const CompetencyHours &c : *competencies)
            competencyArray.append(QJsonObject{
                {QStringLiteral("competency"), ItemRef{ItemKind::Competency, c.competencyId}.toString()},
                {QStringLiteral("title"), c.title},
                {QStringLiteral("hours"), c.centiHours / 100.0}});
        o.insert(QStringLiteral("hoursPerCompetency"), competencyArray);
        auto entries = store.logEntries().listForPlacement(ref.id);
        auto evaluations = store.evaluations().listForPlacement(ref.id);
        if (!entries || !evaluations)
            return !entries ? entries.error() : evaluations.error();
        QJsonArray entryArray;
        for (const LogEntry &l : *entries)
            entryArray.append(ItemJson::logEntry(l));
        o.insert(QStringLiteral("logEntries"), entryArray);
        QJsonArray evaluationArray;
        for (const Evaluation &ev : *evaluations)
            evaluationArray.append(ItemJson::evaluation(ev));
        o.insert(QStringLiteral("evaluations"), evaluationArray);
        return o;
    }
    case ItemKind::LogEntry: {
        auto e = store.logEntries().get(ref.id);
        if (!e)
            return e.error();
        return ItemJson::logEntry(*e);
    }
    case ItemKind::Evaluation: {
        auto e = store.evaluations().get(ref.id);
        if (!e)
            return e.error();
        return ItemJson::evaluation(*e);
    }
    case ItemKind::Competency: {
        auto e = store.competencies().get(ref.id);
        if (!e)
            return e.error();
        return ItemJson::competency(*e);
    }
    case ItemKind::Credential: {
        auto e = store.credentials().get(ref.id);
        if (!e)
            return e.error();
        QJsonObject o = ItemJson::credential(*e, latestResult(store, ref.id));
        o.insert(QStringLiteral("derived"), e->derived);
        return o;
    }
    }
    return Error{ErrorCode::NotFound, ref.toString()};
}

int showCommand(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail(
            {ErrorCode::InvalidArgument, QStringLiteral("show takes exactly one id, such as evidence-3")});
    const auto ref = ItemRef::parse(p.positionals().first());
    if (!ref)
        return out.fail(
            {ErrorCode::InvalidArgument,
             QStringLiteral("\"%1\" is not an item id such as evidence-3").arg(p.positionals().first())});
    auto item = showItem(store, *ref);
    if (!item)
        return out.fail(item.error());

    if (p.isSet(QStringLiteral("original"))) {
        if (ref->kind != ItemKind::Credential)
            return out.fail(
                {ErrorCode::InvalidArgument, QStringLiteral("--original applies to credentials only")});
        auto bytes = store.credentials().original(ref->id);
        if (!bytes)
            return out.fail(bytes.error());
        if (Status s = FileWriter::writeWhole(p.value(QStringLiteral("original")), *bytes); !s)
            return out.fail(s.error());
    }
    if (out.json())
        out.json(*item);
    else
        out.line(ItemText::detailText(*item).trimmed());
    return Success;
}

int searchCommand(Store &store, CliOutput &out, const ArgumentParser &p)
{
    const QString text = p.positionals().join(u' ');
    if (text.trimmed().isEmpty())
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("search needs some text to look for")});
    bool limitOk = true;
    const int limit =
        p.isSet(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toInt(&limitOk) : 50;
    if (!limitOk || limit <= 0)
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("--limit must be a positive number")});
    auto hits = store.search().search(text, limit);
    if (!hits)
        return out.fail(hits.error());
    if (out.json()) {
        QJsonArray array;
        for (const SearchHit &h : *hits)
            array.append(ItemJson::searchHit(h));
        out.json(array);
        return Success;
    }
    if (hits->isEmpty())
        out.message(QStringLiteral("nothing matches \"%1\"").arg(text));
    for (const SearchHit &h : *hits)
        out.line(QStringLiteral("%1  %2  (%3)  %4")
                     .arg(h.ref.toString(), h.title, h.fields.join(QStringLiteral(", ")), h.snippet));
    return Success;
}

} // namespace

QList<Command> QueryCommands::commands()
{
    QList<Command> list;
    list.append({QStringLiteral("list"),
                 QStringLiteral("credentials|evidence|placements|logs|evaluations|competencies"),
                 QStringLiteral("list the items of one kind"),
                 [](ArgumentParser &p) {
                     p.addOption(QStringLiteral("placement"), QStringLiteral("ID"),
                                 QStringLiteral("logs and evaluations of this placement only"));
                 },
                 listCommand});
    list.append({QStringLiteral("show"), QStringLiteral("ID [--original OUT]"),
                 QStringLiteral("show one item in full"),
                 [](ArgumentParser &p) {
                     p.addOption(QStringLiteral("original"), QStringLiteral("OUT"),
                                 QStringLiteral("for a credential: write the exact bytes received to OUT"));
                 },
                 showCommand});
    list.append({QStringLiteral("search"), QStringLiteral("TEXT..."),
                 QStringLiteral("full-text search across everything"),
                 [](ArgumentParser &p) {
                     p.addOption(QStringLiteral("limit"), QStringLiteral("N"),
                                 QStringLiteral("at most N results (default 50)"));
                 },
                 searchCommand});
    return list;
}

} // namespace pf::cli
