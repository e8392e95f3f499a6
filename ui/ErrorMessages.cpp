#include "ErrorMessages.h"

#include "store/HolderKeyStore.h"

namespace pf {

QString ErrorMessages::sentence(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::InvalidArgument:
        return tr("Some of the information is not valid. Check the form and try again.");
    case ErrorCode::InvalidDate:
        return tr("A date is not valid. Write dates as YYYY-MM-DD, for example 2024-09-30.");
    case ErrorCode::DateOrder:
        return tr("The dates are in the wrong order.");
    case ErrorCode::HoursOutOfRange:
        return tr("Hours must be more than 0 and at most 24.");
    case ErrorCode::NotFound:
        return tr("This item no longer exists. It may have been deleted.");
    case ErrorCode::InUse:
        return tr("This item is still used by other items, so it was kept.");
    case ErrorCode::Duplicate:
        return tr("An item with the same name or code already exists.");
    case ErrorCode::FileMissing:
        return tr("The file could not be found. It may have been moved or deleted.");
    case ErrorCode::FileUnreadable:
        return tr("The file could not be read. Check that you are allowed to open it.");
    case ErrorCode::FileTooLarge:
        return tr("The file is too large to keep in your portfolio.");
    case ErrorCode::DiskFull:
        return tr("The disk is full. Free some space and try again.");
    case ErrorCode::ReadOnly:
        return tr("Your data folder cannot be written to. Check its permissions.");
    case ErrorCode::StoreTooNew:
        return tr("This portfolio was saved by a newer version of Pathfolio. Update Pathfolio to open it.");
    case ErrorCode::StoreCorrupt:
        return tr("The portfolio database is damaged, so Pathfolio did not open it.");
    case ErrorCode::MigrationFailed:
        return tr("The portfolio could not be upgraded to this version of Pathfolio. Nothing was changed.");
    case ErrorCode::BlobCorrupt:
        return tr("A stored file is damaged: it no longer matches what was saved.");
    case ErrorCode::Database:
        return tr("The portfolio database reported a problem. Please try again.");
    case ErrorCode::Io:
        return tr("A file could not be read or written. Please try again.");
    case ErrorCode::NotABadge:
        return tr("This file holds no badge or credential.");
    case ErrorCode::CorruptImage:
        return tr("The badge image is damaged and cannot be read.");
    case ErrorCode::PayloadTooLarge:
        return tr("The badge inside this file is too large to read safely.");
    case ErrorCode::UnsafeXml:
        return tr("This SVG file contains parts that are not safe to read, so it was not opened.");
    case ErrorCode::InvalidUtf8:
        return tr("The file contains text that is not valid UTF-8.");
    case ErrorCode::MalformedJson:
        return tr("The file is not valid JSON.");
    case ErrorCode::MalformedJws:
        return tr("The signed badge in this file is malformed.");
    case ErrorCode::MissingFields:
        return tr("The badge lacks information that its format requires.");
    case ErrorCode::UnsupportedVersion:
        return tr("Pathfolio cannot read this badge format or version yet.");
    case ErrorCode::TooDeep:
        return tr("The file is nested too deeply to read safely.");
    case ErrorCode::InvalidKey:
        return tr("The issuer's key is not a usable public key.");
    case ErrorCode::UnsupportedAlgorithm:
        return tr("The badge is signed with a method Pathfolio does not accept.");
    case ErrorCode::KeyMismatch:
        return tr("The issuer's key does not fit the signing method of the badge.");
    case ErrorCode::BadSignature:
        return tr("The signature does not match the badge: it may have been changed.");
    case ErrorCode::UnresolvableKey:
        return tr("The issuer's key could not be found among the documents Pathfolio keeps offline.");
    case ErrorCode::WrongPassphrase:
        return tr("The passphrase is not the one your signing key was saved with.");
    case ErrorCode::InvalidJsonLd:
        return tr("The credential's linked data is malformed.");
    case ErrorCode::UnknownContext:
        return tr("The credential refers to a vocabulary that Pathfolio does not have offline.");
    case ErrorCode::UndefinedTerm:
        return tr("The credential uses a term that its vocabularies do not define, so it cannot be checked "
                  "exactly.");
    case ErrorCode::MalformedNQuads:
        return tr("The file is not valid N-Quads.");
    case ErrorCode::CanonicalizationLimit:
        return tr("The credential's data is too complex to check safely.");
    case ErrorCode::MalformedPdf:
        return tr("The PDF is damaged or was changed in a way that Pathfolio cannot read.");
    }
    return tr("Something went wrong. Please try again.");
}

