#pragma once

#include "FormController.h"

#include <QUrl>

namespace pf {

class Store;

// Changes what a verifier reads offline, for the Settings page: the cached documents and the trust list.
class OfflineDataController : public pf::FormController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OfflineDataController is built by the application")
    // A sentence about the last import or export that worked, or empty.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    // The largest file the cache takes: far more than any key, profile or status list needs.
    static constexpr qint64 kMaxDocumentSize = 50 * 1024 * 1024;

    explicit OfflineDataController(Store &store, QObject *parent = nullptr);

    QString notice() const { return m_notice; }

    // The local path of a file picked in a file dialog, as the form shows it.
    Q_INVOKABLE QString filePath(const QUrl &file) const;

    // Keeps the local file under url; the errors go under the fields "url" and "file".
    Q_INVOKABLE bool addToCache(const QString &url, const QUrl &file);
    Q_INVOKABLE bool removeFromCache(const QString &url);

    // Adds or replaces an issuer; the error goes under the field "issuerId".
    Q_INVOKABLE bool trustIssuer(const QString &id, const QString &name, const QString &note);
    Q_INVOKABLE bool untrustIssuer(const QString &id);

    // Adds the issuers of a trust list file; returns how many, or -1.
    Q_INVOKABLE int importTrustList(const QUrl &file);
    Q_INVOKABLE bool exportTrustList(const QUrl &file);

signals:
    void noticeChanged();

private:
    void setNotice(const QString &notice);

    Store &m_store;
    QString m_notice;
};

} // namespace pf
