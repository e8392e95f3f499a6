#pragma once

#include <QString>

namespace pf {

// A competency from a framework (or the learner's own), the thread that ties all items together.
struct Competency
{
    qint64 id = 0;
    qint64 frameworkId = 0; // 0: not part of a framework
    QString frameworkName;
    QString frameworkUrl;
    QString code;
    QString title;
    QString description;
    QString url; // where the competency is defined (an alignment's targetUrl), unique when given
};

} // namespace pf
