#pragma once

#include "Evidence.h"

#include <QDate>
#include <QString>
#include <optional>

namespace pf {

// What the evidence list is narrowed to; a field left empty does not narrow it.
struct EvidenceQuery
{
    QString text; // every word must occur in the item's title, description, reflection, course or tags
    QString course;
    QString tag;
    qint64 competencyId = 0;
    std::optional<Evidence::Kind> kind;
    QDate from; // dated on or after
    QDate to;   // dated on or before

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && course.isEmpty() && tag.isEmpty() && competencyId == 0 && !kind &&
               !from.isValid() && !to.isValid();
    }
    friend bool operator==(const EvidenceQuery &, const EvidenceQuery &) = default;
};

} // namespace pf
