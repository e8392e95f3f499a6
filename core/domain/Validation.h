#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace pf {

// Parsing and checks shared by the repositories, the CLI and the UI's forms.
namespace validation {

// A calendar date in ISO 8601 form (YYYY-MM-DD) that exists.
Result<QDate> parseDate(const QString &text, const QString &field);

// Hours as a decimal number with at most two decimals, 0 < h <= 24; returned as hundredths.
Result<int> parseHours(const QString &text);
Status checkCentiHours(int centiHours);

// A plausible e-mail address (something@host.tld), or empty.
bool isPlausibleEmail(const QString &text);

// A non-blank value of at most maxLength characters.
Status requireText(const QString &value, const QString &field, int maxLength = 500);

} // namespace validation
} // namespace pf
