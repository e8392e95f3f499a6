#include "../core/credentials/Conformance.h"
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

// pathfolio-cli rdf canonize | from-jsonld and verify of Data Integrity proofs: the contract of docs/cli.md.
class tst_CliRdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CliRunner m_cli;
    const QString m_data = QStringLiteral(PATHFOLIO_TEST_DATA_ROOT);

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString data(const QString &relative) const { return m_data + u'/' + relative; }

private slots:
    void initTestCase() { m_cli.dataDir = m_dir.filePath("store"); }

    void canonizeMatchesTheReferenceImplementation()
    {
        QCOMPARE(m_cli.run({"rdf", "canonize", "--safe", data("jsonld/valid/credential-000.unsigned.json")}),
                 0);
        QCOMPARE(m_cli.out, read(data("jsonld/valid/credential-000.canon.nq")));
        QVERIFY(m_cli.out.endsWith('\n'));
    }

    void fromJsonLdRoundTripsThroughNQuads()
    {
        QCOMPARE(m_cli.run({"rdf", "from-jsonld", data("jsonld/valid/credential-000.unsigned.json")}), 0);
        const QByteArray plain = m_cli.out;
        QCOMPARE(plain.count('\n'), 40);
        // Not canonical yet: blank nodes keep the labels JSON-LD issued.
        QVERIFY(plain.contains("_:b0"));
        QVERIFY(!plain.contains("_:c14n"));
        QCOMPARE(m_cli.run({"rdf", "canonize", write("plain.nq", plain)}), 0);
        QCOMPARE(m_cli.out, read(data("jsonld/valid/credential-000.canon.nq")));
    }

    void canonizeWithSha384()
    {
        const QString conf = conformanceDir();
        PATHFOLIO_REQUIRE_CONFORMANCE(conf);
        // rdf-canon test075 is the suite's SHA-384 case: the hash changes the blank node labels.
        const QString dir = conf + QStringLiteral("/rdf-canon/rdfc10/");
        QCOMPARE(m_cli.run({"rdf", "canonize", "--hash", "sha384", dir + "test075-in.nq"}), 0);
        QCOMPARE(m_cli.out, read(dir + "test075-rdfc10.nq"));
        QCOMPARE(m_cli.run({"rdf", "canonize", dir + "test075-in.nq"}), 0);
        QVERIFY(m_cli.out != read(dir + "test075-rdfc10.nq"));
        QCOMPARE(m_cli.run({"rdf", "canonize", "--hash", "md5", dir + "test075-in.nq"}), 2);
    }

    void safeModeRefusesUndefinedTerms()
    {
        const QString file = data("jsonld/invalid/undefined-term.json");
        QCOMPARE(m_cli.run({"rdf", "canonize", "--safe", "--json", file}), 1);
        QCOMPARE(m_cli.errorCode(), QStringLiteral("undefined_term"));
        QVERIFY2(m_cli.err.contains("madeUpTerm"), m_cli.err.constData());
        // Plain JSON-LD drops the term silently, which is why verification never does.
        QCOMPARE(m_cli.run({"rdf", "canonize", file}), 0);
        QVERIFY(!m_cli.out.isEmpty());
        QVERIFY(!m_cli.out.contains("madeUpTerm"));
        QVERIFY(!m_cli.out.contains("signed by a processor"));
    }

    void unknownContextIsNamedUntilCached()
    {
        const QString file = data("jsonld/invalid/unknown-context.json");
        QCOMPARE(m_cli.run({"rdf", "from-jsonld", "--json", file}), 1);
        QCOMPARE(m_cli.errorCode(), QStringLiteral("unknown_context"));
        QVERIFY2(m_cli.err.contains("https://contexts.example.org/skills/v1"), m_cli.err.constData());

        QCOMPARE(m_cli.run({"cache", "add", "https://contexts.example.org/skills/v1",
                            data("jsonld/valid/skills-context-v1.jsonld")}),
                 0);
        QCOMPARE(m_cli.run({"rdf", "from-jsonld", file}), 0);
        QVERIFY2(m_cli.out.contains("<https://contexts.example.org/skills#skillLevel> \"advanced\""),
                 m_cli.out.constData());
        QCOMPARE(m_cli.run({"cache", "remove", "https://contexts.example.org/skills/v1"}), 0);
    }

    void badInput()
    {
        QCOMPARE(m_cli.run({"rdf", "canonize", "--json", data("jsonld/invalid/malformed.nq")}), 1);
        QCOMPARE(m_cli.errorCode(), QStringLiteral("malformed_nquads"));
        QVERIFY(m_cli.err.contains("line 1"));
        QCOMPARE(m_cli.run({"rdf", "canonize", write("broken.json", "{\"@context\": ")}), 1);
        QCOMPARE(m_cli.run({"rdf", "canonize", m_dir.filePath("absent.jsonld")}), 2);
        QCOMPARE(m_cli.run({"rdf", "canonize"}), 2);
        // A context that includes itself ends with an error, not a hang.
        const QString loop =
            write("loop.jsonld", "{\"@context\": \"https://loop.example.org/ctx\", \"a\": 1}");
        QCOMPARE(m_cli.run({"cache", "add", "https://loop.example.org/ctx", loop}), 0);
        QCOMPARE(m_cli.run({"rdf", "canonize", loop}), 1);
    }

    void verifyChecksDataIntegrityProofs()
    {
        const QString good = data("bench/ob3-eddsa-rdfc/credential-000.json");
        QCOMPARE(m_cli.run({"verify", "--json", "--at", "2026-06-01", good}), 0);
        QJsonObject report = m_cli.array().at(0).toObject();
        QCOMPARE(report.value("result").toString(), QStringLiteral("valid"));

        QJsonObject forged = QJsonDocument::fromJson(read(good)).object();
        forged.insert("name", forged.value("name").toString() + " (with honours)");
        const QString tampered = write("tampered.json", QJsonDocument(forged).toJson());
        QCOMPARE(m_cli.run({"verify", "--json", "--at", "2026-06-01", tampered}), 1);
        report = m_cli.array().at(0).toObject();
        QCOMPARE(report.value("result").toString(), QStringLiteral("invalid"));
        QCOMPARE(report.value("reason").toString(), QStringLiteral("signature"));
    }

    void verifyManyFilesKeepsTheirOrder()
    {
        // Enough files for a worker per core: the reports still come in the order of the files.
        const QDir bench(data("bench/ob3-eddsa-rdfc"));
        QVERIFY(QDir(m_dir.path()).mkpath("many"));
        const QStringList names = bench.entryList({"credential-*.json"}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 100);
        for (const QString &name : names)
            QVERIFY(QFile::copy(bench.filePath(name), m_dir.filePath("many/" + name)));
        QJsonObject forged = QJsonDocument::fromJson(read(bench.filePath("credential-050.json"))).object();
        forged.insert("validFrom", "2020-01-01T00:00:00Z");
        write("many/credential-050b.json", QJsonDocument(forged).toJson());

        QCOMPARE(m_cli.run({"verify", "--json", "--at", "2026-06-01", m_dir.filePath("many")}), 1);
        const QJsonArray reports = m_cli.array();
        QCOMPARE(reports.size(), 101);
        QStringList files;
        for (const QJsonValue &r : reports) {
            const QString file = QFileInfo(r.toObject().value("file").toString()).fileName();
            files << file;
            const bool forgedOne = file == u"credential-050b.json";
            QCOMPARE(r.toObject().value("result").toString(),
                     forgedOne ? QStringLiteral("invalid") : QStringLiteral("valid"));
        }
        QStringList sorted = files;
        sorted.sort();
        QCOMPARE(files, sorted);
        QCOMPARE(files.at(51), QStringLiteral("credential-050b.json"));
    }
};

QTEST_GUILESS_MAIN(tst_CliRdf)
#include "tst_cli_rdf.moc"
