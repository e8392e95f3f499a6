import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Pathfolio

// Verify: badges and exported portfolios dropped or chosen are checked offline, check by check, without
// being stored; any badge file among them can then be added to the portfolio.
Item {
    id: page

    readonly property VerifyController verifier: App.verifier

    DropZone {
        objectName: "verifyDrop"
        anchors.fill: parent
        hint: qsTr("Drop files to verify them")
        onFilesDropped: urls => page.verifier.verify(urls)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: 20

        PageHeader {
            title: qsTr("Verify")
            subtitle: qsTr("Check that a badge or an exported portfolio is genuine, without going online. Nothing is stored unless you add it.")
            Button {
                text: qsTr("Clear")
                visible: !page.verifier.results.empty
                Accessible.name: qsTr("Clear the results")
                onClicked: page.verifier.clear()
            }
            PrimaryButton {
                text: qsTr("Choose files…")
                enabled: !App.jobs.running
                Accessible.name: qsTr("Choose files to verify")
                onClicked: fileDialog.open()
            }
        }

        EmptyState {
            visible: page.verifier.results.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "verify"
            title: qsTr("Check a badge")
            text: qsTr("Drop badge files (PNG, SVG or JSON) or an exported portfolio (PDF or JSON) on this window, or choose them. Pathfolio tells you, check by check, whether each can be trusted: the signature, the issuer's key, the dates, revocation and who it was issued to. Nothing is sent over the internet.")
            actionText: qsTr("Choose files to verify")
            onActionTriggered: fileDialog.open()
        }

        Label {
            visible: !page.verifier.results.empty
            text: page.verifier.summary
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            visible: !page.verifier.results.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 18

            ColumnLayout {
                // A layout fills by default, and would share the row with the report by preferred widths.
                Layout.fillWidth: false
                Layout.preferredWidth: 400
                Layout.fillHeight: true
                spacing: 8

                ListView {
                    id: list
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: page.verifier.results
                    clip: true
                    spacing: 4
                    focus: true
                    keyNavigationEnabled: true
                    currentIndex: page.verifier.currentIndex
                    onCurrentIndexChanged: page.verifier.select(currentIndex)
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Verified files")
                    ScrollBar.vertical: ScrollBar {}

                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property string name
                        required property string fileName
                        required property string formatText
                        required property string resultText
                        required property string resultIcon
                        required property string resultTone
                        required property string sentence
                        required property bool readable

                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        Accessible.name: name + ": " + resultText
                        Accessible.description: sentence
                        onClicked: {
                            list.currentIndex = index
                            list.forceActiveFocus()
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: row.highlighted ? Theme.accentSoft : (row.hovered ? Theme.hover : "transparent")
                            border.width: row.highlighted && list.activeFocus ? 2 : 0
                            border.color: Theme.accent
                        }
                        contentItem: ColumnLayout {
                            spacing: 4
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 8
                                Label {
                                    text: row.name
                                    font.weight: Font.DemiBold
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                StatusChip {
                                    small: true
                                    text: row.resultText
                                    iconName: row.resultIcon
                                    tone: row.resultTone
                                }
                            }
                            Label {
                                text: row.formatText !== "" ? row.fileName + " · " + row.formatText : row.fileName
                                color: Theme.mutedText
                                font.pointSize: Theme.smallFont
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                            }
                            Label {
                                text: row.sentence
                                wrapMode: Text.Wrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                font.pointSize: Theme.smallFont
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
                Button {
                    objectName: "addAllButton"
                    text: qsTr("Add all to my portfolio")
                    visible: page.verifier.results.importableCount > 0
                    enabled: !App.jobs.running
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Add every readable file to your portfolio")
                    onClicked: page.verifier.addAllToLibrary()
                }
            }

            Card {
                objectName: "reportCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                // Its content's size follows its width (wrapped text): a size of its own keeps the
                // layout from measuring it again and again.
                Layout.preferredWidth: 1
                Layout.preferredHeight: 1
                padding: 0
                ScrollView {
                    id: scroll
                    anchors.fill: parent
                    contentWidth: availableWidth
                    contentHeight: reportColumn.implicitHeight + 48
                    ColumnLayout {
                        id: reportColumn
                        x: 24
                        y: 24
                        width: scroll.availableWidth - 48
                        spacing: 12
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: list.currentItem ? list.currentItem.name : ""
                                font.pointSize: Theme.headingFont * 1.1
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                Accessible.role: Accessible.Heading
                            }
                            Button {
                                objectName: "addButton"
                                text: qsTr("Add to my portfolio")
                                visible: list.currentItem !== null && list.currentItem.readable
                                enabled: !App.jobs.running
                                Accessible.name: qsTr("Add this file to your portfolio")
                                onClicked: page.verifier.addToLibrary(list.currentIndex)
                            }
                        }
                        ReportView {
                            Layout.fillWidth: true
                            report: page.verifier.report
                        }
                    }
                }
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose files to verify")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Badges, credentials and portfolios (*.png *.svg *.json *.jws *.jwt *.pdf)"), qsTr("All files (*)")]
        onAccepted: page.verifier.verify(selectedFiles)
    }
}
