import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Pdf
import QtQuick.Window
import Pathfolio

// Shows an attached file inside the app: images fitted or at their own size, PDFs page by page, text as
// it is; for any other file it says so and offers to open it in another program.
Dialog {
    id: dialog

    // The file as EvidenceModel.files describes it, and the evidence item it belongs to.
    property var file: ({})
    property var evidenceId: 0
    readonly property string kind: file.isImage ? "image" : file.isPdf ? "pdf" : file.isText ? "text" : "none"

    function openFor(evidenceId, file) {
        dialog.evidenceId = evidenceId
        dialog.file = file
        open()
    }
    function openExternally() {
        const url = App.evidence.openableFile(evidenceId, file.fileId)
        if (url.toString() !== "")
            Qt.openUrlExternally(url)
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(1100, parent.width - 64) : 800
    height: parent ? parent.height - 48 : 600
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    padding: 0

    header: RowLayout {
        spacing: 8
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Layout.margins: 16
            Layout.leftMargin: 24
            Label {
                text: dialog.file.name ?? ""
                font.pointSize: Theme.headingFont
                font.weight: Font.DemiBold
                elide: Text.ElideMiddle
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: (dialog.file.mediaType ?? "") + " · " + (dialog.file.sizeText ?? "")
                color: Theme.mutedText
                font.pointSize: Theme.smallFont
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "previewOpenButton"
            text: qsTr("Open in another app")
            Accessible.name: qsTr("Open %1 in another app").arg(dialog.file.name ?? "")
            onClicked: dialog.openExternally()
        }
        Button {
            objectName: "previewCloseButton"
            text: qsTr("Close")
            Layout.rightMargin: 16
            Accessible.name: qsTr("Close the preview")
            onClicked: dialog.close()
        }
    }

    // Built when the dialog opens and dropped when it closes, so a large PDF or text is not kept in memory.
    contentItem: Loader {
        id: body
        active: dialog.visible
        focus: true
        sourceComponent: dialog.kind === "image" ? imagePreview
                       : dialog.kind === "pdf" ? pdfPreview
                       : dialog.kind === "text" ? textPreview : noPreview
    }

    Component {
        id: imagePreview
        ColumnLayout {
            id: imageBox
            spacing: 0
            property bool fitted: true
            ToolBar {
                Layout.fillWidth: true
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    Label {
                        text: image.status === Image.Ready
                              ? qsTr("%1 × %2 pixels").arg(image.implicitWidth).arg(image.implicitHeight) : ""
                        color: Theme.mutedText
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "fitButton"
                        text: imageBox.fitted ? qsTr("Actual size") : qsTr("Fit to window")
                        flat: true
                        enabled: image.status === Image.Ready
                        Accessible.name: text
                        onClicked: imageBox.fitted = !imageBox.fitted
                    }
                }
            }
            Flickable {
                id: flick
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: Math.max(width, image.width)
                contentHeight: Math.max(height, image.height)
                ScrollBar.vertical: ScrollBar {}
                ScrollBar.horizontal: ScrollBar {}
                Image {
                    id: image
                    objectName: "previewImage"
                    readonly property bool fitted: imageBox.fitted
                    anchors.centerIn: parent
                    width: fitted ? flick.width - 32 : implicitWidth
                    height: fitted ? flick.height - 32 : implicitHeight
                    source: dialog.file.previewUrl ?? ""
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Preview of %1").arg(dialog.file.name ?? "")
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: image.status === Image.Loading
                }
            }
            Label {
                visible: image.status === Image.Error
                text: qsTr("This image could not be shown. Open it in another app to see it.")
                color: Theme.danger
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Layout.margins: 24
            }
        }
    }

    // The pages are drawn from the stored file by PdfPageList.
    Component {
        id: pdfPreview
        ColumnLayout {
            id: pdfBox
            spacing: 0

            // Whether the PDF opens only with a password (Qt 6.4 says so by this signal alone).
            property bool needsPassword: false

            // Reads the page count and the page sizes; the pages themselves are drawn by Image.
            PdfDocument {
                id: pdfDocument
                source: dialog.file.previewUrl ?? ""
                onPasswordRequired: pdfBox.needsPassword = true
            }
            ToolBar {
                Layout.fillWidth: true
                enabled: pages.visible
                visible: pdfDocument.status !== PdfDocument.Status.Error
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    spacing: 4
                    Button {
                        text: qsTr("Previous")
                        flat: true
                        enabled: pages.currentPage > 0
                        Accessible.name: qsTr("Previous page")
                        onClicked: pages.goToPage(pages.currentPage - 1)
                    }
                    Label {
                        objectName: "pageLabel"
                        text: pages.count > 0 ? qsTr("Page %1 of %2").arg(pages.currentPage + 1).arg(pages.count) : ""
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Button {
                        text: qsTr("Next")
                        flat: true
                        enabled: pages.currentPage < pages.count - 1
                        Accessible.name: qsTr("Next page")
                        onClicked: pages.goToPage(pages.currentPage + 1)
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        text: "−"
                        flat: true
                        Accessible.name: qsTr("Zoom out")
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: pages.zoomBy(1 / 1.25)
                    }
                    Label {
                        text: qsTr("%1%").arg(Math.round(pages.pageScale * 100))
                        Layout.minimumWidth: 48
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Button {
                        objectName: "zoomIn"
                        text: "+"
                        flat: true
                        Accessible.name: qsTr("Zoom in")
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: pages.zoomBy(1.25)
                    }
                    Button {
                        text: qsTr("Fit width")
                        flat: true
                        Accessible.name: qsTr("Fit the page to the width of the window")
                        onClicked: pages.zoom = pages.widthScale
                    }
                }
            }
            PdfPageList {
                id: pages
                document: pdfDocument
                source: dialog.file.previewUrl ?? ""
                Layout.fillWidth: true
                Layout.fillHeight: true
                Accessible.name: qsTr("Pages of %1").arg(dialog.file.name ?? "")
            }
            ColumnLayout {
                objectName: "pdfProblem"
                visible: pdfDocument.status === PdfDocument.Status.Error
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: 24
                spacing: 12
                Item { Layout.fillHeight: true }
                // The pages are drawn by Qt's PDF image reader, which cannot be given a password: a
                // protected PDF is said to be one, and offered to another app, rather than asked for a
                // password that could not show it.
                Label {
                    objectName: "pdfProblemText"
                    text: pdfBox.needsPassword
                          ? qsTr("This PDF is protected by a password, so Pathfolio cannot show its pages.")
                          : qsTr("This PDF could not be shown: %1").arg(pdfDocument.error)
                    color: pdfBox.needsPassword ? Theme.text : Theme.danger
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Label {
                    text: pdfBox.needsPassword
                          ? qsTr("Open it in another app and enter its password there. Pathfolio keeps the file as it was added.")
                          : qsTr("The file may be damaged or not a PDF at all. Pathfolio keeps it as it was added; another app may still read it.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "pdfProblemOpenButton"
                    text: qsTr("Open in another app")
                    Layout.alignment: Qt.AlignHCenter
                    onClicked: dialog.openExternally()
                }
                Item { Layout.fillHeight: true }
            }
        }
    }

    Component {
        id: textPreview
        ColumnLayout {
            id: textBox
            spacing: 0
            readonly property var preview: App.evidence.previewText(dialog.evidenceId, dialog.file.fileId)
            Label {
                objectName: "previewNotice"
                visible: text !== ""
                text: textBox.preview.notice ?? ""
                wrapMode: Text.Wrap
                padding: 10
                leftPadding: 24
                Layout.fillWidth: true
                background: Rectangle { color: Theme.warningSoft }
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                // The text wraps to the view's width; the view must not ask the text how wide it wants to be.
                implicitWidth: 400
                implicitHeight: 300
                TextArea {
                    objectName: "previewText"
                    text: textBox.preview.text ?? ""
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    textFormat: TextEdit.PlainText
                    font.family: Theme.monoFont
                    leftPadding: 24
                    rightPadding: 24
                    background: Rectangle { color: Theme.base }
                    Accessible.name: qsTr("Text of %1").arg(dialog.file.name ?? "")
                    Accessible.role: Accessible.EditableText
                }
            }
        }
    }

    Component {
        id: noPreview
        EmptyState {
            iconName: "file"
            title: qsTr("No preview for this kind of file")
            text: qsTr("Pathfolio shows images, PDFs and text itself. Open this file in another app to see it.")
            actionText: qsTr("Open in another app")
            onActionTriggered: dialog.openExternally()
        }
    }
}
