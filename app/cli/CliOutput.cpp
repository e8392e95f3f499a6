#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pf::cli {

void CliOutput::json(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliOutput::line(const QString &text)
{
    m_out << text << '\n';
    m_out.flush();
}

void CliOutput::write(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void CliOutput::message(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

int CliOutput::fail(const Error &error)
{
    message(QStringLiteral("pathfolio-cli: %1 (%2)").arg(error.message, errorCodeName(error.code)));
    if (m_json) {
        json(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                                                  {QStringLiteral("message"), error.message}}}});
    }
    return Failure;
}

int CliOutput::usage(const QString &problem, const QString &help)
{
    message(QStringLiteral("pathfolio-cli: %1\n\n%2").arg(problem, help));
    if (m_json) {
        json(QJsonObject{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("usage")},
                                                  {QStringLiteral("message"), problem}}}});
    }
    return Failure;
}

} // namespace pf::cli
