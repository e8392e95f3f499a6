#include "PortfolioFixture.h"
#include "portfolio/BundleContent.h"
#include "portfolio/BundleExporter.h"
#include "portfolio/BundleVerifier.h"
#include "portfolio/PresentationSigner.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pf;

Q_DECLARE_METATYPE(pf::ReasonCode)

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

    void carriedEvidenceFilesAreHashedAsCarried()
    {
        TempStore s;
        QByteArray badge;
        fillPortfolio(s, &badge);
        ExportOptions options;
        options.exportedAt = m_at;
        options.withFiles = true;
        auto built = BundleExporter(*s.store).build(options);
        QVERIFY(built.ok());
        const QJsonObject file = built->value(QStringLiteral("evidence"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("files"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QByteArray carried;
        QVERIFY(BundleContent::decode(file.value(QStringLiteral("content")).toObject(), &carried));
        QCOMPARE(carried, QByteArray("# Findings\n"));
        auto outcome = verify(*built);
        QVERIFY(outcome.ok());
        QVERIFY2(outcome->intact(), qPrintable(items(*outcome).join(u' ')));

        // A changed byte in a carried file is found even when the bundle is hashed again.
        QJsonObject changedFile = file;
        changedFile.insert(QStringLiteral("content"), BundleContent::encode("# Findingz\n", false));
        QJsonObject evidence = built->value(QStringLiteral("evidence")).toArray().first().toObject();
        evidence.insert(QStringLiteral("files"), QJsonArray{changedFile});
        QJsonObject tampered = *built;
        tampered.insert(QStringLiteral("evidence"), QJsonArray{evidence});
        BundleExporter::seal(tampered);
        auto found = verify(tampered);
        QVERIFY(found.ok());
        QCOMPARE(items(*found), QStringList{QStringLiteral("/evidence/0/files/0/content")});
    }

    void anUnsignedBundleSaysSo()
    {
        auto outcome = verify(m_bundle);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->holder.name, QStringLiteral("proof"));
        QCOMPARE(outcome->holder.result, CheckResult::Unchecked);
    }

    void aSignedBundleNamesItsHolder()
    {
        auto key = Ed25519Key::generate();
        QVERIFY(key.ok());
        QJsonObject signedBundle = m_bundle;
        QVERIFY(PresentationSigner::sign(signedBundle, *key, m_at).ok());
        const QJsonObject presentation = signedBundle.value(QStringLiteral("presentation")).toObject();
        QCOMPARE(presentation.value(QStringLiteral("holder")).toString(), key->did());
        QCOMPARE(presentation.value(QStringLiteral("proof"))
                     .toObject()
                     .value(QStringLiteral("cryptosuite"))
                     .toString(),
                 QStringLiteral("eddsa-rdfc-2022"));
        // Signing leaves the content hash as it was: the presentation signs it.
        QCOMPARE(BundleExporter::contentHash(signedBundle), BundleExporter::contentHash(m_bundle));

        auto outcome = verify(signedBundle);
        QVERIFY(outcome.ok());
        QVERIFY2(outcome->intact(), qPrintable(items(*outcome).join(u' ')));
        QCOMPARE(outcome->holder.result, CheckResult::Valid);
        QVERIFY2(outcome->holder.message.contains(key->did()), qPrintable(outcome->holder.message));
    }

    void aSignatureThatDoesNotHoldFails_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<ReasonCode>("code");
        QTest::addColumn<QString>("named");
        QTest::newRow("content changed and resealed") << QStringLiteral("resealed") << ReasonCode::Signature
                                                      << QStringLiteral("/presentation/digestMultibase");
        QTest::newRow("proof by another key") << QStringLiteral("otherProof") << ReasonCode::IssuerMismatch
                                              << QStringLiteral("/presentation/proof");
        QTest::newRow("holder and method swapped for another key")
            << QStringLiteral("swapped") << ReasonCode::Signature << QStringLiteral("/presentation/proof");
        QTest::newRow("changed signature")
            << QStringLiteral("proofValue") << ReasonCode::Signature << QStringLiteral("/presentation/proof");
        QTest::newRow("another proof purpose")
            << QStringLiteral("purpose") << ReasonCode::ProofPurpose << QStringLiteral("/presentation/proof");
        QTest::newRow("not a presentation")
            << QStringLiteral("notObject") << ReasonCode::Malformed << QStringLiteral("/presentation");
    }

    void aSignatureThatDoesNotHoldFails()
    {
        QFETCH(QString, tamper);
        QFETCH(ReasonCode, code);
        QFETCH(QString, named);
        auto key = Ed25519Key::generate();
        auto other = Ed25519Key::generate();
        QVERIFY(key.ok() && other.ok());
        QJsonObject bundle = m_bundle;
        QVERIFY(PresentationSigner::sign(bundle, *key, m_at).ok());
        QJsonObject byOther = m_bundle;
        QVERIFY(PresentationSigner::sign(byOther, *other, m_at).ok());
        QJsonObject presentation = bundle.value(QStringLiteral("presentation")).toObject();
        QJsonObject proof = presentation.value(QStringLiteral("proof")).toObject();
        if (tamper == u"resealed") {
            bundle.insert(QStringLiteral("exportedAt"), QStringLiteral("2020-01-01T00:00:00Z"));
            BundleExporter::seal(bundle); // every hash holds again: only the signature can tell
        } else if (tamper == u"otherProof") {
            presentation.insert(
                QStringLiteral("proof"),
                byOther.value(QStringLiteral("presentation")).toObject().value(QStringLiteral("proof")));
        } else if (tamper == u"swapped") {
            presentation.insert(QStringLiteral("holder"), other->did());
            proof.insert(QStringLiteral("verificationMethod"), other->verificationMethod());
            presentation.insert(QStringLiteral("proof"), proof);
        } else if (tamper == u"proofValue") {
            QString value = proof.value(QStringLiteral("proofValue")).toString();
            value[5] = value[5] == u'A' ? u'B' : u'A';
            proof.insert(QStringLiteral("proofValue"), value);
            presentation.insert(QStringLiteral("proof"), proof);
        } else if (tamper == u"purpose") {
            proof.insert(QStringLiteral("proofPurpose"), QStringLiteral("authentication"));
            presentation.insert(QStringLiteral("proof"), proof);
        }
        if (tamper == u"notObject")
            bundle.insert(QStringLiteral("presentation"), QStringLiteral("signed, trust me"));
        else if (tamper != u"resealed")
            bundle.insert(QStringLiteral("presentation"), presentation);

        auto outcome = verify(bundle);
        QVERIFY(outcome.ok());
        QVERIFY2(outcome->intact(), qPrintable(items(*outcome).join(u' '))); // the manifest alone cannot tell
        QCOMPARE(outcome->holder.result, CheckResult::Invalid);
        QCOMPARE(outcome->holder.code, code);
        QVERIFY2(outcome->holder.message.startsWith(named + u':'), qPrintable(outcome->holder.message));
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
