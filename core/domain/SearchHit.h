#pragma once

#include "ItemRef.h"

#include <QString>
#include <QStringList>

namespace pf {

// One item found by full-text search, with the fields that matched and a snippet of the best one.
struct SearchHit
{
    ItemRef ref;
    QString title;
    QStringList fields;
    QString snippet;
    double score = 0; // lower is better (FTS5 bm25)
};

} // namespace pf
