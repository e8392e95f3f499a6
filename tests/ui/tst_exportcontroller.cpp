#include "ErrorMessages.h"
#include "ExportController.h"
#include "UiTestStore.h"
#include "credentials/CredentialImporter.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/PortfolioVerifier.h"
#include "store/HolderKeyStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace pf;

// ExportController: the Export page's options, its preview rendered in the background, and the PDF and
// bundle saved whole or not at all.
class tst_ExportController : public QObject
{
    Q_OBJECT

    static constexpr const char *kEmail = "amira@example.org";
    static constexpr const char *kReflection = "Five users were enough.";

    static QString dataDir(UiTestStore &s) { return s.dir.filePath(QStringLiteral("data")); }

    // A portfolio with the learner's name and e-mail, a signed badge, and evidence with a reflection.
    static void fill(UiTestStore &s)
    {
        QVERIFY(s->identities().setName(QStringLiteral("Amira Haddad")).ok());
        QVERIFY(s->identities().add({QStringLiteral("email"), QString::fromLatin1(kEmail)}).ok());
        QFile badge(QStringLiteral(PATHFOLIO_BENCH_DATA "/credential-000.json"));
        QVERIFY(badge.open(QIODevice::ReadOnly));
        QCOMPARE(CredentialImporter(*s).importBytes(badge.readAll(), QStringLiteral("badge.json")).size(), 1);
        Evidence e;
        e.title = QStringLiteral("Usability report");
        e.kind = Evidence::Kind::Note;
        e.reflection = QString::fromLatin1(kReflection);
        QVERIFY(s->evidence().create(e, {}).ok());
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The text of a PDF as poppler's pdftotext reads it; empty when it cannot run.
    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static void render(ExportController &exporter)
    {
        QSignalSpy busy(&exporter, &ExportController::busyChanged);
        QVERIFY(exporter.preview());
        QVERIFY(exporter.isBusy());
        exporter.waitForIdle();
        QVERIFY(!exporter.isBusy());
        QCOMPARE(busy.size(), 2);
    }

private slots:
    void previewRendersAPdfOffTheGuiThread()
    {
        UiTestStore s;
        fill(s);
        ExportController exporter(dataDir(s));
        QSignalSpy preview(&exporter, &ExportController::previewChanged);
        QVERIFY(exporter.previewUrl().isEmpty());
        QVERIFY(!exporter.isPreviewCurrent());

        render(exporter);
        QCOMPARE(exporter.errorText(), QString());
        QCOMPARE(preview.size(), 1);
        QVERIFY(exporter.previewUrl().isLocalFile());
        const QString first = exporter.previewUrl().toLocalFile();
        QVERIFY(read(first).startsWith("%PDF-"));
        QVERIFY(exporter.isPreviewCurrent());

        // An edit makes the preview stale; the next one replaces the file.
        exporter.setHeadline(QStringLiteral("UX design student"));
        QVERIFY(!exporter.isPreviewCurrent());
        QCOMPARE(preview.size(), 2);
        render(exporter);
        QVERIFY(exporter.isPreviewCurrent());
        QVERIFY(exporter.previewUrl().toLocalFile() != first);
        QVERIFY(!QFile::exists(first));
        QVERIFY(read(exporter.previewUrl().toLocalFile()).startsWith("%PDF-"));

        // A change in the store does too.
        exporter.storeChanged();
        QVERIFY(!exporter.isPreviewCurrent());
    }

    void optionsReachTheExport()
    {
        ExportController exporter(QStringLiteral("unused"));
        QSignalSpy options(&exporter, &ExportController::optionsChanged);
        exporter.setPaper(ExportController::Letter);
        exporter.setTargetRole(QStringLiteral("Junior UX researcher"));
        exporter.setCoverNote(QStringLiteral("Dear reader"));
        exporter.setWithheld(QStringLiteral("grades"), true);
        exporter.setWithheld(ExportOptions::Redaction::Reflections, true);
        exporter.setWithheld(QStringLiteral("no-such-field"), true);
        exporter.setPaper(ExportController::Letter); // unchanged: no signal
        QCOMPARE(options.size(), 5);

        const ExportOptions o = exporter.options();
        QCOMPARE(o.paper, ExportOptions::Paper::Letter);
        QCOMPARE(o.targetRole, QStringLiteral("Junior UX researcher"));
        QCOMPARE(o.coverNote, QStringLiteral("Dear reader"));
        QCOMPARE(o.redactions, (QSet<ExportOptions::Redaction>{ExportOptions::Redaction::Grades,
                                                               ExportOptions::Redaction::Reflections}));
        QVERIFY(o.exportedAt.isValid());

        // The page lists every redaction core knows, by its core name, with whether it is withheld.
        const QVariantList redactions = exporter.redactions();
        QCOMPARE(redactions.size(), 4);
        QStringList withheld;
        for (const QVariant &r : redactions) {
            const QVariantMap m = r.toMap();
            QVERIFY(!m.value(QStringLiteral("title")).toString().isEmpty());
            if (m.value(QStringLiteral("withheld")).toBool())
                withheld << m.value(QStringLiteral("name")).toString();
        }
        withheld.sort();
        QCOMPARE(withheld, (QStringList{QStringLiteral("grades"), QStringLiteral("reflections")}));
        exporter.setWithheld(QStringLiteral("grades"), false);
        QVERIFY(!exporter.options().withholds(ExportOptions::Redaction::Grades));
    }

    void withheldContactIsNotInThePdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        UiTestStore s;
        fill(s);
        ExportController exporter(dataDir(s));
        render(exporter);
        QVERIFY(pdfText(exporter.previewUrl().toLocalFile()).contains(QString::fromLatin1(kEmail)));

        exporter.setWithheld(ExportOptions::Redaction::Contact, true);
        render(exporter);
        const QString text = pdfText(exporter.previewUrl().toLocalFile());
        QVERIFY(text.contains(QStringLiteral("Amira Haddad")));
        QVERIFY(!text.contains(QString::fromLatin1(kEmail)));
    }

