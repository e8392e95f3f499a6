import QtQuick
import QtQuick.Controls
import QtQuick.Pdf
import Pathfolio

// The pages of a PDF one below the other, fitted to the width: QtPdf draws each page through its image
// plugin, in the background, from the file. Qt 6.4's PdfMultiPageView is not used: its page images share
// the document with the render thread, which crashes when the view goes while a page is being drawn.
ListView {
    id: pages
    objectName: "pdfPages"

    // The document that gives the page count and sizes, and the file the pages are drawn from.
    required property PdfDocument document
    property url source

    readonly property bool ready: pages.document.status === PdfDocument.Status.Ready
    readonly property real widestPage: ready ? pages.document.maxPageWidth : 0
    // The scale at which the widest page fills the width of the view.
    readonly property real widthScale: widestPage > 0 ? (width - 2 * margin) / widestPage : 1
    // What the reader chose with the zoom buttons; 0 until then, and the pages are fitted to the
    // width, to at most 150%: past that, text on a wide window reads no better.
    property real zoom: 0
    readonly property real pageScale: zoom > 0 ? zoom : Math.min(1.5, widthScale)
    readonly property int margin: 24
    // The page across the upper third of the view.
    readonly property int currentPage: Math.max(0, indexAt(contentX + 1, contentY + height / 3))

    function zoomBy(factor) {
        zoom = Math.min(8, Math.max(0.25, pageScale * factor))
    }
    function goToPage(page) {
        positionViewAtIndex(Math.max(0, Math.min(count - 1, page)), ListView.Beginning)
    }

    // A new file (a preview rendered again) opens at the page the old one showed, a first one at its start.
    // Pages laid out before the view had its final width change height after, which moves the view's
    // origin: the page is shown again once the layout has settled.
    property int restorePage: 0
    function restore() {
        forceLayout()
        goToPage(restorePage)
    }
    onSourceChanged: restorePage = currentPage
    onReadyChanged: {
        if (ready)
            Qt.callLater(restore)
    }
    onWidthScaleChanged: {
        if (ready && zoom === 0) {
            restorePage = currentPage
            Qt.callLater(restore)
        }
    }

    visible: ready
    model: ready ? pages.document.pageCount : 0
    clip: true
    spacing: 12
    topMargin: 12
    bottomMargin: 12
    contentWidth: Math.max(width, widestPage * pageScale + 2 * margin)
    flickableDirection: Flickable.AutoFlickIfNeeded
    boundsBehavior: Flickable.StopAtBounds
    focus: true
    ScrollBar.vertical: ScrollBar {}
    ScrollBar.horizontal: ScrollBar {}
    Keys.onPressed: event => {
        if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Right) {
            goToPage(currentPage + 1)
            event.accepted = true
        } else if (event.key === Qt.Key_PageUp || event.key === Qt.Key_Left) {
            goToPage(currentPage - 1)
            event.accepted = true
        }
    }
    Accessible.role: Accessible.List

    delegate: Item {
        id: pageHolder
        required property int index
        readonly property size points: pages.document.pagePointSize(index)
        width: pages.contentWidth
        height: Math.round(points.height * pages.pageScale)

        Rectangle {
            id: paper
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.round(pageHolder.points.width * pages.pageScale)
            height: parent.height
            color: "white"
            border.color: Theme.border
            Image {
                id: pageImage
                objectName: "pageImage"
                anchors.fill: parent
                source: pages.source
                currentFrame: pageHolder.index
                sourceSize.width: Math.round(paper.width * Screen.devicePixelRatio)
                sourceSize.height: Math.round(paper.height * Screen.devicePixelRatio)
                asynchronous: true
                cache: false
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Page %1 of %2").arg(pageHolder.index + 1).arg(pages.count)
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: pageImage.status === Image.Loading
            }
        }
    }
}
