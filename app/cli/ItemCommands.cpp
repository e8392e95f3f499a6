#include "ItemCommands.h"

#include "CliOutput.h"
#include "ItemText.h"
#include "domain/Validation.h"
#include "portfolio/ItemJson.h"
#include "store/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

namespace pf::cli {

namespace {

// Ids given as "competency-3" or "3"; an id of another kind is an error naming it.
Result<QList<qint64>> idsOf(const QStringList &texts, ItemKind kind)
{
    QList<qint64> ids;
    for (const QString &text : texts) {
        const auto id = ItemRef::idOf(text, kind);
        if (!id)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("\"%1\" is not a %2 id").arg(text, itemKindName(kind))};
        ids << *id;
    }
    return ids;
}

Result<qint64> idOf(const QString &text, ItemKind kind)
{
    auto ids = idsOf({text}, kind);
    if (!ids)
        return ids.error();
    return ids->first();
}

// An optional date option: a null date when absent.
Result<QDate> optionalDate(const ArgumentParser &p, const QString &name)
{
    if (!p.isSet(name))
        return QDate();
    return validation::parseDate(p.value(name), QStringLiteral("--") + name);
}

// The files named by the arguments; a folder stands for the files in it, recursively, in name order.
Result<QStringList> expandFiles(const QStringList &arguments)
{
    QStringList files;
    for (const QString &arg : arguments) {
        const QFileInfo info(arg);
        if (!info.exists())
            return Error{ErrorCode::FileMissing, QStringLiteral("%1 does not exist").arg(arg)};
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        QStringList inFolder;
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            inFolder << it.next();
        inFolder.sort();
        files << inFolder;
    }
    return files;
}

int printAdded(CliOutput &out, const QJsonObject &item)
{
    if (out.json())
        out.json(item);
    else
        out.line(QStringLiteral("added %1").arg(ItemText::summaryLine(item)));
    return Success;
}

int addEvidence(Store &store, CliOutput &out, const ArgumentParser &p)
{
    Evidence item;
    item.url = p.value(QStringLiteral("url"));
    item.description = p.value(QStringLiteral("description"));
    item.reflection = p.value(QStringLiteral("reflection"));
    item.course = p.value(QStringLiteral("course"));
    item.term = p.value(QStringLiteral("term"));
    item.tags = p.values(QStringLiteral("tag"));
    auto date = optionalDate(p, QStringLiteral("date"));
    if (!date)
        return out.fail(date.error());
    item.date = *date;
    auto competencies = idsOf(p.values(QStringLiteral("competency")), ItemKind::Competency);
    if (!competencies)
        return out.fail(competencies.error());
    item.competencyIds = *competencies;
    auto files = expandFiles(p.positionals());
    if (!files)
        return out.fail(files.error());

    item.kind = !files->isEmpty()     ? Evidence::Kind::File
                : !item.url.isEmpty() ? Evidence::Kind::Link
                                      : Evidence::Kind::Note;
    if (p.isSet(QStringLiteral("kind")) &&
        !Evidence::kindFromName(p.value(QStringLiteral("kind")), &item.kind))
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("--kind must be file, link or note")});

    // --each: one item per file, each stored in its own transaction, titled after its file.
    QList<QStringList> groups;
    if (p.isSet(QStringLiteral("each"))) {
        for (const QString &f : *files)
            groups << QStringList{f};
        if (groups.isEmpty())
            return out.fail({ErrorCode::InvalidArgument, QStringLiteral("--each needs files or folders")});
    } else {
        groups << *files;
    }
    QJsonArray added;
    for (const QStringList &group : groups) {
        Evidence one = item;
        one.title = p.value(QStringLiteral("title"));
        if (one.title.isEmpty() && group.size() == 1)
            one.title = QFileInfo(group.first()).completeBaseName();
        else if (!p.value(QStringLiteral("title")).isEmpty() && groups.size() > 1)
            one.title = p.value(QStringLiteral("title")) + QStringLiteral(": ") +
                        QFileInfo(group.first()).completeBaseName();
        auto id = store.evidence().create(one, group);
        if (!id)
            return out.fail(id.error());
        auto stored = store.evidence().get(*id);
        if (!stored)
            return out.fail(stored.error());
        const QJsonObject json = ItemJson::evidence(*stored);
        if (groups.size() == 1)
            return printAdded(out, json);
        added.append(json);
        if (!out.json())
            out.line(QStringLiteral("added %1").arg(ItemText::summaryLine(json)));
    }
    if (out.json())
        out.json(added);
    return Success;
}

