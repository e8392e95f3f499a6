#include "FormController.h"

#include "ErrorMessages.h"
#include "UiLog.h"
#include "common/FileWriter.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace pf {

void FormController::clearErrors()
{
    if (m_errorMessage.isEmpty() && m_fieldErrors.isEmpty())
        return;
    m_errorMessage.clear();
    m_fieldErrors.clear();
    emit errorsChanged();
}

void FormController::addFieldError(const QString &field, ErrorCode code, const QString &wording)
{
    // The first problem with a field is the one worth reading.
    if (!m_fieldErrors.contains(field))
        m_fieldErrors.insert(field, ErrorMessages::forField(wording.isEmpty() ? field : wording, code));
}

void FormController::rejectFields()
{
    m_errorMessage = tr("Please correct the fields marked below.");
    emit errorsChanged();
}

void FormController::rejectSave(const Error &error, const QString &field, const QString &wording)
{
    log(error);
    if (field.isEmpty()) {
        m_errorMessage = ErrorMessages::sentence(error.code);
    } else {
        addFieldError(field, error.code, wording);
        m_errorMessage = tr("Please correct the fields marked below.");
    }
    emit errorsChanged();
}

void FormController::reportFailure(const Error &error, const QString &field)
{
    log(error);
    emit failed(ErrorMessages::forField(field, error.code));
}

void FormController::log(const Error &error) const
{
    qCInfo(lcUi) << metaObject()->className() << errorCodeName(error.code) << error.message;
}

QString FormController::text(const QVariantMap &form, const char *key)
{
    return form.value(QString::fromLatin1(key)).toString();
}

QList<qint64> FormController::ids(const QVariantMap &form, const char *key)
{
    QList<qint64> result;
    for (const QVariant &value : form.value(QString::fromLatin1(key)).toList()) {
        const qint64 id = value.toLongLong();
        if (id > 0 && !result.contains(id))
            result << id;
    }
    return result;
}

QString FormController::safeFileName(const QString &text)
{
    QString name = text.simplified();
    for (QChar &ch : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(ch) || ch.category() == QChar::Other_Control)
            ch = u' ';
    }
    return name.simplified();
}

QUrl FormController::inDocuments(const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(fileName));
}

QVariantList FormController::idList(const QList<qint64> &ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list << id;
    return list;
}

QString FormController::localPath(const QVariant &file)
{
    const QUrl url = file.toUrl();
    if (url.isLocalFile())
        return url.toLocalFile();
    return file.toString();
}

Status FormController::writeFile(const QString &path, const QByteArray &bytes)
{
    return FileWriter::writeWhole(path, bytes);
}

} // namespace pf
