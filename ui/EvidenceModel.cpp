#include "EvidenceModel.h"

#include "Format.h"
#include "store/Store.h"

#include <QUrl>

namespace pf {

namespace {

// "HCI 210 · Autumn 2024 · 18 Oct 2024", leaving out what the learner did not fill in.
QString contextText(const Evidence &item)
{
    QStringList parts;
    for (const QString &part : {item.course, item.term, Format::date(item.date)}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(" · "));
}

QVariantList toVariantList(const QList<qint64> &ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list << id;
    return list;
}

} // namespace

EvidenceModel::EvidenceModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Evidence &e = row.item;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case IdRole:
        return e.id;
    case KindRole:
        return Evidence::kindName(e.kind);
    case KindLabelRole:
        return Format::evidenceKind(e.kind);
    case UrlRole:
        return e.url;
    case DescriptionRole:
        return e.description;
    case ReflectionRole:
        return e.reflection;
    case CourseRole:
        return e.course;
    case TermRole:
        return e.term;
    case DateRole:
        return e.date.isValid() ? e.date.toString(Qt::ISODate) : QString();
    case DateTextRole:
        return Format::date(e.date);
    case ContextTextRole:
        return contextText(e);
    case TagsRole:
        return e.tags;
    case FilesRole:
        return files(e);
    case FileCountRole:
        return int(e.files.size());
    case CompetencyIdsRole:
        return toVariantList(e.competencyIds);
    case CompetencyTitlesRole:
        return row.competencyTitles;
    default:
        return {};
    }
}

QHash<int, QByteArray> EvidenceModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {TitleRole, "title"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {UrlRole, "url"},
            {DescriptionRole, "description"},
            {ReflectionRole, "reflection"},
            {CourseRole, "course"},
            {TermRole, "term"},
            {DateRole, "date"},
            {DateTextRole, "dateText"},
            {ContextTextRole, "contextText"},
            {TagsRole, "tags"},
            {FilesRole, "files"},
            {FileCountRole, "fileCount"},
            {CompetencyIdsRole, "competencyIds"},
            {CompetencyTitlesRole, "competencyTitles"}};
}

QVariantList EvidenceModel::files(const Evidence &item) const
{
    QVariantList list;
    for (const EvidenceFile &f : item.files) {
        const bool image = f.mediaType.startsWith(u"image/");
        const bool pdf = f.mediaType == u"application/pdf";
        // Images and PDFs are previewed straight from the blob store; the image reader goes by content.
        const QUrl preview = (image || pdf) ? QUrl::fromLocalFile(m_store.blobs().pathFor(f.sha256)) : QUrl();
        list << QVariantMap{{QStringLiteral("fileId"), f.id},
                            {QStringLiteral("name"), f.originalName},
                            {QStringLiteral("mediaType"), f.mediaType},
                            {QStringLiteral("sizeText"), Format::fileSize(f.size)},
                            {QStringLiteral("isImage"), image},
                            {QStringLiteral("isPdf"), pdf},
                            {QStringLiteral("previewUrl"), preview}};
    }
    return list;
}

qint64 EvidenceModel::idAt(int row) const
{
    return m_rows.at(row).item.id;
}

void EvidenceModel::reload()
{
    auto items = m_store.evidence().list();
    if (!items) {
        reportError(items.error());
        return;
    }
    auto competencies = m_store.competencies().list();
    if (!competencies) {
        reportError(competencies.error());
        return;
    }
    QHash<qint64, QString> titles;
    for (const Competency &c : *competencies)
        titles.insert(c.id, c.title);

    QList<Row> fresh;
    for (const Evidence &e : *items) {
        Row row{e, {}};
        for (qint64 id : e.competencyIds)
            row.competencyTitles << titles.value(id);
        fresh << row;
    }
    replaceRows(m_rows, std::move(fresh), [](const Row &row) { return row.item.id; });
}

} // namespace pf
