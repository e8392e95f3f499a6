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
    }
    return QStringLiteral("unknown");
}

} // namespace pf
