#include "ErrorCode.h"

namespace pf {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::InvalidDate:
        return QStringLiteral("invalid_date");
    case ErrorCode::DateOrder:
        return QStringLiteral("date_order");
    case ErrorCode::HoursOutOfRange:
        return QStringLiteral("hours_out_of_range");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::InUse:
        return QStringLiteral("in_use");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    case ErrorCode::FileMissing:
        return QStringLiteral("file_missing");
    case ErrorCode::FileUnreadable:
        return QStringLiteral("file_unreadable");
    case ErrorCode::FileTooLarge:
        return QStringLiteral("file_too_large");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorCode::StoreTooNew:
        return QStringLiteral("store_too_new");
    case ErrorCode::StoreCorrupt:
        return QStringLiteral("store_corrupt");
    case ErrorCode::MigrationFailed:
        return QStringLiteral("migration_failed");
    case ErrorCode::BlobCorrupt:
        return QStringLiteral("blob_corrupt");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::NotABadge:
        return QStringLiteral("not_a_badge");
    case ErrorCode::CorruptImage:
        return QStringLiteral("corrupt_image");
    case ErrorCode::PayloadTooLarge:
        return QStringLiteral("payload_too_large");
    case ErrorCode::UnsafeXml:
        return QStringLiteral("unsafe_xml");
    case ErrorCode::InvalidUtf8:
        return QStringLiteral("invalid_utf8");
    case ErrorCode::MalformedJson:
        return QStringLiteral("malformed_json");
    case ErrorCode::MalformedJws:
        return QStringLiteral("malformed_jws");
    case ErrorCode::MissingFields:
        return QStringLiteral("missing_fields");
    case ErrorCode::UnsupportedVersion:
        return QStringLiteral("unsupported_version");
    case ErrorCode::TooDeep:
        return QStringLiteral("too_deep");
    case ErrorCode::InvalidKey:
        return QStringLiteral("invalid_key");
    case ErrorCode::UnsupportedAlgorithm:
        return QStringLiteral("unsupported_algorithm");
    case ErrorCode::KeyMismatch:
        return QStringLiteral("key_mismatch");
    case ErrorCode::BadSignature:
        return QStringLiteral("bad_signature");
    case ErrorCode::UnresolvableKey:
        return QStringLiteral("unresolvable_key");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong_passphrase");
    case ErrorCode::InvalidJsonLd:
        return QStringLiteral("invalid_jsonld");
    case ErrorCode::UnknownContext:
        return QStringLiteral("unknown_context");
    case ErrorCode::UndefinedTerm:
        return QStringLiteral("undefined_term");
    case ErrorCode::MalformedNQuads:
        return QStringLiteral("malformed_nquads");
    case ErrorCode::CanonicalizationLimit:
        return QStringLiteral("canonicalization_limit");
    case ErrorCode::MalformedPdf:
        return QStringLiteral("malformed_pdf");
    }
    return QStringLiteral("unknown");
}

} // namespace pf
