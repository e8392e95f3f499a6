import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import QtQuick.Pdf
import Pathfolio

// Export: the portfolio as a PDF that reads well on screen and on paper, or as a bundle that others can
// verify with Pathfolio; the options on the left, the PDF as it will be on the right.
Item {
    id: page

    readonly property ExportController exporter: App.exporter
    // For the screenshots: a preview being rendered is waited for.
    readonly property bool busy: exporter.busy

    // Shows the PDF of the portfolio as it stands (for the screenshots).
    function previewPdf() {
        if (App.overview.empty)
            return false
        if (!exporter.previewCurrent && !exporter.busy)
            exporter.preview()
        return true
    }
    // Chooses the first application pack and opens it for editing (for the screenshots).
    function editCurrent() {
        if (App.overview.empty || App.packModel.count === 0)
            return false
        const id = App.packModel.data(App.packModel.index(0, 0), ApplicationPackModel.PackIdRole)
        exporter.choosePack(App.packs.load(id))
        packDialog.openFor(id)
        return true
    }
    // Deleting the pack removes its row, and with it the delegate that asked: the work is done here.
    function deletePack(id) {
        if (App.packs.remove(id))
            exporter.choosePack({})
    }
    function closeEditors() {
        packDialog.close()
        passphraseDialog.close()
        confirm.close()
        pdfDialog.close()
        bundleDialog.close()
    }

    Component.onCompleted: {
        if (!App.overview.empty && !exporter.previewCurrent)
            exporter.preview()
    }

    // An edit is shown in the preview once typing pauses.
    Timer {
        id: refresh
        interval: 700
        onTriggered: page.exporter.preview()
    }
    Connections {
        target: page.exporter
        function onOptionsChanged() {
            if (!App.overview.empty)
                refresh.restart()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: 20

        PageHeader {
            title: qsTr("Export")
            subtitle: qsTr("Share your portfolio with a teacher, a school or an employer: a PDF to read, or a bundle they can check with Pathfolio.")
            Button {
                objectName: "saveBundleButton"
                text: qsTr("Save bundle…")
                visible: !App.overview.empty
                enabled: !page.exporter.busy && !page.exporter.unlocking
                Accessible.name: qsTr("Save the portfolio as a bundle that others can verify")
                onClicked: {
                    // Named after what the export holds now.
                    bundleDialog.currentFile = page.exporter.suggestedFile("json")
                    bundleDialog.open()
                }
            }
            PrimaryButton {
                objectName: "savePdfButton"
                text: qsTr("Save PDF…")
                visible: !App.overview.empty
                enabled: !page.exporter.busy && !page.exporter.unlocking
                Accessible.name: qsTr("Save the portfolio as a PDF")
                onClicked: {
                    pdfDialog.currentFile = page.exporter.suggestedFile("pdf")
                    pdfDialog.open()
                }
            }
        }

        EmptyState {
            objectName: "exportEmpty"
            visible: App.overview.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "export"
            title: qsTr("Nothing to export yet")
            text: qsTr("Your portfolio is empty. Add evidence, an internship or a badge, and Pathfolio puts them together here as a PDF and as a bundle with the original files, which others can check.")
            actionText: qsTr("Add your first evidence")
            onActionTriggered: App.navigation.show("evidence")
        }

        ErrorBanner {
            objectName: "exportError"
            visible: text !== ""
            text: page.exporter.errorText
            Layout.fillWidth: true
            onDismissed: page.exporter.clearError()
        }

        RowLayout {
            visible: !App.overview.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 18

            ScrollView {
                id: optionsScroll
                objectName: "exportOptions"
                Layout.preferredWidth: 380
                Layout.fillHeight: true
                contentWidth: availableWidth
                contentHeight: options.implicitHeight

                Card {
                    id: options
                    width: optionsScroll.availableWidth
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 14

                        SectionLabel {
                            text: qsTr("What it holds")
                        }
                        ButtonGroup { id: packChoice }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            RadioButton {
                                objectName: "wholePortfolio"
                                text: qsTr("Your whole portfolio")
                                checked: page.exporter.packId === 0
                                ButtonGroup.group: packChoice
                                Layout.fillWidth: true
                                onToggled: {
                                    page.exporter.choosePack({})
                                    checked = Qt.binding(() => page.exporter.packId === 0)
                                }
                            }
                            Repeater {
                                model: App.packModel
                                delegate: RowLayout {
                                    id: packRow
                                    required property var packId
                                    required property string name
                                    required property string summary
                                    required property string targetRole
                                    readonly property bool chosen: page.exporter.packId === packId
                                    spacing: 4
                                    Layout.fillWidth: true
                                    RadioButton {
                                        id: packRadio
                                        objectName: "pack-" + packRow.name
                                        // The style places the indicator beside a text, centred without one.
                                        text: packRow.name
                                        checked: packRow.chosen
                                        ButtonGroup.group: packChoice
                                        Layout.fillWidth: true
                                        Accessible.name: qsTr("Only the pack %1: %2").arg(packRow.name).arg(packRow.summary)
                                        ToolTip.text: packRow.targetRole !== "" ? packRow.targetRole + "\n" + packRow.summary : packRow.summary
                                        ToolTip.visible: hovered
                                        ToolTip.delay: 600
                                        onToggled: {
                                            page.exporter.choosePack(App.packs.load(packRow.packId))
                                            checked = Qt.binding(() => packRow.chosen)
                                        }
                                        contentItem: ColumnLayout {
                                            spacing: 0
                                            Label {
                                                text: packRow.name
                                                elide: Text.ElideRight
                                                leftPadding: packRadio.indicator.width + packRadio.spacing
                                                Layout.fillWidth: true
                                            }
                                            Label {
                                                text: packRow.summary
                                                color: Theme.mutedText
                                                font.pointSize: Theme.smallFont
                                                elide: Text.ElideRight
                                                leftPadding: packRadio.indicator.width + packRadio.spacing
                                                Layout.fillWidth: true
                                            }
                                        }
                                    }
                                    ToolButton {
                                        objectName: "editPack-" + packRow.name
                                        visible: packRow.chosen
                                        text: qsTr("Edit…")
                                        Accessible.name: qsTr("Edit the pack %1").arg(packRow.name)
                                        onClicked: packDialog.openFor(packRow.packId)
                                    }
                                    ToolButton {
                                        objectName: "deletePack-" + packRow.name
                                        visible: packRow.chosen
                                        text: qsTr("Delete")
                                        Accessible.name: qsTr("Delete the pack %1").arg(packRow.name)
                                        onClicked: {
                                            const id = packRow.packId
                                            confirm.ask(App.packs.deleteQuestion(id), () => page.deletePack(id))
                                        }
                                    }
                                }
                            }
                        }
                        RowLayout {
                            visible: page.exporter.packModified
                            spacing: 8
                            Layout.fillWidth: true
                            Label {
                                text: qsTr("The cover below differs from the one saved with %1.").arg(page.exporter.packName)
                                color: Theme.mutedText
                                font.pointSize: Theme.smallFont
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Button {
                                objectName: "savePackCover"
                                text: qsTr("Save to pack")
                                Accessible.name: qsTr("Save the cover with the pack %1").arg(page.exporter.packName)
                                onClicked: {
                                    if (App.packs.saveCover(page.exporter.packId, page.exporter.coverForm()))
                                        page.exporter.choosePack(App.packs.load(page.exporter.packId))
                                }
                            }
                        }
                        Button {
                            objectName: "newPackButton"
                            text: qsTr("New application pack…")
                            Accessible.name: qsTr("Choose what an export for one application holds, and save it as a pack")
                            onClicked: packDialog.openNew()
                        }

                        SectionLabel {
                            text: qsTr("Cover")
                            Layout.topMargin: 6
                        }
                        FormField {
                            label: qsTr("Paper")
                            ComboBox {
                                objectName: "paperChoice"
                                model: page.exporter.paperOptions
                                textRole: "text"
                                valueRole: "value"
                                // count: read again once the choices are there.
                                currentIndex: count > 0 ? indexOfValue(page.exporter.paper) : -1
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Paper size")
                                onActivated: page.exporter.paper = currentValue
                            }
                        }
                        FormField {
                            label: qsTr("Headline")
                            hint: qsTr("Under your name on the cover.")
                            TextField {
                                objectName: "headlineField"
                                text: page.exporter.headline
                                placeholderText: qsTr("For example UX design student, 4th semester")
                                selectByMouse: true
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Headline")
                                onTextEdited: page.exporter.headline = text
                            }
                        }
                        FormField {
                            label: qsTr("Target role")
                            hint: qsTr("The role or employer the portfolio is for.")
                            TextField {
                                objectName: "targetRoleField"
                                text: page.exporter.targetRole
                                placeholderText: qsTr("For example Junior UX researcher at Acme")
                                selectByMouse: true
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Target role")
                                onTextEdited: page.exporter.targetRole = text
                            }
                        }
                        FormField {
                            label: qsTr("Cover note")
                            MultilineField {
                                objectName: "coverNoteField"
                                text: page.exporter.coverNote
                                placeholderText: qsTr("A few words to the reader")
                                Accessible.name: qsTr("Cover note")
                                onTextChanged: {
                                    if (text !== page.exporter.coverNote)
                                        page.exporter.coverNote = text
                                }
                            }
                        }

                        SectionLabel {
                            text: qsTr("Leave out")
                            Layout.topMargin: 6
                        }
                        Label {
                            text: qsTr("Left out of the pages and of the bundle; the cover says what was withheld.")
                            color: Theme.mutedText
                            font.pointSize: Theme.smallFont
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Repeater {
                            model: page.exporter.redactions
                            delegate: ColumnLayout {
                                id: redaction
                                required property var modelData
                                spacing: 0
                                Layout.fillWidth: true
                                CheckBox {
                                    objectName: "withhold-" + redaction.modelData.name
                                    text: redaction.modelData.title
                                    checked: redaction.modelData.withheld
                                    Layout.fillWidth: true
                                    Accessible.name: qsTr("Leave out %1").arg(redaction.modelData.title)
                                    Accessible.description: redaction.modelData.detail
                                    onToggled: page.exporter.setWithheld(redaction.modelData.name, checked)
                                }
                                Label {
                                    text: redaction.modelData.detail
                                    color: Theme.mutedText
                                    font.pointSize: Theme.smallFont
                                    wrapMode: Text.Wrap
                                    leftPadding: 32
                                    Layout.fillWidth: true
                                }
                            }
                        }

                        SectionLabel {
                            text: qsTr("Bundle")
                            Layout.topMargin: 6
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            CheckBox {
                                objectName: "withFiles"
                                text: qsTr("Put the evidence files in the bundle")
                                checked: page.exporter.withFiles
                                Layout.fillWidth: true
                                Accessible.description: withFilesDetail.text
                                onToggled: page.exporter.withFiles = checked
                            }
                            Label {
                                id: withFilesDetail
                                text: qsTr("Then a reader has the files themselves, not only their fingerprints. The bundle grows by their size.")
                                color: Theme.mutedText
                                font.pointSize: Theme.smallFont
                                wrapMode: Text.Wrap
                                leftPadding: 32
                                Layout.fillWidth: true
                            }
                        }

                        SectionLabel {
                            text: qsTr("Signature")
                            Layout.topMargin: 6
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            CheckBox {
                                objectName: "signExport"
                                text: qsTr("Sign as yours")
                                checked: page.exporter.signing
                                enabled: !page.exporter.unlocking
                                Layout.fillWidth: true
                                Accessible.description: signDetail.text
                                onToggled: {
                                    if (checked) {
                                        // Checked once the key is unlocked; until then the box shows what is so.
                                        checked = Qt.binding(() => page.exporter.signing)
                                        passphraseDialog.open()
                                    } else {
                                        page.exporter.stopSigning()
                                        checked = Qt.binding(() => page.exporter.signing)
                                    }
                                }
                            }
                            Label {
                                id: signDetail
                                text: page.exporter.signing
                                      ? qsTr("Signed as %1. A reader who verifies the export sees that it comes from this key and that nothing was changed after you signed it.").arg(page.exporter.signerDid)
                                      : page.exporter.hasSigningKey
                                        ? qsTr("Your key is locked with your passphrase. Once you enter it, the key stays unlocked until you untick the box or close Pathfolio.")
                                        : qsTr("A reader who verifies the export sees that nothing was changed after you signed it. The first time, Pathfolio makes your key.")
                                color: Theme.mutedText
                                font.pointSize: Theme.smallFont
                                wrapMode: Text.Wrap
                                leftPadding: 32
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 1
                padding: 0

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 0

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.margins: 12
                        Layout.leftMargin: 18
                        spacing: 10
                        Label {
                            text: qsTr("Preview")
                            font.pointSize: Theme.headingFont
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }
                        Label {
                            objectName: "previewState"
                            text: page.exporter.busy ? qsTr("Rendering…")
                                  : page.exporter.previewCurrent ? qsTr("Page %1 of %2").arg(pages.currentPage + 1).arg(pages.count)
                                  : page.exporter.previewUrl.toString() !== "" ? qsTr("Out of date") : ""
                            color: Theme.mutedText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        BusyIndicator {
                            running: page.exporter.busy
                            visible: running
                            Layout.preferredWidth: 28
                            Layout.preferredHeight: 28
                        }
                        Button {
                            objectName: "previewButton"
                            text: qsTr("Update preview")
                            enabled: !page.exporter.busy && !page.exporter.previewCurrent
                            Accessible.name: qsTr("Show the options as they stand in the preview")
                            onClicked: page.exporter.preview()
                        }
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 1
                        color: Theme.border
                    }

                    // Reads the page count and sizes; PdfPageList draws the pages.
                    PdfDocument {
                        id: pdfDocument
                        source: page.exporter.previewUrl
                    }
                    PdfPageList {
                        id: pages
                        document: pdfDocument
                        source: page.exporter.previewUrl
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Accessible.name: qsTr("Pages of the exported portfolio")
                    }
                    Item {
                        visible: !pages.visible
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Label {
                            anchors.centerIn: parent
                            width: Math.min(parent.width - 48, 420)
                            text: pdfDocument.status === PdfDocument.Status.Error
                                  ? qsTr("The preview could not be shown: %1").arg(pdfDocument.error)
                                  : page.exporter.busy ? qsTr("Pathfolio is laying out your portfolio…")
                                  : qsTr("The preview shows here.")
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignHCenter
                        }
                    }
                }
            }
        }
    }

    PackDialog {
        id: packDialog
        objectName: "packDialog"
    }
    PassphraseDialog {
        id: passphraseDialog
        objectName: "passphraseDialog"
    }
    ConfirmDialog {
        id: confirm
        objectName: "confirmDialog"
    }

    FileDialog {
        id: pdfDialog
        title: qsTr("Save the portfolio as a PDF")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        onAccepted: page.exporter.savePdf(selectedFile)
    }
    FileDialog {
        id: bundleDialog
        title: qsTr("Save the portfolio as a bundle")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Portfolio bundles (*.json)")]
        onAccepted: page.exporter.saveBundle(selectedFile)
    }
}
