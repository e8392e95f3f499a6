#include "CredentialController.h"
#include "UiTestStore.h"
#include "credentials/CredentialImporter.h"
#include "credentials/PngBadgeParser.h"
#include "credentials/SvgBadgeParser.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>

using namespace pf;

// CredentialController: the badge open on the Badges page, over a store holding a signed OB 3.0 badge.
class tst_CredentialController : public QObject
{
    Q_OBJECT

    static QByteArray signedBadge()
    {
        QFile f(QDir(QStringLiteral(PATHFOLIO_BENCH_DATA)).filePath(QStringLiteral("credential-000.json")));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the benchmark credential");
        return f.readAll();
    }

    static qint64 import(UiTestStore &s, const QByteArray &bytes, const QString &name)
    {
        CredentialImporter importer(*s);
        const QList<ImportOutcome> outcomes = importer.importBytes(bytes, name);
        if (outcomes.size() != 1 || outcomes.first().kind != ImportOutcome::Kind::Imported)
            qFatal("cannot import %s", qPrintable(name));
        return outcomes.first().id;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void showsWhatTheBadgeSays()
    {
        UiTestStore s;
        const QByteArray bytes = signedBadge();
        const qint64 id = import(s, bytes, QStringLiteral("python.json"));
        CredentialController c(*s);
        QAbstractItemModelTester tester(c.report(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy currentChanged(&c, &CredentialController::currentChanged);
        QVERIFY(!c.hasCurrent());

        c.open(id);
        QCOMPARE(currentChanged.size(), 1);
        QVERIFY(c.hasCurrent());
        QCOMPARE(c.currentId(), id);
        const QVariantMap d = c.details();
        QCOMPARE(d.value(QStringLiteral("achievementName")).toString(),
                 QStringLiteral("Introduction to Python (Bronze)"));
        QCOMPARE(d.value(QStringLiteral("issuerName")).toString(),
                 QStringLiteral("Example Institute of Continuing Education"));
        QVERIFY(d.value(QStringLiteral("issuerId")).toString().startsWith(QStringLiteral("did:key:z6Mk")));
        QCOMPARE(d.value(QStringLiteral("issuerUrl")).toString(),
                 QStringLiteral("https://institute.example.org"));
        QCOMPARE(d.value(QStringLiteral("fileName")).toString(), QStringLiteral("python.json"));
        QCOMPARE(d.value(QStringLiteral("achievementType")).toString(), QStringLiteral("Badge"));
        QVERIFY(!d.value(QStringLiteral("issuedText")).toString().isEmpty());
        QCOMPARE(d.value(QStringLiteral("validUntilText")).toString(), QString());

        QCOMPARE(c.alignments().size(), 1);
        const QVariantMap a = c.alignments().first().toMap();
        QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("Programming Fundamentals"));
        QCOMPARE(a.value(QStringLiteral("framework")).toString(), QStringLiteral("ACM Computing Curricula"));
        QCOMPARE(a.value(QStringLiteral("code")).toString(), QStringLiteral("CS-101"));
        QCOMPARE(c.rawText().toUtf8(), bytes); // the original, as received
        QCOMPARE(c.bakeFormats(), (QStringList{QStringLiteral("png"), QStringLiteral("svg")}));
        QCOMPARE(c.suggestedFileName(QStringLiteral("png")),
                 QStringLiteral("Introduction to Python (Bronze) — Amara Okafor.png"));

        c.open(0);
        QVERIFY(!c.hasCurrent());
        QVERIFY(c.details().isEmpty());
        QVERIFY(c.rawText().isEmpty());
        QVERIFY(c.report()->isEmpty());
    }

    void verifyAgainAddsToTheHistory()
    {
        UiTestStore s;
        const qint64 id = import(s, signedBadge(), QStringLiteral("python.json"));
        CredentialController c(*s);
        c.open(id);
        QVERIFY(c.history().isEmpty()); // imported straight through core: never verified
        QCOMPARE(c.historyIndex(), -1);
        QVERIFY(c.report()->isEmpty());

        QSignalSpy changed(&c, &CredentialController::changed);
        QVERIFY(c.verifyAgain());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(c.history().size(), 1);
        QCOMPARE(c.historyIndex(), 0);
        QCOMPARE(c.report()->count(), 7);
        QCOMPARE(c.history().first().toMap().value(QStringLiteral("result")).toString(),
                 c.report()->result());

        QVERIFY(c.verifyAgain());
        QCOMPARE(c.history().size(), 2);
        c.showVerification(1);
        QCOMPARE(c.historyIndex(), 1);
        c.showVerification(5); // out of range: ignored
        QCOMPARE(c.historyIndex(), 1);

        QVERIFY(!CredentialController(*s).verifyAgain()); // nothing open
    }

    void savesTheOriginalAndBakesIt()
    {
        UiTestStore s;
        const QByteArray bytes = signedBadge();
        const qint64 id = import(s, bytes, QStringLiteral("python.json"));
        CredentialController c(*s);
        c.open(id);

        const QString original = s.dir.filePath(QStringLiteral("out/copy.json"));
        QDir().mkpath(QFileInfo(original).path());
        QVERIFY(c.saveOriginal(QUrl::fromLocalFile(original)));
        QCOMPARE(read(original), bytes);

        const QString png = s.dir.filePath(QStringLiteral("out/badge.png"));
        QVERIFY(c.bake(QUrl::fromLocalFile(png), QStringLiteral("png")));
        auto fromPng = PngBadgeParser::extract(read(png));
        QVERIFY(fromPng);
        QCOMPARE(fromPng->payload, bytes);

        const QString svg = s.dir.filePath(QStringLiteral("out/badge.svg"));
        QVERIFY(c.bake(QUrl::fromLocalFile(svg), QStringLiteral("svg")));
        auto fromSvg = SvgBadgeParser::extract(read(svg));
        QVERIFY(fromSvg);
        QCOMPARE(fromSvg->payload, bytes);

        // An unwritable destination is a message, not a crash, and leaves no file behind.
        QSignalSpy failed(&c, &CredentialController::failed);
        QVERIFY(!c.saveOriginal(QUrl::fromLocalFile(QStringLiteral("/proc/no/such/folder/x.json"))));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/proc/no/such/folder/x.json")));
    }

    void removeAsksFirstThenDeletes()
    {
        UiTestStore s;
        const qint64 id = import(s, signedBadge(), QStringLiteral("python.json"));
        CredentialController c(*s);
        c.open(id);
        QVERIFY(c.deleteQuestion().contains(QStringLiteral("Introduction to Python (Bronze)")));
        QSignalSpy changed(&c, &CredentialController::changed);
        QVERIFY(c.remove());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!c.hasCurrent());
        QVERIFY(!s->credentials().get(id));
        QVERIFY(!c.remove());
    }

    void refreshClosesABadgeDeletedElsewhere()
    {
        UiTestStore s;
        const qint64 id = import(s, signedBadge(), QStringLiteral("python.json"));
        CredentialController c(*s);
        c.open(id);
        QVERIFY(s->credentials().remove(id).ok());
        c.refresh();
        QVERIFY(!c.hasCurrent());
    }
};

QTEST_GUILESS_MAIN(tst_CredentialController)
#include "tst_credentialcontroller.moc"
