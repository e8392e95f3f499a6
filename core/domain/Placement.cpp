#include "Placement.h"

namespace pf {

QString Placement::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Internship:
        return QStringLiteral("internship");
    case Kind::Apprenticeship:
        return QStringLiteral("apprenticeship");
    case Kind::Mentorship:
        return QStringLiteral("mentorship");
    case Kind::WorkExperience:
        return QStringLiteral("work-experience");
    case Kind::Volunteering:
        return QStringLiteral("volunteering");
    }
    return {};
}

bool Placement::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Internship, Kind::Apprenticeship, Kind::Mentorship, Kind::WorkExperience,
                   Kind::Volunteering}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace pf
