import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Badges: the Open Badges and other digital credentials kept in the portfolio, as a grid of pictures
// with their verification status, and the one selected in detail.
Item {
    id: page

    // For the screenshots: open the first badge on its verification report; false when there is none.
    function showDetail() {
        if (grid.count === 0)
            return false
        grid.currentIndex = 0
        detail.tabIndex = 1
        return true
    }
    function importFiles(urls) {
        App.jobs.importFiles(urls)
    }

    DropZone {
        objectName: "badgeDrop"
        anchors.fill: parent
        hint: qsTr("Drop badge files to add them")
        onFilesDropped: urls => page.importFiles(urls)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: 20

        PageHeader {
            title: qsTr("Badges")
            subtitle: qsTr("Digital badges and credentials from your school, courses and employers, checked on your computer.")
            Button {
                text: qsTr("Verify all")
                visible: !App.credentialModel.empty
                enabled: !App.jobs.running
                Accessible.name: qsTr("Verify every badge again")
                onClicked: App.jobs.verifyLibrary()
            }
            PrimaryButton {
                text: qsTr("Add badges…")
                visible: !App.credentialModel.empty
                enabled: !App.jobs.running
                Accessible.name: qsTr("Add badge files to your portfolio")
                onClicked: fileDialog.open()
            }
        }

        EmptyState {
            visible: App.credentialModel.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "badge"
            title: qsTr("No badges yet")
            text: qsTr("When an issuer sends you an Open Badge, keep the file (PNG, SVG or JSON) and add it here, or drop it on this window. Each badge is checked on your computer, without going online.")
            actionText: qsTr("Import a badge")
            onActionTriggered: fileDialog.open()
        }

        RowLayout {
            visible: !App.credentialModel.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 18

            GridView {
                id: grid
                objectName: "badgeGrid"
                Layout.fillWidth: true
                Layout.minimumWidth: cellWidth
                Layout.fillHeight: true
                model: App.credentialModel
                clip: true
                cellWidth: 200
                cellHeight: 214
                focus: true
                // Tab stops at the list; the arrow keys move through it.
                activeFocusOnTab: true
                keyNavigationEnabled: true
                // Coming in from the keyboard with nothing chosen yet selects the first badge.
                onActiveFocusChanged: {
                    if (activeFocus && currentIndex < 0 && count > 0)
                        currentIndex = 0
                }
                currentIndex: -1
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Badges")
                ScrollBar.vertical: ScrollBar {}
                onCurrentItemChanged: {
                    if (currentItem && App.credential.currentId !== currentItem.itemId)
                        App.credential.open(currentItem.itemId)
                }

                delegate: ItemDelegate {
                    id: tile
                    required property int index
                    required property var itemId
                    required property string name
                    required property string issuer
                    required property string issuedText
                    required property string resultText
                    required property string resultIcon
                    required property string resultTone
                    required property url imageUrl

                    width: grid.cellWidth - 12
                    height: grid.cellHeight - 12
                    highlighted: GridView.isCurrentItem
                    Accessible.role: Accessible.ListItem
                    Accessible.name: name
                    Accessible.description: qsTr("%1, issued by %2").arg(resultText).arg(issuer)
                    onClicked: {
                        grid.currentIndex = index
                        grid.forceActiveFocus()
                    }

                    background: Rectangle {
                        radius: Theme.radius
                        color: tile.highlighted ? Theme.accentSoft : (tile.hovered ? Theme.hover : Theme.base)
                        border.color: tile.highlighted ? Theme.accent : Theme.border
                        border.width: tile.highlighted && grid.activeFocus ? 2 : 1
                    }
                    contentItem: ColumnLayout {
                        spacing: 6
                        Item {
                            Layout.fillWidth: true
                            Layout.preferredHeight: 96
                            Image {
                                id: picture
                                anchors.centerIn: parent
                                width: 96
                                height: 96
                                source: tile.imageUrl
                                sourceSize.width: 192
                                sourceSize.height: 192
                                fillMode: Image.PreserveAspectFit
                                asynchronous: true
                                visible: status === Image.Ready
                                Accessible.ignored: true
                            }
                            Rectangle {
                                anchors.centerIn: parent
                                visible: picture.status !== Image.Ready
                                width: 72
                                height: 72
                                radius: 36
                                color: Theme.accentSoft
                                Icon {
                                    anchors.centerIn: parent
                                    name: "badge"
                                    size: 34
                                    color: Theme.accent
                                }
                            }
                        }
                        Label {
                            text: tile.name
                            font.weight: Font.DemiBold
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: tile.issuer
                            visible: text !== ""
                            color: Theme.mutedText
                            font.pointSize: Theme.smallFont
                            horizontalAlignment: Text.AlignHCenter
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Item { Layout.fillHeight: true }
                        StatusChip {
                            small: true
                            Layout.alignment: Qt.AlignHCenter
                            text: tile.resultText
                            iconName: tile.resultIcon
                            tone: tile.resultTone
                        }
                    }
                }
            }

            BadgeDetail {
                id: detail
                visible: App.credential.hasCurrent
                Layout.preferredWidth: Math.min(560, page.width * 0.55)
                Layout.fillHeight: true
            }
        }
    }

    BadgeFileDialog {
        id: fileDialog
        onAccepted: page.importFiles(selectedFiles)
    }
}
