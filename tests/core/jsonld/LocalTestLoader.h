#pragma once

#include "jsonld/DocumentLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

// Serves the W3C JSON-LD test suite's documents from the local copy: the suite's base URL maps to a folder.
class LocalTestLoader : public pf::DocumentLoader
{
public:
    LocalTestLoader(QString baseUrl, QString folder)
        : m_baseUrl(std::move(baseUrl)), m_folder(std::move(folder))
    {
    }

    pf::Result<QJsonValue> load(const QString &url) const override
    {
        QString path = url;
        if (const qsizetype cut = path.indexOf(u'#'); cut >= 0)
            path.truncate(cut);
        if (!path.startsWith(m_baseUrl))
            return pf::Error{pf::ErrorCode::UnknownContext, QStringLiteral("not a test suite URL: ") + url};
        QFile file(m_folder + u'/' + path.mid(m_baseUrl.size()));
        if (!file.open(QIODevice::ReadOnly))
            return pf::Error{pf::ErrorCode::UnknownContext, QStringLiteral("no such test document: ") + url};
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            return pf::Error{pf::ErrorCode::MalformedJson, url + QStringLiteral(": ") + error.errorString()};
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }

private:
    QString m_baseUrl;
    QString m_folder;
};
