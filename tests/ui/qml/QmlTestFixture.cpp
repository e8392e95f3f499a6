#include "QmlTestFixture.h"

#include "AppContextSingleton.h"
#include "JobController.h"
#include "credentials/CredentialImporter.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/PortfolioPdfExporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>

QmlTestFixture::QmlTestFixture()
{
    reset();
}

QmlTestFixture::~QmlTestFixture()
{
    pf::AppContextSingleton::setInstance(nullptr);
}

void QmlTestFixture::reset()
{
    m_context.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = pf::Store::open(m_dir->filePath(QStringLiteral("data")));
    if (!store)
        qFatal("cannot open a temporary store: %s", qPrintable(store.error().message));
    m_store = std::move(store).value();
    m_context = std::make_unique<pf::AppContext>(*m_store, pf::AppContext::Options{});
    pf::AppContextSingleton::setInstance(m_context.get());
}

QUrl QmlTestFixture::signedBadge(int index) const
{
    return QUrl::fromLocalFile(
        QDir(QStringLiteral(PATHFOLIO_BENCH_DATA))
            .filePath(QStringLiteral("credential-%1.json").arg(index, 3, 10, QLatin1Char('0'))));
}

QUrl QmlTestFixture::writeFile(const QString &name, const QString &content) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    const QByteArray bytes = content.toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return QUrl::fromLocalFile(path);
}

QUrl QmlTestFixture::copyTestData(const QString &relativePath, const QString &name) const
{
    const QString path = m_dir->filePath(name);
    if (!QFile::copy(QDir(QStringLiteral(PATHFOLIO_TEST_DATA)).filePath(relativePath), path))
        qFatal("cannot copy %s to %s", qPrintable(relativePath), qPrintable(path));
    return QUrl::fromLocalFile(path);
}

QUrl QmlTestFixture::writePortfolio(const QString &name) const
{
    const QString path = m_dir->filePath(name);
    auto store = pf::Store::open(m_dir->filePath(QStringLiteral("portfolio-") + name));
    if (!store)
        qFatal("cannot open a store for the portfolio: %s", qPrintable(store.error().message));
    QFile badge(signedBadge(0).toLocalFile());
    if (!badge.open(QIODevice::ReadOnly) ||
        pf::CredentialImporter(**store).importBytes(badge.readAll(), QStringLiteral("badge.json")).size() !=
            1)
        qFatal("cannot import the badge of the portfolio");
    const pf::Status written = name.endsWith(QStringLiteral(".pdf"))
                                   ? pf::PortfolioPdfExporter(**store).write(path, pf::ExportOptions{})
                                   : pf::BundleExporter(**store).write(path, QDateTime::currentDateTimeUtc());
    if (!written)
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(written.error().message));
    return QUrl::fromLocalFile(path);
}

QUrl QmlTestFixture::writePdf(const QString &name, int pages) const
{
    const QString path = m_dir->filePath(name);
    QPdfWriter pdf(path);
    QPainter painter(&pdf);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            pdf.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("Page %1").arg(page));
    }
    if (!painter.end())
        qFatal("cannot write %s", qPrintable(path));
    return QUrl::fromLocalFile(path);
}

QUrl QmlTestFixture::writeImage(const QString &name, int width, int height) const
{
    const QString path = m_dir->filePath(name);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qPrintable(path));
    return QUrl::fromLocalFile(path);
}

int QmlTestFixture::storedCredentials() const
{
    auto list = m_store->credentials().list();
    return list ? int(list->size()) : -1;
}

int QmlTestFixture::storedVerifications() const
{
    auto q = m_store->database().exec(QStringLiteral("SELECT count(*) FROM credential_verification"));
    return (q && q->next()) ? q->value(0).toInt() : -1;
}

