#pragma once

#include "common/Result.h"

#include <QString>

namespace pf {

class Store;

// A realistic learner's portfolio for --sample and the screenshots: a competency framework, evidence
// with a PDF report and an image made at run time, and an internship with its log and an evaluation.
class SamplePortfolio
{
public:
    // Fills an empty store; the generated files are written to scratchDir before they are attached.
    static Status populate(Store &store, const QString &scratchDir);

    // The generated attachments, also used by the tests.
    static Result<QString> writeAuditReport(const QString &dir);
    static Result<QString> writeWireframes(const QString &dir);
};

} // namespace pf
