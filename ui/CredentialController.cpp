#include "CredentialController.h"

#include "Format.h"
#include "ReportText.h"
#include "credentials/CredentialBaker.h"
#include "store/Store.h"
#include "verify/LibraryVerifier.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace pf {

namespace {

// The largest original shown as text; past it the view says how much was left out.
constexpr qsizetype kMaxRawText = 512 * 1024;

QString dateText(const QJsonValue &value)
{
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.isValid() ? Format::date(at.toLocalTime().date()) : QString();
}

// An issuer, criteria or image may be an object or only its URL.
QString idOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : value.toObject().value(QStringLiteral("id")).toString();
}

QString textOf(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isString() ? value.toString() : QString();
}

} // namespace

CredentialController::CredentialController(Store &store, QObject *parent)
    : FormController(parent), m_store(store), m_report(new ReportModel(this))
{
}

QStringList CredentialController::bakeFormats() const
{
    const QString family = m_format.section(u'-', 0, 0);
    if (family == u"ob2" || family == u"ob3")
        return {QStringLiteral("png"), QStringLiteral("svg")};
    return {};
}

void CredentialController::clear()
{
    m_id = 0;
    m_format.clear();
    m_sourceFileName.clear();
    m_details.clear();
    m_alignments.clear();
    m_evidence.clear();
    m_competencies.clear();
    m_rawText.clear();
    m_history.clear();
    m_reports.clear();
    m_historyIndex = -1;
    m_report->setReport({});
}

void CredentialController::open(qint64 id)
{
    clearErrors();
    clear();
    if (id > 0) {
        auto credential = m_store.credentials().get(id);
        if (!credential) {
            reportFailure(credential.error());
        } else {
            m_id = id;
            const Credential &c = *credential;
            m_format = c.format;
            m_sourceFileName = c.sourceFileName;
            const QJsonObject &d = c.derived;
            const QJsonObject issuer = d.value(QStringLiteral("issuer")).toObject();
            const QJsonObject achievement = d.value(QStringLiteral("achievement")).toObject();
            const QJsonValue criteria = achievement.value(QStringLiteral("criteria"));
            const QJsonObject subject = d.value(QStringLiteral("subject")).toObject();
            QString description = textOf(d, "description");
            if (description.isEmpty())
                description = textOf(achievement, "description");
            m_details = {
                {QStringLiteral("name"), c.name.isEmpty() ? c.sourceFileName : c.name},
                {QStringLiteral("description"), description},
                {QStringLiteral("issuerName"), c.issuerName},
                {QStringLiteral("issuerId"), textOf(issuer, "id")},
                {QStringLiteral("issuerUrl"), textOf(issuer, "url")},
                {QStringLiteral("issuerEmail"), textOf(issuer, "email")},
                {QStringLiteral("achievementName"), textOf(achievement, "name")},
                {QStringLiteral("achievementType"), textOf(achievement, "achievementType")},
                {QStringLiteral("criteria"),
                 criteria.isObject() ? textOf(criteria.toObject(), "narrative") : QString()},
                {QStringLiteral("criteriaUrl"), idOf(criteria)},
                {QStringLiteral("subjectName"), textOf(subject, "name")},
                {QStringLiteral("issuedText"), Format::date(c.issuedAt.toLocalTime().date())},
                {QStringLiteral("validUntilText"),
                 c.validUntil.isValid() ? Format::date(c.validUntil.toLocalTime().date()) : QString()},
                {QStringLiteral("awardedText"), dateText(d.value(QStringLiteral("awarded")))},
                {QStringLiteral("formatText"), Format::credentialFormat(c.format)},
                {QStringLiteral("fileName"), c.sourceFileName},
                {QStringLiteral("importedText"), Format::date(c.importedAt.toLocalTime().date())},
                {QStringLiteral("credentialId"), c.credentialId},
                {QStringLiteral("imageUrl"),
                 c.imageSha256.isEmpty() ? QUrl()
                                         : QUrl::fromLocalFile(m_store.blobs().pathFor(c.imageSha256))},
            };
            for (const QJsonValue &a : achievement.value(QStringLiteral("alignments")).toArray()) {
                const QJsonObject o = a.toObject();
                m_alignments << QVariantMap{{QStringLiteral("name"), textOf(o, "targetName")},
                                            {QStringLiteral("description"), textOf(o, "targetDescription")},
                                            {QStringLiteral("framework"), textOf(o, "targetFramework")},
                                            {QStringLiteral("code"), textOf(o, "targetCode")},
                                            {QStringLiteral("url"), textOf(o, "targetUrl")}};
            }
            for (const QJsonValue &e : d.value(QStringLiteral("evidence")).toArray()) {
                const QJsonObject o = e.toObject();
                QString text = textOf(o, "description");
                if (text.isEmpty())
                    text = textOf(o, "narrative");
                m_evidence << QVariantMap{{QStringLiteral("name"), textOf(o, "name")},
                                          {QStringLiteral("description"), text},
                                          {QStringLiteral("url"), textOf(o, "id")}};
            }
            for (qint64 competencyId : c.competencyIds) {
                if (auto competency = m_store.competencies().get(competencyId))
                    m_competencies << (competency->code.isEmpty() ? competency->title
                                                                  : QStringLiteral("%1 %2").arg(
                                                                        competency->code, competency->title));
            }
            if (auto original = m_store.credentials().original(id)) {
                auto payload = CredentialBaker::payloadOf(*original);
                const QByteArray text = payload ? *payload : *original;
                m_rawText = QString::fromUtf8(text.left(kMaxRawText));
                if (text.size() > kMaxRawText)
                    m_rawText += u'\n' + tr("… %1 more not shown. Save the original to read all of it.")
                                             .arg(Format::fileSize(text.size() - kMaxRawText));
            } else {
                reportFailure(original.error());
            }
        }
    }
    loadHistory();
    emit currentChanged();
}