int addPlacement(Store &store, CliOutput &out, const ArgumentParser &p)
{
    Placement item;
    item.organisation = p.value(QStringLiteral("organisation"));
    item.role = p.value(QStringLiteral("role"));
    if (p.isSet(QStringLiteral("kind")) &&
        !Placement::kindFromName(p.value(QStringLiteral("kind")), &item.kind)) {
        return out.fail({ErrorCode::InvalidArgument,
                         QStringLiteral("--kind must be internship, apprenticeship, mentorship, "
                                        "work-experience or volunteering")});
    }
    item.supervisorName = p.value(QStringLiteral("supervisor"));
    item.supervisorTitle = p.value(QStringLiteral("supervisor-title"));
    item.supervisorEmail = p.value(QStringLiteral("supervisor-email"));
    item.location = p.value(QStringLiteral("location"));
    item.description = p.value(QStringLiteral("description"));
    if (!p.isSet(QStringLiteral("start")))
        return out.fail({ErrorCode::InvalidDate, QStringLiteral("--start is required")});
    auto start = optionalDate(p, QStringLiteral("start"));
    if (!start)
        return out.fail(start.error());
    auto end = optionalDate(p, QStringLiteral("end"));
    if (!end)
        return out.fail(end.error());
    item.startDate = *start;
    item.endDate = *end;
    auto id = store.placements().create(item);
    if (!id)
        return out.fail(id.error());
    item.id = *id;
    return printAdded(out, ItemJson::placement(item));
}

int addLogEntry(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail(
            {ErrorCode::InvalidArgument, QStringLiteral("log add takes exactly one placement id")});
    LogEntry item;
    auto placement = idOf(p.positionals().first(), ItemKind::Placement);
    if (!placement)
        return out.fail(placement.error());
    item.placementId = *placement;
    if (!p.isSet(QStringLiteral("date")) || !p.isSet(QStringLiteral("hours")))
        return out.fail({ErrorCode::InvalidArgument, QStringLiteral("--date and --hours are required")});
    auto date = optionalDate(p, QStringLiteral("date"));
    if (!date)
        return out.fail(date.error());
    item.date = *date;
    auto hours = validation::parseHours(p.value(QStringLiteral("hours")));
    if (!hours)
        return out.fail(hours.error());
    item.centiHours = *hours;
    item.activities = p.value(QStringLiteral("activities"));
    item.reflection = p.value(QStringLiteral("reflection"));
    auto competencies = idsOf(p.values(QStringLiteral("competency")), ItemKind::Competency);
    if (!competencies)
        return out.fail(competencies.error());
    item.competencyIds = *competencies;
    auto id = store.logEntries().create(item);
    if (!id)
        return out.fail(id.error());
    item.id = *id;
    return printAdded(out, ItemJson::logEntry(item));
}

int addEvaluation(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail(
            {ErrorCode::InvalidArgument, QStringLiteral("evaluation add takes exactly one placement id")});
    Evaluation item;
    auto placement = idOf(p.positionals().first(), ItemKind::Placement);
    if (!placement)
        return out.fail(placement.error());
    item.placementId = *placement;
    if (!p.isSet(QStringLiteral("date")))
        return out.fail({ErrorCode::InvalidDate, QStringLiteral("--date is required")});
    auto date = optionalDate(p, QStringLiteral("date"));
    if (!date)
        return out.fail(date.error());
    item.date = *date;
    item.evaluatorName = p.value(QStringLiteral("evaluator"));
    item.evaluatorTitle = p.value(QStringLiteral("evaluator-title"));
    item.rubric = p.value(QStringLiteral("rubric"));
    item.comments = p.value(QStringLiteral("comments"));
    if (p.isSet(QStringLiteral("scale"))) {
        const QStringList bounds = p.value(QStringLiteral("scale")).split(u'-');
        bool minOk = false;
        bool maxOk = false;
        if (bounds.size() == 2) {
            item.scaleMin = bounds[0].toInt(&minOk);
            item.scaleMax = bounds[1].toInt(&maxOk);
        }
        if (!minOk || !maxOk)
            return out.fail({ErrorCode::InvalidArgument, QStringLiteral("--scale must look like 1-5")});
    }
    for (const QString &rating : p.values(QStringLiteral("rating"))) {
        const qsizetype eq = rating.indexOf(u'=');
        bool ok = false;
        const int value = eq > 0 ? rating.mid(eq + 1).toInt(&ok) : 0;
        const auto competency = eq > 0 ? ItemRef::idOf(rating.left(eq), ItemKind::Competency) : std::nullopt;
        if (!ok || !competency)
            return out.fail(
                {ErrorCode::InvalidArgument,
                 QStringLiteral("--rating must look like competency-3=4, not \"%1\"").arg(rating)});
        item.ratings << CompetencyRating{*competency, value, {}};
    }
    auto evidence = idsOf(p.values(QStringLiteral("evidence")), ItemKind::Evidence);
    if (!evidence)
        return out.fail(evidence.error());
    item.evidenceIds = *evidence;
    auto id = store.evaluations().create(item);
    if (!id)
        return out.fail(id.error());
    item.id = *id;
    return printAdded(out, ItemJson::evaluation(item));
}