    void savesThePreviewOrRendersAnew()
    {
        UiTestStore s;
        fill(s);
        ExportController exporter(dataDir(s));
        QSignalSpy saved(&exporter, &ExportController::saved);
        render(exporter);
        const QByteArray previewed = read(exporter.previewUrl().toLocalFile());

        // The preview is current: the saved file is the previewed one, byte for byte.
        const QString pdf = s.dir.filePath(QStringLiteral("out/portfolio.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(pdf).path()));
        QVERIFY(exporter.savePdf(QUrl::fromLocalFile(pdf)));
        exporter.waitForIdle();
        QCOMPARE(exporter.errorText(), QString());
        QCOMPARE(read(pdf), previewed);
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.first().first().toString().contains(QStringLiteral("portfolio.pdf")));

        // Options changed since: a new rendering, not the stale preview.
        exporter.setCoverNote(QStringLiteral("Dear reader"));
        const QString again = s.dir.filePath(QStringLiteral("out/again.pdf"));
        QVERIFY(exporter.savePdf(again));
        exporter.waitForIdle();
        const QByteArray rendered = read(again);
        QVERIFY(rendered.startsWith("%PDF-"));
        QVERIFY(rendered != previewed);
        QCOMPARE(saved.size(), 2);
    }

    void savesTheBundleWithItsRedactions()
    {
        UiTestStore s;
        fill(s);
        ExportController exporter(dataDir(s));
        exporter.setWithheld(ExportOptions::Redaction::Reflections, true);
        const QString path = s.dir.filePath(QStringLiteral("portfolio.json"));
        QVERIFY(exporter.saveBundle(path));
        QVERIFY(exporter.isBusy());
        QVERIFY(!exporter.preview()); // one piece of work at a time
        exporter.waitForIdle();
        QCOMPARE(exporter.errorText(), QString());
        const QByteArray json = read(path);
        const QJsonObject bundle = QJsonDocument::fromJson(json).object();
        QCOMPARE(bundle.value(QStringLiteral("format")).toString(),
                 QString::fromLatin1(BundleExporter::kFormatName));
        QVERIFY(json.contains(kEmail));
        QVERIFY(!json.contains(kReflection));
    }

    void anUnwritableDestinationIsAnErrorAndNoFile()
    {
        UiTestStore s;
        fill(s);
        ExportController exporter(dataDir(s));
        QSignalSpy saved(&exporter, &ExportController::saved);
        QSignalSpy error(&exporter, &ExportController::errorTextChanged);
        const QString missingFolder = s.dir.filePath(QStringLiteral("no/such/folder"));
        const QString pdf = missingFolder + QStringLiteral("/portfolio.pdf");
        const QString json = missingFolder + QStringLiteral("/portfolio.json");

        QVERIFY(exporter.savePdf(pdf));
        exporter.waitForIdle();
        QCOMPARE(exporter.errorText(), ErrorMessages::sentence(ErrorCode::Io));
        QVERIFY(!exporter.errorText().isEmpty());
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(error.size(), 1);

        // The next action clears the error before it starts; its own failure sets it again.
        QVERIFY(exporter.saveBundle(json));
        exporter.waitForIdle();
        QCOMPARE(exporter.errorText(), ErrorMessages::sentence(ErrorCode::Io));
        QVERIFY(!QFile::exists(json));
        QCOMPARE(saved.size(), 0);
        QVERIFY(!QDir(missingFolder).exists());

        // Copying a current preview fails the same way.
        render(exporter);
        QVERIFY(exporter.isPreviewCurrent());
        QVERIFY(exporter.savePdf(pdf));
        exporter.waitForIdle();
        QCOMPARE(exporter.errorText(), ErrorMessages::sentence(ErrorCode::Io));
        QVERIFY(!QFile::exists(pdf));

        exporter.clearError();
        QCOMPARE(exporter.errorText(), QString());
        QVERIFY(!exporter.savePdf(QString()));
    }

    void aStoreThatCannotOpenIsAnError()
    {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("file"));
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        ExportController exporter(notAFolder);
        QVERIFY(exporter.preview());
        exporter.waitForIdle();
        QVERIFY(!exporter.errorText().isEmpty());
        QVERIFY(exporter.previewUrl().isEmpty());
    }

