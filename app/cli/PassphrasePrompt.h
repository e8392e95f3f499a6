#pragma once

#include "common/Result.h"

#include <QString>

namespace pf::cli {

// Asks for the passphrase of the learner's signing key: from a file (--passphrase-file), else on the
// terminal without echo, else as one line of standard input (for scripts).
class PassphrasePrompt
{
public:
    // confirm: ask twice on a terminal (a new key is about to be made under it). Never empty on success.
    static Result<QString> read(const QString &passphraseFile, bool confirm);
};

} // namespace pf::cli
