#include "ErrorMessages.h"
#include "ProfileController.h"
#include "UiTestStore.h"

#include <QSignalSpy>

using namespace pf;

// ProfileController: the learner's name and identifiers from the Settings page, with the sentence under
// the field for each kind of bad input.
class tst_ProfileController : public QObject
{
    Q_OBJECT

    static QString fieldError(const ProfileController &c, const char *field)
    {
        return c.fieldErrors().value(QString::fromLatin1(field)).toString();
    }

private slots:
    void nameIsKeptTrimmedAndReadBack()
    {
        UiTestStore s;
        ProfileController controller(*s);
        QSignalSpy nameChanged(&controller, &ProfileController::nameChanged);
        QCOMPARE(controller.name(), QString());

        QVERIFY(controller.saveName(QStringLiteral("  Amira Haddad ")));
        QCOMPARE(controller.name(), QStringLiteral("Amira Haddad"));
        QCOMPARE(*s->identities().name(), QStringLiteral("Amira Haddad"));
        QCOMPARE(nameChanged.count(), 1);
        // The same name again changes nothing.
        QVERIFY(controller.saveName(QStringLiteral("Amira Haddad")));
        QCOMPARE(nameChanged.count(), 1);
        // A second controller over the store reads it.
        QCOMPARE(ProfileController(*s).name(), QStringLiteral("Amira Haddad"));
        // Empty clears it.
        QVERIFY(controller.saveName(QString()));
        QCOMPARE(controller.name(), QString());
    }

    void aTooLongNameIsRefusedUnderTheField()
    {
        UiTestStore s;
        ProfileController controller(*s);
        QVERIFY(controller.saveName(QStringLiteral("Amira")));
        QVERIFY(!controller.saveName(QString(201, u'a')));
        QCOMPARE(fieldError(controller, "profileName"),
                 ErrorMessages::forField(QStringLiteral("profileName"), ErrorCode::InvalidArgument));
        QVERIFY(fieldError(controller, "profileName").contains(QStringLiteral("200")));
        QCOMPARE(controller.name(), QStringLiteral("Amira"));
        QCOMPARE(*s->identities().name(), QStringLiteral("Amira"));
    }

    void identifiersAreAddedAndRemoved()
    {
        UiTestStore s;
        ProfileController controller(*s);
        QSignalSpy changed(&controller, &FormController::changed);
        QVERIFY(controller.addIdentifier(QStringLiteral("email"), QStringLiteral(" amira@example.org ")));
        QVERIFY(controller.addIdentifier(QStringLiteral("did"), QStringLiteral("did:key:z6MkAmira")));
        QCOMPARE(changed.count(), 2);
        QVERIFY(controller.fieldErrors().isEmpty());
        const auto listed = *s->identities().list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(1).value, QStringLiteral("amira@example.org"));

        QSignalSpy failed(&controller, &FormController::failed);
        QVERIFY(controller.removeIdentifier(QStringLiteral("email"), QStringLiteral("amira@example.org")));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(s->identities().list()->size(), 1);
        // Removing it twice says it is gone.
        QVERIFY(!controller.removeIdentifier(QStringLiteral("email"), QStringLiteral("amira@example.org")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), ErrorMessages::sentence(ErrorCode::NotFound));
    }

    void badIdentifiersAreRefusedInTheWordsOfTheirKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("wording");
        QTest::newRow("empty") << QStringLiteral("email") << QStringLiteral("   ")
                               << QStringLiteral("identifierEmail");
        QTest::newRow("not an e-mail") << QStringLiteral("email") << QStringLiteral("amira at example")
                                       << QStringLiteral("identifierEmail");
        QTest::newRow("not a DID") << QStringLiteral("did") << QStringLiteral("key:z6Mk")
                                   << QStringLiteral("identifierDid");
        QTest::newRow("empty student id")
            << QStringLiteral("student-id") << QString() << QStringLiteral("identifier");
        QTest::newRow("no such kind")
            << QStringLiteral("passport") << QStringLiteral("X123") << QStringLiteral("identifier");
    }

    void badIdentifiersAreRefusedInTheWordsOfTheirKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, wording);
        UiTestStore s;
        ProfileController controller(*s);
        QSignalSpy changed(&controller, &FormController::changed);
        QVERIFY(!controller.addIdentifier(kind, value));
        QCOMPARE(fieldError(controller, "identifier"),
                 ErrorMessages::forField(wording, ErrorCode::InvalidArgument));
        QVERIFY(!controller.errorMessage().isEmpty());
        QCOMPARE(changed.count(), 0);
        QVERIFY(s->identities().list()->isEmpty());
        // The next good one clears the error.
        QVERIFY(controller.addIdentifier(QStringLiteral("email"), QStringLiteral("amira@example.org")));
        QVERIFY(controller.fieldErrors().isEmpty());
    }

    void theWordingsDiffer()
    {
        const auto sentence = [](const char *field) {
            return ErrorMessages::forField(QString::fromLatin1(field), ErrorCode::InvalidArgument);
        };
        QVERIFY(sentence("identifierEmail").contains(QStringLiteral("e-mail")));
        QVERIFY(sentence("identifierDid").contains(QStringLiteral("did:")));
        QVERIFY(sentence("identifier") != ErrorMessages::sentence(ErrorCode::InvalidArgument));
    }

    void kindOptionsFollowTheStore()
    {
        UiTestStore s;
        ProfileController controller(*s);
        const QVariantList options = controller.kindOptions();
        QCOMPARE(options.size(), IdentityRepository::kinds().size());
        QCOMPARE(options.first().toMap().value(QStringLiteral("value")).toString(), QStringLiteral("email"));
        for (const QVariant &option : options)
            QVERIFY(!option.toMap().value(QStringLiteral("text")).toString().isEmpty());
        QCOMPARE(controller.example(QStringLiteral("email")), QStringLiteral("name@example.org"));
        QVERIFY(controller.example(QStringLiteral("did")).startsWith(QStringLiteral("did:")));
    }
};

QTEST_GUILESS_MAIN(tst_ProfileController)
#include "tst_profilecontroller.moc"
