#include "ReportModel.h"

#include "ReportText.h"

#include <QJsonArray>
#include <QLocale>

namespace pf {

ReportModel::ReportModel(QObject *parent) : QAbstractListModel(parent) {}

void ReportModel::setReport(const QJsonObject &report)
{
    beginResetModel();
    m_report = report;
    m_checks.clear();
    for (const QJsonValue &check : report.value(QStringLiteral("checks")).toArray())
        m_checks << check.toObject();
    endResetModel();
    emit reportChanged();
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &c = m_checks.at(index.row());
    const QString name = c.value(QStringLiteral("check")).toString();
    const QString result = c.value(QStringLiteral("result")).toString();
    const QString code = c.value(QStringLiteral("code")).toString();
    switch (role) {
    case NameRole:
        return name;
    case Qt::DisplayRole:
    case TitleRole:
        return ReportText::checkTitle(name);
    case ResultRole:
        return result;
    case ResultTextRole:
        return ReportText::resultText(result);
    case ResultIconRole:
        return ReportText::resultIcon(result);
    case ResultToneRole:
        return ReportText::resultTone(result);
    case SentenceRole:
        return ReportText::checkSentence(name, result, code,
                                         m_report.value(QStringLiteral("format")).toString());
    case DetailRole:
        return c.value(QStringLiteral("message")).toString();
    case CodeRole:
        return code;
    case SourcesRole: {
        QStringList sources;
        for (const QJsonValue &s : c.value(QStringLiteral("data")).toArray())
            sources << ReportText::sourceText(s.toObject());
        return sources;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ReportModel::roleNames() const
{
    return {{NameRole, "name"},
            {TitleRole, "title"},
            {ResultRole, "result"},
            {ResultTextRole, "resultText"},
            {ResultIconRole, "resultIcon"},
            {ResultToneRole, "resultTone"},
            {SentenceRole, "sentence"},
            {DetailRole, "detail"},
            {CodeRole, "code"},
            {SourcesRole, "sources"}};
}

QString ReportModel::result() const
{
    return m_report.value(QStringLiteral("result")).toString();
}

QString ReportModel::resultText() const
{
    return ReportText::resultText(result());
}

QString ReportModel::resultIcon() const
{
    return ReportText::resultIcon(result());
}

QString ReportModel::resultTone() const
{
    return ReportText::resultTone(result());
}

QString ReportModel::resultSentence() const
{
    return ReportText::resultSentence(result(), m_report.value(QStringLiteral("format")).toString());
}

QString ReportModel::verifiedAtText() const
{
    const QDateTime at =
        QDateTime::fromString(m_report.value(QStringLiteral("verifiedAt")).toString(), Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace pf
