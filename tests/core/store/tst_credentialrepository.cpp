#include "TempStore.h"
#include "verify/VerificationReport.h"

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
    void latestResultsOfTheGivenCredentials()
    {
        TempStore s;
        Credential second = meta();
        second.name = QStringLiteral("Second");
        const qint64 a = s->credentials().add(QByteArrayLiteral("a"), meta())->id;
        const qint64 b = s->credentials().add(QByteArrayLiteral("b"), second)->id;
        const QDateTime early(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
        const QDateTime late(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
        // Recorded out of order: the latest is the one verified last, not the one written last.
        QVERIFY(s->credentials().addVerification(a, late, QStringLiteral("invalid"), {}).ok());
        QVERIFY(s->credentials().addVerification(a, early, QStringLiteral("valid"), {}).ok());
        auto both = s->credentials().latestResults({a, b});
        QVERIFY(both.ok());
        QCOMPARE(both->size(), 1); // b was never verified
        QCOMPARE(both->value(a), QStringLiteral("invalid"));
        QVERIFY(s->credentials().addVerification(b, early, QStringLiteral("unknown"), {}).ok());
        QCOMPARE(s->credentials().latestResults({b})->value(b), QStringLiteral("unknown"));
        QVERIFY(!s->credentials().latestResults({b})->contains(a));
        QVERIFY(s->credentials().latestResults({})->isEmpty());
    }
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

    void attentionListsWhatTheLearnerShouldLookAt()
    {
        TempStore s;
        const QDateTime now(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
        // One credential per reason, plus one in good order that must not be listed.
        const auto add = [&](const QString &name, const QDateTime &validUntil) {
            Credential c = meta();
            c.name = name;
            c.credentialId.clear();
            c.validUntil = validUntil;
            auto added = s->credentials().add(name.toUtf8(), c);
            if (!added)
                qFatal("cannot add %s", qPrintable(name));
            return added->id;
        };
        // Reports as core writes them (VerificationReport::toJson), so the stored reason is core's own.
        const auto verifyAt = [&](qint64 id, const QDateTime &at, const QString &result,
                                  const QList<Check> &checks) {
            VerificationReport report;
            report.verifiedAt = at;
            report.checks = checks;
            QCOMPARE(checkResultName(report.result()), result);
            QVERIFY(s->credentials().addVerification(id, at, result, report.toJson()).ok());
        };
        const auto verify = [&](qint64 id, const QString &result, const QList<Check> &checks) {
            verifyAt(id, now.addDays(-1), result, checks);
        };
        const auto ok = [](const char *name) { return Check::valid(QLatin1String(name), {}); };
        const auto bad = [](const char *name, ReasonCode code) {
            return Check::invalid(QLatin1String(name), code, {});
        };
        const auto unknown = [](const char *name, ReasonCode code) {
            return Check::unknown(QLatin1String(name), code, {});
        };
        const qint64 fine = add(QStringLiteral("Fine"), now.addYears(2));
        verify(fine, QStringLiteral("valid"), {ok("proof"), ok("status")});
        const qint64 revoked = add(QStringLiteral("Revoked one"), now.addDays(-3)); // revoked hides expired
        verify(revoked, QStringLiteral("invalid"),
               {ok("proof"), bad("validity", ReasonCode::Expired), bad("status", ReasonCode::Revoked)});
        const qint64 expired = add(QStringLiteral("Expired one"), now.addDays(-3));
        verify(expired, QStringLiteral("valid"), {ok("proof")}); // valid when last checked
        const qint64 failed = add(QStringLiteral("Failed one"), {});
        verify(failed, QStringLiteral("invalid"), {ok("format"), bad("proof", ReasonCode::Signature)});
        const qint64 status = add(QStringLiteral("Status one"), {});
        verify(status, QStringLiteral("unknown"),
               {ok("proof"), unknown("status", ReasonCode::StatusUnavailable)});
        const qint64 partly = add(QStringLiteral("Partly one"), {});
        verify(partly, QStringLiteral("unknown"), {unknown("proof", ReasonCode::UnresolvableKey)});
        const qint64 soon = add(QStringLiteral("Soon one"), now.addDays(20));
        verify(soon, QStringLiteral("valid"), {ok("proof")});
        const qint64 never = add(QStringLiteral("Never verified"), {});
        // An older failure does not count once a newer verification passed.
        const qint64 fixed = add(QStringLiteral("Fixed one"), {});
        verifyAt(fixed, now.addDays(-9), QStringLiteral("invalid"), {bad("proof", ReasonCode::Signature)});
        verify(fixed, QStringLiteral("valid"), {ok("proof")});

        auto items = s->credentials().attention(now);
        QVERIFY(items.ok());
        using Reason = CredentialAttention::Reason;
        const QList<QPair<qint64, Reason>> expected{
            {revoked, Reason::Revoked},      {expired, Reason::Expired},        {failed, Reason::Failed},
            {status, Reason::StatusUnknown}, {partly, Reason::NotFullyChecked}, {soon, Reason::ExpiringSoon},
            {never, Reason::Unverified}};
        QCOMPARE(items->size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(items->at(i).id, expected.at(i).first);
            QCOMPARE(items->at(i).reason, expected.at(i).second);
        }
        QCOMPARE(items->at(2).code, QStringLiteral("signature"));
        QCOMPARE(items->at(3).code, QStringLiteral("status_unavailable"));
        QCOMPARE(items->at(4).code, QStringLiteral("unresolvable_key"));
        QCOMPARE(items->at(5).validUntil, now.addDays(20));
        QCOMPARE(items->at(0).code, QString());
        // A shorter horizon leaves the one expiring in 20 days out.
        QCOMPARE(s->credentials().attention(now, 10)->size(), expected.size() - 1);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialRepository)
#include "tst_credentialrepository.moc"
