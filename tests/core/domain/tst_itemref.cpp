#include "domain/ItemRef.h"

#include <QTest>

using namespace pf;

// Public ids ("placement-3") printed and parsed back.
class tst_ItemRef : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        for (ItemKind kind : {ItemKind::Evidence, ItemKind::Placement, ItemKind::LogEntry,
                              ItemKind::Evaluation, ItemKind::Competency, ItemKind::Credential}) {
            const ItemRef ref{kind, 42};
            const auto parsed = ItemRef::parse(ref.toString());
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, ref);
        }
        QCOMPARE(ItemRef({ItemKind::LogEntry, 7}).toString(), QStringLiteral("log-7"));
    }

    void rejects()
    {
        for (const char *text :
             {"", "12", "evidence", "evidence-", "evidence-0", "evidence--3", "badge-3", "evidence-3x"})
            QVERIFY2(!ItemRef::parse(QString::fromLatin1(text)).has_value(), text);
    }

    void idOf()
    {
        QCOMPARE(ItemRef::idOf(QStringLiteral("3"), ItemKind::Competency), std::optional<qint64>(3));
        QCOMPARE(ItemRef::idOf(QStringLiteral("competency-3"), ItemKind::Competency),
                 std::optional<qint64>(3));
        QVERIFY(!ItemRef::idOf(QStringLiteral("evidence-3"), ItemKind::Competency));
        QVERIFY(!ItemRef::idOf(QStringLiteral("0"), ItemKind::Competency));
        QVERIFY(!ItemRef::idOf(QStringLiteral("-2"), ItemKind::Competency));
    }
};

QTEST_GUILESS_MAIN(tst_ItemRef)
#include "tst_itemref.moc"
