#include "EvidenceController.h"

#include "Format.h"
#include "domain/Validation.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace pf {

namespace {

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

// Problems with the picked files belong under the file list; the rest concern the whole form.
QString fieldOf(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileMissing:
    case ErrorCode::FileUnreadable:
    case ErrorCode::FileTooLarge:
        return QStringLiteral("files");
    default:
        return {};
    }
}

} // namespace

EvidenceController::EvidenceController(Store &store, QObject *parent) : FormController(parent), m_store(store)
{
}

EvidenceController::~EvidenceController() = default;

QVariantList EvidenceController::kindOptions() const
{
    return Format::evidenceKindOptions();
}

QVariantMap EvidenceController::load(qint64 id)
{
    auto item = m_store.evidence().get(id);
    if (!item) {
        reportFailure(item.error());
        return {};
    }
    const Evidence &e = *item;
    QVariantList files;
    for (const EvidenceFile &f : e.files)
        files << QVariantMap{{QStringLiteral("fileId"), f.id},
                             {QStringLiteral("name"), f.originalName},
                             {QStringLiteral("sizeText"), Format::fileSize(f.size)}};
    QVariantList competencyIds;
    for (qint64 c : e.competencyIds)
        competencyIds << c;
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kind"), Evidence::kindName(e.kind)},
            {QStringLiteral("url"), e.url},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("reflection"), e.reflection},
            {QStringLiteral("course"), e.course},
            {QStringLiteral("term"), e.term},
            {QStringLiteral("date"), e.date.isValid() ? e.date.toString(Qt::ISODate) : QString()},
            {QStringLiteral("tags"), e.tags.join(QStringLiteral(", "))},
            {QStringLiteral("files"), files},
            {QStringLiteral("competencyIds"), competencyIds}};
}

