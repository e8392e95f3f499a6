#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace pf {

// Base of the controllers behind the forms: the errors of the last save, per field and for the whole form.
class FormController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(FormController)
    QML_UNCREATABLE("FormController is the base of the form controllers")
    // One sentence about the last failed save, or empty.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorsChanged)
    // Field key ("title", "date", ...) to the sentence shown under that field.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorsChanged)

public:
    using QObject::QObject;

    QString errorMessage() const { return m_errorMessage; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }

    Q_INVOKABLE void clearErrors();

    // text as a file name: characters that some file systems refuse become spaces; may be empty.
    static QString safeFileName(const QString &text);
    // Where a save dialog offers fileName: in the documents folder, else the home folder.
    static QUrl inDocuments(const QString &fileName);
    // Ids as QML reads a list of them; the reverse of ids().
    static QVariantList idList(const QList<qint64> &ids);
    // The local path behind a file URL from a dialog or a drop (or a plain path, as tests pass them).
    static QString localPath(const QVariant &file);
    // Writes bytes to path whole or not at all: a failure (a full disk, a folder that is not writable)
    // leaves no partial file behind.
    static Status writeFile(const QString &path, const QByteArray &bytes);

signals:
    void errorsChanged();
    // Something in the store changed, so every view over it may need reading again.
    void changed();
    // An action outside a form (a delete, opening a file) failed; the sentence is for the app's banner.
    void failed(const QString &message);

protected:
    // The sentence is the one for field, or for wording when given: one field can take the words for the
    // kind of value it holds (an e-mail address, a DID).
    void addFieldError(const QString &field, ErrorCode code, const QString &wording = {});
    bool hasFieldErrors() const { return !m_fieldErrors.isEmpty(); }
    // Ends a save that found field errors: the form-wide sentence asks to look at them.
    void rejectFields();
    // Ends a save that core refused: the error goes under field when given (in wording's words when
    // given), else above the form.
    void rejectSave(const Error &error, const QString &field = {}, const QString &wording = {});
    // Ends a valid form by writing it: update() for an item that has an id, else create(). A refusal from
    // core goes under the field fieldOf names for its code (above the form when none). Returns the id, 0 on
    // refusal.
    template <typename Update, typename Create>
    qint64 persist(qint64 id, Update update, Create create,
                   const std::function<QString(ErrorCode)> &fieldOf = {})
    {
        const auto refuse = [&](const Error &error) {
            rejectSave(error, fieldOf ? fieldOf(error.code) : QString());
            return qint64(0);
        };
        if (id > 0) {
            if (Status s = update(); !s)
                return refuse(s.error());
        } else {
            Result<qint64> created = create();
            if (!created)
                return refuse(created.error());
            id = *created;
        }
        emit changed();
        return id;
    }

    // Reports a failed action outside a form through failed(), in field's words when given.
    void reportFailure(const Error &error, const QString &field = {});

    static QString text(const QVariantMap &form, const char *key);
    static QList<qint64> ids(const QVariantMap &form, const char *key);

private:
    void log(const Error &error) const;

    QString m_errorMessage;
    QVariantMap m_fieldErrors;
};

} // namespace pf