QVariantList QmlTestFixture::evidenceFiles(const QString &title) const
{
    auto q = m_store->database().exec(QStringLiteral("SELECT id FROM evidence WHERE title = ?"), {title});
    if (!q || !q->next())
        return {};
    auto item = m_store->evidence().get(q->value(0).toLongLong());
    if (!item)
        return {};
    QVariantList files;
    for (const pf::EvidenceFile &f : item->files)
        files << QVariantMap{{QStringLiteral("name"), f.originalName},
                             {QStringLiteral("sha256"), f.sha256},
                             {QStringLiteral("size"), f.size},
                             {QStringLiteral("stored"), QFile::exists(m_store->blobs().pathFor(f.sha256))}};
    return files;
}

QString QmlTestFixture::sha256Of(const QUrl &file) const
{
    QFile f(file.toLocalFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

qint64 QmlTestFixture::addPlacement(const QString &organisation) const
{
    pf::Placement p;
    p.organisation = organisation;
    p.role = QStringLiteral("Software intern");
    p.startDate = QDate(2026, 3, 2);
    p.endDate = QDate(2026, 6, 30);
    auto id = m_store->placements().create(p);
    if (!id)
        qFatal("cannot add a placement: %s", qPrintable(id.error().message));
    m_context->reloadAll();
    return *id;
}

qint64 QmlTestFixture::addEvidence(const QString &title, const QString &kind, const QString &course,
                                   const QString &isoDate, const QVariantList &files) const
{
    pf::Evidence e;
    e.title = title;
    if (!pf::Evidence::kindFromName(kind, &e.kind))
        qFatal("no such kind of evidence: %s", qPrintable(kind));
    e.url = e.kind == pf::Evidence::Kind::Link ? QStringLiteral("https://example.org/project") : QString();
    e.course = course;
    e.date = QDate::fromString(isoDate, Qt::ISODate);
    QStringList paths;
    for (const QVariant &file : files)
        paths << file.toUrl().toLocalFile();
    auto id = m_store->evidence().create(e, paths);
    if (!id)
        qFatal("cannot add evidence: %s", qPrintable(id.error().message));
    m_context->reloadAll();
    return *id;
}

int QmlTestFixture::logEntryMinutes(qint64 placementId, const QString &isoDate) const
{
    auto q = m_store->database().exec(
        QStringLiteral("SELECT centi_hours FROM log_entry WHERE placement_id = ? AND date = ?"),
        {placementId, QDate::fromString(isoDate, Qt::ISODate).toString(Qt::ISODate)});
    return (q && q->next()) ? q->value(0).toInt() * 60 / 100 : -1;
}

QVariantList QmlTestFixture::storedPacks() const
{
    QVariantList result;
    const auto packs = m_store->packs().list();
    for (const pf::ApplicationPack &p : packs ? *packs : QList<pf::ApplicationPack>{}) {
        result << QVariantMap{{QStringLiteral("name"), p.name},
                              {QStringLiteral("targetRole"), p.targetRole},
                              {QStringLiteral("credentials"), p.credentialIds.size()},
                              {QStringLiteral("evidence"), p.evidenceIds.size()}};
    }
    return result;
}

QVariantMap QmlTestFixture::readJson(const QUrl &file) const
{
    QFile f(file.toLocalFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
}

QString QmlTestFixture::learnerName() const
{
    auto name = m_store->identities().name();
    return name ? *name : QStringLiteral("(unreadable)");
}

QStringList QmlTestFixture::identifiers() const
{
    QStringList result;
    const auto list = m_store->identities().list();
    for (const pf::LearnerIdentifier &i : list ? *list : QList<pf::LearnerIdentifier>{})
        result << i.kind + u' ' + i.value;
    return result;
}

bool QmlTestFixture::isTrusted(const QString &issuerId) const
{
    auto list = m_store->trust().list();
    if (!list)
        return false;
    for (const auto &issuer : *list) {
        if (issuer.id == issuerId)
            return true;
    }
    return false;
}

void QmlTestFixture::waitForJobs() const
{
    m_context->jobs()->waitForIdle();
}