qint64 EvidenceController::save(const QVariantMap &form)
{
    clearErrors();
    // Editing starts from the stored item, so fields this form does not show are kept.
    Evidence e;
    if (const qint64 id = form.value(QStringLiteral("id")).toLongLong(); id > 0) {
        auto existing = m_store.evidence().get(id);
        if (!existing) {
            rejectSave(existing.error());
            return 0;
        }
        e = *existing;
    }
    e.title = text(form, "title").trimmed();
    e.url = text(form, "url").trimmed();
    e.description = text(form, "description");
    e.reflection = text(form, "reflection");
    e.course = text(form, "course").trimmed();
    e.term = text(form, "term").trimmed();
    e.tags = splitTags(text(form, "tags"));
    e.competencyIds = ids(form, "competencyIds");

    if (!Evidence::kindFromName(text(form, "kind"), &e.kind))
        addFieldError(QStringLiteral("kind"), ErrorCode::InvalidArgument);
    if (Status s = validation::requireText(e.title, QStringLiteral("title")); !s)
        addFieldError(QStringLiteral("title"), s.code());
    const QString dateText = text(form, "date").trimmed();
    e.date = {};
    if (!dateText.isEmpty()) {
        auto date = validation::parseDate(dateText, QStringLiteral("date"));
        if (date)
            e.date = *date;
        else
            addFieldError(QStringLiteral("date"), date.code());
    }
    if (e.kind == Evidence::Kind::Link) {
        // The same test core applies, checked here so the message lands under the address field.
        const QUrl url(e.url, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            addFieldError(QStringLiteral("url"), ErrorCode::InvalidArgument);
    }

    QStringList newFiles;
    for (const QVariant &file : form.value(QStringLiteral("newFiles")).toList())
        newFiles << localPath(file);
    const QList<qint64> keep = ids(form, "keepFileIds");
    e.files.removeIf([&keep](const EvidenceFile &f) { return !keep.contains(f.id); });
    if (e.kind == Evidence::Kind::File && e.files.isEmpty() && newFiles.isEmpty())
        addFieldError(QStringLiteral("files"), ErrorCode::InvalidArgument);
    if (hasFieldErrors()) {
        rejectFields();
        return 0;
    }

    return persist(
        e.id, [&] { return m_store.evidence().update(e, newFiles); },
        [&] { return m_store.evidence().create(e, newFiles); }, fieldOf);
}

bool EvidenceController::remove(qint64 id)
{
    if (Status s = m_store.evidence().remove(id); !s) {
        reportFailure(s.error());
        return false;
    }
    emit changed();
    return true;
}

QString EvidenceController::deleteQuestion(qint64 id) const
{
    auto item = m_store.evidence().get(id);
    if (!item)
        return tr("Delete this evidence?");
    if (item->files.isEmpty())
        return tr("Delete \"%1\"? This cannot be undone.").arg(item->title);
    return tr("Delete \"%1\" and its %n attached file(s)? This cannot be undone.", "",
              int(item->files.size()))
        .arg(item->title);
}

QVariantList EvidenceController::describeFiles(const QList<QUrl> &urls) const
{
    QVariantList files;
    for (const QUrl &url : urls) {
        const QFileInfo info(url.isLocalFile() ? url.toLocalFile() : url.toString());
        files << QVariantMap{{QStringLiteral("path"), info.absoluteFilePath()},
                             {QStringLiteral("name"), info.fileName()},
                             {QStringLiteral("sizeText"), Format::fileSize(info.size())}};
    }
    return files;
}

std::optional<std::pair<EvidenceFile, QByteArray>> EvidenceController::readFile(qint64 evidenceId,
                                                                                qint64 fileId)
{
    auto item = m_store.evidence().get(evidenceId);
    if (!item) {
        reportFailure(item.error());
        return std::nullopt;
    }
    for (const EvidenceFile &f : item->files) {
        if (f.id != fileId)
            continue;
        auto bytes = m_store.evidence().fileContent(f);
        if (!bytes) {
            reportFailure(bytes.error());
            return std::nullopt;
        }
        return std::pair(f, *bytes);
    }
    reportFailure(
        Error{ErrorCode::NotFound, QStringLiteral("file %1 of evidence-%2").arg(fileId).arg(evidenceId)});
    return std::nullopt;
}

QUrl EvidenceController::openableFile(qint64 evidenceId, qint64 fileId)
{
    const auto file = readFile(evidenceId, fileId);
    if (!file)
        return {};
    const auto &[f, bytes] = *file;
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    // One folder per file keeps two attachments with the same name apart.
    const QString dir = m_openedFiles->filePath(QString::number(f.id));
    QDir().mkpath(dir);
    const QString path = dir + u'/' + QFileInfo(f.originalName).fileName();
    if (Status s = writeFile(path, bytes); !s) {
        reportFailure(s.error());
        return {};
    }
    return QUrl::fromLocalFile(path);
}

QVariantMap EvidenceController::previewText(qint64 evidenceId, qint64 fileId)
{
    const auto file = readFile(evidenceId, fileId);
    if (!file)
        return {};
    const QByteArray &bytes = file->second;
    QStringList notices;
    QByteArrayView shown(bytes);
    if (shown.size() > kPreviewTextBytes) {
        shown = shown.first(kPreviewTextBytes);
        // Cut at a line end when there is one near, so the last line shown is whole.
        const qsizetype lineEnd = shown.lastIndexOf('\n');
        if (lineEnd > kPreviewTextBytes / 2)
            shown = shown.first(lineEnd + 1);
        notices << tr("Only the beginning of this file is shown (%1 of %2). Open it to read all of it.")
                       .arg(Format::fileSize(shown.size()), Format::fileSize(bytes.size()));
    }
    // Stateful, so a cut inside a character is not taken for a bad byte (the decoder keeps the half).
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(shown);
    if (utf8.hasError())
        notices << tr("Some bytes of this file are not UTF-8 text; they are shown as replacement marks.");
    if (text.contains(QChar(0)))
        return {
            {QStringLiteral("text"), QString()},
            {QStringLiteral("notice"), tr("This file does not look like text, so it is not shown here.")}};
    return {{QStringLiteral("text"), text}, {QStringLiteral("notice"), notices.join(u' ')}};
}

} // namespace pf