void CredentialController::refresh()
{
    if (m_id <= 0)
        return;
    if (!m_store.credentials().get(m_id)) {
        open(0); // deleted elsewhere
        return;
    }
    const int index = m_historyIndex;
    open(m_id);
    if (index > 0)
        showVerification(index);
}

void CredentialController::loadHistory()
{
    m_history.clear();
    m_reports.clear();
    if (m_id > 0) {
        auto verifications = m_store.credentials().verifications(m_id);
        if (!verifications) {
            reportFailure(verifications.error());
        } else {
            for (const CredentialRepository::Verification &v : *verifications) {
                m_history << QVariantMap{
                    {QStringLiteral("dateText"),
                     QLocale().toString(v.verifiedAt.toLocalTime(), QLocale::ShortFormat)},
                    {QStringLiteral("result"), v.result},
                    {QStringLiteral("resultText"), ReportText::resultText(v.result)},
                    {QStringLiteral("resultIcon"), ReportText::resultIcon(v.result)},
                    {QStringLiteral("resultTone"), ReportText::resultTone(v.result)}};
                m_reports << v.report;
            }
        }
    }
    m_historyIndex = m_reports.isEmpty() ? -1 : 0;
    m_report->setReport(m_reports.value(0));
    emit historyChanged();
}

void CredentialController::showVerification(int historyIndex)
{
    if (historyIndex < 0 || historyIndex >= m_reports.size() || historyIndex == m_historyIndex)
        return;
    m_historyIndex = historyIndex;
    m_report->setReport(m_reports.at(historyIndex));
    emit historyChanged();
}

bool CredentialController::verifyAgain()
{
    if (m_id <= 0)
        return false;
    LibraryVerifier verifier(m_store);
    auto report = verifier.verifyStored(m_id, verifier.context());
    if (!report) {
        reportFailure(report.error());
        return false;
    }
    loadHistory();
    emit changed();
    return true;
}

bool CredentialController::saveOriginal(const QUrl &target)
{
    auto original = m_store.credentials().original(m_id);
    if (!original) {
        reportFailure(original.error());
        return false;
    }
    if (Status s = writeFile(localPath(target), *original); !s) {
        reportFailure(s.error());
        return false;
    }
    return true;
}

bool CredentialController::bake(const QUrl &target, const QString &container)
{
    auto credential = m_store.credentials().get(m_id);
    if (!credential) {
        reportFailure(credential.error());
        return false;
    }
    auto original = m_store.credentials().original(m_id);
    if (!original) {
        reportFailure(original.error());
        return false;
    }
    auto image = m_store.credentials().image(m_id);
    const QByteArray storedImage = image ? *image : QByteArray();
    auto baked = CredentialBaker::bake(*credential, *original,
                                       container == u"svg" ? CredentialBaker::Container::Svg
                                                           : CredentialBaker::Container::Png,
                                       {}, storedImage);
    if (!baked) {
        reportFailure(baked.error());
        return false;
    }
    if (Status s = writeFile(localPath(target), *baked); !s) {
        reportFailure(s.error());
        return false;
    }
    return true;
}

QString CredentialController::deleteQuestion() const
{
    return tr("Delete “%1” from your portfolio? The original file is removed from the library too; keep a "
              "copy with “Save original” first if you may need it again.")
        .arg(m_details.value(QStringLiteral("name")).toString());
}

bool CredentialController::remove()
{
    if (m_id <= 0)
        return false;
    if (Status s = m_store.credentials().remove(m_id); !s) {
        reportFailure(s.error());
        return false;
    }
    open(0);
    emit changed();
    return true;
}

QString CredentialController::suggestedFileName(const QString &kind) const
{
    QString base = safeFileName(m_details.value(QStringLiteral("name")).toString());
    if (base.isEmpty())
        base = QStringLiteral("badge");
    if (kind == u"png" || kind == u"svg")
        return QStringLiteral("%1.%2").arg(base, kind);
    const QString suffix = QFileInfo(m_sourceFileName).suffix();
    return suffix.isEmpty() ? base : QStringLiteral("%1.%2").arg(base, suffix);
}

QUrl CredentialController::suggestedFile(const QString &kind) const
{
    return inDocuments(suggestedFileName(kind));
}

} // namespace pf
