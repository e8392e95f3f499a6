import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Competencies: the skills the learner is building, by framework, with the evidence and hours behind each.
Item {
    id: page

    // Opens the editor on the first competency (for the screenshots); false when there is none.
    function editCurrent() {
        if (list.count === 0)
            return false
        editor.openFor(list.itemAtIndex(0).itemId)
        return true
    }
    function closeEditors() {
        editor.close()
        confirm.close()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: 20

        PageHeader {
            title: qsTr("Competencies")
            subtitle: qsTr("The skills you are building. Link them to evidence and log entries to show where you practised each one.")
            PrimaryButton {
                text: qsTr("Add competency")
                visible: !App.competencyModel.empty
                Accessible.name: text
                onClicked: editor.openNew()
            }
        }

        EmptyState {
            visible: App.competencyModel.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "competency"
            title: qsTr("No competencies yet")
            text: qsTr("Add the competencies of your course or of a framework such as DigComp, or your own. You can then link evidence and internship hours to them.")
            actionText: qsTr("Add a competency")
            onActionTriggered: editor.openNew()
        }

        ListView {
            id: list
            visible: !App.competencyModel.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: App.competencyModel
            clip: true
            spacing: 8
            reuseItems: false
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Competencies")
            ScrollBar.vertical: ScrollBar {}

            section.property: "framework"
            section.delegate: SectionLabel {
                required property string section
                text: section
                width: ListView.view.width
                topPadding: 12
                bottomPadding: 4
            }

            delegate: Card {
                id: competency
                required property var itemId
                required property string code
                required property string title
                required property string description
                required property int evidenceCount
                required property int centiHours
                required property string hoursText
                width: ListView.view.width
                padding: 14
                Accessible.role: Accessible.ListItem
                Accessible.name: title

                RowLayout {
                    anchors.fill: parent
                    spacing: 14
                    Chip {
                        text: competency.code
                        visible: competency.code !== ""
                        accented: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 56
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: competency.title
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: competency.description
                            visible: text !== ""
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: competency.centiHours > 0
                                  ? qsTr("%n evidence item(s) · %1 logged", "", competency.evidenceCount).arg(competency.hoursText)
                                  : qsTr("%n evidence item(s)", "", competency.evidenceCount)
                            font.pointSize: Theme.smallFont
                            Layout.fillWidth: true
                            Layout.topMargin: 2
                        }
                    }
                    ToolButton {
                        text: qsTr("Edit")
                        Layout.alignment: Qt.AlignTop
                        Accessible.name: qsTr("Edit %1").arg(competency.title)
                        onClicked: editor.openFor(competency.itemId)
                    }
                    ToolButton {
                        text: qsTr("Delete")
                        Layout.alignment: Qt.AlignTop
                        Accessible.name: qsTr("Delete %1").arg(competency.title)
                        onClicked: {
                            const id = competency.itemId
                            confirm.ask(App.competencies.deleteQuestion(id), () => App.competencies.remove(id))
                        }
                    }
                }
            }
        }
    }

    CompetencyDialog { id: editor }
    ConfirmDialog { id: confirm }
}
