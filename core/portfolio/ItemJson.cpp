#include "ItemJson.h"

#include "domain/ItemRef.h"

#include <QJsonArray>

namespace pf {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray refs(ItemKind kind, const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(ItemRef{kind, id}.toString());
    return array;
}

} // namespace

QJsonObject ItemJson::evidence(const Evidence &e)
{
    QJsonArray files;
    for (const EvidenceFile &f : e.files) {
        files.append(QJsonObject{{QStringLiteral("name"), f.originalName},
                                 {QStringLiteral("mediaType"), f.mediaType},
                                 {QStringLiteral("size"), f.size},
                                 {QStringLiteral("sha256"), f.sha256}});
    }
    return {{QStringLiteral("id"), ItemRef{ItemKind::Evidence, e.id}.toString()},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kind"), Evidence::kindName(e.kind)},
            {QStringLiteral("url"), e.url},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("reflection"), e.reflection},
            {QStringLiteral("course"), e.course},
            {QStringLiteral("term"), e.term},
            {QStringLiteral("date"), date(e.date)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
            {QStringLiteral("files"), files},
            {QStringLiteral("competencies"), refs(ItemKind::Competency, e.competencyIds)},
            {QStringLiteral("created"), dateTime(e.createdAt)},
            {QStringLiteral("updated"), dateTime(e.updatedAt)}};
}

QJsonObject ItemJson::placement(const Placement &p)
{
    return {{QStringLiteral("id"), ItemRef{ItemKind::Placement, p.id}.toString()},
            {QStringLiteral("organisation"), p.organisation},
            {QStringLiteral("role"), p.role},
            {QStringLiteral("kind"), Placement::kindName(p.kind)},
            {QStringLiteral("supervisor"), QJsonObject{{QStringLiteral("name"), p.supervisorName},
                                                       {QStringLiteral("title"), p.supervisorTitle},
                                                       {QStringLiteral("email"), p.supervisorEmail}}},
            {QStringLiteral("start"), date(p.startDate)},
            {QStringLiteral("end"), date(p.endDate)},
            {QStringLiteral("location"), p.location},
            {QStringLiteral("description"), p.description}};
}

QJsonObject ItemJson::logEntry(const LogEntry &l)
{
    return {{QStringLiteral("id"), ItemRef{ItemKind::LogEntry, l.id}.toString()},
            {QStringLiteral("placement"), ItemRef{ItemKind::Placement, l.placementId}.toString()},
            {QStringLiteral("date"), date(l.date)},
            {QStringLiteral("hours"), l.hours()},
            {QStringLiteral("activities"), l.activities},
            {QStringLiteral("reflection"), l.reflection},
            {QStringLiteral("competencies"), refs(ItemKind::Competency, l.competencyIds)}};
}

QJsonObject ItemJson::evaluation(const Evaluation &e)
{
    QJsonArray ratings;
    for (const CompetencyRating &r : e.ratings) {
        ratings.append(QJsonObject{
            {QStringLiteral("competency"), ItemRef{ItemKind::Competency, r.competencyId}.toString()},
            {QStringLiteral("rating"), r.rating},
            {QStringLiteral("comment"), r.comment}});
    }
    return {{QStringLiteral("id"), ItemRef{ItemKind::Evaluation, e.id}.toString()},
            {QStringLiteral("placement"), ItemRef{ItemKind::Placement, e.placementId}.toString()},
            {QStringLiteral("date"), date(e.date)},
            {QStringLiteral("evaluator"), QJsonObject{{QStringLiteral("name"), e.evaluatorName},
                                                      {QStringLiteral("title"), e.evaluatorTitle}}},
            {QStringLiteral("rubric"), QJsonObject{{QStringLiteral("description"), e.rubric},
                                                   {QStringLiteral("min"), e.scaleMin},
                                                   {QStringLiteral("max"), e.scaleMax}}},
            {QStringLiteral("ratings"), ratings},
            {QStringLiteral("comments"), e.comments},
            {QStringLiteral("evidence"), refs(ItemKind::Evidence, e.evidenceIds)}};
}

QJsonObject ItemJson::competency(const Competency &c)
{
    return {{QStringLiteral("id"), ItemRef{ItemKind::Competency, c.id}.toString()},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("code"), c.code},
            {QStringLiteral("framework"),
             QJsonObject{{QStringLiteral("name"), c.frameworkName}, {QStringLiteral("url"), c.frameworkUrl}}},
            {QStringLiteral("description"), c.description}};
}

QJsonObject ItemJson::credential(const Credential &c, const QString &latestResult)
{
    return {{QStringLiteral("id"), ItemRef{ItemKind::Credential, c.id}.toString()},
            {QStringLiteral("format"), c.format},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("issuer"), c.issuerName},
            {QStringLiteral("credentialId"), c.credentialId},
            {QStringLiteral("issued"), dateTime(c.issuedAt)},
            {QStringLiteral("validUntil"), dateTime(c.validUntil)},
            {QStringLiteral("result"),
             latestResult.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(latestResult)},
            {QStringLiteral("sha256"), c.originalSha256},
            {QStringLiteral("size"), c.originalSize},
            {QStringLiteral("contentSha256"), c.contentSha256},
            {QStringLiteral("inside"), c.parentId
                                           ? QJsonValue(ItemRef{ItemKind::Credential, c.parentId}.toString())
                                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("sourceFile"), c.sourceFileName},
            {QStringLiteral("imported"), dateTime(c.importedAt)},
            {QStringLiteral("competencies"), refs(ItemKind::Competency, c.competencyIds)}};
}

QJsonObject ItemJson::searchHit(const SearchHit &hit)
{
    return {{QStringLiteral("id"), hit.ref.toString()},
            {QStringLiteral("kind"), itemKindName(hit.ref.kind)},
            {QStringLiteral("title"), hit.title},
            {QStringLiteral("fields"), QJsonArray::fromStringList(hit.fields)},
            {QStringLiteral("snippet"), hit.snippet},
            {QStringLiteral("score"), hit.score}};
}

} // namespace pf
