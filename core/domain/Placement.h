#pragma once

#include <QDate>
#include <QString>

namespace pf {

// A period of work-based learning (internship, apprenticeship, ...) at one organisation.
struct Placement
{
    enum class Kind { Internship, Apprenticeship, Mentorship, WorkExperience, Volunteering };

    qint64 id = 0;
    QString organisation;
    QString role;
    Kind kind = Kind::Internship;
    QString supervisorName;
    QString supervisorTitle;
    QString supervisorEmail;
    QDate startDate;
    QDate endDate; // null while the placement is ongoing
    QString location;
    QString description;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
};

} // namespace pf
