#include "PackItemModel.h"

#include "Format.h"
#include "store/Store.h"

#include <QVariantList>
#include <algorithm>

namespace pf {

namespace {

// The kinds a pack holds, in the order the list shows them, with the form keys of their ids.
struct PackKind
{
    ItemKind kind;
    const char *formKey;
    QList<qint64> ApplicationPack::*ids;
};
const PackKind kKinds[] = {
    {ItemKind::Credential, "credentialIds", &ApplicationPack::credentialIds},
    {ItemKind::Evidence, "evidenceIds", &ApplicationPack::evidenceIds},
    {ItemKind::Placement, "placementIds", &ApplicationPack::placementIds},
    {ItemKind::Competency, "competencyIds", &ApplicationPack::competencyIds},
};

QString section(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Credential:
        return PackItemModel::tr("Badges");
    case ItemKind::Evidence:
        return PackItemModel::tr("Evidence");
    case ItemKind::Placement:
        return PackItemModel::tr("Internships");
    case ItemKind::Competency:
        return PackItemModel::tr("Competencies");
    default:
        return {};
    }
}

} // namespace

PackItemModel::PackItemModel(Store &store, QObject *parent) : ListModel(parent), m_store(store)
{
    reload();
}

qint64 PackItemModel::keyOf(ItemKind kind, qint64 id)
{
    // Ids are SQLite row ids, far below 2^59: the kind fits in the low bits.
    return id * 8 + qint64(kind);
}

int PackItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PackItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return keyOf(r.kind, r.id);
    case KindRole:
        return itemKindName(r.kind);
    case SectionRole:
        return section(r.kind);
    case ItemIdRole:
        return r.id;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case DetailRole:
        return r.detail;
    case ChosenRole:
        return isChosen(r);
    default:
        return {};
    }
}

bool PackItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ChosenRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row &r = m_rows.at(index.row());
    const qint64 key = keyOf(r.kind, r.id);
    if (value.toBool() == m_chosen.contains(key))
        return true;
    if (value.toBool())
        m_chosen.insert(key);
    else
        m_chosen.remove(key);
    emit dataChanged(index, index, {ChosenRole});
    emit selectionChanged();
    return true;
}

QHash<int, QByteArray> PackItemModel::roleNames() const
{
    return {{KeyRole, "key"},     {KindRole, "kind"},     {SectionRole, "section"}, {ItemIdRole, "itemId"},
            {TitleRole, "title"}, {DetailRole, "detail"}, {ChosenRole, "chosen"}};
}

qint64 PackItemModel::idAt(int row) const
{
    return keyOf(m_rows.at(row).kind, m_rows.at(row).id);
}

void PackItemModel::reload()
{
    auto credentials = m_store.credentials().list();
    auto evidence = m_store.evidence().list();
    auto placements = m_store.placements().list();
    auto competencies = m_store.competencies().list();
    for (const Error *error :
         {credentials ? nullptr : &credentials.error(), evidence ? nullptr : &evidence.error(),
          placements ? nullptr : &placements.error(), competencies ? nullptr : &competencies.error()}) {
        if (error) {
            reportError(*error);
            return;
        }
    }
    QList<Row> fresh;
    for (const Credential &c : *credentials)
        fresh << Row{ItemKind::Credential, c.id, c.name,
                     Format::joined({c.issuerName, Format::date(c.issuedAt.toLocalTime().date())})};
    for (const Evidence &e : *evidence)
        fresh << Row{ItemKind::Evidence, e.id, e.title,
                     Format::joined({Format::evidenceKind(e.kind), e.course, Format::date(e.date)})};
    for (const Placement &p : *placements)
        fresh << Row{ItemKind::Placement, p.id, p.organisation,
                     Format::joined({p.role, Format::period(p.startDate, p.endDate)})};
    for (const Competency &c : *competencies)
        fresh << Row{ItemKind::Competency, c.id, c.title, Format::joined({c.code, c.frameworkName})};

    // What was chosen and is gone is no longer chosen.
    QSet<qint64> present;
    for (const Row &r : fresh)
        present.insert(keyOf(r.kind, r.id));
    const qsizetype before = m_chosen.size();
    m_chosen.intersect(present);
    m_all = std::move(fresh);
    showMatching();
    if (m_chosen.size() != before)
        emit selectionChanged();
}

bool PackItemModel::matches(const Row &row) const
{
    const QStringList words = m_filter.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&row](const QString &word) {
        return row.title.contains(word, Qt::CaseInsensitive) ||
               row.detail.contains(word, Qt::CaseInsensitive);
    });
}

void PackItemModel::showMatching()
{
    QList<Row> shown;
    for (const Row &r : std::as_const(m_all)) {
        if (matches(r))
            shown << r;
    }
    replaceRows(m_rows, std::move(shown), [](const Row &r) { return keyOf(r.kind, r.id); });
}

void PackItemModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    showMatching();
    emit filterChanged();
}

int PackItemModel::chosenCount() const
{
    return int(m_chosen.size());
}

void PackItemModel::setChosen(int row, bool chosen)
{
    // A delegate whose row was just filtered away still answers a click until the view lays out again;
    // its row is -1 by then, and nothing is to be chosen.
    if (row < 0 || row >= rowCount())
        return;
    setData(index(row), chosen, ChosenRole);
}

void PackItemModel::announceChoice()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {ChosenRole});
    emit selectionChanged();
}

void PackItemModel::chooseAll(const QString &kind, bool chosen)
{
    const std::optional<ItemKind> only = kind.isEmpty() ? std::nullopt : itemKindFromName(kind);
    if (!kind.isEmpty() && !only)
        return;
    for (const Row &r : std::as_const(m_rows)) {
        if (only && r.kind != *only)
            continue;
        if (chosen)
            m_chosen.insert(keyOf(r.kind, r.id));
        else
            m_chosen.remove(keyOf(r.kind, r.id));
    }
    announceChoice();
}

void PackItemModel::choose(const QVariantMap &form)
{
    m_chosen.clear();
    for (const PackKind &k : kKinds) {
        for (const QVariant &id : form.value(QString::fromLatin1(k.formKey)).toList())
            m_chosen.insert(keyOf(k.kind, id.toLongLong()));
    }
    announceChoice();
}

QVariantMap PackItemModel::selection() const
{
    QVariantMap form;
    for (const PackKind &k : kKinds) {
        QVariantList ids;
        for (const Row &r : m_all) {
            if (r.kind == k.kind && isChosen(r))
                ids << r.id;
        }
        form.insert(QString::fromLatin1(k.formKey), ids);
    }
    return form;
}

QString PackItemModel::summaryOf(const ApplicationPack &pack)
{
    QStringList parts;
    if (const int n = int(pack.credentialIds.size()))
        parts << tr("%n badge(s)", "", n);
    if (const int n = int(pack.evidenceIds.size()))
        parts << tr("%n piece(s) of evidence", "", n);
    if (const int n = int(pack.placementIds.size()))
        parts << tr("%n internship(s)", "", n);
    if (const int n = int(pack.competencyIds.size()))
        parts << tr("%n competenc(y/ies)", "", n);
    return parts.isEmpty() ? tr("Nothing chosen") : parts.join(QStringLiteral(", "));
}

QString PackItemModel::summary() const
{
    ApplicationPack chosen;
    for (const Row &r : m_all) {
        if (!isChosen(r))
            continue;
        for (const PackKind &k : kKinds) {
            if (k.kind == r.kind)
                (chosen.*k.ids) << r.id;
        }
    }
    return summaryOf(chosen);
}

} // namespace pf
