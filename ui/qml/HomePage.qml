import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The start page: what the portfolio holds, the next useful step and the latest evidence.
Item {
    id: page

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: content.implicitHeight + 2 * Theme.pageMargin

        ColumnLayout {
            id: content
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: scroll.availableWidth - 2 * Theme.pageMargin
            spacing: 24

            PageHeader {
                title: qsTr("Your portfolio")
                subtitle: App.overview.empty
                          ? qsTr("Collect what shows your learning: coursework, internships and badges, kept on your computer.")
                          : qsTr("Everything you have collected so far, kept on your computer.")
            }

            GridLayout {
                Layout.fillWidth: true
                columns: width > 900 ? 5 : 3
                columnSpacing: 14
                rowSpacing: 14
                StatCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    iconName: "evidence"
                    value: App.overview.evidenceCount
                    label: qsTr("Evidence items")
                }
                StatCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    iconName: "clock"
                    value: App.overview.totalHoursText
                    label: qsTr("Hours logged in placements")
                }
                StatCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    iconName: "internship"
                    value: App.overview.placementCount
                    label: qsTr("Internships and placements")
                }
                StatCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    iconName: "competency"
                    value: App.overview.competencyCount
                    label: qsTr("Competencies")
                }
                StatCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 100
                    iconName: "badge"
                    value: App.overview.credentialCount
                    label: qsTr("Badges")
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 14

                Card {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.alignment: Qt.AlignTop
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 12
                        SectionLabel { text: qsTr("Next steps") }
                        Repeater {
                            model: App.overview.nextSteps
                            delegate: RowLayout {
                                id: step
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 12
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Label {
                                        text: step.modelData.title
                                        font.weight: Font.DemiBold
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        text: step.modelData.text
                                        color: Theme.mutedText
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                }
                                Button {
                                    text: step.modelData.actionText
                                    Accessible.name: text
                                    onClicked: App.navigation.show(step.modelData.page)
                                }
                            }
                        }
                    }
                }

                Card {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    Layout.alignment: Qt.AlignTop
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 10
                        SectionLabel { text: qsTr("Latest evidence") }
                        Label {
                            visible: App.evidenceModel.empty
                            text: qsTr("Nothing yet. Your newest evidence will be listed here.")
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Repeater {
                            model: App.evidenceModel
                            delegate: ItemDelegate {
                                id: recent
                                required property int index
                                required property string title
                                required property string kind
                                required property string contextText
                                visible: index < 4
                                Layout.fillWidth: true
                                Accessible.name: title
                                onClicked: App.navigation.show("evidence")
                                contentItem: RowLayout {
                                    spacing: 12
                                    Icon {
                                        name: recent.kind
                                        color: Theme.accent
                                    }
                                    ColumnLayout {
                                        spacing: 0
                                        Layout.fillWidth: true
                                        Label {
                                            text: recent.title
                                            elide: Text.ElideRight
                                            Layout.fillWidth: true
                                        }
                                        Label {
                                            text: recent.contextText
                                            color: Theme.mutedText
                                            font.pointSize: Theme.smallFont
                                            elide: Text.ElideRight
                                            Layout.fillWidth: true
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
