#pragma once

#include "common/Result.h"
#include "domain/ItemRef.h"
#include "domain/SearchHit.h"

#include <QList>
#include <QPair>
#include <QString>

namespace pf {

class Database;

// Full-text search (SQLite FTS5) over every kind of item, kept current by the repositories.
class SearchIndex
{
public:
    using Fields = QList<QPair<QString, QString>>; // field name, text

    explicit SearchIndex(Database &db) : m_db(db) {}

    // Replaces what is indexed for ref; call inside the transaction that changes the item.
    Status update(const ItemRef &ref, const Fields &fields);
    Status remove(const ItemRef &ref);

    // Items matching every word of text (prefix match), best first.
    Result<QList<SearchHit>> search(const QString &text, int limit = 50) const;

    // The FTS5 query for free text: each word quoted, so user input cannot inject query syntax.
    static QString toMatchExpression(const QString &text);

private:
    QString titleOf(const ItemRef &ref) const;

    Database &m_db;
};

} // namespace pf
