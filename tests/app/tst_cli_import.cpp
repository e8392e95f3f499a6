#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// pathfolio-cli import, bake and cache: outcomes per input, exit statuses, original bytes back out.
class tst_CliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CliRunner m_cli;
    const QString m_data = QStringLiteral(PATHFOLIO_TEST_DATA_ROOT);

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { m_cli.dataDir = m_dir.filePath(QStringLiteral("store")); }

    void importReportsEveryInput()
    {
        const QStringList inputs{m_data + "/json/valid/minimal-ob3.json",
                                 m_data + "/json/invalid/malformed.json",
                                 m_data + "/vp/valid/two-badges.json"};
        QCOMPARE(m_cli.run(QStringList{"import", "--json"} + inputs), 1); // one refused
        const QJsonArray outcomes = m_cli.array();
        QCOMPARE(outcomes.size(), 5); // the presentation adds one object per credential inside
        const QJsonObject good = outcomes.at(0).toObject();
        QCOMPARE(good.value("outcome").toString(), QStringLiteral("imported"));
        QCOMPARE(good.value("format").toString(), QStringLiteral("ob3-json"));
        QCOMPARE(good.value("name").toString(), QStringLiteral("Good"));
        QVERIFY(good.value("id").toString().startsWith(QStringLiteral("credential-")));
        QVERIFY(!good.contains("code"));
        const QJsonObject bad = outcomes.at(1).toObject();
        QCOMPARE(bad.value("outcome").toString(), QStringLiteral("refused"));
        QCOMPARE(bad.value("code").toString(), QStringLiteral("malformed_json"));
        QVERIFY(bad.value("message").toString().contains(QStringLiteral("line 4")));
        QVERIFY(bad.value("id").isNull());
        QCOMPARE(outcomes.at(2).toObject().value("format").toString(), QStringLiteral("vp-json"));
        QCOMPARE(outcomes.at(4).toObject().value("inside").toString(),
                 outcomes.at(2).toObject().value("id").toString());

        // Everything again: present, exit 0.
        QCOMPARE(m_cli.run({"import", "--json", inputs[0], inputs[2]}), 0);
        for (const QJsonValue &v : m_cli.array())
            QCOMPARE(v.toObject().value("outcome").toString(), QStringLiteral("present"));

        QCOMPARE(m_cli.run({"import", m_data + "/json/invalid/not-a-badge.json"}), 1);
        QVERIFY(m_cli.out.contains("refused") && m_cli.out.contains("not_a_badge"));
        QCOMPARE(m_cli.run({"import"}), 2);
    }

    void listAndShowCredentials()
    {
        QCOMPARE(m_cli.run({"list", "credentials", "--json"}), 0);
        const QJsonArray list = m_cli.array();
        QCOMPARE(list.size(), 4);
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "format", "name", "issuer", "result"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        QCOMPARE(m_cli.run({"show", "credential-1", "--json"}), 0);
        const QJsonObject shown = m_cli.object();
        QCOMPARE(shown.value("derived").toObject().value("achievement").toObject().value("name").toString(),
                 QStringLiteral("Good"));
        QCOMPARE(shown.value("issued").toString(), QStringLiteral("2024-01-01T00:00:00Z"));
        const QString out = m_dir.filePath(QStringLiteral("original.json"));
        QCOMPARE(m_cli.run({"show", "credential-1", "--original", out}), 0);
        QCOMPARE(readFile(out), readFile(m_data + "/json/valid/minimal-ob3.json"));
    }

    void bakeAndImportAgain()
    {
        const QString png = m_dir.filePath(QStringLiteral("baked.png"));
        const QString svg = m_dir.filePath(QStringLiteral("baked.svg"));
        QCOMPARE(m_cli.run({"bake", "credential-1", "--png", png}), 0);
        QCOMPARE(m_cli.run({"bake", "credential-1", "--svg", svg}), 0);
        QVERIFY(readFile(png).startsWith("\x89PNG"));
        QVERIFY(readFile(svg).contains("openbadges:credential"));
        QCOMPARE(m_cli.run({"import", "--json", png, svg}), 0);
        for (const QJsonValue &v : m_cli.array()) {
            QCOMPARE(v.toObject().value("outcome").toString(), QStringLiteral("present"));
            QCOMPARE(v.toObject().value("id").toString(), QStringLiteral("credential-1"));
        }
        QCOMPARE(m_cli.run({"bake", "credential-1", "--png", png, "--svg", svg}), 2);
        QCOMPARE(m_cli.run({"bake", "credential-1"}), 2);
        QCOMPARE(m_cli.run({"bake", "credential-99", "--png", png, "--json"}), 2);
        QCOMPARE(m_cli.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(m_cli.run({"bake", "credential-1", "--png", png, "--image",
                            m_data + "/json/valid/minimal-ob3.json", "--json"}),
                 2);
        QCOMPARE(m_cli.errorCode(), QStringLiteral("corrupt_image"));
    }

    void offlineCache()
    {
        const QString doc = m_data + "/json/invalid/issuer-profile.json";
        QCOMPARE(m_cli.run({"cache", "add", "https://example.org/issuer.json", doc, "--json"}), 0);
        QCOMPARE(m_cli.object().value("url").toString(), QStringLiteral("https://example.org/issuer.json"));
        QCOMPARE(m_cli.run({"cache", "list", "--json"}), 0);
        const QJsonObject entry = m_cli.array().at(0).toObject();
        QCOMPARE(entry.value("url").toString(), QStringLiteral("https://example.org/issuer.json"));
        QCOMPARE(entry.value("size").toInt(), int(readFile(doc).size()));
        QCOMPARE(entry.value("ageDays").toInt(), 0);
        QVERIFY(entry.value("source").toString().endsWith(QStringLiteral("issuer-profile.json")));
        QCOMPARE(m_cli.run({"cache", "add", "not a url", doc}), 2);
        QCOMPARE(m_cli.run({"cache", "add", "https://example.org/x", "/nonexistent"}), 2);
        QCOMPARE(m_cli.run({"cache", "remove", "https://example.org/issuer.json"}), 0);
        QCOMPARE(m_cli.run({"cache", "list", "--json"}), 0);
        QCOMPARE(m_cli.array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cli_import.moc"
