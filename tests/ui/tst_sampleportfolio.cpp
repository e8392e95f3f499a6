#include "SamplePortfolio.h"
#include "UiTestStore.h"

#include <QImage>
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