int addCompetency(Store &store, CliOutput &out, const ArgumentParser &p)
{
    Competency item;
    item.title = p.value(QStringLiteral("title"));
    item.code = p.value(QStringLiteral("code"));
    item.frameworkName = p.value(QStringLiteral("framework"));
    item.frameworkUrl = p.value(QStringLiteral("framework-url"));
    item.description = p.value(QStringLiteral("description"));
    auto id = store.competencies().create(item);
    if (!id)
        return out.fail(id.error());
    auto stored = store.competencies().get(*id);
    if (!stored)
        return out.fail(stored.error());
    return printAdded(out, ItemJson::competency(*stored));
}

int removeItem(Store &store, CliOutput &out, const ArgumentParser &p)
{
    if (p.positionals().size() != 1)
        return out.fail(
            {ErrorCode::InvalidArgument, QStringLiteral("remove takes exactly one id, such as evidence-3")});
    const auto ref = ItemRef::parse(p.positionals().first());
    if (!ref)
        return out.fail(
            {ErrorCode::InvalidArgument,
             QStringLiteral("\"%1\" is not an item id such as evidence-3").arg(p.positionals().first())});
    Status removed;
    switch (ref->kind) {
    case ItemKind::Evidence:
        removed = store.evidence().remove(ref->id);
        break;
    case ItemKind::Placement:
        removed = store.placements().remove(ref->id, p.isSet(QStringLiteral("with-entries")));
        break;
    case ItemKind::LogEntry:
        removed = store.logEntries().remove(ref->id);
        break;
    case ItemKind::Evaluation:
        removed = store.evaluations().remove(ref->id);
        break;
    case ItemKind::Competency:
        removed = store.competencies().remove(ref->id);
        break;
    case ItemKind::Credential:
        removed = store.credentials().remove(ref->id);
        break;
    }
    if (!removed)
        return out.fail(removed.error());
    if (out.json())
        out.json(QJsonObject{{QStringLiteral("removed"), ref->toString()}});
    else
        out.line(QStringLiteral("removed %1").arg(ref->toString()));
    return Success;
}

} // namespace

