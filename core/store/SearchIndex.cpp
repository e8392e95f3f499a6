#include "SearchIndex.h"

#include "Database.h"
#include "SqlValues.h"

#include <QHash>
#include <QRegularExpression>

namespace pf {

Status SearchIndex::update(const ItemRef &ref, const Fields &fields)
{
    if (Status removed = remove(ref); !removed)
        return removed;
    for (const auto &[field, text] : fields) {
        if (text.trimmed().isEmpty())
            continue;
        auto entry = m_db.exec(
            QStringLiteral("INSERT INTO search_entry (kind, item_id, field, body) VALUES (?, ?, ?, ?)"),
            {itemKindName(ref.kind), ref.id, field, text});
        if (!entry)
            return entry.error();
        auto indexed = m_db.exec(QStringLiteral("INSERT INTO search_index (rowid, body) VALUES (?, ?)"),
                                 {entry->lastInsertId(), text});
        if (!indexed)
            return indexed.error();
    }
    return {};
}

Status SearchIndex::remove(const ItemRef &ref)
{
    // An external-content FTS5 index forgets a row only when told its old text.
    auto entries =
        m_db.exec(QStringLiteral("SELECT id, body FROM search_entry WHERE kind = ? AND item_id = ?"),
                  {itemKindName(ref.kind), ref.id});
    if (!entries)
        return entries.error();
    QList<QPair<qint64, QString>> rows;
    while (entries->next())
        rows.append({entries->value(0).toLongLong(), entries->value(1).toString()});
    entries->finish();
    for (const auto &[id, body] : rows) {
        auto r = m_db.exec(
            QStringLiteral("INSERT INTO search_index (search_index, rowid, body) VALUES ('delete', ?, ?)"),
            {id, body});
        if (!r)
            return r.error();
    }
    if (rows.isEmpty())
        return {};
    auto r = m_db.exec(QStringLiteral("DELETE FROM search_entry WHERE kind = ? AND item_id = ?"),
                       {itemKindName(ref.kind), ref.id});
    if (!r)
        return r.error();
    return {};
}

QString SearchIndex::toMatchExpression(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext())
        terms << u'"' + it.next().captured(0) + QStringLiteral("\"*");
    return terms.join(u' ');
}

Result<QList<SearchHit>> SearchIndex::search(const QString &text, int limit) const
{
    const QString match = toMatchExpression(text);
    if (match.isEmpty())
        return QList<SearchHit>{};
    // Each row is one field; a multi-word query must match within one field. Rows are grouped per
    // item afterwards, keeping the best score and every field that matched.
    // Ranking scores every matching row and makes a snippet for each before sorting: 0.1 s for a word
    // found in 50,000 entries. A word that common says little about relevance, so past kRankedMatches
    // the newest entries come first, which FTS5 reads in index order and stops after the limit.
    constexpr qint64 kRankedMatches = 5000;
    const qint64 matches = sql::count(
        m_db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?"), {match});
    const QString order = matches > kRankedMatches ? QStringLiteral("search_index.rowid DESC")
                                                   : QStringLiteral("bm25(search_index)");
    auto q = m_db.exec(
        QStringLiteral("SELECT e.kind, e.item_id, e.field, snippet(search_index, 0, '[', ']', '…', 12), "
                       "bm25(search_index) FROM search_index JOIN search_entry e ON e.id = "
                       "search_index.rowid WHERE search_index MATCH ? ORDER BY %1 LIMIT ?")
            .arg(order),
        {match, limit * 8});
    if (!q)
        return q.error();
    QList<SearchHit> hits;
    QHash<QString, qsizetype> seen;
    while (q->next()) {
        const auto kind = itemKindFromName(q->value(0).toString());
        if (!kind)
            continue;
        const ItemRef ref{*kind, q->value(1).toLongLong()};
        const QString key = ref.toString();
        if (auto found = seen.constFind(key); found != seen.cend()) {
            SearchHit &hit = hits[*found];
            if (!hit.fields.contains(q->value(2).toString()))
                hit.fields << q->value(2).toString();
            continue;
        }
        if (hits.size() >= limit)
            continue;
        seen.insert(key, hits.size());
        hits.append(
            SearchHit{ref, {}, {q->value(2).toString()}, q->value(3).toString(), q->value(4).toDouble()});
    }
    q->finish();
    for (SearchHit &hit : hits)
        hit.title = titleOf(hit.ref);
    return hits;
}

QString SearchIndex::titleOf(const ItemRef &ref) const
{
    QString sql;
    switch (ref.kind) {
    case ItemKind::Evidence:
        sql = QStringLiteral("SELECT title FROM evidence WHERE id = ?");
        break;
    case ItemKind::Placement:
        sql = QStringLiteral("SELECT role || ' at ' || organisation FROM placement WHERE id = ?");
        break;
    case ItemKind::LogEntry:
        sql = QStringLiteral("SELECT l.date || ' at ' || p.organisation FROM log_entry l JOIN placement p ON "
                             "p.id = l.placement_id WHERE l.id = ?");
        break;
    case ItemKind::Evaluation:
        sql = QStringLiteral("SELECT e.evaluator_name || ', ' || e.date FROM evaluation e WHERE e.id = ?");
        break;
    case ItemKind::Competency:
        sql = QStringLiteral("SELECT title FROM competency WHERE id = ?");
        break;
    case ItemKind::Credential:
        sql = QStringLiteral("SELECT name FROM credential WHERE id = ?");
        break;
    }
    auto q = m_db.exec(sql, {ref.id});
    return (q && q->next()) ? q->value(0).toString() : QString();
}

} // namespace pf