    // A pack's id and cover words as PackController::load() gives them.
    static QVariantMap packForm(UiTestStore &s, qint64 id)
    {
        auto pack = s->packs().get(id);
        if (!pack)
            return {};
        return {{QStringLiteral("id"), pack->id},
                {QStringLiteral("name"), pack->name},
                {QStringLiteral("targetRole"), pack->targetRole},
                {QStringLiteral("headline"), pack->headline},
                {QStringLiteral("coverNote"), pack->coverNote}};
    }

    static QJsonObject bundleOf(ExportController &exporter, const QString &path)
    {
        if (!exporter.saveBundle(path))
            return {};
        exporter.waitForIdle();
        return QJsonDocument::fromJson(read(path)).object();
    }

    static QStringList evidenceTitles(const QJsonObject &bundle)
    {
        QStringList titles;
        for (const QJsonValue &e : bundle.value(QStringLiteral("evidence")).toArray())
            titles << e.toObject().value(QStringLiteral("title")).toString();
        return titles;
    }

    void aPackHoldsOnlyItsItemsAsTheyAreWhenTheExportRuns()
    {
        UiTestStore s;
        fill(s);
        Evidence other;
        other.title = QStringLiteral("Interview notes");
        other.kind = Evidence::Kind::Note;
        auto otherId = s->evidence().create(other, {});
        QVERIFY(otherId.ok());
        const auto listed = s->evidence().list();
        QVERIFY(listed.ok());
        qint64 reportId = 0;
        for (const Evidence &e : *listed) {
            if (e.title == u"Usability report")
                reportId = e.id;
        }
        ApplicationPack pack;
        pack.name = QStringLiteral("Acme: Berlin/UX");
        pack.targetRole = QStringLiteral("Junior UX designer at Acme");
        pack.coverNote = QStringLiteral("Dear Acme");
        pack.evidenceIds = {reportId};
        auto packId = s->packs().create(pack);
        QVERIFY(packId.ok());

        ExportController exporter(dataDir(s));
        QSignalSpy options(&exporter, &ExportController::optionsChanged);
        exporter.setTargetRole(QStringLiteral("typed before"));
        // Views that read the options as they change never see the pack just chosen as edited.
        QList<bool> modifiedSeen;
        connect(&exporter, &ExportController::optionsChanged, this,
                [&] { modifiedSeen << exporter.isPackModified(); });
        exporter.choosePack(packForm(s, *packId));
        QCOMPARE(modifiedSeen, QList<bool>{false});
        QCOMPARE(exporter.packId(), *packId);
        QCOMPARE(exporter.packName(), QStringLiteral("Acme: Berlin/UX"));
        // Choosing the pack puts its words on the cover.
        QCOMPARE(exporter.targetRole(), pack.targetRole);
        QCOMPARE(exporter.coverNote(), pack.coverNote);
        QVERIFY(!exporter.isPackModified());
        QCOMPARE(options.size(), 2);

        QJsonObject bundle = bundleOf(exporter, s.dir.filePath(QStringLiteral("pack.json")));
        QCOMPARE(exporter.errorText(), QString());
        QCOMPARE(evidenceTitles(bundle), QStringList{QStringLiteral("Usability report")});
        QVERIFY(bundle.value(QStringLiteral("credentials")).toArray().isEmpty());
        QCOMPARE(
            bundle.value(QStringLiteral("pack")).toObject().value(QStringLiteral("targetRole")).toString(),
            pack.targetRole);

        // The page's words go on the cover and into the bundle's pack, and the page knows they differ.
        exporter.setHeadline(QStringLiteral("Designer who tests"));
        QVERIFY(exporter.isPackModified());
        QCOMPARE(exporter.coverForm().value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Designer who tests"));
        bundle = bundleOf(exporter, s.dir.filePath(QStringLiteral("pack2.json")));
        QCOMPARE(bundle.value(QStringLiteral("pack")).toObject().value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Designer who tests"));

        // The pack is read when the export runs: an item added to it since is in the next export.
        auto saved = s->packs().get(*packId);
        QVERIFY(saved.ok());
        saved->evidenceIds << *otherId;
        QVERIFY(s->packs().update(*saved).ok());
        exporter.storeChanged();
        bundle = bundleOf(exporter, s.dir.filePath(QStringLiteral("pack3.json")));
        QCOMPARE(evidenceTitles(bundle).size(), 2);

        // A save dialog offers a file named after the pack, in characters every file system takes.
        QCOMPARE(QFileInfo(exporter.suggestedFile(QStringLiteral("pdf")).toLocalFile()).fileName(),
                 QStringLiteral("portfolio - Acme Berlin UX.pdf"));

        // Back to the whole portfolio: the badge is there again, the cover words stay as they are.
        exporter.choosePack({});
        QCOMPARE(exporter.packId(), 0);
        QVERIFY(!exporter.isPackModified());
        QCOMPARE(QFileInfo(exporter.suggestedFile(QStringLiteral("json")).toLocalFile()).fileName(),
                 QStringLiteral("portfolio.json"));
        QCOMPARE(exporter.headline(), QStringLiteral("Designer who tests"));
        bundle = bundleOf(exporter, s.dir.filePath(QStringLiteral("all.json")));
        QCOMPARE(bundle.value(QStringLiteral("credentials")).toArray().size(), 1);
        QVERIFY(!bundle.contains(QStringLiteral("pack")));
    }

    void aPackDeletedSinceItWasChosenIsAnErrorAndNoFile()
    {
        UiTestStore s;
        fill(s);
        ApplicationPack pack;
        pack.name = QStringLiteral("Gone");
        pack.credentialIds = {s->credentials().list()->first().id};
        auto packId = s->packs().create(pack);
        QVERIFY(packId.ok());
        ExportController exporter(dataDir(s));
        exporter.choosePack(packForm(s, *packId));
        QVERIFY(s->packs().remove(*packId).ok());
        const QString path = s.dir.filePath(QStringLiteral("gone.json"));
        QVERIFY(exporter.saveBundle(path));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^export: \"not_found\"")));
        exporter.waitForIdle();
        QCOMPARE(exporter.errorText(), ErrorMessages::sentence(ErrorCode::NotFound));
        QVERIFY(!QFile::exists(path));
    }

    void withFilesPutsTheFilesInTheBundle()
    {
        UiTestStore s;
        fill(s);
        Evidence e;
        e.title = QStringLiteral("Wireframes");
        e.kind = Evidence::Kind::File;
        QVERIFY(s->evidence().create(e, {s.file(QStringLiteral("wireframes.txt"), "boxes and arrows")}).ok());
        ExportController exporter(dataDir(s));
        QSignalSpy options(&exporter, &ExportController::optionsChanged);
        exporter.setWithFiles(true);
        exporter.setWithFiles(true); // unchanged: no signal
        QCOMPARE(options.size(), 1);
        QVERIFY(exporter.options().withFiles);
        const QString path = s.dir.filePath(QStringLiteral("files.json"));
        QVERIFY(exporter.saveBundle(path));
        exporter.waitForIdle();
        QVERIFY(read(path).contains(QByteArray("boxes and arrows")));
        exporter.setWithFiles(false);
        QVERIFY(exporter.saveBundle(path));
        exporter.waitForIdle();
        QVERIFY(!read(path).contains(QByteArray("boxes and arrows")));
    }

    void signingMakesTheKeyOnceThenUnlocksIt()
    {
        UiTestStore s;
        fill(s);
        ExportController exporter(dataDir(s));
        QSignalSpy signing(&exporter, &ExportController::signingChanged);
        QVERIFY(!exporter.hasSigningKey());
        QVERIFY(!exporter.isSigning());
        QCOMPARE(exporter.signerDid(), QString());

        // The first time the passphrase makes the key: it must be long enough, and typed twice the same.
        QVERIFY(!exporter.startSigning(QStringLiteral("short"), QStringLiteral("short")));
        QCOMPARE(exporter.signingError(),
                 ErrorMessages::forField(QStringLiteral("passphrase"), ErrorCode::InvalidArgument));
        QVERIFY(!exporter.startSigning(QStringLiteral("correct horse"), QStringLiteral("correct hose")));
        QCOMPARE(exporter.signingError(),
                 ErrorMessages::forField(QStringLiteral("passphraseRepeat"), ErrorCode::InvalidArgument));
        QVERIFY(!exporter.hasSigningKey());

        QVERIFY(exporter.startSigning(QStringLiteral("correct horse"), QStringLiteral("correct horse")));
        QVERIFY(exporter.isUnlocking());
        QVERIFY(!exporter.startSigning(QStringLiteral("correct horse"), QStringLiteral("correct horse")));
        exporter.waitForIdle();
        QVERIFY(!exporter.isUnlocking());
        QVERIFY(exporter.isSigning());
        QCOMPARE(exporter.signingError(), QString());
        QVERIFY(exporter.hasSigningKey());
        const QString did = exporter.signerDid();
        QVERIFY(did.startsWith(QStringLiteral("did:key:z6Mk")));
        QVERIFY(exporter.options().signingKey.has_value());

        // What is exported from now on is signed by the learner, and verifies as theirs.
        const QString path = s.dir.filePath(QStringLiteral("signed.json"));
        QVERIFY(exporter.saveBundle(path));
        exporter.waitForIdle();
        const auto reports = PortfolioVerifier::verify(path, read(path), QDateTime::currentDateTimeUtc());
        QVERIFY(reports.has_value());
        const VerificationReport &portfolio = reports->first();
        bool proofChecked = false;
        for (const Check &c : portfolio.checks) {
            if (c.name == u"proof") {
                QCOMPARE(c.result, CheckResult::Valid);
                QVERIFY(c.message.contains(did));
                proofChecked = true;
            }
        }
        QVERIFY(proofChecked);

        // Stopping forgets the unlocked key; the key itself stays, known by its DID.
        exporter.stopSigning();
        QVERIFY(!exporter.isSigning());
        QVERIFY(!exporter.options().signingKey.has_value());
        QCOMPARE(exporter.signerDid(), did);

        // Later the passphrase unlocks that same key; a wrong one is refused in words, after the work.
        QVERIFY(exporter.startSigning(QStringLiteral("wrong horse"), QString()));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(
                              QStringLiteral("^export: the signing key stays locked: \"wrong_passphrase\"")));
        exporter.waitForIdle();
        QVERIFY(!exporter.isSigning());
        QCOMPARE(exporter.signingError(), ErrorMessages::sentence(ErrorCode::WrongPassphrase));
        QVERIFY(exporter.startSigning(QStringLiteral("correct horse"), QString()));
        exporter.waitForIdle();
        QVERIFY(exporter.isSigning());
        QCOMPARE(exporter.signerDid(), did);
        QVERIFY(signing.size() >= 6);

        // A forgotten passphrase: the key is put aside, and the next passphrase makes a new one.
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("put aside as")));
        QVERIFY(exporter.retireKey());
        QVERIFY(!exporter.isSigning());
        QVERIFY(!exporter.hasSigningKey());
        QCOMPARE(exporter.signerDid(), QString());
        QCOMPARE(QDir(dataDir(s)).entryList({QStringLiteral("holder-key-retired-*.json")}).size(), 1);
        QVERIFY(!exporter.startSigning(QStringLiteral("new horse!"), QStringLiteral("new horse?")));
        QVERIFY(exporter.startSigning(QStringLiteral("new horse!"), QStringLiteral("new horse!")));
        exporter.waitForIdle();
        QVERIFY(exporter.isSigning());
        QVERIFY(exporter.signerDid() != did);
        QVERIFY(exporter.signerDid().startsWith(QStringLiteral("did:key:z6Mk")));

        // Nothing to put aside is said in words.
        QVERIFY(QFile::remove(HolderKeyStore(dataDir(s)).path()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("stays: \"not_found\"")));
        QVERIFY(!exporter.retireKey());
        QCOMPARE(exporter.signingError(), ErrorMessages::sentence(ErrorCode::NotFound));
    }

    void signingMakesThePreviewStale()
    {
        UiTestStore s;
        fill(s);
        ExportController exporter(dataDir(s));
        render(exporter);
        QVERIFY(exporter.isPreviewCurrent());
        QVERIFY(exporter.startSigning(QStringLiteral("correct horse"), QStringLiteral("correct horse")));
        exporter.waitForIdle();
        QVERIFY(!exporter.isPreviewCurrent());
        render(exporter);
        QVERIFY(exporter.isPreviewCurrent());
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QVERIFY(pdfText(exporter.previewUrl().toLocalFile()).contains(exporter.signerDid()));
        exporter.stopSigning();
        QVERIFY(!exporter.isPreviewCurrent());
    }

    void aPreviewAskedForWhileRenderingFollows()
    {
        UiTestStore s;
        fill(s);
        ExportController exporter(dataDir(s));
        QVERIFY(exporter.preview());
        exporter.setHeadline(QStringLiteral("Asked while rendering"));
        QVERIFY(exporter.preview()); // remembered, not started
        exporter.waitForIdle();      // the first one ends and starts the second
        QVERIFY(exporter.isBusy());
        exporter.waitForIdle();
        QVERIFY(!exporter.isBusy());
        QVERIFY(exporter.isPreviewCurrent());
        QCOMPARE(exporter.options().headline, QStringLiteral("Asked while rendering"));
    }
};

QTEST_MAIN(tst_ExportController)
#include "tst_exportcontroller.moc"