QList<Command> ItemCommands::commands()
{
    QList<Command> list;
    list.append({QStringLiteral("evidence add"), QStringLiteral("[FILE|FOLDER...] [OPTIONS]"),
                 QStringLiteral("add coursework evidence: files, a link (--url) or a note"),
                 [](ArgumentParser &p) {
                     p.addOption(QStringLiteral("title"), QStringLiteral("TEXT"),
                                 QStringLiteral("title (default: the file's name)"));
                     p.addOption(QStringLiteral("kind"), QStringLiteral("KIND"),
                                 QStringLiteral("file, link or note (default: from what is given)"));
                     p.addOption(QStringLiteral("url"), QStringLiteral("URL"),
                                 QStringLiteral("address of linked work"));
                     p.addOption(QStringLiteral("description"), QStringLiteral("TEXT"),
                                 QStringLiteral("what the evidence is"));
                     p.addOption(QStringLiteral("reflection"), QStringLiteral("TEXT"),
                                 QStringLiteral("what you learnt from it"));
                     p.addOption(QStringLiteral("course"), QStringLiteral("TEXT"),
                                 QStringLiteral("course or module"));
                     p.addOption(QStringLiteral("term"), QStringLiteral("TEXT"),
                                 QStringLiteral("term or semester"));
                     p.addOption(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                                 QStringLiteral("when the work was done"));
                     p.addOption(QStringLiteral("tag"), QStringLiteral("TAG"), QStringLiteral("a tag"), true);
                     p.addOption(QStringLiteral("competency"), QStringLiteral("ID"),
                                 QStringLiteral("a competency it shows"), true);
                     p.addFlag(QStringLiteral("each"),
                               QStringLiteral("one evidence item per file, each stored on its own"));
                 },
                 addEvidence});
    list.append(
        {QStringLiteral("placement add"),
         QStringLiteral("--organisation ORG --role ROLE --start DATE [OPTIONS]"),
         QStringLiteral("add an internship, apprenticeship or other placement"),
         [](ArgumentParser &p) {
             p.addOption(QStringLiteral("organisation"), QStringLiteral("NAME"),
                         QStringLiteral("the host organisation"));
             p.addOption(QStringLiteral("role"), QStringLiteral("TEXT"), QStringLiteral("your role"));
             p.addOption(
                 QStringLiteral("kind"), QStringLiteral("KIND"),
                 QStringLiteral(
                     "internship (default), apprenticeship, mentorship, work-experience, volunteering"));
             p.addOption(QStringLiteral("start"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("first day"));
             p.addOption(QStringLiteral("end"), QStringLiteral("YYYY-MM-DD"),
                         QStringLiteral("last day (omit while ongoing)"));
             p.addOption(QStringLiteral("supervisor"), QStringLiteral("NAME"),
                         QStringLiteral("supervisor's name"));
             p.addOption(QStringLiteral("supervisor-title"), QStringLiteral("TEXT"),
                         QStringLiteral("supervisor's job title"));
             p.addOption(QStringLiteral("supervisor-email"), QStringLiteral("EMAIL"),
                         QStringLiteral("supervisor's e-mail"));
             p.addOption(QStringLiteral("location"), QStringLiteral("TEXT"), QStringLiteral("where"));
             p.addOption(QStringLiteral("description"), QStringLiteral("TEXT"),
                         QStringLiteral("what the placement is about"));
         },
         addPlacement});
    list.append({QStringLiteral("log add"), QStringLiteral("PLACEMENT --date DATE --hours H [OPTIONS]"),
                 QStringLiteral("add a dated entry to a placement's log"),
                 [](ArgumentParser &p) {
                     p.addOption(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                                 QStringLiteral("the day worked"));
                     p.addOption(QStringLiteral("hours"), QStringLiteral("H"),
                                 QStringLiteral("hours, more than 0 and at most 24 (e.g. 7.5)"));
                     p.addOption(QStringLiteral("activities"), QStringLiteral("TEXT"),
                                 QStringLiteral("what you did"));
                     p.addOption(QStringLiteral("reflection"), QStringLiteral("TEXT"),
                                 QStringLiteral("what you learnt"));
                     p.addOption(QStringLiteral("competency"), QStringLiteral("ID"),
                                 QStringLiteral("a competency practised"), true);
                 },
                 addLogEntry});
    list.append({QStringLiteral("evaluation add"),
                 QStringLiteral("PLACEMENT --date DATE --evaluator NAME [OPTIONS]"),
                 QStringLiteral("add a supervisor's evaluation of a placement"),
                 [](ArgumentParser &p) {
                     p.addOption(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                                 QStringLiteral("date of the evaluation"));
                     p.addOption(QStringLiteral("evaluator"), QStringLiteral("NAME"),
                                 QStringLiteral("who evaluated"));
                     p.addOption(QStringLiteral("evaluator-title"), QStringLiteral("TEXT"),
                                 QStringLiteral("the evaluator's job title"));
                     p.addOption(QStringLiteral("rubric"), QStringLiteral("TEXT"),
                                 QStringLiteral("what the scale's points mean"));
                     p.addOption(QStringLiteral("scale"), QStringLiteral("MIN-MAX"),
                                 QStringLiteral("the rating scale (default 1-5)"));
                     p.addOption(QStringLiteral("rating"), QStringLiteral("COMPETENCY=N"),
                                 QStringLiteral("a rating of one competency"), true);
                     p.addOption(QStringLiteral("comments"), QStringLiteral("TEXT"),
                                 QStringLiteral("the evaluator's comments"));
                     p.addOption(QStringLiteral("evidence"), QStringLiteral("ID"),
                                 QStringLiteral("evidence the evaluation cites"), true);
                 },
                 addEvaluation});
    list.append({QStringLiteral("competency add"), QStringLiteral("--title TEXT [OPTIONS]"),
                 QStringLiteral("add a competency, optionally from a framework"),
                 [](ArgumentParser &p) {
                     p.addOption(QStringLiteral("title"), QStringLiteral("TEXT"),
                                 QStringLiteral("the competency"));
                     p.addOption(QStringLiteral("code"), QStringLiteral("CODE"),
                                 QStringLiteral("its code in the framework"));
                     p.addOption(QStringLiteral("framework"), QStringLiteral("NAME"),
                                 QStringLiteral("the framework it belongs to"));
                     p.addOption(QStringLiteral("framework-url"), QStringLiteral("URL"),
                                 QStringLiteral("where the framework is published"));
                     p.addOption(QStringLiteral("description"), QStringLiteral("TEXT"),
                                 QStringLiteral("what it means"));
                 },
                 addCompetency});
    list.append({QStringLiteral("remove"), QStringLiteral("ID [--with-entries]"),
                 QStringLiteral("delete an item; links to it go with it"),
                 [](ArgumentParser &p) {
                     p.addFlag(QStringLiteral("with-entries"),
                               QStringLiteral("for a placement: delete its log entries and evaluations too"));
                 },
                 removeItem});
    return list;
}

} // namespace pf::cli
