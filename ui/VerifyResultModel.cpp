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
    const qsizetype count = m_reports.size();
    const int importable = importableCount();
    beginResetModel();
    m_reports = reports;
    // A portfolio's report comes first, then its credentials, each named "<portfolio path>#<name inside>".
    m_carriedBy.clear();
    QString portfolio;
    for (const QJsonObject &r : std::as_const(m_reports)) {
        const QString file = r.value(QStringLiteral("file")).toString();
        if (ReportText::isPortfolio(r.value(QStringLiteral("format")).toString()))
            portfolio = file;
        else if (!portfolio.isEmpty() && !file.startsWith(portfolio + u'#'))
            portfolio.clear();
        m_carriedBy << (file == portfolio ? QString() : portfolio);
    }
    endResetModel();
    if (count != m_reports.size() || importable != importableCount())
        emit countChanged();
}

bool VerifyResultModel::isImportable(int row) const
{
    if (row < 0 || row >= m_reports.size() || !m_carriedBy.at(row).isEmpty())
        return false;
    const QString format = m_reports.at(row).value(QStringLiteral("format")).toString();
    return !format.isEmpty() && !ReportText::isPortfolio(format);
}

int VerifyResultModel::importableCount() const
{
    int count = 0;
    for (int row = 0; row < m_reports.size(); ++row)
        count += isImportable(row) ? 1 : 0;
    return count;
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
    case FileNameRole: {
        const QString &portfolio = m_carriedBy.at(index.row());
        if (portfolio.isEmpty())
            return QFileInfo(file).fileName();
        //: A credential carried inside an exported portfolio: %1 its name there, %2 the portfolio's file
        return tr("%1 in %2").arg(file.mid(portfolio.size() + 1), QFileInfo(portfolio).fileName());
    }
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
        const QString format = r.value(QStringLiteral("format")).toString();
        if (result == u"valid")
            return ReportText::resultSentence(result, format);
        const QJsonObject problem = firstProblem(r);
        const QString sentence =
            ReportText::checkSentence(problem.value(QStringLiteral("check")).toString(), result,
                                      problem.value(QStringLiteral("code")).toString(), format);
        return sentence.isEmpty() ? ReportText::resultSentence(result, format) : sentence;
    }
    case ReadableRole:
        return isImportable(index.row());
    case PortfolioRole:
        return ReportText::isPortfolio(r.value(QStringLiteral("format")).toString());
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
            {ReadableRole, "readable"},
            {PortfolioRole, "portfolio"}};
}

} // namespace pf
