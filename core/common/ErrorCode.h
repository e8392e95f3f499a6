#pragma once

#include <QString>

namespace pf {

// The reasons an operation in core can fail; the UI turns each into a translated sentence.
enum class ErrorCode {
    None,
    InvalidArgument, // a value that breaks a rule (empty title, bad e-mail, rating off the scale)
    InvalidDate,     // a date that does not parse or does not exist
    DateOrder,       // an end before a start, an entry outside its placement
    HoursOutOfRange, // hours not in (0, 24] or with more than two decimals
    NotFound,        // an id that names nothing
    InUse,           // a delete refused because other items refer to the item
    Duplicate,       // a unique key already taken
    FileMissing,     // a path that does not exist
    FileUnreadable,  // a path that exists but cannot be read
    FileTooLarge,    // a file over the configured limit
    DiskFull,        // no space left for the database or a blob
    ReadOnly,        // the data folder or database cannot be written
    StoreTooNew,     // the database was written by a newer Pathfolio
    StoreCorrupt,    // the database fails its integrity check
    MigrationFailed, // a schema upgrade failed and was rolled back
    BlobCorrupt,     // a stored file no longer matches its hash
    Database,        // any other SQLite failure
    Io,              // any other file-system failure
};

// Stable machine name of a code, as printed by the CLI's --json output.
QString errorCodeName(ErrorCode code);

} // namespace pf
