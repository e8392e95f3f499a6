#include "TempStore.h"

using namespace pf;

// ApplicationPackRepository: packs are found by name whatever its case, hold only items that exist, keep
// their selection across saves, and lose an item when the item itself is deleted.
class tst_ApplicationPackRepository : public QObject
{
    Q_OBJECT

    static qint64 addEvidence(TempStore &s, const QString &title)
    {
        Evidence e;
        e.title = title;
        auto id = s->evidence().create(e);
        return id ? *id : 0;
    }

private slots:
    void aPackKeepsItsSelectionAndWords()
    {
        TempStore s;
        const qint64 first = addEvidence(s, QStringLiteral("Usability report"));
        const qint64 second = addEvidence(s, QStringLiteral("Design system"));
        const qint64 placement = s.addPlacement();
        ApplicationPack pack;
        pack.name = QStringLiteral("  Acme application ");
        pack.targetRole = QStringLiteral("UX designer at Acme");
        pack.coverNote = QStringLiteral("Dear Acme,\n\nHere is my work.");
        pack.evidenceIds = {first, second};
        pack.placementIds = {placement};
        auto id = s->packs().create(pack);
        QVERIFY(id.ok());

        auto found = s->packs().findByName(QStringLiteral("ACME application"));
        QVERIFY(found.ok());
        QCOMPARE(found->id, *id);
        QCOMPARE(found->name, QStringLiteral("Acme application"));
        QCOMPARE(found->targetRole, pack.targetRole);
        QCOMPARE(found->coverNote, pack.coverNote);
        QCOMPARE(QSet<qint64>(found->evidenceIds.cbegin(), found->evidenceIds.cend()),
                 (QSet<qint64>{first, second}));
        QCOMPARE(found->placementIds, QList<qint64>{placement});
        QVERIFY(found->updatedAt.isValid());

        ApplicationPack changed = *found;
        changed.evidenceIds = {second};
        changed.headline = QStringLiteral("Designer who tests");
        QVERIFY(s->packs().update(changed).ok());
        auto again = s->packs().get(*id);
        QVERIFY(again.ok());
        QCOMPARE(again->evidenceIds, QList<qint64>{second});
        QCOMPARE(again->headline, changed.headline);

        // Deleting an item takes it out of every pack; deleting the pack leaves the items.
        QVERIFY(s->evidence().remove(second).ok());
        QVERIFY(s->packs().get(*id)->evidenceIds.isEmpty());
        QVERIFY(s->packs().remove(*id).ok());
        QCOMPARE(s->packs().get(*id).code(), ErrorCode::NotFound);
        QVERIFY(s->evidence().get(first).ok());
        QCOMPARE(s->packs().remove(*id).code(), ErrorCode::NotFound);
    }

    void badPacksAreRefused()
    {
        TempStore s;
        ApplicationPack pack;
        pack.name = QStringLiteral("Globex");
        QVERIFY(s->packs().create(pack).ok());

        ApplicationPack same;
        same.name = QStringLiteral("GLOBEX");
        QCOMPARE(s->packs().create(same).code(), ErrorCode::Duplicate);
        ApplicationPack unnamed;
        unnamed.name = QStringLiteral("   ");
        QCOMPARE(s->packs().create(unnamed).code(), ErrorCode::InvalidArgument);
        ApplicationPack missing;
        missing.name = QStringLiteral("Initech");
        missing.credentialIds = {404};
        auto refused = s->packs().create(missing);
        QCOMPARE(refused.code(), ErrorCode::NotFound);
        QVERIFY(refused.error().message.contains(QStringLiteral("credential-404")));
        QCOMPARE(s->packs().list()->size(), 1); // nothing half-made

        auto unknown = s->packs().findByName(QStringLiteral("Hooli"));
        QCOMPARE(unknown.code(), ErrorCode::NotFound);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("there are \"Globex\"")),
                 qPrintable(unknown.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_ApplicationPackRepository)
#include "tst_applicationpackrepository.moc"
