#include "TempStore.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace pf;

// Stored credentials: original bytes kept exactly, duplicates recognised, verification history.
class tst_CredentialRepository : public QObject
{
    Q_OBJECT

    static Credential meta()
    {
        Credential c;
        c.format = QStringLiteral("ob3-json");
        c.credentialId = QStringLiteral("urn:uuid:2f0bd2b2-4d2e-4b4d-9a7e-6c1c2a1f3e55");
        c.name = QStringLiteral("Data Analysis Fundamentals");
        c.issuerName = QStringLiteral("Example University");
        c.issuedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        c.derived = QJsonObject{{QStringLiteral("achievement"), QStringLiteral("Data Analysis")}};
        c.sourceFileName = QStringLiteral("badge.json");
        return c;
    }

private slots:
    void originalBytesAreKeptExactly()
    {
        TempStore s;
        // Odd whitespace and a byte-order mark must survive: the original is the truth.
        const QByteArray original = QByteArrayLiteral("\xEF\xBB\xBF{ \"name\" :\t\"Data\" }\r\n");
        auto added = s->credentials().add(original, meta());
        QVERIFY(added.ok());
        QVERIFY(!added->alreadyPresent);
        auto bytes = s->credentials().original(added->id);
        QVERIFY(bytes.ok());
        QCOMPARE(*bytes, original);
        auto back = *s->credentials().get(added->id);
        QCOMPARE(back.originalSha256,
                 QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(back.originalSize, original.size());
        QCOMPARE(back.contentSha256, back.originalSha256);
        QCOMPARE(back.name, meta().name);
        QCOMPARE(back.issuedAt, meta().issuedAt);
        QVERIFY(!back.validUntil.isValid());
        QCOMPARE(back.derived, meta().derived);
        QVERIFY(back.importedAt.isValid());
    }

    void duplicatesAreRecognisedByContent()
    {
        TempStore s;
        const QByteArray original = QByteArrayLiteral("{\"id\":\"urn:x\"}");
        const qint64 first = s->credentials().add(original, meta())->id;
        auto again = s->credentials().add(original, meta());
        QVERIFY(again.ok());
        QVERIFY(again->alreadyPresent);
        QCOMPARE(again->id, first);
        // One byte different is another credential, even with the same id inside.
        auto tampered = s->credentials().add(QByteArrayLiteral("{\"id\":\"urn:y\"}"), meta());
        QVERIFY(!tampered->alreadyPresent);
        QCOMPARE(s->credentials().count(), 2);
    }

    void historyAndCompetencies()
    {
        TempStore s;
        const qint64 id = s->credentials().add(QByteArrayLiteral("x"), meta())->id;
        const qint64 competency = s.addCompetency(QStringLiteral("Statistics"));
        QVERIFY(s->credentials().setCompetencies(id, {competency}).ok());
        QCOMPARE(s->credentials().get(id)->competencyIds, QList<qint64>{competency});
        QCOMPARE(s->credentials().setCompetencies(id, {999}).code(), ErrorCode::NotFound);

        const QDateTime t1(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
        const QDateTime t2(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(s->credentials()
                    .addVerification(id, t1, QStringLiteral("unknown"),
                                     {{QStringLiteral("checks"), QJsonArray()}})
                    .ok());
        QVERIFY(s->credentials().addVerification(id, t2, QStringLiteral("valid"), {}).ok());
        const auto history = *s->credentials().verifications(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].result, QStringLiteral("valid"));
        QCOMPARE(history[0].verifiedAt, t2);
        QVERIFY(history[1].report.contains(QStringLiteral("checks")));
        QVERIFY(!s->credentials().addVerification(id, t2, QStringLiteral("probably"), {}).ok());
        QCOMPARE(s->credentials().addVerification(77, t2, QStringLiteral("valid"), {}).code(),
                 ErrorCode::NotFound);

        QVERIFY(s->credentials().remove(id).ok());
        QCOMPARE(s.rows(QStringLiteral("credential_verification")), 0);
        QCOMPARE(s.rows(QStringLiteral("credential_competency")), 0);
        QCOMPARE(s->credentials().get(id).code(), ErrorCode::NotFound);
    }

    void corruptOriginalIsReported()
    {
        TempStore s;
        const qint64 id = s->credentials().add(QByteArrayLiteral("signed bytes"), meta())->id;
        QFile f(s->blobs().pathFor(s->credentials().get(id)->originalSha256));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("forged bytes");
        f.close();
        QCOMPARE(s->credentials().original(id).code(), ErrorCode::BlobCorrupt);
    }

    void formatIsRequired()
    {
        TempStore s;
        Credential c = meta();
        c.format.clear();
        QCOMPARE(s->credentials().add(QByteArrayLiteral("x"), c).code(), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialRepository)
#include "tst_credentialrepository.moc"
