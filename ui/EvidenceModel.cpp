#include "EvidenceModel.h"

#include "FormController.h"
#include "Format.h"
#include "store/Store.h"

#include <QUrl>
#include <algorithm>

namespace pf {

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
        return Format::joined({e.course, e.term, Format::date(e.date)});
    case TagsRole:
        return e.tags;
    case FilesRole:
        return files(e);
    case FileCountRole:
        return int(e.files.size());
    case CompetencyIdsRole:
        return FormController::idList(e.competencyIds);
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
        const EvidenceFile::Preview look = f.preview();
        const bool image = look == EvidenceFile::Preview::Image;
        const bool pdf = look == EvidenceFile::Preview::Pdf;
        // Images and PDFs are previewed straight from the blob store; the image reader goes by content.
        const QUrl preview = (image || pdf) ? QUrl::fromLocalFile(m_store.blobs().pathFor(f.sha256)) : QUrl();
        list << QVariantMap{{QStringLiteral("fileId"), f.id},
                            {QStringLiteral("name"), f.originalName},
                            {QStringLiteral("mediaType"), f.mediaType},
                            {QStringLiteral("sizeText"), Format::fileSize(f.size)},
                            {QStringLiteral("isImage"), image},
                            {QStringLiteral("isPdf"), pdf},
                            {QStringLiteral("isText"), look == EvidenceFile::Preview::Text},
                            {QStringLiteral("previewUrl"), preview}};
    }
    return list;
}

qint64 EvidenceModel::idAt(int row) const
{
    return m_rows.at(row).item.id;
}

QList<EvidenceModel::Row> EvidenceModel::toRows(const QList<Evidence> &items) const
{
    QList<Row> rows;
    rows.reserve(items.size());
    for (const Evidence &e : items) {
        Row row{e, {}};
        for (qint64 id : e.competencyIds)
            row.competencyTitles << m_competencyTitles.value(id);
        rows << row;
    }
    return rows;
}

void EvidenceModel::reload()
{
    auto competencies = m_store.competencies().list();
    auto courses = m_store.evidence().courses();
    auto tags = m_store.evidence().tags();
    if (!competencies || !courses || !tags) {
        reportError(!competencies ? competencies.error() : !courses ? courses.error() : tags.error());
        return;
    }
    m_competencyTitles.clear();
    QList<Competency> byTitle = *competencies;
    std::sort(byTitle.begin(), byTitle.end(), [](const Competency &a, const Competency &b) {
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    QVariantList competencyOptions;
    for (const Competency &c : byTitle) {
        m_competencyTitles.insert(c.id, c.title);
        competencyOptions << QVariantMap{{QStringLiteral("value"), c.id}, {QStringLiteral("text"), c.title}};
    }
    if (*courses != m_courses || *tags != m_tags || competencyOptions != m_competencyOptions) {
        m_courses = *courses;
        m_tags = *tags;
        m_competencyOptions = competencyOptions;
        emit optionsChanged();
    }
    readRows();
}

void EvidenceModel::readRows()
{
    // As many rows as are shown now, so that a reload after an edit keeps the view where it was.
    const int wanted = qMax(kPageSize, int(m_rows.size()));
    auto items = m_store.evidence().list(m_query, 0, wanted);
    auto total = m_store.evidence().count(m_query);
    if (!items || !total) {
        reportError(!items ? items.error() : total.error());
        return;
    }
    replaceRows(
        m_rows, toRows(*items), [](const Row &row) { return row.item.id; }, *total);
    const qint64 inLibrary = m_query.isEmpty() ? *total : m_store.evidence().count();
    if (inLibrary != m_libraryCount) {
        m_libraryCount = inLibrary;
        emit libraryCountChanged();
    }
}

void EvidenceModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto items = m_store.evidence().list(m_query, int(m_rows.size()), kPageSize);
    if (!items) {
        reportError(items.error());
        return;
    }
    appendRows(m_rows, toRows(*items), [](const Row &row) { return row.item.id; });
}

void EvidenceModel::applyQuery(const EvidenceQuery &query)
{
    if (query == m_query) {
        emit filterChanged(); // the date texts may have changed while the query did not
        return;
    }
    // Another query gives other rows: start again from the top rather than diffing two lists.
    beginResetModel();
    m_query = query;
    m_rows.clear();
    clearTotal(); // nothing to fetch until readRows has counted what the new query gives
    endResetModel();
    // The count is 0 now; readRows compares with that and would stay silent if the new query gives none.
    emit countChanged();
    emit filterChanged();
    readRows();
}

void EvidenceModel::clearFilters()
{
    m_fromText.clear();
    m_toText.clear();
    applyQuery({});
}

void EvidenceModel::setSearchText(const QString &text)
{
    EvidenceQuery q = m_query;
    q.text = text;
    applyQuery(q);
}

void EvidenceModel::setCourse(const QString &course)
{
    EvidenceQuery q = m_query;
    q.course = course;
    applyQuery(q);
}

void EvidenceModel::setTag(const QString &tag)
{
    EvidenceQuery q = m_query;
    q.tag = tag;
    applyQuery(q);
}

void EvidenceModel::setCompetencyId(qint64 id)
{
    EvidenceQuery q = m_query;
    q.competencyId = id;
    applyQuery(q);
}

QString EvidenceModel::kind() const
{
    return m_query.kind ? Evidence::kindName(*m_query.kind) : QString();
}

void EvidenceModel::setKind(const QString &kind)
{
    EvidenceQuery q = m_query;
    Evidence::Kind k = Evidence::Kind::Note;
    q.kind = Evidence::kindFromName(kind, &k) ? std::optional(k) : std::nullopt;
    applyQuery(q);
}

void EvidenceModel::setFromDate(const QString &date)
{
    m_fromText = date.trimmed();
    updateDates();
}

void EvidenceModel::setToDate(const QString &date)
{
    m_toText = date.trimmed();
    updateDates();
}

void EvidenceModel::updateDates()
{
    // A date half typed narrows nothing until it is a whole, existing date; dateProblem says so.
    EvidenceQuery q = m_query;
    q.from = QDate::fromString(m_fromText, Qt::ISODate);
    q.to = QDate::fromString(m_toText, Qt::ISODate);
    applyQuery(q);
}

QString EvidenceModel::dateProblem() const
{
    const bool fromBad = !m_fromText.isEmpty() && !m_query.from.isValid();
    const bool toBad = !m_toText.isEmpty() && !m_query.to.isValid();
    if (fromBad || toBad)
        return tr("Type dates as YYYY-MM-DD, for example 2025-03-14.");
    if (m_query.from.isValid() && m_query.to.isValid() && m_query.from > m_query.to)
        return tr("The first date is after the second, so nothing can match.");
    return {};
}

} // namespace pf
