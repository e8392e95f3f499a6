import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Pathfolio

// The badge open on the Badges page: what it says, its verification report and history, the raw document,
// and what can be done with it.
Card {
    id: detail

    readonly property CredentialController credential: App.credential
    readonly property var d: credential.details
    // Which tab shows: 0 details, 1 verification, 2 raw document (the screenshots set it too).
    property alias tabIndex: tabs.currentIndex

    padding: 0

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: column.implicitHeight + 48
        visible: detail.credential.hasCurrent

        ColumnLayout {
            id: column
            x: 24
            y: 24
            width: scroll.availableWidth - 48
            spacing: 12

            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                Rectangle {
                    implicitWidth: 88
                    implicitHeight: 88
                    radius: Theme.radius
                    color: Theme.accentSoft
                    Layout.alignment: Qt.AlignTop
                    Image {
                        id: picture
                        anchors.fill: parent
                        anchors.margins: 4
                        source: detail.d.imageUrl || ""
                        sourceSize.width: 176
                        sourceSize.height: 176
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        visible: status === Image.Ready
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("Badge image of %1").arg(detail.d.name || "")
                    }
                    Icon {
                        anchors.centerIn: parent
                        visible: picture.status !== Image.Ready
                        name: "badge"
                        size: 40
                        color: Theme.accent
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Label {
                        text: detail.d.name || ""
                        font.pointSize: Theme.headingFont * 1.1
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        text: detail.d.issuerName ? qsTr("Issued by %1").arg(detail.d.issuerName) : ""
                        visible: text !== ""
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    StatusChip {
                        // An empty report reads "not verified yet".
                        text: detail.credential.report.resultText
                        iconName: detail.credential.report.resultIcon
                        tone: detail.credential.report.resultTone
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    text: qsTr("Verify again")
                    icon.name: "view-refresh"
                    Accessible.name: qsTr("Verify this badge again")
                    onClicked: {
                        if (detail.credential.verifyAgain())
                            tabs.currentIndex = 1
                    }
                }
                Button {
                    text: qsTr("Save original…")
                    Accessible.name: qsTr("Save the original file of this badge")
                    onClicked: {
                        saveDialog.kind = "original"
                        saveDialog.open()
                    }
                }
                Button {
                    text: qsTr("Bake into PNG…")
                    visible: detail.credential.bakeFormats.indexOf("png") >= 0
                    Accessible.name: qsTr("Save this badge baked into a PNG image")
                    onClicked: {
                        saveDialog.kind = "png"
                        saveDialog.open()
                    }
                }
                Button {
                    text: qsTr("Bake into SVG…")
                    visible: detail.credential.bakeFormats.indexOf("svg") >= 0
                    Accessible.name: qsTr("Save this badge baked into an SVG image")
                    onClicked: {
                        saveDialog.kind = "svg"
                        saveDialog.open()
                    }
                }
                Button {
                    text: qsTr("Delete")
                    Accessible.name: qsTr("Delete this badge")
                    onClicked: confirm.ask(detail.credential.deleteQuestion(), () => detail.credential.remove())
                }
            }

            TabBar {
                id: tabs
                Layout.fillWidth: true
                background: Rectangle {
                    color: "transparent"
                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: 1
                        color: Theme.border
                    }
                }
                PageTab {
                    text: qsTr("Details")
                    width: implicitWidth + 24
                }
                PageTab {
                    text: qsTr("Verification")
                    width: implicitWidth + 24
                }
                PageTab {
                    text: qsTr("Raw document")
                    width: implicitWidth + 24
                }
            }

            // Details
            ColumnLayout {
                visible: tabs.currentIndex === 0
                Layout.fillWidth: true
                spacing: 8

                Label {
                    visible: text !== ""
                    text: detail.d.description || ""
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                SectionLabel { text: qsTr("Achievement") }
                DetailRow { label: qsTr("Name"); value: detail.d.achievementName || "" }
                DetailRow { label: qsTr("Kind"); value: detail.d.achievementType || "" }
                DetailRow { label: qsTr("Awarded to"); value: detail.d.subjectName || "" }
                SectionLabel {
                    text: qsTr("Criteria")
                    visible: (detail.d.criteria || "") !== "" || (detail.d.criteriaUrl || "") !== ""
                }
                Label {
                    visible: text !== ""
                    text: detail.d.criteria || ""
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                }
                Label {
                    visible: (detail.d.criteriaUrl || "") !== ""
                    text: "<a href=\"%1\">%1</a>".arg(detail.d.criteriaUrl || "")
                    textFormat: Text.StyledText
                    linkColor: Theme.accent
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Link
                    Accessible.name: detail.d.criteriaUrl || ""
                    onLinkActivated: link => Qt.openUrlExternally(link)
                }

                SectionLabel { text: qsTr("Issuer") }
                DetailRow { label: qsTr("Name"); value: detail.d.issuerName || "" }
                DetailRow { label: qsTr("Identifier"); value: detail.d.issuerId || "" }
                DetailRow { label: qsTr("Web site"); value: detail.d.issuerUrl || "" }
                DetailRow { label: qsTr("E-mail"); value: detail.d.issuerEmail || "" }

                SectionLabel { text: qsTr("Dates") }
                DetailRow { label: qsTr("Issued"); value: detail.d.issuedText || "" }
                DetailRow { label: qsTr("Awarded"); value: detail.d.awardedText || "" }
                DetailRow { label: qsTr("Valid until"); value: detail.d.validUntilText || qsTr("no end date") }
                DetailRow { label: qsTr("Added to Pathfolio"); value: detail.d.importedText || "" }

                SectionLabel {
                    text: qsTr("Alignments")
                    visible: detail.credential.alignments.length > 0
                }
                Repeater {
                    model: detail.credential.alignments
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: modelData.code !== "" ? modelData.code + " " + modelData.name : modelData.name
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text !== ""
                            text: [modelData.framework, modelData.description].filter(t => t !== "").join(" · ")
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }

                SectionLabel {
                    text: qsTr("Evidence named by the issuer")
                    visible: detail.credential.evidence.length > 0
                }
                Repeater {
                    model: detail.credential.evidence
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: modelData.name !== "" ? modelData.name : modelData.url
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text !== ""
                            text: modelData.description
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }

                SectionLabel {
                    text: qsTr("Competencies")
                    visible: detail.credential.competencies.length > 0
                }
                ChipFlow {
                    items: detail.credential.competencies
                    accented: true
                }

                SectionLabel { text: qsTr("File") }
                DetailRow { label: qsTr("Format"); value: detail.d.formatText || "" }
                DetailRow { label: qsTr("File name"); value: detail.d.fileName || "" }
                DetailRow { label: qsTr("Credential id"); value: detail.d.credentialId || "" }
            }

            // Verification
            ColumnLayout {
                visible: tabs.currentIndex === 1
                Layout.fillWidth: true
                spacing: 10

                Label {
                    visible: detail.credential.report.empty
                    text: qsTr("This badge has not been verified yet. Verify it now to see each check.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ReportView {
                    Layout.fillWidth: true
                    report: detail.credential.report
                }
                SectionLabel {
                    text: qsTr("History")
                    visible: detail.credential.history.length > 0
                }
                Repeater {
                    model: detail.credential.history
                    delegate: ItemDelegate {
                        id: historyRow
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        highlighted: index === detail.credential.historyIndex
                        Accessible.name: qsTr("Verification of %1: %2").arg(modelData.dateText).arg(modelData.resultText)
                        onClicked: detail.credential.showVerification(index)
                        contentItem: RowLayout {
                            spacing: 10
                            Label {
                                text: historyRow.modelData.dateText
                                Layout.fillWidth: true
                            }
                            StatusChip {
                                small: true
                                text: historyRow.modelData.resultText
                                iconName: historyRow.modelData.resultIcon
                                tone: historyRow.modelData.resultTone
                            }
                        }
                    }
                }
            }

            // Raw document
            ColumnLayout {
                visible: tabs.currentIndex === 2
                Layout.fillWidth: true
                spacing: 8
                Label {
                    text: qsTr("Exactly as the issuer wrote it. Pathfolio keeps the original unchanged; everything else on this page is read from it.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextArea {
                    Layout.fillWidth: true
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    font.family: Theme.monoFont
                    font.pointSize: Theme.smallFont
                    text: detail.credential.rawText
                    Accessible.name: qsTr("Raw document")
                    background: Rectangle {
                        color: Theme.window
                        radius: 4
                        border.color: Theme.border
                    }
                }
            }
        }
    }

    FileDialog {
        id: saveDialog
        property string kind: "original"
        title: kind === "original" ? qsTr("Save the original") : qsTr("Save the baked badge")
        fileMode: FileDialog.SaveFile
        currentFile: detail.credential.suggestedFile(kind)
        nameFilters: kind === "png" ? [qsTr("PNG images (*.png)")]
                   : kind === "svg" ? [qsTr("SVG images (*.svg)")] : [qsTr("All files (*)")]
        onAccepted: {
            if (kind === "original")
                detail.credential.saveOriginal(selectedFile)
            else
                detail.credential.bake(selectedFile, kind)
        }
    }
    ConfirmDialog { id: confirm }
}
