#pragma once

#include "FormController.h"
#include "ReportModel.h"

#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace pf {

class Store;

// The badge open on the Badges page: what it says, its latest report and history of verifications, and
// what can be done with it (verify again, save the original, bake into an image, delete).
class CredentialController : public pf::FormController
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CredentialController is built by the application")
    Q_PROPERTY(qint64 currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(bool hasCurrent READ hasCurrent NOTIFY currentChanged)
    // name, description, issuerName, issuerId, issuerUrl, achievementName, achievementType, criteria,
    // criteriaUrl, subjectName, issuedText, validUntilText, awardedText, formatText, fileName,
    // importedText, credentialId, imageUrl: each a text, empty when the credential does not say.
    Q_PROPERTY(QVariantMap details READ details NOTIFY currentChanged)
    // [{name, description, framework, code, url}]
    Q_PROPERTY(QVariantList alignments READ alignments NOTIFY currentChanged)
    // [{name, description, url}]
    Q_PROPERTY(QVariantList evidence READ evidence NOTIFY currentChanged)
    Q_PROPERTY(QStringList competencies READ competencies NOTIFY currentChanged)
    // Newest first: [{dateText, result, resultText, resultIcon, resultTone}]
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)
    // Which entry of history the report shows.
    Q_PROPERTY(int historyIndex READ historyIndex NOTIFY historyChanged)
    Q_PROPERTY(pf::ReportModel *report READ report CONSTANT)
    // The credential's own text, as the issuer wrote it (for a baked image, the text inside).
    Q_PROPERTY(QString rawText READ rawText NOTIFY currentChanged)
    // Bakes into PNG, SVG, both, or neither (a record or presentation is not baked).
    Q_PROPERTY(QStringList bakeFormats READ bakeFormats NOTIFY currentChanged)

public:
    CredentialController(Store &store, QObject *parent = nullptr);

    qint64 currentId() const { return m_id; }
    bool hasCurrent() const { return m_id > 0; }
    QVariantMap details() const { return m_details; }
    QVariantList alignments() const { return m_alignments; }
    QVariantList evidence() const { return m_evidence; }
    QStringList competencies() const { return m_competencies; }
    QVariantList history() const { return m_history; }
    int historyIndex() const { return m_historyIndex; }
    ReportModel *report() const { return m_report; }
    QString rawText() const { return m_rawText; }
    QStringList bakeFormats() const;

    // Opens a credential (0 closes it).
    Q_INVOKABLE void open(qint64 id);
    Q_INVOKABLE void showVerification(int historyIndex);
    // Verifies the open credential now and keeps the report; false (and a message) if it could not run.
    Q_INVOKABLE bool verifyAgain();
    // The exact bytes that were received, to target.
    Q_INVOKABLE bool saveOriginal(const QUrl &target);
    // container: "png" or "svg"; the badge's own picture when it has one of that kind.
    Q_INVOKABLE bool bake(const QUrl &target, const QString &container);
    Q_INVOKABLE QString deleteQuestion() const;
    Q_INVOKABLE bool remove();
    // A file name for a save dialog: the badge's name, with the extension of kind ("original", "png", "svg").
    Q_INVOKABLE QString suggestedFileName(const QString &kind) const;
    // The same name in the user's documents folder, where a save dialog starts.
    Q_INVOKABLE QUrl suggestedFile(const QString &kind) const;
    // Reads the open credential again, after a change elsewhere (it may be gone).
    Q_INVOKABLE void refresh();

signals:
    void currentChanged();
    void historyChanged();

private:
    void loadHistory();
    void clear();

    Store &m_store;
    qint64 m_id = 0;
    QString m_format;
    QString m_sourceFileName;
    QVariantMap m_details;
    QVariantList m_alignments;
    QVariantList m_evidence;
    QStringList m_competencies;
    QVariantList m_history;
    QList<QJsonObject> m_reports;
    int m_historyIndex = -1;
    ReportModel *m_report;
    QString m_rawText;
};

} // namespace pf
