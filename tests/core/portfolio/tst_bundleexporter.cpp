#include "../common/FileSizeLimit.h"
#include "PortfolioFixture.h"
#include "credentials/CredentialImporter.h"
#include "crypto/Digest.h"
#include "portfolio/BundleExporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pf;

// BundleExporter: the portfolio bundle carries every item with its original bytes and hashes, names a
// file whose stored copy is missing, and is written whole or not at all.
class tst_BundleExporter : public QObject
{
    Q_OBJECT

    const QDateTime m_at{QDate(2026, 12, 3), QTime(9, 30), Qt::UTC};

private slots:
    void everyItemIsCarriedWithItsHashes()
    {
        TempStore s;
        QByteArray badge;
        fillPortfolio(s, &badge);
        auto built = BundleExporter(*s.store).build(m_at);
        if (!built)
            QFAIL(qPrintable(built.error().message));
        const QJsonObject bundle = *built;
        QCOMPARE(bundle.value(QStringLiteral("format")).toString(),
                 QStringLiteral("pathfolio-portfolio-bundle"));
        QCOMPARE(bundle.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(bundle.value(QStringLiteral("exportedAt")).toString(),
                 QStringLiteral("2026-12-03T09:30:00Z"));
        const QJsonObject learner = bundle.value(QStringLiteral("learner")).toObject();
        QCOMPARE(learner.value(QStringLiteral("name")).toString(), QStringLiteral("Amira Haddad"));
        QCOMPARE(learner.value(QStringLiteral("identifiers")).toArray().size(), 1);

        // The credential's original bytes, exactly, as text, with its latest report.
        const QJsonArray credentials = bundle.value(QStringLiteral("credentials")).toArray();
        QCOMPARE(credentials.size(), 1);
        const QJsonObject credential = credentials.first().toObject();
        const QJsonObject original = credential.value(QStringLiteral("original")).toObject();
        QCOMPARE(original.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(original.value(QStringLiteral("data")).toString().toUtf8(), badge);
        QCOMPARE(credential.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(Digest::sha256(badge).toHex()));
        const QJsonObject verification = credential.value(QStringLiteral("verification")).toObject();
        QCOMPARE(verification.value(QStringLiteral("result")).toString(), QStringLiteral("valid"));
        QCOMPARE(credential.value(QStringLiteral("result")).toString(), QStringLiteral("valid"));
        QCOMPARE(verification.value(QStringLiteral("verifiedAt")).toString(),
                 QStringLiteral("2026-12-01T08:00:00Z"));
        QVERIFY(verification.value(QStringLiteral("report")).toObject().contains(QStringLiteral("checks")));

        const QJsonObject document = bundle.value(QStringLiteral("documents")).toArray().first().toObject();
        QCOMPARE(document.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://example.org/issuer.json"));
        QCOMPARE(
            document.value(QStringLiteral("content")).toObject().value(QStringLiteral("data")).toString(),
            QStringLiteral("{\"id\":\"x\"}"));

        const QJsonObject evidence = bundle.value(QStringLiteral("evidence")).toArray().first().toObject();
        QCOMPARE(evidence.value(QStringLiteral("reflection")).toString(),
                 QStringLiteral("Five users were enough."));
        const QJsonObject file = evidence.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(Digest::sha256("# Findings\n").toHex()));
        QVERIFY(!file.contains(QStringLiteral("missing")));

        const QJsonObject placement = bundle.value(QStringLiteral("placements")).toArray().first().toObject();
        QCOMPARE(placement.value(QStringLiteral("logEntries")).toArray().size(), 1);
        QCOMPARE(placement.value(QStringLiteral("logEntries"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("hours"))
                     .toDouble(),
                 7.5);
        QCOMPARE(placement.value(QStringLiteral("evaluations")).toArray().size(), 1);
        // Ours, and the one the badge's alignment brought.
        QStringList codes;
        for (const QJsonValue &c : bundle.value(QStringLiteral("competencies")).toArray())
            codes << c.toObject().value(QStringLiteral("code")).toString();
        QVERIFY2(codes.contains(QStringLiteral("UX1")), qPrintable(codes.join(u',')));
        QCOMPARE(codes.size(), int(s->competencies().list()->size()));

        // The manifest: a hash of the whole content, and one per carried original, document and file.
        const QJsonObject manifest = bundle.value(QStringLiteral("manifest")).toObject();
        QCOMPARE(manifest.value(QStringLiteral("content")).toString(), BundleExporter::contentHash(bundle));
        const QJsonArray items = manifest.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/credentials/0/original"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(Digest::sha256(badge).toHex()));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/evidence/0/files/0"));
    }

    void anyChangeChangesTheContentHash()
    {
        TempStore s;
        QByteArray badge;
        fillPortfolio(s, &badge);
        const QJsonObject bundle = *BundleExporter(*s.store).build(m_at);
        const QString hash = BundleExporter::contentHash(bundle);
        // The order of keys does not matter (RFC 8785); any changed value, added or removed item does.
        QJsonObject changed = bundle;
        QJsonArray evidence = changed.value(QStringLiteral("evidence")).toArray();
        QJsonObject first = evidence.first().toObject();
        first.insert(QStringLiteral("title"), QStringLiteral("Usability report!"));
        evidence.replace(0, first);
        changed.insert(QStringLiteral("evidence"), evidence);
        QVERIFY(BundleExporter::contentHash(changed) != hash);
        QJsonObject removed = bundle;
        removed.insert(QStringLiteral("competencies"), QJsonArray());
        QVERIFY(BundleExporter::contentHash(removed) != hash);
        QJsonObject otherManifest = bundle;
        otherManifest.insert(QStringLiteral("manifest"), QJsonObject());
        QCOMPARE(BundleExporter::contentHash(otherManifest), hash);
    }

    void aMissingFileIsNamedNotLeftOut_data()
    {
        QTest::addColumn<bool>("withFiles");
        QTest::newRow("hashes only") << false;
        QTest::newRow("with the files") << true;
    }

    void aMissingFileIsNamedNotLeftOut()
    {
        QFETCH(bool, withFiles);
        TempStore s;
        QByteArray badge;
        fillPortfolio(s, &badge);
        const QString sha = s->evidence().list()->first().files.first().sha256;
        const QString blob = s->blobs().pathFor(sha);
        QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(QFile::remove(blob));
        ExportOptions options;
        options.exportedAt = m_at;
        options.withFiles = withFiles;
        const QJsonObject bundle = *BundleExporter(*s.store).build(options);
        const QJsonObject file = bundle.value(QStringLiteral("evidence"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("files"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(file.value(QStringLiteral("missing")).toBool(), true);
        QCOMPARE(file.value(QStringLiteral("problem")).toString(), QStringLiteral("not_found"));
        QCOMPARE(file.value(QStringLiteral("sha256")).toString(), sha);
        QVERIFY(!file.contains(QStringLiteral("content")));
    }

    void aPackCarriesOnlyWhatItSelects()
    {
        TempStore s;
        QByteArray badge;
        fillPortfolio(s, &badge);
        // A document the credential names (its issuer's DID), another that names a third, and one that
        // nothing names.
        QVERIFY(s->cache()
                    .put(QStringLiteral("did:key:z6MkmxJzqaE62y793YeyKoA725my3A3M5AydEtHEbH5wxHww"),
                         QByteArrayLiteral("{\"see\":\"https://example.org/keys/1\"}"),
                         QStringLiteral("did.json"), QStringLiteral("application/json"))
                    .ok());
        QVERIFY(s->cache()
                    .put(QStringLiteral("https://example.org/keys/1"), QByteArrayLiteral("{\"key\":1}"),
                         QStringLiteral("key.json"), QStringLiteral("application/json"))
                    .ok());
        Evidence other;
        other.title = QStringLiteral("Not for this application");
        const qint64 otherId = *s->evidence().create(other);
        Competency unrelated;
        unrelated.title = QStringLiteral("Welding");
        QVERIFY(s->competencies().create(unrelated).ok());

        const qint64 credential = s->credentials().list()->first().id;
        qint64 chosenEvidence = 0;
        const auto listed = s->evidence().list();
        QVERIFY(listed.ok());
        for (const Evidence &e : *listed) {
            if (e.id != otherId)
                chosenEvidence = e.id;
        }
        ApplicationPack pack;
        pack.name = QStringLiteral("Acme");
        pack.targetRole = QStringLiteral("UX designer");
        pack.credentialIds = {credential};
        pack.evidenceIds = {chosenEvidence};
        ExportOptions options;
        options.exportedAt = m_at;
        options.usePack(pack);
        QCOMPARE(options.targetRole, QStringLiteral("UX designer"));
        auto built = BundleExporter(*s.store).build(options);
        QVERIFY(built.ok());
        const QJsonObject bundle = *built;

        QCOMPARE(bundle.value(QStringLiteral("credentials")).toArray().size(), 1);
        QStringList evidence;
        for (const QJsonValue &e : bundle.value(QStringLiteral("evidence")).toArray())
            evidence << e.toObject().value(QStringLiteral("title")).toString();
        QCOMPARE(evidence, QStringList{QStringLiteral("Usability report")});
        QCOMPARE(bundle.value(QStringLiteral("placements")).toArray().size(), 0);
        // The competencies the chosen items show, not the one nothing chosen links to.
        QStringList competencies;
        for (const QJsonValue &c : bundle.value(QStringLiteral("competencies")).toArray())
            competencies << c.toObject().value(QStringLiteral("title")).toString();
        // (the badge's alignment made and linked "Programming Fundamentals" on import)
        competencies.sort();
        QCOMPARE(competencies, (QStringList{QStringLiteral("Programming Fundamentals"),
                                            QStringLiteral("Usability testing")}));
        QStringList documents;
        for (const QJsonValue &d : bundle.value(QStringLiteral("documents")).toArray())
            documents << d.toObject().value(QStringLiteral("url")).toString();
        documents.sort();
        QCOMPARE(documents,
                 (QStringList{QStringLiteral("did:key:z6MkmxJzqaE62y793YeyKoA725my3A3M5AydEtHEbH5wxHww"),
                              QStringLiteral("https://example.org/keys/1")}));
        QCOMPARE(bundle.value(QStringLiteral("pack")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Acme"));
        // The whole portfolio still carries every document.
        QCOMPARE(BundleExporter(*s.store).build(m_at)->value(QStringLiteral("documents")).toArray().size(),
                 3);
    }

    void writtenWholeOrNotAtAll()
    {
        TempStore s;
        QByteArray badge;
        fillPortfolio(s, &badge);
        const QString path = s.dir.filePath(QStringLiteral("portfolio.json"));
        QVERIFY(BundleExporter(*s.store).write(path, m_at).ok());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonObject read = QJsonDocument::fromJson(written.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(read, *BundleExporter(*s.store).build(m_at));

        // A file system that takes no more bytes (as a full disk): an error, and the earlier export kept.
        {
            const FileSizeLimit limit(512);
            QVERIFY(limit.active());
            QVERIFY(!BundleExporter(*s.store).write(path, m_at).ok());
        }
        QVERIFY(written.seek(0));
        QCOMPARE(QJsonDocument::fromJson(written.readAll()).object(), read);
        QCOMPARE(QDir(s.dir.path()).entryList({QStringLiteral("portfolio.json*")}, QDir::Files),
                 QStringList{QStringLiteral("portfolio.json")});

        // A folder that does not exist: an error, and nothing left behind.
        const QString nowhere = s.dir.filePath(QStringLiteral("no-such-folder/portfolio.json"));
        const Status failed = BundleExporter(*s.store).write(nowhere, m_at);
        QVERIFY(!failed);
        QCOMPARE(failed.code(), ErrorCode::Io);
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(QDir(s.dir.filePath(QStringLiteral("no-such-folder"))).isEmpty() ||
                !QFile::exists(s.dir.filePath(QStringLiteral("no-such-folder"))));
    }
};

QTEST_GUILESS_MAIN(tst_BundleExporter)
#include "tst_bundleexporter.moc"
