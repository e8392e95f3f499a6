#include "Evidence.h"

namespace pf {

QString Evidence::kindName(Kind kind)
{
    switch (kind) {
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Link:
        return QStringLiteral("link");
    case Kind::Note:
        return QStringLiteral("note");
    }
    return {};
}

bool Evidence::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::File, Kind::Link, Kind::Note}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace pf
