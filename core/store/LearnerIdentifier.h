#pragma once

#include <QString>

namespace pf {

// One of the learner's own identifiers (e-mail, DID, student id, ...), used to check who a badge was issued to.
struct LearnerIdentifier
{
    QString kind; // email, did, url, phone, student-id, other
    QString value;
};

} // namespace pf