QString ErrorMessages::forField(const QString &field, ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidDate:
        return tr("Enter the date as YYYY-MM-DD, for example 2024-09-30.");
    case ErrorCode::HoursOutOfRange:
        return tr("Enter more than 0 and at most 24 hours, with at most two decimals, for example 7.5.");
    case ErrorCode::DateOrder:
        if (field == u"endDate")
            return tr("The end date cannot be before the start date.");
        if (field == u"date")
            return tr("Choose a date between the placement's start and end dates.");
        if (field == u"placementDates")
            return tr("Some log entries would fall outside these dates. Choose dates that include them.");
        break;
    case ErrorCode::InvalidArgument:
        if (field == u"title")
            return tr("Enter a title.");
        if (field == u"url" || field == u"frameworkUrl")
            return tr("Enter a full web address, for example https://example.org/my-work.");
        if (field == u"files")
            return tr("Attach at least one file, or choose another kind of evidence.");
        if (field == u"organisation")
            return tr("Enter the name of the organisation.");
        if (field == u"role")
            return tr("Enter your role, for example \"Design intern\".");
        if (field == u"supervisorEmail")
            return tr("Enter an e-mail address such as name@example.org, or leave it empty.");
        if (field == u"evaluatorName")
            return tr("Enter the name of the person who evaluated you.");
        if (field == u"scale")
            return tr("The highest rating must be above the lowest one.");
        if (field == u"ratings")
            return tr("Every rating must be within the rubric's scale.");
        if (field == u"kind")
            return tr("Choose a kind.");
        if (field == u"frameworkName")
            return tr("Name the framework that the web address belongs to.");
        if (field == u"cacheUrl")
            return tr(
                "Enter the address the document is known by, for example https://example.org/issuer.json.");
        if (field == u"cacheFile")
            return tr("Choose the file that holds the document.");
        if (field == u"issuerId")
            return tr("Enter the issuer's id as its badges state it, for example did:web:example.org.");
        if (field == u"trustList")
            return tr("This file is not a Pathfolio trust list.");
        if (field == u"profileName")
            return tr("Enter a name of at most 200 characters.");
        if (field == u"identifierEmail")
            return tr("Enter an e-mail address such as name@example.org.");
        if (field == u"identifierDid")
            return tr("Enter a DID, which starts with did:, for example did:key:z6Mk….");
        if (field == u"identifier")
            return tr("Enter the identifier as your badges state it.");
        if (field == u"packName")
            return tr("Name the pack, for example after the role or employer it is for.");
        if (field == u"packItems")
            return tr("Choose at least one item for the pack.");
        if (field == u"passphrase")
            //: %1 is the least number of characters
            return tr("Choose a passphrase of at least %1 characters.")
                .arg(HolderKeyStore::kMinPassphraseLength);
        if (field == u"passphraseRepeat")
            return tr("The two passphrases differ. Type the same one twice.");
        break;
    case ErrorCode::FileTooLarge:
        if (field == u"cacheFile")
            return tr("The file is larger than 50 MiB, too large for the offline cache.");
        break;
    case ErrorCode::StoreTooNew:
        if (field == u"trustList")
            return tr(
                "This trust list was saved by a newer version of Pathfolio. Update Pathfolio to import it.");
        break;
    case ErrorCode::Duplicate:
        if (field == u"code")
            return tr("Another competency in this framework already has this code.");
        if (field == u"packName")
            return tr("Another pack already has this name.");
        break;
    case ErrorCode::InUse:
        if (field == u"competency")
            return tr("A supervisor's evaluation rates this competency, so it cannot be deleted.");
        break;
    default:
        break;
    }
    return sentence(code);
}

} // namespace pf
