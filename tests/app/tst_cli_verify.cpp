#include "../core/verify/TestSigner.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

// pathfolio-cli verify, trust and identity: the contract of docs/cli.md, with a badge signed in the test.
class tst_CliVerify : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CliRunner m_cli;
    TestSigner m_signer{TestSigner::Kind::Ed25519};
    QString m_good;
    QString m_tampered;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QJsonObject firstReport(const QStringList &args)
    {
        m_cli.run(QStringList{"verify", "--json"} + args);
        return m_cli.array().at(0).toObject();
    }

    static QJsonObject check(const QJsonObject &report, const QString &name)
    {
        for (const QJsonValue &v : report.value("checks").toArray()) {
            if (v.toObject().value("check").toString() == name)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_cli.dataDir = m_dir.filePath("store");
        const QString issuer = m_signer.didKey();
        QJsonObject claims{{"@context", QJsonArray{"https://www.w3.org/ns/credentials/v2"}},
                           {"id", "urn:uuid:0b8f3a52-6f3c-4a57-9a5c-1f6c1d2e3f40"},
                           {"type", QJsonArray{"VerifiableCredential", "OpenBadgeCredential"}},
                           {"issuer", QJsonObject{{"id", issuer}, {"name", "Signed Test Issuer"}}},
                           {"validFrom", "2026-01-01T00:00:00Z"},
                           {"validUntil", "2027-01-01T00:00:00Z"},
                           {"name", "Verified badge"},
                           {"credentialSubject", QJsonObject{{"id", "mailto:learner@example.org"},
                                                             {"achievement", QJsonObject{{"name", "Verified badge"}}}}},
                           {"iss", issuer},
                           {"sub", "mailto:learner@example.org"},
                           {"jti", "urn:uuid:0b8f3a52-6f3c-4a57-9a5c-1f6c1d2e3f40"},
                           {"nbf", 1767225600},
                           {"exp", 1798761600}};
        const QByteArray jwt = m_signer.sign({{"alg", "EdDSA"}, {"kid", m_signer.didKeyId()}}, claims);
        m_good = write("badge.jwt", jwt);
        // Same header and signature; the payload says something else.
        QList<QByteArray> parts = jwt.split('.');
        claims.insert("name", "Forged badge");
        parts[1] = pf::Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        m_tampered = write("tampered.jwt", parts.join('.'));

    }

    void validBadge()
    {
        const QJsonObject report = firstReport({"--at", "2026-06-01T00:00:00Z", m_good});
        QCOMPARE(m_cli.exitCode, 0);
        QCOMPARE(report.value("result").toString(), QStringLiteral("valid"));
        QCOMPARE(report.value("format").toString(), QStringLiteral("ob3-vc-jwt"));
        QCOMPARE(report.value("credentialId").toString(), QStringLiteral("urn:uuid:0b8f3a52-6f3c-4a57-9a5c-1f6c1d2e3f40"));
        QVERIFY(!report.contains("reason"));
        QCOMPARE(report.value("issuerTrusted").toBool(), false);
        for (const char *name : {"format", "proof", "issuer", "validity", "status", "recipient", "trust"}) {
            const QJsonObject c = check(report, QLatin1String(name));
            QVERIFY2(!c.isEmpty(), name);
            QVERIFY(c.contains("result") && c.contains("code") && c.contains("message"));
        }
        QVERIFY(check(report, "proof").value("message").toString().contains("did:key:z6Mk"));
        // Nothing was stored.
        QCOMPARE(m_cli.run({"list", "credentials", "--json"}), 0);
        QCOMPARE(m_cli.array().size(), 0);
    }

    void exitStatusFollowsTheResult()
    {
        QCOMPARE(firstReport({m_tampered}).value("reason").toString(), QStringLiteral("signature"));
        QCOMPARE(m_cli.exitCode, 1);
        QCOMPARE(firstReport({"--at", "2025-06-01", m_good}).value("reason").toString(), QStringLiteral("not_yet_valid"));
        QCOMPARE(m_cli.exitCode, 1);
        QCOMPARE(firstReport({"--at", "2028-06-01", m_good}).value("reason").toString(), QStringLiteral("expired"));
        QVERIFY(check(firstReport({"--at", "2028-06-01", m_good}), "validity").value("message").toString().startsWith("genuine, expired"));
        QCOMPARE(m_cli.run({"verify", "--at", "yesterday", m_good}), 2);
        QCOMPARE(m_cli.run({"verify"}), 2);
        // Several inputs: one object each; any invalid one makes the status 1.
        QCOMPARE(m_cli.run({"verify", "--json", "--at", "2026-06-01", m_good, m_tampered}), 1);
        QCOMPARE(m_cli.array().size(), 2);
        QCOMPARE(m_cli.run({"verify", "--json", m_dir.filePath("absent.jwt")}), 1);
        QCOMPARE(m_cli.array().at(0).toObject().value("result").toString(), QStringLiteral("invalid"));
    }

    void recipientAndIdentities()
    {
        QCOMPARE(check(firstReport({"--at", "2026-06-01", "--recipient", "mailto:learner@example.org", m_good}), "recipient")
                     .value("result").toString(),
                 QStringLiteral("valid"));
        const QJsonObject other = firstReport({"--at", "2026-06-01", "--recipient", "mailto:someone@example.org", m_good});
        QCOMPARE(other.value("reason").toString(), QStringLiteral("recipient_mismatch"));
        QCOMPARE(m_cli.exitCode, 1);
        QCOMPARE(m_cli.run({"identity", "add", "url", "mailto:learner@example.org"}), 0);
        QCOMPARE(check(firstReport({"--at", "2026-06-01", m_good}), "recipient").value("result").toString(), QStringLiteral("valid"));
        QCOMPARE(m_cli.run({"identity", "add", "email", "not-an-email"}), 2);
        QCOMPARE(m_cli.run({"identity", "list", "--json"}), 0);
        QCOMPARE(m_cli.array().size(), 1);
        QCOMPARE(m_cli.run({"identity", "remove", "url", "mailto:learner@example.org"}), 0);
    }

    void trustList()
    {
        QCOMPARE(firstReport({"--require-trust", "--at", "2026-06-01", m_good}).value("reason").toString(), QStringLiteral("untrusted_issuer"));
        QCOMPARE(m_cli.exitCode, 1);
        QCOMPARE(m_cli.run({"trust", "add", m_signer.didKey(), "--name", "Signed Test Issuer", "--note", "met them"}), 0);
        const QJsonObject trusted = firstReport({"--require-trust", "--at", "2026-06-01", m_good});
        QCOMPARE(trusted.value("result").toString(), QStringLiteral("valid"));
        QVERIFY(trusted.value("issuerTrusted").toBool());
        const QString exported = m_dir.filePath("trust.json");
        QCOMPARE(m_cli.run({"trust", "export", exported}), 0);
        QCOMPARE(m_cli.run({"trust", "remove", m_signer.didKey()}), 0);
        QCOMPARE(m_cli.run({"trust", "list", "--json"}), 0);
        QCOMPARE(m_cli.array().size(), 0);
        QCOMPARE(m_cli.run({"trust", "import", exported}), 0);
        QCOMPARE(m_cli.run({"trust", "list", "--json"}), 0);
        QCOMPARE(m_cli.array().at(0).toObject().value("note").toString(), QStringLiteral("met them"));
        QCOMPARE(m_cli.run({"trust", "import", m_good}), 2);
    }

    void importVerifiesAndKeepsHistory()
    {
        QCOMPARE(m_cli.run({"import", "--json", m_good}), 0);
        QCOMPARE(m_cli.array().at(0).toObject().value("result").toString(), QStringLiteral("valid"));
        QCOMPARE(m_cli.run({"list", "credentials", "--json"}), 0);
        QCOMPARE(m_cli.array().at(0).toObject().value("result").toString(), QStringLiteral("valid"));
        QCOMPARE(m_cli.run({"import", "--json", m_tampered}), 0); // a forged badge is still imported, and marked
        QCOMPARE(m_cli.array().at(0).toObject().value("result").toString(), QStringLiteral("invalid"));
    }
};

QTEST_GUILESS_MAIN(tst_CliVerify)
#include "tst_cli_verify.moc"
