#include "OfflineDataController.h"

#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pf {

namespace {

// The content of a local file of at most maxSize bytes.
Result<QByteArray> readFile(const QString &path, qint64 maxSize)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists() || !info.isFile())
        return Error{ErrorCode::FileMissing, QStringLiteral("%1 does not exist").arg(path)};
    if (info.size() > maxSize)
        return Error{ErrorCode::FileTooLarge, QStringLiteral("%1 has %2 bytes").arg(path).arg(info.size())};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, QStringLiteral("%1: %2").arg(path, f.errorString())};
    QByteArray content = f.read(maxSize + 1);
    if (content.size() > maxSize)
        return Error{ErrorCode::FileTooLarge, QStringLiteral("%1 grew past the limit").arg(path)};
    if (f.error() != QFileDevice::NoError)
        return Error{ErrorCode::FileUnreadable, QStringLiteral("%1: %2").arg(path, f.errorString())};
    return content;
}

// A JSON file is taken as JSON; anything else the verifier sniffs for itself.
QString mediaTypeOf(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? QStringLiteral("application/json")
                                                                       : QString();
}

} // namespace

OfflineDataController::OfflineDataController(Store &store, QObject *parent)
    : FormController(parent), m_store(store)
{
}

QString OfflineDataController::filePath(const QUrl &file) const
{
    return file.isEmpty() ? QString() : QDir::toNativeSeparators(localPath(file));
}

bool OfflineDataController::addToCache(const QString &url, const QUrl &file)
{
    clearErrors();
    const QString address = url.trimmed();
    const QUrl parsed(address, QUrl::StrictMode);
    if (address.isEmpty() || !parsed.isValid() || parsed.scheme().isEmpty() || address.contains(u' '))
        addFieldError(QStringLiteral("cacheUrl"), ErrorCode::InvalidArgument);
    const QString path = file.isEmpty() ? QString() : QDir::cleanPath(localPath(file));
    if (path.isEmpty())
        addFieldError(QStringLiteral("cacheFile"), ErrorCode::InvalidArgument);
    if (hasFieldErrors()) {
        rejectFields();
        return false;
    }

    auto content = readFile(path, kMaxDocumentSize);
    if (!content) {
        rejectSave(content.error(), QStringLiteral("cacheFile"));
        return false;
    }
    if (Status s = m_store.cache().put(address, *content, QDir::toNativeSeparators(path), mediaTypeOf(path));
        !s) {
        rejectSave(s.error(),
                   s.code() == ErrorCode::InvalidArgument ? QStringLiteral("cacheUrl") : QString());
        return false;
    }
    emit changed();
    return true;
}

bool OfflineDataController::removeFromCache(const QString &url)
{
    if (Status s = m_store.cache().remove(url); !s) {
        reportFailure(s.error());
        emit changed();
        return false;
    }
    emit changed();
    return true;
}

bool OfflineDataController::trustIssuer(const QString &id, const QString &name, const QString &note)
{
    clearErrors();
    TrustedIssuer issuer{id.trimmed(), name.trimmed(), note.trimmed(), QDateTime::currentDateTimeUtc()};
    if (issuer.id.isEmpty() || issuer.id.contains(u' ')) {
        addFieldError(QStringLiteral("issuerId"), ErrorCode::InvalidArgument);
        rejectFields();
        return false;
    }
    // Editing an issuer keeps the day it was first trusted.
    if (auto existing = m_store.trust().get(issuer.id); existing && existing->addedAt.isValid())
        issuer.addedAt = existing->addedAt;
    if (Status s = m_store.trust().add(issuer); !s) {
        rejectSave(s.error(),
                   s.code() == ErrorCode::InvalidArgument ? QStringLiteral("issuerId") : QString());
        return false;
    }
    emit changed();
    return true;
}

bool OfflineDataController::untrustIssuer(const QString &id)
{
    if (Status s = m_store.trust().remove(id); !s) {
        reportFailure(s.error());
        emit changed();
        return false;
    }
    emit changed();
    return true;
}

int OfflineDataController::importTrustList(const QUrl &file)
{
    setNotice({});
    auto content = readFile(localPath(file), kMaxDocumentSize);
    if (!content) {
        reportFailure(content.error());
        return -1;
    }
    auto imported = m_store.trust().importJson(*content);
    if (!imported) {
        reportFailure(imported.error(), QStringLiteral("trustList"));
        return -1;
    }
    setNotice(tr("%n issuer(s) imported.", "", *imported));
    emit changed();
    return *imported;
}

bool OfflineDataController::exportTrustList(const QUrl &file)
{
    setNotice({});
    const QString path = localPath(file);
    auto json = m_store.trust().exportJson();
    if (!json) {
        reportFailure(json.error());
        return false;
    }
    if (Status s = writeFile(path, *json); !s) {
        reportFailure(s.error());
        return false;
    }
    setNotice(tr("The trust list was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void OfflineDataController::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

} // namespace pf
