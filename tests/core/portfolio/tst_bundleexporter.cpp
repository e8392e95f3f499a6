#include "../store/TempStore.h"
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

    // A portfolio with one of everything: a signed badge, a cached document, evidence with a file, a
    // placement with a log entry and an evaluation, a competency, and the learner's name and e-mail.
    static void fill(TempStore &s, QByteArray *badgeBytes)
    {
        QFile badge(QStringLiteral(PATHFOLIO_BENCH_DATA "/credential-000.json"));
        QVERIFY(badge.open(QIODevice::ReadOnly));
        *badgeBytes = badge.readAll();
        CredentialImporter importer(*s.store);
        const QList<ImportOutcome> outcomes = importer.importBytes(*badgeBytes, QStringLiteral("badge.json"));
        QCOMPARE(outcomes.size(), 1);
        // Its report, as a verification would have kept it.
        const QJsonObject report{
            {QStringLiteral("result"), QStringLiteral("valid")},
            {QStringLiteral("checks"),
             QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("proof")},
                                    {QStringLiteral("result"), QStringLiteral("valid")}}}}};
        QVERIFY(s->credentials()
                    .addVerification(outcomes.first().id, QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC),
                                     QStringLiteral("valid"), report)
                    .ok());
        QVERIFY(s->identities().setName(QStringLiteral("Amira Haddad")).ok());
        QVERIFY(s->identities().add({QStringLiteral("email"), QStringLiteral("amira@example.org")}).ok());
        QVERIFY(s->cache()
                    .put(QStringLiteral("https://example.org/issuer.json"),
                         QByteArrayLiteral("{\"id\":\"x\"}"), QStringLiteral("issuer.json"),
                         QStringLiteral("application/json"))
                    .ok());

        Competency c;
        c.title = QStringLiteral("Usability testing");
        c.code = QStringLiteral("UX1");
        const qint64 competency = *s->competencies().create(c);
        Evidence e;
        e.title = QStringLiteral("Usability report");
        e.kind = Evidence::Kind::File;
        e.reflection = QStringLiteral("Five users were enough.");
        e.competencyIds = {competency};
        QVERIFY(s->evidence().create(e, {s.file(QStringLiteral("report.md"), "# Findings\n")}).ok());
        const qint64 placement = s.addPlacement();
        LogEntry l;
        l.placementId = placement;
        l.date = QDate(2026, 3, 2);
        l.centiHours = 750;
        l.activities = QStringLiteral("Ran two test sessions");
        QVERIFY(s->logEntries().create(l).ok());
        Evaluation v;
        v.placementId = placement;
        v.date = QDate(2026, 6, 30);
        v.evaluatorName = QStringLiteral("Jonas Becker");
        v.ratings = {{competency, 4, QStringLiteral("Careful")}};
        QVERIFY(s->evaluations().create(v).ok());
    }

private slots:
    void everyItemIsCarriedWithItsHashes()
    {
        TempStore s;
        QByteArray badge;
        fill(s, &badge);
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
        fill(s, &badge);
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

    void aMissingFileIsNamedNotLeftOut()
    {
        TempStore s;
        QByteArray badge;
        fill(s, &badge);
        const QString sha = s->evidence().list()->first().files.first().sha256;
        const QString blob = s->blobs().pathFor(sha);
        QFile::setPermissions(blob, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(QFile::remove(blob));
        const QJsonObject bundle = *BundleExporter(*s.store).build(m_at);
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
    }

    void writtenWholeOrNotAtAll()
    {
        TempStore s;
        QByteArray badge;
        fill(s, &badge);
        const QString path = s.dir.filePath(QStringLiteral("portfolio.json"));
        QVERIFY(BundleExporter(*s.store).write(path, m_at).ok());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QJsonParseError error{};
        const QJsonObject read = QJsonDocument::fromJson(written.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(read, *BundleExporter(*s.store).build(m_at));

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
