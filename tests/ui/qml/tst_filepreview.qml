import QtQuick
import QtTest
import Pathfolio

// Previewing attached files on the Evidence page: text shown as it is, a PDF page by page, a PDF that
// cannot be read or needs a password said so, an image at its size or fitted, and any other file offered
// to another app.
FlowTestCase {
    id: test
    name: "FilePreview"

    Component {
        id: pageComponent
        EvidencePage {
            width: test.width
            height: test.height
        }
    }

    function init() {
        failOnWarning(/.*/)
        // The file cards' thumbnails of broken.pdf and protected.pdf: the image reader logs that it cannot
        // decode them.
        ignoreWarning(/QQuickImage: Error decoding: .*: Unable to read image data/)
        ignoreWarning(/QQuickImage: Error decoding: .*: Unable to read image data/)
    }

    // Qt 6.4's PdfDocument calls deleteLater() on a file it does not have yet when its source is first
    // set, which Qt reports as a warning; later Qt versions check first.
    function ignoreQt64PdfWarning() {
        ignoreWarning("QCoreApplication::postEvent: Unexpected null receiver")
    }

    function initTestCase() {
        fixture.addEvidence("Preview samples", "file", "HCI 210", "2026-05-01", [
            fixture.writeFile("notes.md", "# Findings\n\nThe date picker cannot be used with the keyboard.\n"),
            fixture.writePdf("pages.pdf", 3),
            fixture.writeFile("broken.pdf", "%PDF-1.7\nthis is not the rest of a PDF\n"),
            fixture.copyTestData("pdf/invalid/password-protected.pdf", "protected.pdf"),
            fixture.writeImage("photo.png", 640, 360),
            fixture.writeFile("data.bin", "\u0000\u0001\u0002 not text")
        ])
    }

    function openPage() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        const list = findChild(page, "evidenceList")
        tryVerify(() => list.currentItem !== null)
        compare(list.currentItem.files.length, 6)
        return page
    }

    // Opens the preview of the file called name, as its Preview button does.
    function preview(page, name) {
        const list = findChild(page, "evidenceList")
        const file = list.currentItem.files.find(f => f.name === name)
        verify(file, name + " is attached")
        const dialog = findChild(page, "filePreview")
        dialog.openFor(list.currentItem.itemId, file)
        tryCompare(dialog, "opened", true)
        return dialog
    }

    function test_thePreviewButtonShowsText() {
        const page = openPage()
        // The file cards are placed by a Flow once it is polished; until then they lie on each other.
        const first = findChild(page, "preview notes.md")
        const last = findChild(page, "preview data.bin")
        tryVerify(() => {
            const a = first.mapToItem(null, 0, 0)
            const b = last.mapToItem(null, 0, 0)
            return a.x !== b.x || a.y !== b.y
        }, 5000, "the cards are placed")
        click(first)
        const dialog = findChild(page, "filePreview")
        tryCompare(dialog, "opened", true)
        compare(dialog.kind, "text")
        const text = findChild(dialog.contentItem, "previewText")
        verify(text)
        compare(text.text, "# Findings\n\nThe date picker cannot be used with the keyboard.\n")
        verify(text.readOnly)
        compare(findChild(dialog.contentItem, "previewNotice").visible, false)

        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "opened", false)
    }

    function test_aPdfPageByPage() {
        const page = openPage()
        ignoreQt64PdfWarning()
        const dialog = preview(page, "pages.pdf")
        compare(dialog.kind, "pdf")
        const pages = findChild(dialog.contentItem, "pdfPages")
        tryVerify(() => pages.visible, 5000, "the document is read")
        compare(pages.count, 3)
        compare(pages.currentPage, 0)
        compare(findChild(dialog.contentItem, "pdfProblem").visible, false)
        compare(findChild(dialog.contentItem, "pageLabel").text, qsTr("Page %1 of %2").arg(1).arg(3))
        // It opens fitted to the width of the view, not at 100%, and the first page is drawn.
        verify(Math.abs(pages.pageScale - 1) > 0.01, "scale " + pages.pageScale)
        tryVerify(() => pages.itemAtIndex(0) && findChild(pages.itemAtIndex(0), "pageImage").status === Image.Ready,
                  5000, "page 1 is drawn")

        const scale = pages.pageScale
        click(findChild(dialog.contentItem, "zoomIn"))
        compare(pages.pageScale, scale * 1.25)

        // Page Down moves on a page; the label follows.
        pages.forceActiveFocus()
        keyClick(Qt.Key_PageDown)
        tryCompare(pages, "currentPage", 1)
        pages.goToPage(2)
        tryCompare(pages, "currentPage", 2)
        compare(findChild(dialog.contentItem, "pageLabel").text, qsTr("Page %1 of %2").arg(3).arg(3))
        // Closing while the pages are still being drawn is safe: they have their own copy of the file.
        dialog.close()
        tryCompare(dialog, "opened", false)
    }

    function test_aPdfThatCannotBeReadSaysSo() {
        const page = openPage()
        ignoreQt64PdfWarning()
        const dialog = preview(page, "broken.pdf")
        compare(dialog.kind, "pdf")
        const problem = findChild(dialog.contentItem, "pdfProblem")
        tryVerify(() => problem.visible, 5000, "the problem is shown")
        compare(findChild(dialog.contentItem, "pdfPages").visible, false)
        // A damaged file is not taken for a protected one.
        verify(findChild(dialog.contentItem, "pdfProblemText").text.startsWith(qsTr("This PDF could not be shown: %1").arg("")))
        verify(findChild(dialog.contentItem, "pdfProblemOpenButton").visible)
        dialog.close()
    }

    function test_aPdfWithAPasswordSaysSo() {
        const page = openPage()
        ignoreQt64PdfWarning()
        const dialog = preview(page, "protected.pdf")
        compare(dialog.kind, "pdf")
        const problem = findChild(dialog.contentItem, "pdfProblem")
        tryVerify(() => problem.visible, 5000, "the problem is shown")
        compare(findChild(dialog.contentItem, "pdfPages").visible, false)
        compare(findChild(dialog.contentItem, "pdfProblemText").text,
                qsTr("This PDF is protected by a password, so Pathfolio cannot show its pages."))
        verify(findChild(dialog.contentItem, "pdfProblemOpenButton").visible)
        dialog.close()
    }

    function test_anImageFittedOrAtItsSize() {
        const page = openPage()
        const dialog = preview(page, "photo.png")
        compare(dialog.kind, "image")
        const image = findChild(dialog.contentItem, "previewImage")
        tryCompare(image, "status", Image.Ready)
        compare(image.implicitWidth, 640)
        compare(image.implicitHeight, 360)
        verify(image.width !== 640, "fitted to the window at first")

        click(findChild(dialog.contentItem, "fitButton"))
        compare(image.width, 640)
        compare(image.height, 360)
        dialog.close()
    }

    function test_anyOtherFileIsOfferedToAnotherApp() {
        const page = openPage()
        const dialog = preview(page, "data.bin")
        compare(dialog.kind, "none")
        verify(findChild(dialog.contentItem, "emptyStateAction").visible)
        compare(findChild(dialog.contentItem, "previewText"), null)
        compare(findChild(dialog.contentItem, "previewImage"), null)
        dialog.close()
    }
}
