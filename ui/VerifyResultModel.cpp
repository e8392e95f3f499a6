#include "VerifyResultModel.h"

#include "Format.h"
#include "ReportText.h"

#include <QFileInfo>
#include <QJsonArray>

namespace pf {

namespace {

// The first check that did not pass, in report order (the order that explains the result best).
QJsonObject firstProblem(const QJsonObject &report)
{
    const QString result = report.value(QStringLiteral("result")).toString();
    for (const QJsonValue &v : report.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = v.toObject();
        if (check.value(QStringLiteral("result")).toString() == result)
            return check;
    }
    return {};
}

} // namespace

VerifyResultModel::VerifyResultModel(QObject *parent) : QAbstractListModel(parent) {}

void VerifyResultModel::setReports(const QList<QJsonObject> &reports)
{
    const bool countDiffers = reports.size() != m_reports.size();
    beginResetModel();
    m_reports = reports;
    endResetModel();
    if (countDiffers)
        emit countChanged();
}

int VerifyResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

QVariant VerifyResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &r = m_reports.at(index.row());
    const QString file = r.value(QStringLiteral("file")).toString();
    const QString result = r.value(QStringLiteral("result")).toString();
    switch (role) {
    case FileRole:
        return file;
    case FileNameRole:
        return QFileInfo(file).fileName();
    case Qt::DisplayRole:
    case NameRole: {
        const QString name = r.value(QStringLiteral("name")).toString();
        return name.isEmpty() ? QFileInfo(file).fileName() : name;
    }
    case FormatTextRole: {
        const QString format = r.value(QStringLiteral("format")).toString();
        return format.isEmpty() ? QString() : Format::credentialFormat(format);
    }
    case ResultRole:
        return result;
    case ResultTextRole:
        return ReportText::resultText(result);
    case ResultIconRole:
        return ReportText::resultIcon(result);
    case ResultToneRole:
        return ReportText::resultTone(result);
    case SentenceRole: {
        if (result == u"valid")
            return ReportText::resultSentence(result);
        const QJsonObject problem = firstProblem(r);
        const QString sentence =
            ReportText::checkSentence(problem.value(QStringLiteral("check")).toString(), result,
                                      problem.value(QStringLiteral("code")).toString());
        return sentence.isEmpty() ? ReportText::resultSentence(result) : sentence;
    }
    case ReadableRole:
        return !r.value(QStringLiteral("format")).toString().isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> VerifyResultModel::roleNames() const
{
    return {{FileRole, "file"},
            {FileNameRole, "fileName"},
            {NameRole, "name"},
            {FormatTextRole, "formatText"},
            {ResultRole, "result"},
            {ResultTextRole, "resultText"},
            {ResultIconRole, "resultIcon"},
            {ResultToneRole, "resultTone"},
            {SentenceRole, "sentence"},
            {ReadableRole, "readable"}};
}

} // namespace pf
