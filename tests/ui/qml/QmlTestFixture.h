#pragma once

#include "AppContext.h"
#include "store/Store.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

// What the Qt Quick Test flows run against: a fresh store in a temporary folder for each test file, the
// AppContext the app would build over it (the App singleton), and a few looks into the store that the
// interface itself does not offer, so a test can tell what was really stored.
class QmlTestFixture : public QObject
{
    Q_OBJECT

public:
    QmlTestFixture();
    ~QmlTestFixture() override;

    // Replaces the store and the context with empty ones; called before each test file is loaded.
    void reset();

    // A signed OB 3.0 badge from the benchmark set, as a file URL.
    Q_INVOKABLE QUrl signedBadge(int index) const;
    // A file written into the temporary folder (not the store), as the user's own file would be.
    Q_INVOKABLE QUrl writeFile(const QString &name, const QString &content) const;
    // A copy of tests/data/<relativePath> in the same folder, called name.
    Q_INVOKABLE QUrl copyTestData(const QString &relativePath, const QString &name) const;
    // A PDF of pages numbered pages, and a PNG of width × height pixels, written the same way.
    Q_INVOKABLE QUrl writePdf(const QString &name, int pages) const;
    Q_INVOKABLE QUrl writeImage(const QString &name, int width, int height) const;
    // An exported portfolio that carries signed badge 0, from a store of its own: a bundle, or a PDF when
    // name ends in .pdf.
    Q_INVOKABLE QUrl writePortfolio(const QString &name) const;
    Q_INVOKABLE int storedCredentials() const;
    Q_INVOKABLE int storedVerifications() const;
    // The files stored with the evidence titled title, as [{name, sha256, size}]; [] when there is none.
    Q_INVOKABLE QVariantList evidenceFiles(const QString &title) const;
    // The SHA-256 (hex) of a file outside the store.
    Q_INVOKABLE QString sha256Of(const QUrl &file) const;
    Q_INVOKABLE qint64 addPlacement(const QString &organisation) const;
    // An evidence item of kind ("file", "link" or "note") in course, dated isoDate, with copies of files
    // (file URLs) attached.
    Q_INVOKABLE qint64 addEvidence(const QString &title, const QString &kind, const QString &course,
                                   const QString &isoDate, const QVariantList &files = {}) const;
    Q_INVOKABLE int logEntryMinutes(qint64 placementId, const QString &isoDate) const;
    Q_INVOKABLE bool isTrusted(const QString &issuerId) const;
    // The learner's name and identifiers ("kind value") as stored.
    Q_INVOKABLE QString learnerName() const;
    Q_INVOKABLE QStringList identifiers() const;
    // The stored application packs as [{name, targetRole, credentials, evidence}], the last two counts.
    Q_INVOKABLE QVariantList storedPacks() const;
    // A JSON file outside the store (an exported bundle) as an object; {} when it is not one.
    Q_INVOKABLE QVariantMap readJson(const QUrl &file) const;
    // Makes pending background work finish and its results arrive.
    Q_INVOKABLE void waitForJobs() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<pf::Store> m_store;
    std::unique_ptr<pf::AppContext> m_context;
};
