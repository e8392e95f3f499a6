#include "domain/Evidence.h"

#include <QTest>

using namespace pf;

// EvidenceFile::preview: which attached files the app can show itself, judged by their media type.
class tst_EvidenceFile : public QObject
{
    Q_OBJECT

private slots:
    void previewFollowsTheMediaType_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<int>("preview");
        const auto row = [](const char *type, EvidenceFile::Preview preview) {
            QTest::newRow(type) << QString::fromLatin1(type) << int(preview);
        };
        row("image/png", EvidenceFile::Preview::Image);
        row("image/jpeg", EvidenceFile::Preview::Image);
        row("image/svg+xml", EvidenceFile::Preview::Image); // an image first, though it is XML too
        row("application/pdf", EvidenceFile::Preview::Pdf);
        row("text/plain", EvidenceFile::Preview::Text);
        // Text by inheritance in the shared MIME database, not by their names.
        row("text/markdown", EvidenceFile::Preview::Text);
        row("text/csv", EvidenceFile::Preview::Text);
        row("application/json", EvidenceFile::Preview::Text);
        row("application/xml", EvidenceFile::Preview::Text);
        row("text/x-python", EvidenceFile::Preview::Text);
        row("application/zip", EvidenceFile::Preview::None);
        row("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            EvidenceFile::Preview::None);
        row("application/octet-stream", EvidenceFile::Preview::None);
        row("video/mp4", EvidenceFile::Preview::None);
        row("", EvidenceFile::Preview::None);
        row("no/such-type", EvidenceFile::Preview::None);
    }

    void previewFollowsTheMediaType()
    {
        QFETCH(QString, mediaType);
        QFETCH(int, preview);
        EvidenceFile file;
        file.mediaType = mediaType;
        QCOMPARE(int(file.preview()), preview);
    }
};

QTEST_GUILESS_MAIN(tst_EvidenceFile)
#include "tst_evidencefile.moc"
