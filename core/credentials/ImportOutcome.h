#pragma once

#include "common/Error.h"

#include <QString>

namespace pf {

// What became of one input (or one credential inside a record) offered for import.
struct ImportOutcome
{
    enum class Kind { Imported, Present, Refused };

    QString file;
    Kind kind = Kind::Refused;
    qint64 id = 0; // the stored credential (0 for a status list, which goes to the offline cache)
    QString format;
    QString name;
    QString cacheUrl; // a status list's URL in the offline cache
    qint64 parentId = 0;
    Error error; // why it was refused

    static QString kindName(Kind kind);
};

} // namespace pf
