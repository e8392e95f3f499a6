import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The start page: what the portfolio holds, what needs attention, recent activity and competency coverage;
// on the first start, a welcome with the two ways in.
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

            // The first start: two ways in, a badge of one's own or a look at a filled portfolio.
            Card {
                objectName: "welcome"
                visible: App.overview.empty && !App.settings.sample
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 10
                    Label {
                        text: qsTr("Welcome to Pathfolio")
                        font.pointSize: Theme.headingFont
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        text: qsTr("Start with a badge you have earned: Pathfolio checks it on your computer and keeps it with the evidence behind it. Or look around a sample portfolio first; it opens in a window of its own and leaves yours untouched.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        spacing: 10
                        PrimaryButton {
                            objectName: "importBadgeButton"
                            text: qsTr("Import a badge…")
                            Accessible.name: qsTr("Import a badge")
                            onClicked: badgeDialog.open()
                        }
                        Button {
                            objectName: "openSampleButton"
                            text: qsTr("Open the sample portfolio")
                            Accessible.name: text
                            onClicked: sampleProblem.visible = !App.settings.openSamplePortfolio()
                        }
                    }
                    Label {
                        id: sampleProblem
                        visible: false
                        text: qsTr("The sample portfolio could not be opened. Start Pathfolio with --sample to see it.")
                        color: Theme.danger
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: width > 960 ? 6 : 3
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
                    iconName: "calendar"
                    value: App.overview.monthHoursText
                    label: qsTr("Hours logged this month")
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

            // What needs the learner's attention: badges revoked, expired, failing, unchecked or expiring.
            Card {
                visible: App.overview.attentionCount > 0
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 10
                    RowLayout {
                        Layout.fillWidth: true
                        SectionLabel {
                            text: qsTr("Needs attention")
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: App.overview.attentionCount > App.overview.attention.length
                            text: qsTr("%1 more").arg(App.overview.attentionCount - App.overview.attention.length)
                            color: Theme.mutedText
                        }
                    }
                    Repeater {
                        model: App.overview.attention
                        delegate: ItemDelegate {
                            id: item
                            required property var modelData
                            Layout.fillWidth: true
                            Accessible.name: modelData.name + ": " + modelData.title
                            Accessible.description: modelData.text
                            onClicked: {
                                App.navigation.show("badges")
                                App.credential.open(modelData.id)
                            }
                            contentItem: RowLayout {
                                spacing: 12
                                // A column of chips at their own width, so the names line up.
                                Item {
                                    Layout.preferredWidth: 170
                                    implicitHeight: chip.implicitHeight
                                    StatusChip {
                                        id: chip
                                        anchors.verticalCenter: parent.verticalCenter
                                        text: item.modelData.title
                                        iconName: item.modelData.icon
                                        tone: item.modelData.tone
                                    }
                                }
                                ColumnLayout {
                                    spacing: 0
                                    Layout.fillWidth: true
                                    Label {
                                        text: item.modelData.name
                                        font.weight: Font.DemiBold
                                        elide: Text.ElideRight
                                        Layout.fillWidth: true
                                    }
                                    Label {
                                        text: item.modelData.text
                                        color: Theme.mutedText
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                }
                            }
                        }
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: width > 900 ? 3 : 1
                columnSpacing: 14
                rowSpacing: 14

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
                            delegate: ColumnLayout {
                                id: step
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 4
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
                        SectionLabel { text: qsTr("Recent activity") }
                        Label {
                            visible: App.overview.recentActivity.length === 0
                            text: qsTr("Nothing yet. What you add and log will be listed here.")
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Repeater {
                            model: App.overview.recentActivity
                            delegate: ItemDelegate {
                                id: recent
                                required property var modelData
                                Layout.fillWidth: true
                                Accessible.name: modelData.title
                                Accessible.description: modelData.detail + ", " + modelData.dateText
                                onClicked: App.navigation.show(modelData.page)
                                contentItem: RowLayout {
                                    spacing: 12
                                    Icon {
                                        name: recent.modelData.icon
                                        color: Theme.accent
                                    }
                                    ColumnLayout {
                                        spacing: 0
                                        Layout.fillWidth: true
                                        Label {
                                            text: recent.modelData.title
                                            elide: Text.ElideRight
                                            Layout.fillWidth: true
                                        }
                                        Label {
                                            text: recent.modelData.detail
                                            color: Theme.mutedText
                                            font.pointSize: Theme.smallFont
                                            elide: Text.ElideRight
                                            Layout.fillWidth: true
                                        }
                                    }
                                    Label {
                                        text: recent.modelData.dateText
                                        color: Theme.mutedText
                                        font.pointSize: Theme.smallFont
                                    }
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
                        SectionLabel { text: qsTr("Competency coverage") }
                        Label {
                            text: App.overview.competencyCount === 0
                                  ? qsTr("No competencies yet.")
                                  : qsTr("%1 of %2 competencies have evidence, hours, evaluations or badges behind them.")
                                        .arg(App.overview.coveredCompetencyCount).arg(App.overview.competencyCount)
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Repeater {
                            model: App.overview.coverage
                            delegate: ColumnLayout {
                                id: covered
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 3
                                Accessible.role: Accessible.StaticText
                                Accessible.name: modelData.label + ": " + modelData.summary
                                Label {
                                    text: covered.modelData.label
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                ProgressBar {
                                    value: covered.modelData.strength
                                    Layout.fillWidth: true
                                    Accessible.ignored: true
                                }
                                Label {
                                    text: covered.modelData.summary
                                    color: Theme.mutedText
                                    font.pointSize: Theme.smallFont
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                        }
                        Button {
                            visible: App.overview.competencyCount > 0
                            text: qsTr("Open competencies")
                            Accessible.name: text
                            onClicked: App.navigation.show("competencies")
                        }
                    }
                }
            }
        }
    }

    BadgeFileDialog {
        id: badgeDialog
        onAccepted: {
            App.jobs.importFiles(selectedFiles)
            App.navigation.show("badges")
        }
    }
}
