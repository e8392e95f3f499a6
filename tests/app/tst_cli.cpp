#include "CliRunner.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace pf;

// pathfolio-cli as users and scripts see it: commands, JSON, messages and exit statuses.
class tst_Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CliRunner m_cli;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Runs a command that must succeed with --json, returning its object.
    QJsonObject ok(const QStringList &args)
    {
        const int code = m_cli.run(args + QStringList{QStringLiteral("--json")});
        if (code != 0)
            qWarning("%s failed: %s", qPrintable(args.join(u' ')), m_cli.err.constData());
        return code == 0 ? m_cli.object() : QJsonObject();
    }

private slots:
    void initTestCase() { m_cli.dataDir = m_dir.filePath(QStringLiteral("store")); }

    void help()
    {
        QCOMPARE(m_cli.run({QStringLiteral("--help")}), 0);
        for (const char *command : {"evidence add", "placement add", "log add", "evaluation add",
                                    "competency add", "list", "show", "search", "remove"})
            QVERIFY2(m_cli.out.contains(command), command);
        QCOMPARE(m_cli.run({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("--help")}), 0);
        QVERIFY(m_cli.out.contains("--hours"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList{} << QByteArray("no command given");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("evidence"), QStringLiteral("--colour")}
            << QByteArray("unknown option --colour");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("competency"), QStringLiteral("add"), QStringLiteral("--title")}
            << QByteArray("--title needs a value");
        QTest::newRow("repeated option")
            << QStringList{QStringLiteral("competency"), QStringLiteral("add"),     QStringLiteral("--title"),
                           QStringLiteral("a"),          QStringLiteral("--title"), QStringLiteral("b")}
            << QByteArray("more than once");
        QTest::newRow("unknown kind")
            << QStringList{QStringLiteral("list"), QStringLiteral("badges")} << QByteArray("not a kind");
        QTest::newRow("bad id") << QStringList{QStringLiteral("show"), QStringLiteral("12")}
                                << QByteArray("not an item id");
    }
    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QCOMPARE(m_cli.run(args), 2);
        QVERIFY2(m_cli.err.contains(message), m_cli.err.constData());
        QVERIFY(m_cli.out.isEmpty());
    }

    void addAndListEveryKind()
    {
        const QJsonObject competency =
            ok({QStringLiteral("competency"), QStringLiteral("add"), QStringLiteral("--title"),
                QStringLiteral("Writes maintainable code"), QStringLiteral("--code"), QStringLiteral("SE-2"),
                QStringLiteral("--framework"), QStringLiteral("ACM SE")});
        const QString competencyId = competency.value(QStringLiteral("id")).toString();
        QCOMPARE(competencyId, QStringLiteral("competency-1"));

        const QString report =
            file(QStringLiteral("capstone.pdf"), QByteArrayLiteral("%PDF-1.4\nreport\n%%EOF\n"));
        const QJsonObject evidence =
            ok({QStringLiteral("evidence"), QStringLiteral("add"), report, QStringLiteral("--title"),
                QStringLiteral("Capstone report"), QStringLiteral("--course"), QStringLiteral("ENG 401"),
                QStringLiteral("--tag"), QStringLiteral("robotics"), QStringLiteral("--competency"),
                competencyId, QStringLiteral("--date"), QStringLiteral("2026-05-14")});
        QCOMPARE(evidence.value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
        const QJsonObject attached = evidence.value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(attached.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(QByteArrayLiteral("%PDF-1.4\nreport\n%%EOF\n"),
                                                              QCryptographicHash::Sha256)
                                         .toHex()));
        QCOMPARE(attached.value(QStringLiteral("mediaType")).toString(), QStringLiteral("application/pdf"));

        const QJsonObject link = ok({QStringLiteral("evidence"), QStringLiteral("add"),
                                     QStringLiteral("--title"), QStringLiteral("Portfolio site"),
                                     QStringLiteral("--url"), QStringLiteral("https://example.org/me")});
        QCOMPARE(link.value(QStringLiteral("kind")).toString(), QStringLiteral("link"));

        const QJsonObject placement =
            ok({QStringLiteral("placement"), QStringLiteral("add"), QStringLiteral("--organisation"),
                QStringLiteral("Acme GmbH"), QStringLiteral("--role"), QStringLiteral("Software intern"),
                QStringLiteral("--kind"), QStringLiteral("apprenticeship"), QStringLiteral("--start"),
                QStringLiteral("2026-03-01"), QStringLiteral("--end"), QStringLiteral("2026-06-30"),
                QStringLiteral("--supervisor"), QStringLiteral("Dana Roe"),
                QStringLiteral("--supervisor-email"), QStringLiteral("dana@acme.example")});
        const QString placementId = placement.value(QStringLiteral("id")).toString();
        QCOMPARE(placement.value(QStringLiteral("kind")).toString(), QStringLiteral("apprenticeship"));

        for (const auto &[date, hours] : {std::pair{"2026-03-02", "7.5"}, std::pair{"2026-03-03", "8"},
                                          std::pair{"2026-03-10", "3.25"}}) {
            const QJsonObject log =
                ok({QStringLiteral("log"), QStringLiteral("add"), placementId, QStringLiteral("--date"),
                    QString::fromLatin1(date), QStringLiteral("--hours"), QString::fromLatin1(hours),
                    QStringLiteral("--activities"), QStringLiteral("Reviewed the billing module"),
                    QStringLiteral("--competency"), competencyId});
            QCOMPARE(log.value(QStringLiteral("placement")).toString(), placementId);
        }
        const QJsonObject evaluation =
            ok({QStringLiteral("evaluation"), QStringLiteral("add"), placementId, QStringLiteral("--date"),
                QStringLiteral("2026-06-30"), QStringLiteral("--evaluator"), QStringLiteral("Dana Roe"),
                QStringLiteral("--scale"), QStringLiteral("1-4"), QStringLiteral("--rating"),
                competencyId + QStringLiteral("=4"), QStringLiteral("--evidence"),
                evidence.value(QStringLiteral("id")).toString()});
        QCOMPARE(evaluation.value(QStringLiteral("ratings"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("rating"))
                     .toInt(),
                 4);

        const QList<std::pair<QString, int>> expected{
            {QStringLiteral("evidence"), 2},     {QStringLiteral("placements"), 1},
            {QStringLiteral("logs"), 3},         {QStringLiteral("evaluations"), 1},
            {QStringLiteral("competencies"), 1}, {QStringLiteral("credentials"), 0}};
        for (const auto &[kind, count] : expected) {
            QCOMPARE(m_cli.run({QStringLiteral("list"), kind, QStringLiteral("--json")}), 0);
            QCOMPARE(m_cli.array().size(), count);
            for (const QJsonValue &v : m_cli.array())
                QVERIFY(v.toObject().contains(QStringLiteral("id")));
        }
        QCOMPARE(m_cli.run({QStringLiteral("list"), QStringLiteral("placements"), QStringLiteral("--json")}),
                 0);
        QCOMPARE(m_cli.array().at(0).toObject().value(QStringLiteral("totalHours")).toDouble(), 18.75);

        // Plain text: one line per item.
        QCOMPARE(m_cli.run({QStringLiteral("list"), QStringLiteral("logs")}), 0);
        QCOMPARE(m_cli.out.trimmed().split('\n').size(), 3);

        const QJsonObject shown = ok({QStringLiteral("show"), placementId});
        QCOMPARE(shown.value(QStringLiteral("totalHours")).toDouble(), 18.75);
        QCOMPARE(shown.value(QStringLiteral("hoursPerWeek")).toArray().size(), 2);
        QCOMPARE(shown.value(QStringLiteral("logEntries")).toArray().size(), 3);
        QCOMPARE(shown.value(QStringLiteral("hoursPerCompetency"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("hours"))
                     .toDouble(),
                 18.75);
        QCOMPARE(m_cli.run({QStringLiteral("show"), placementId}), 0);
        QVERIFY(m_cli.out.contains("totalHours: 18.75"));
    }

    void search()
    {
        QCOMPARE(m_cli.run({QStringLiteral("search"), QStringLiteral("billing"), QStringLiteral("--json")}),
                 0);
        const QJsonArray hits = m_cli.array();
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("log"));
        QCOMPARE(hits.at(0).toObject().value(QStringLiteral("fields")).toArray().at(0).toString(),
                 QStringLiteral("activities"));
        QCOMPARE(m_cli.run({QStringLiteral("search"), QStringLiteral("capstone")}), 0);
        QVERIFY(m_cli.out.contains("evidence-1"));
        QCOMPARE(m_cli.run({QStringLiteral("search"), QStringLiteral("zzzz-nothing")}), 0);
        QVERIFY(m_cli.err.contains("nothing matches"));
    }

    void invalidValuesAreRefusedByName_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        const QString p = QStringLiteral("placement-1");
        QTest::newRow("impossible date")
            << QStringList{QStringLiteral("log"),    QStringLiteral("add"),        p,
                           QStringLiteral("--date"), QStringLiteral("2026-02-30"), QStringLiteral("--hours"),
                           QStringLiteral("1")}
            << QStringLiteral("invalid_date");
        QTest::newRow("hours over 24")
            << QStringList{QStringLiteral("log"),    QStringLiteral("add"),        p,
                           QStringLiteral("--date"), QStringLiteral("2026-03-04"), QStringLiteral("--hours"),
                           QStringLiteral("24.5")}
            << QStringLiteral("hours_out_of_range");
        QTest::newRow("zero hours")
            << QStringList{QStringLiteral("log"),    QStringLiteral("add"),        p,
                           QStringLiteral("--date"), QStringLiteral("2026-03-04"), QStringLiteral("--hours"),
                           QStringLiteral("0")}
            << QStringLiteral("hours_out_of_range");
        QTest::newRow("outside placement")
            << QStringList{QStringLiteral("log"),    QStringLiteral("add"),        p,
                           QStringLiteral("--date"), QStringLiteral("2026-07-04"), QStringLiteral("--hours"),
                           QStringLiteral("1")}
            << QStringLiteral("date_order");
        QTest::newRow("unknown placement") << QStringList{QStringLiteral("log"),
                                                          QStringLiteral("add"),
                                                          QStringLiteral("placement-99"),
                                                          QStringLiteral("--date"),
                                                          QStringLiteral("2026-03-04"),
                                                          QStringLiteral("--hours"),
                                                          QStringLiteral("1")}
                                           << QStringLiteral("not_found");
        QTest::newRow("end before start")
            << QStringList{QStringLiteral("placement"),      QStringLiteral("add"),
                           QStringLiteral("--organisation"), QStringLiteral("X"),
                           QStringLiteral("--role"),         QStringLiteral("Y"),
                           QStringLiteral("--start"),        QStringLiteral("2026-05-01"),
                           QStringLiteral("--end"),          QStringLiteral("2026-04-01")}
            << QStringLiteral("date_order");
        QTest::newRow("missing file") << QStringList{QStringLiteral("evidence"), QStringLiteral("add"),
                                                     QStringLiteral("/nonexistent/essay.pdf")}
                                      << QStringLiteral("file_missing");
        QTest::newRow("unknown competency")
            << QStringList{QStringLiteral("evidence"),     QStringLiteral("add"),
                           QStringLiteral("--title"),      QStringLiteral("T"),
                           QStringLiteral("--competency"), QStringLiteral("competency-42")}
            << QStringLiteral("not_found");
        QTest::newRow("rating off the scale") << QStringList{QStringLiteral("evaluation"),
                                                             QStringLiteral("add"),
                                                             p,
                                                             QStringLiteral("--date"),
                                                             QStringLiteral("2026-06-01"),
                                                             QStringLiteral("--evaluator"),
                                                             QStringLiteral("D"),
                                                             QStringLiteral("--rating"),
                                                             QStringLiteral("competency-1=9")}
                                              << QStringLiteral("invalid_argument");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("show"), QStringLiteral("evidence-404")}
                                    << QStringLiteral("not_found");
        QTest::newRow("placement in use")
            << QStringList{QStringLiteral("remove"), p} << QStringLiteral("in_use");
    }
    void invalidValuesAreRefusedByName()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, code);
        CliRunner probe = m_cli;
        QCOMPARE(probe.run({QStringLiteral("list"), QStringLiteral("logs"), QStringLiteral("--json")}), 0);
        const qsizetype logsBefore = probe.array().size();
        QCOMPARE(m_cli.run(args + QStringList{QStringLiteral("--json")}), 2);
        QCOMPARE(m_cli.errorCode(), code);
        QVERIFY(!m_cli.err.isEmpty());
        QCOMPARE(probe.run({QStringLiteral("list"), QStringLiteral("logs"), QStringLiteral("--json")}), 0);
        QCOMPARE(probe.array().size(), logsBefore);
    }

    void oversizedFileIsRefused()
    {
        const QString big = file(QStringLiteral("video.mp4"), QByteArray(5000, 'v'));
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATHFOLIO_MAX_FILE_SIZE"), QStringLiteral("4K"));
        QCOMPARE(m_cli.run({QStringLiteral("evidence"), QStringLiteral("add"), big, QStringLiteral("--json")},
                           env),
                 2);
        QCOMPARE(m_cli.errorCode(), QStringLiteral("file_too_large"));
        QVERIFY(m_cli.err.contains("4096"));
        env.insert(QStringLiteral("PATHFOLIO_MAX_FILE_SIZE"), QStringLiteral("lots"));
        QCOMPARE(m_cli.run({QStringLiteral("list"), QStringLiteral("evidence")}, env), 2);
    }

    void removeWithEntries()
    {
        CliRunner scratch;
        QTemporaryDir dir;
        scratch.dataDir = dir.path();
        QCOMPARE(scratch.run({QStringLiteral("placement"), QStringLiteral("add"),
                              QStringLiteral("--organisation"), QStringLiteral("A"), QStringLiteral("--role"),
                              QStringLiteral("B"), QStringLiteral("--start"), QStringLiteral("2026-01-01")}),
                 0);
        QCOMPARE(scratch.run({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"),
                              QStringLiteral("--date"), QStringLiteral("2026-01-02"),
                              QStringLiteral("--hours"), QStringLiteral("2")}),
                 0);
        QCOMPARE(scratch.run({QStringLiteral("remove"), QStringLiteral("placement-1")}), 2);
        QCOMPARE(scratch.run({QStringLiteral("remove"), QStringLiteral("placement-1"),
                              QStringLiteral("--with-entries")}),
                 0);
        QCOMPARE(scratch.run({QStringLiteral("list"), QStringLiteral("logs"), QStringLiteral("--json")}), 0);
        QCOMPARE(scratch.array().size(), 0);
    }

    void originalBytesOfACredential()
    {
        QTemporaryDir dir;
        const QByteArray original =
            QByteArrayLiteral("{\n  \"type\": [\"VerifiableCredential\"],  \"name\": \"Badge\"\n}\n");
        {
            auto store = Store::open(dir.path());
            QVERIFY(store.ok());
            Credential c;
            c.format = QStringLiteral("ob3-json");
            c.name = QStringLiteral("Badge");
            c.issuerName = QStringLiteral("Example University");
            QVERIFY((*store)->credentials().add(original, c).ok());
        }
        CliRunner cli;
        cli.dataDir = dir.path();
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("credentials"), QStringLiteral("--json")}),
                 0);
        const QJsonObject listed = cli.array().at(0).toObject();
        for (const char *key : {"id", "format", "name", "issuer", "result"})
            QVERIFY2(listed.contains(QLatin1String(key)), key);
        const QString out = dir.filePath(QStringLiteral("copy.json"));
        QCOMPARE(cli.run({QStringLiteral("show"), QStringLiteral("credential-1"),
                          QStringLiteral("--original"), out}),
                 0);
        QFile copy(out);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original);
        QCOMPARE(cli.run({QStringLiteral("show"), QStringLiteral("credential-1"),
                          QStringLiteral("--original"), QStringLiteral("/nonexistent-dir/copy.json")}),
                 2);
    }

    void dataDirFromEnvironment()
    {
        QTemporaryDir dir;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATHFOLIO_DATA_DIR"), dir.path());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PATHFOLIO_CLI_PATH),
                {QStringLiteral("competency"), QStringLiteral("add"), QStringLiteral("--title"),
                 QStringLiteral("From the environment")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(dir.filePath(QLatin1String(Store::kDatabaseFileName))));
    }

    void newerStoreIsRefusedUntouched()
    {
        QTemporaryDir dir;
        {
            auto store = Store::open(dir.path());
            QVERIFY(store.ok());
            QVERIFY((*store)->database().exec(QStringLiteral("PRAGMA user_version = 1000")).ok());
            QVERIFY((*store)->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        const QString db = dir.filePath(QLatin1String(Store::kDatabaseFileName));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        CliRunner cli;
        cli.dataDir = dir.path();
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("evidence"), QStringLiteral("--json")}), 2);
        QCOMPARE(cli.errorCode(), QStringLiteral("store_too_new"));
        QVERIFY(cli.err.contains("newer"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void unwritableDataFolder()
    {
        CliRunner cli;
        cli.dataDir = QStringLiteral("/proc/pathfolio-test");
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("evidence"), QStringLiteral("--json")}), 2);
        QCOMPARE(cli.errorCode(), QStringLiteral("read_only"));
    }

    void fullDiskKeepsTheStoreWhole()
    {
        QTemporaryDir dir;
        CliRunner cli;
        cli.dataDir = dir.filePath(QStringLiteral("store"));
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("evidence")}), 0); // creates the store
        const QString big = file(QStringLiteral("recording.wav"), QByteArray(3 * 1024 * 1024, 'w'));
        // A file-size limit makes every write past 1 MiB fail, as a full disk would.
        QProcess p;
        p.start(QStringLiteral("bash"),
                {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 1024; exec \"$0\" \"$@\""),
                 QStringLiteral(PATHFOLIO_CLI_PATH), QStringLiteral("--data-dir"), cli.dataDir,
                 QStringLiteral("evidence"), QStringLiteral("add"), big, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 2);
        const QJsonObject error = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(error.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("disk_full"));
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("evidence"), QStringLiteral("--json")}), 0);
        QCOMPARE(cli.array().size(), 0);
        QDir tmp(cli.dataDir + QStringLiteral("/blobs/tmp"));
        QVERIFY(tmp.entryList(QDir::Files).isEmpty());
    }

    void exportWritesABundle()
    {
        const QString evidence = m_dir.filePath(QStringLiteral("export-notes.md"));
        QFile f(evidence);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Notes\n");
        f.close();
        QCOMPARE(m_cli.run({QStringLiteral("evidence"), QStringLiteral("add"), evidence,
                            QStringLiteral("--title"), QStringLiteral("Exported notes")}),
                 0);
        const QString out = m_dir.filePath(QStringLiteral("portfolio.json"));
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--json"), out}), 0);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(bundle.value(QStringLiteral("format")).toString(),
                 QStringLiteral("pathfolio-portfolio-bundle"));
        QString titles;
        for (const QJsonValue &e : bundle.value(QStringLiteral("evidence")).toArray())
            titles += e.toObject().value(QStringLiteral("title")).toString() + u';';
        QVERIFY2(titles.contains(QStringLiteral("Exported notes")), qPrintable(titles));

        // Verified on its own: the bundle's hashes hold; a changed byte in it breaks them, named.
        QCOMPARE(m_cli.run({QStringLiteral("verify"), QStringLiteral("--json"), out}),
                 1); // not signed: unchecked
        const QJsonObject report = m_cli.array().first().toObject();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("portfolio-bundle"));
        QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("unchecked"));
        QVERIFY(written.seek(0));
        QByteArray changed = written.readAll();
        const qsizetype at = changed.indexOf("Exported notes");
        QVERIFY(at > 0);
        changed[at] = 'e';
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.json"));
        QFile t(tampered);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(changed);
        t.close();
        QCOMPARE(m_cli.run({QStringLiteral("verify"), QStringLiteral("--json"), tampered}), 1);
        const QJsonObject broken = m_cli.array().first().toObject();
        QCOMPARE(broken.value(QStringLiteral("result")).toString(), QStringLiteral("invalid"));
        QVERIFY(m_cli.out.contains("/manifest/content"));

        // Nowhere to write: exit 2, an I/O error, no file.
        const QString nowhere = m_dir.filePath(QStringLiteral("missing-folder/portfolio.json"));
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--json"), nowhere}), 2);
        QVERIFY(m_cli.err.contains("cannot write"));
        QVERIFY(!QFile::exists(nowhere));
        QCOMPARE(m_cli.run({QStringLiteral("export")}), 2);

        // --redact reflections: the field is emptied and the bundle says what was withheld.
        const QString redacted = m_dir.filePath(QStringLiteral("redacted.json"));
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--json"), redacted,
                            QStringLiteral("--redact"), QStringLiteral("reflections"),
                            QStringLiteral("--redact"), QStringLiteral("contact")}),
                 0);
        QFile r(redacted);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QJsonObject withheld = QJsonDocument::fromJson(r.readAll()).object();
        QCOMPARE(withheld.value(QStringLiteral("withheld")).toArray(),
                 (QJsonArray{QStringLiteral("contact"), QStringLiteral("reflections")}));
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--json"), redacted,
                            QStringLiteral("--redact"), QStringLiteral("salary")}),
                 2);
        QVERIFY(m_cli.err.contains("--redact takes"));
    }

    void exportWritesAPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("portfolio.pdf"));
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"),
                            QStringLiteral("letter")}),
                 0);
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        // It verifies from the file alone: the portfolio's report first, then each credential's.
        QCOMPARE(m_cli.run({QStringLiteral("verify"), QStringLiteral("--json"), pdf}),
                 1); // not signed: unchecked
        const QJsonObject report = m_cli.array().first().toObject();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("portfolio-pdf"));
        QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("unchecked"));
        QStringList valid;
        for (const QJsonValue &c : report.value(QStringLiteral("checks")).toArray()) {
            if (c.toObject().value(QStringLiteral("result")).toString() == u"valid")
                valid << c.toObject().value(QStringLiteral("check")).toString();
        }
        QCOMPARE(valid, (QStringList{QStringLiteral("format"), QStringLiteral("manifest"),
                                     QStringLiteral("pages"), QStringLiteral("attachments")}));
        // As text, the portfolio's checks keep one column for their results, "attachments" included.
        QCOMPARE(m_cli.run({QStringLiteral("verify"), pdf}), 1);
        const QList<QByteArray> lines = m_cli.out.split('\n');
        QSet<qsizetype> resultColumns;
        for (qsizetype i = 1; i < lines.size() && lines.at(i).startsWith("  "); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.startsWith("      ")) // a data source under a check
                continue;
            qsizetype column = line.indexOf(' ', 2);
            while (column < line.size() && line.at(column) == ' ')
                ++column;
            resultColumns.insert(column);
        }
        QCOMPARE(resultColumns.size(), 1);
        QVERIFY2(m_cli.out.contains("\n  attachments valid "), m_cli.out.constData());

        // A PDF that is not a Pathfolio export is named as such, not read as a badge.
        const QString other = m_dir.filePath(QStringLiteral("other.pdf"));
        QFile o(other);
        QVERIFY(o.open(QIODevice::WriteOnly));
        QVERIFY(written.seek(0));
        o.write(written.read(9) + "\n% nothing else\n");
        o.close();
        QCOMPARE(m_cli.run({QStringLiteral("verify"), other}), 1);
        QVERIFY2(m_cli.out.contains("attachments cannot be read"), m_cli.out.constData());

        // Bad options, and nowhere to write: exit 2, no file left behind.
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--pdf"), pdf, QStringLiteral("--paper"),
                            QStringLiteral("a3")}),
                 2);
        QVERIFY(m_cli.err.contains("--paper takes a4 or letter"));
        QCOMPARE(m_cli.run(
                     {QStringLiteral("export"), QStringLiteral("--pdf"), pdf, QStringLiteral("--json"), pdf}),
                 2);
        const QString nowhere = m_dir.filePath(QStringLiteral("missing-folder/portfolio.pdf"));
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--pdf"), nowhere}), 2);
        QVERIFY(m_cli.err.contains("cannot write"));
        QVERIFY(!QFile::exists(nowhere));
    }
    void exportSignsWithTheLearnersKey()
    {
        const QString first = m_dir.filePath(QStringLiteral("signed.json"));
        // First use: the key is made under the passphrase read from standard input.
        m_cli.input = "correct horse battery staple\n";
        QCOMPARE(
            m_cli.run({QStringLiteral("export"), QStringLiteral("--json"), first, QStringLiteral("--sign")}),
            0);
        QVERIFY2(m_cli.err.contains("made your signing key did:key:z6Mk"), m_cli.err.constData());
        const qsizetype at = m_cli.out.indexOf("signed by did:key:");
        QVERIFY2(at > 0, m_cli.out.constData());
        const QByteArray did = m_cli.out.mid(at + 10).trimmed();
        QVERIFY(QFile::exists(QDir(m_cli.dataDir).filePath(QStringLiteral("holder-key.json"))));

        const auto proofOf = [this](const QString &path) {
            m_cli.run({QStringLiteral("verify"), QStringLiteral("--json"), path});
            for (const QJsonValue &c :
                 m_cli.array().first().toObject().value(QStringLiteral("checks")).toArray()) {
                if (c.toObject().value(QStringLiteral("check")).toString() == u"proof")
                    return c.toObject();
            }
            return QJsonObject();
        };
        QJsonObject proof = proofOf(first);
        QCOMPARE(proof.value(QStringLiteral("result")).toString(), QStringLiteral("valid"));
        QVERIFY2(proof.value(QStringLiteral("message")).toString().contains(QString::fromUtf8(did)),
                 qPrintable(proof.value(QStringLiteral("message")).toString()));

        // Later uses unlock the same key; the passphrase may come from a file.
        const QString passphrase = file(QStringLiteral("passphrase.txt"), "correct horse battery staple\n");
        const QString pdf = m_dir.filePath(QStringLiteral("signed.pdf"));
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--pdf"), pdf, QStringLiteral("--sign"),
                            QStringLiteral("--passphrase-file"), passphrase}),
                 0);
        QVERIFY(m_cli.out.contains(did));
        QCOMPARE(proofOf(pdf).value(QStringLiteral("result")).toString(), QStringLiteral("valid"));

        // A wrong passphrase: exit 2, named, nothing written.
        const QString refused = m_dir.filePath(QStringLiteral("refused.json"));
        m_cli.input = "not the passphrase\n";
        QCOMPARE(m_cli.run(
                     {QStringLiteral("export"), QStringLiteral("--json"), refused, QStringLiteral("--sign")}),
                 2);
        QVERIFY2(m_cli.err.contains("passphrase"), m_cli.err.constData());
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(m_cli.run(
                     {QStringLiteral("export"), QStringLiteral("--json"), refused, QStringLiteral("--sign")}),
                 2);
        QVERIFY(m_cli.err.contains("no passphrase was given"));

        // The presentation of another learner's key on this bundle fails, naming who signed it.
        CliRunner other;
        other.dataDir = m_dir.filePath(QStringLiteral("other-store"));
        const QString theirs = m_dir.filePath(QStringLiteral("theirs.json"));
        other.input = "another learner's passphrase\n";
        QCOMPARE(
            other.run({QStringLiteral("export"), QStringLiteral("--json"), theirs, QStringLiteral("--sign")}),
            0);
        QFile mine(first);
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QJsonObject bundle = QJsonDocument::fromJson(mine.readAll()).object();
        QFile their(theirs);
        QVERIFY(their.open(QIODevice::ReadOnly));
        QJsonObject presentation = bundle.value(QStringLiteral("presentation")).toObject();
        presentation.insert(QStringLiteral("proof"), QJsonDocument::fromJson(their.readAll())
                                                         .object()
                                                         .value(QStringLiteral("presentation"))
                                                         .toObject()
                                                         .value(QStringLiteral("proof")));
        bundle.insert(QStringLiteral("presentation"), presentation);
        const QString swapped = file(QStringLiteral("swapped.json"), QJsonDocument(bundle).toJson());
        proof = proofOf(swapped);
        QCOMPARE(proof.value(QStringLiteral("result")).toString(), QStringLiteral("invalid"));
        QVERIFY2(proof.value(QStringLiteral("message")).toString().contains(QStringLiteral("not the holder")),
                 qPrintable(proof.value(QStringLiteral("message")).toString()));
    }

    void exportWritesAnApplicationPack()
    {
        const QJsonObject chosen = ok({QStringLiteral("evidence"), QStringLiteral("add"),
                                       QStringLiteral("--title"), QStringLiteral("Chosen for Acme")});
        ok({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"),
            QStringLiteral("Left out of the pack")});
        const QString id = chosen.value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("evidence-")));
        const QJsonObject saved =
            ok({QStringLiteral("pack"), QStringLiteral("save"), QStringLiteral("Acme application"), id,
                QStringLiteral("--role"), QStringLiteral("UX designer at Acme"), QStringLiteral("--note"),
                QStringLiteral("Dear Acme,")});
        QCOMPARE(saved.value(QStringLiteral("items")).toArray(), QJsonArray{id});
        QCOMPARE(saved.value(QStringLiteral("targetRole")).toString(), QStringLiteral("UX designer at Acme"));

        const QString out = m_dir.filePath(QStringLiteral("pack.json"));
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--json"), out, QStringLiteral("--pack"),
                            QStringLiteral("acme APPLICATION")}),
                 0);
        QVERIFY(m_cli.out.contains("exported the pack Acme application"));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(written.readAll()).object();
        QStringList titles;
        for (const QJsonValue &e : bundle.value(QStringLiteral("evidence")).toArray())
            titles << e.toObject().value(QStringLiteral("title")).toString();
        QCOMPARE(titles, QStringList{QStringLiteral("Chosen for Acme")});
        QCOMPARE(bundle.value(QStringLiteral("credentials")).toArray().size(), 0);
        QCOMPARE(bundle.value(QStringLiteral("placements")).toArray().size(), 0);
        QCOMPARE(bundle.value(QStringLiteral("pack")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Acme application"));

        QCOMPARE(m_cli.run({QStringLiteral("pack"), QStringLiteral("list")}), 0);
        QVERIFY(m_cli.out.contains("Acme application: 1 item, for UX designer at Acme"));
        QCOMPARE(m_cli.run({QStringLiteral("export"), QStringLiteral("--json"), out, QStringLiteral("--pack"),
                            QStringLiteral("Globex")}),
                 2);
        QVERIFY2(m_cli.err.contains("no application pack called \"Globex\"; there are \"Acme application\""),
                 m_cli.err.constData());
        QCOMPARE(m_cli.run({QStringLiteral("pack"), QStringLiteral("save"), QStringLiteral("Other"),
                            QStringLiteral("evidence-999")}),
                 2);
        QVERIFY(m_cli.err.contains("evidence-999 does not exist"));
        QCOMPARE(
            m_cli.run({QStringLiteral("pack"), QStringLiteral("remove"), QStringLiteral("Acme application")}),
            0);
        QCOMPARE(
            m_cli.run({QStringLiteral("pack"), QStringLiteral("show"), QStringLiteral("Acme application")}),
            2);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
