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

    // Why a file offered for import is refused.
    NotABadge,          // a well-formed file that holds no badge or credential
    CorruptImage,       // a PNG or SVG that is broken: signature, CRC, truncation, malformed XML
    PayloadTooLarge,    // an embedded badge over the payload limit (checked while inflating)
    UnsafeXml,          // an SVG with a DTD internal subset, entity declarations or unresolvable entities
    InvalidUtf8,        // text that must be UTF-8 and is not
    MalformedJson,      // JSON that does not parse (the message gives line and column)
    MalformedJws,       // a compact JWS that is not three base64url parts with a JSON header and payload
    MissingFields,      // a credential without fields its format requires (the message names them)
    UnsupportedVersion, // a badge format or version Pathfolio does not read
    TooDeep,            // JSON nested deeper than the bound

    // Cryptography and key resolution.
    InvalidKey,           // key material that does not decode to a usable public key
    UnsupportedAlgorithm, // an algorithm outside the allow-list (none, HMAC, unknown names)
    KeyMismatch,          // a key of the wrong type or curve for the algorithm
    BadSignature,         // a signature that does not verify (or has the wrong length)
    UnresolvableKey,      // a key reference that neither bundled data nor the offline cache can resolve
    WrongPassphrase,      // a passphrase that does not open the key it is meant to unlock

    // JSON-LD and RDF processing.
    InvalidJsonLd,   // a JSON-LD document that breaks a processing rule (detail: the JSON-LD error code)
    UnknownContext,  // a context URL that is neither bundled nor in the offline cache (the message names it)
    UndefinedTerm,   // safe mode: a term no context defines, or a value expansion would drop
    MalformedNQuads, // N-Quads text that does not parse (the message gives the line)
    CanonicalizationLimit, // a graph whose canonicalization exceeds the work bound (a poison graph)

    // Portfolio files.
    MalformedPdf, // a PDF whose structure cannot be read (the message says where)
};

// Stable machine name of a code, as printed by the CLI's --json output.
QString errorCodeName(ErrorCode code);

} // namespace pf
