#include "SamplePortfolio.h"
#include "UiTestStore.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QPdfDocument>

using namespace pf;

// SamplePortfolio: the --sample portfolio is complete and its generated files are real PDF and PNG.
class tst_SamplePortfolio : public QObject
{
    Q_OBJECT

private slots:
    void fillsAStore()
    {
        UiTestStore s;
        const Status filled = SamplePortfolio::populate(*s, s.dir.filePath(QStringLiteral("files")));
        QVERIFY2(filled.ok(), qPrintable(filled.error().message));

        QVERIFY(s->competencies().count() >= 5);
        QVERIFY(s->evidence().count() >= 4);
        auto evidence = s->evidence().list();
        QVERIFY(evidence.ok());
        QStringList mediaTypes;
        for (const Evidence &e : *evidence) {
            for (const EvidenceFile &f : e.files)
                mediaTypes << f.mediaType;
        }
        QVERIFY2(mediaTypes.contains(QStringLiteral("application/pdf")), qPrintable(mediaTypes.join(u' ')));
        QVERIFY2(mediaTypes.contains(QStringLiteral("image/png")), qPrintable(mediaTypes.join(u' ')));

        auto placements = s->placements().list();
        QVERIFY(placements.ok());
        QCOMPARE(placements->size(), 1);
        const qint64 placement = placements->first().id;
        auto entries = s->logEntries().listForPlacement(placement);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 12);
        auto weeks = s->placements().weeklyHours(placement);
        QVERIFY(weeks.ok());
        QVERIFY(weeks->size() >= 3);
        auto evaluations = s->evaluations().listForPlacement(placement);
        QVERIFY(evaluations.ok());
        QCOMPARE(evaluations->size(), 1);
        QVERIFY(!evaluations->first().ratings.isEmpty());

        // Four signed badges, each verified: the proof, issuer, trust and recipient checks pass, as they
        // would for a learner whose university is on the trust list and whose address is in Settings.
        auto credentials = s->credentials().list();
        QVERIFY(credentials.ok());
        QCOMPARE(credentials->size(), 4);
        for (const Credential &c : *credentials) {
            QVERIFY2(!c.imageSha256.isEmpty(), qPrintable(c.name));
            QVERIFY2(!s->credentials().get(c.id)->competencyIds.isEmpty(),
                     qPrintable(c.name)); // list() leaves links out
            auto history = s->credentials().verifications(c.id);
            QVERIFY(history.ok());
            QCOMPARE(history->size(), 1);
            const QJsonObject report = history->first().report;
            for (const QJsonValue &check : report.value(QStringLiteral("checks")).toArray()) {
                const QString name = check.toObject().value(QStringLiteral("check")).toString();
                const QString result = check.toObject().value(QStringLiteral("result")).toString();
                if (name == u"status")
                    QCOMPARE(result, QStringLiteral("unchecked")); // the samples carry no status entry
                else
                    QVERIFY2(result == u"valid", qPrintable(c.name + u' ' + name + u' ' + result));
            }
        }
        // Their alignments land on the sample's own DigComp competencies, not on copies of them.
        QCOMPARE(s->competencies().count(), 7);

        // One application pack, with the words of its cover and a part of each kind.
        auto packs = s->packs().list();
        QVERIFY(packs.ok());
        QCOMPARE(packs->size(), 1);
        const ApplicationPack &pack = packs->first();
        QVERIFY(!pack.targetRole.isEmpty() && !pack.coverNote.isEmpty());
        QCOMPARE(pack.credentialIds.size(), 1);
        QCOMPARE(pack.evidenceIds.size(), 2);
        QCOMPARE(pack.placementIds, QList<qint64>{placement});
    }

    void generatedFilesOpen()
    {
        QTemporaryDir dir;
        auto pdf = SamplePortfolio::writeAuditReport(dir.path());
        QVERIFY(pdf.ok());
        QPdfDocument document;
        QCOMPARE(document.load(*pdf), QPdfDocument::Error::None);
        QVERIFY(document.pageCount() >= 1);
        QVERIFY(document.getAllText(0).text().contains(QStringLiteral("Accessibility audit")));

        auto png = SamplePortfolio::writeWireframes(dir.path());
        QVERIFY(png.ok());
        const QImage image(*png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 1000);
    }
};

QTEST_MAIN(tst_SamplePortfolio)
#include "tst_sampleportfolio.moc"
