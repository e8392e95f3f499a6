#include "PortfolioFixture.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/BundleVerifier.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pf;

// BundleVerifier: an exported bundle holds on an empty store, and every kind of tampering is found and
// named: a changed byte in a credential, a changed hash, an added or removed item, a newer format.
class tst_BundleVerifier : public QObject
{
    Q_OBJECT

    const QDateTime m_at{QDate(2026, 12, 3), QTime(9, 30), Qt::UTC};
    QJsonObject m_bundle;

    Result<BundleVerifier::Outcome> verify(const QJsonObject &bundle) const
    {
        QTemporaryDir scratch;
        return BundleVerifier::verify(QJsonDocument(bundle).toJson(), m_at,
                                      scratch.filePath(QStringLiteral("s")));
    }

    static QJsonObject with(QJsonObject bundle, const QString &section, qsizetype index, const QString &key,
                            const QJsonValue &value)
    {
        QJsonArray array = bundle.value(section).toArray();
        QJsonObject item = array.at(index).toObject();
        item.insert(key, value);
        array.replace(index, item);
        bundle.insert(section, array);
        return bundle;
    }

    static QStringList items(const BundleVerifier::Outcome &outcome)
    {
        QStringList named;
        for (const BundleVerifier::Problem &p : outcome.problems)
            named << p.item;
        return named;
    }

private slots:
    void initTestCase()
    {
        TempStore s;
        QByteArray badge;
        fillPortfolio(s, &badge);
        auto built = BundleExporter(*s.store).build(m_at);
        QVERIFY(built.ok());
        m_bundle = *built;
    }

    void anExportedBundleHoldsOnAnEmptyStore()
    {
        auto outcome = verify(m_bundle);
        QVERIFY(outcome.ok());
        QVERIFY2(outcome->intact(), qPrintable(items(*outcome).join(u' ')));
        QCOMPARE(outcome->reports.size(), 1);
        const VerificationReport &report = outcome->reports.first();
        QCOMPARE(report.check(QStringLiteral("proof"))->result, CheckResult::Valid);
    }

    void aChangedByteInACredentialIsFound()
    {
        const QJsonObject original = m_bundle.value(QStringLiteral("credentials"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("original"))
                                         .toObject();
        QString text = original.value(QStringLiteral("data")).toString();
        const qsizetype name = text.indexOf(QStringLiteral("\"name\""));
        QVERIFY(name > 0);
        text.insert(name + 9, u'X'); // inside the first name's value
        QJsonObject changed = original;
        changed.insert(QStringLiteral("data"), text);
        auto outcome =
            verify(with(m_bundle, QStringLiteral("credentials"), 0, QStringLiteral("original"), changed));
        QVERIFY(outcome.ok());
        QVERIFY(items(*outcome).contains(QStringLiteral("/manifest/content")));
        QVERIFY(items(*outcome).contains(QStringLiteral("/credentials/0/original")));
        // And the credential itself no longer verifies.
        QCOMPARE(outcome->reports.first().result(), CheckResult::Invalid);
    }

    void aChangedHashIsFound()
    {
        QJsonObject bundle = m_bundle;
        QJsonObject manifest = bundle.value(QStringLiteral("manifest")).toObject();
        QJsonArray list = manifest.value(QStringLiteral("items")).toArray();
        QJsonObject first = list.first().toObject();
        first.insert(QStringLiteral("sha256"), QString(64, u'0'));
        list.replace(0, first);
        manifest.insert(QStringLiteral("items"), list);
        bundle.insert(QStringLiteral("manifest"), manifest);
        auto outcome = verify(bundle);
        QVERIFY(outcome.ok());
        QCOMPARE(items(*outcome), QStringList{QStringLiteral("/credentials/0/original")});
    }

    void anAddedOrRemovedItemIsFound()
    {
        QJsonObject added = m_bundle;
        QJsonArray competencies = added.value(QStringLiteral("competencies")).toArray();
        competencies.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("competency-99")},
                                        {QStringLiteral("title"), QStringLiteral("Flying")}});
        added.insert(QStringLiteral("competencies"), competencies);
        auto more = verify(added);
        QVERIFY(more.ok());
        QCOMPARE(items(*more), QStringList{QStringLiteral("/manifest/content")});

        QJsonObject removed = m_bundle;
        removed.insert(QStringLiteral("evidence"), QJsonArray());
        auto fewer = verify(removed);
        QVERIFY(fewer.ok());
        QVERIFY(items(*fewer).contains(QStringLiteral("/manifest/content")));
        QVERIFY(items(*fewer).contains(QStringLiteral("/evidence/0/files/0")));
    }

    void otherFormatsAndNewerVersionsAreRefused()
    {
        QJsonObject newer = m_bundle;
        newer.insert(QStringLiteral("version"), 2);
        auto refused = verify(newer);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::StoreTooNew);
        QVERIFY(refused.error().message.contains(QStringLiteral("version 2")));

        QTemporaryDir scratch;
        for (const QByteArray &bytes : {QByteArrayLiteral("not json"), QByteArrayLiteral("[]"),
                                        QByteArrayLiteral("{\"format\":\"something-else\",\"version\":1}")}) {
            auto notABundle = BundleVerifier::verify(bytes, m_at, scratch.filePath(QStringLiteral("s")));
            QVERIFY(!notABundle.ok());
            QCOMPARE(notABundle.error().code, ErrorCode::InvalidArgument);
        }
    }
};

QTEST_GUILESS_MAIN(tst_BundleVerifier)
#include "tst_bundleverifier.moc"
