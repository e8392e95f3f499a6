#include "TempStore.h"

using namespace pf;

// The learner's profile: a name and the identifiers that recipient checks compare against.
class tst_IdentityRepository : public QObject
{
    Q_OBJECT

private slots:
    void identifiersAreCheckedAndKeptOnce()
    {
        TempStore s;
        QVERIFY(s->identities().add({QStringLiteral("email"), QStringLiteral("  amira@example.org ")}).ok());
        QVERIFY(s->identities().add({QStringLiteral("email"), QStringLiteral("amira@example.org")}).ok());
        QVERIFY(s->identities().add({QStringLiteral("did"), QStringLiteral("did:key:z6Mk")}).ok());
        const auto listed = *s->identities().list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).kind, QStringLiteral("did"));
        QCOMPARE(listed.at(1).value, QStringLiteral("amira@example.org"));

        QCOMPARE(s->identities().add({QStringLiteral("email"), QStringLiteral("not an address")}).code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(s->identities().add({QStringLiteral("did"), QStringLiteral("key:z6Mk")}).code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(s->identities().add({QStringLiteral("fax"), QStringLiteral("123")}).code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(s->identities().add({QStringLiteral("other"), QStringLiteral("   ")}).code(),
                 ErrorCode::InvalidArgument);

        QVERIFY(s->identities().remove({QStringLiteral("did"), QStringLiteral("did:key:z6Mk")}).ok());
        QCOMPARE(s->identities().remove({QStringLiteral("did"), QStringLiteral("did:key:z6Mk")}).code(),
                 ErrorCode::NotFound);
        QCOMPARE(s->identities().list()->size(), 1);
    }

    void nameIsStoredTrimmedAndReplaced()
    {
        TempStore s;
        QCOMPARE(*s->identities().name(), QString());
        QVERIFY(s->identities().setName(QStringLiteral("  Amira Haddad ")).ok());
        QCOMPARE(*s->identities().name(), QStringLiteral("Amira Haddad"));
        QVERIFY(s->identities().setName(QStringLiteral("Amira H. Haddad")).ok());
        QCOMPARE(*s->identities().name(), QStringLiteral("Amira H. Haddad"));
        QCOMPARE(s.rows(QStringLiteral("learner_profile")), 1);
        QCOMPARE(s->identities().setName(QString(201, u'x')).code(), ErrorCode::InvalidArgument);
        QCOMPARE(*s->identities().name(), QStringLiteral("Amira H. Haddad"));
        QVERIFY(s->identities().setName(QString()).ok());
        QCOMPARE(*s->identities().name(), QString());
    }
};

QTEST_GUILESS_MAIN(tst_IdentityRepository)
#include "tst_identityrepository.moc"
