import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Internships: the learner's placements, and for the one selected its details, its log of hours and
// its supervisor evaluations.
Item {
    id: page

    readonly property var current: list.currentItem
    readonly property var currentId: current ? current.itemId : 0

    // Opens the editor on the selected placement (the Edit button, and the screenshots); false when none is.
    function editCurrent() {
        if (!current)
            return false
        placementEditor.openFor(currentId)
        return true
    }
    function closeEditors() {
        placementEditor.close()
        logEditor.close()
        evaluationEditor.close()
        confirm.close()
    }

    // One figure of the selected placement, such as its total hours.
    component Figure: Rectangle {
        id: figure
        property string value
        property string label
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        implicitHeight: figureColumn.implicitHeight + 20
        radius: Theme.radius
        color: Theme.window
        Accessible.role: Accessible.StaticText
        Accessible.name: value + " " + label
        ColumnLayout {
            id: figureColumn
            anchors.centerIn: parent
            spacing: 0
            Label {
                text: figure.value
                font.pointSize: Theme.headingFont * 1.2
                font.weight: Font.DemiBold
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                text: figure.label
                color: Theme.mutedText
                font.pointSize: Theme.smallFont
                Layout.alignment: Qt.AlignHCenter
            }
        }
    }

    // The log and evaluation lists follow the selected placement.
    Binding {
        target: App.logEntryModel
        property: "placementId"
        value: page.currentId
    }
    Binding {
        target: App.evaluationModel
        property: "placementId"
        value: page.currentId
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: 20

        PageHeader {
            title: qsTr("Internships")
            subtitle: qsTr("Internships, apprenticeships and other placements: your hours, what you did and how your supervisor rated you.")
            PrimaryButton {
                text: qsTr("Add internship")
                visible: !App.placementModel.empty
                Accessible.name: text
                onClicked: placementEditor.openNew()
            }
        }

        EmptyState {
            visible: App.placementModel.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "internship"
            title: qsTr("No internships yet")
            text: qsTr("Add an internship or another placement, then log your hours after each day and record your supervisor's evaluation.")
            actionText: qsTr("Add an internship")
            onActionTriggered: placementEditor.openNew()
        }

        RowLayout {
            visible: !App.placementModel.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 18

            ListView {
                id: list
                Layout.preferredWidth: 300
                Layout.fillHeight: true
                model: App.placementModel
                clip: true
                spacing: 4
                focus: true
                // Tab stops at the list; the arrow keys move through it.
                activeFocusOnTab: true
                keyNavigationEnabled: true
                currentIndex: 0
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Internships")
                ScrollBar.vertical: ScrollBar {}

                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property var itemId
                    required property string organisation
                    required property string roleTitle
                    required property string kindLabel
                    required property string supervisorName
                    required property string supervisorTitle
                    required property string supervisorEmail
                    required property string periodText
                    required property string location
                    required property string description
                    required property string totalHoursText
                    required property int entryCount
                    required property int evaluationCount

                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    Accessible.name: organisation + ", " + roleTitle
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
                        spacing: 2
                        Label {
                            text: row.organisation
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.roleTitle
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("%1 · %2").arg(row.periodText).arg(row.totalHoursText)
                            color: Theme.mutedText
                            font.pointSize: Theme.smallFont
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            ScrollView {
                id: detailScroll
                Layout.fillWidth: true
                Layout.fillHeight: true
                contentWidth: availableWidth
                contentHeight: detailColumn.implicitHeight
                visible: page.current !== null

                ColumnLayout {
                    id: detailColumn
                    width: detailScroll.availableWidth
                    spacing: 16

                    Card {
                        Layout.fillWidth: true
                        ColumnLayout {
                            anchors.fill: parent
                            spacing: 10
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 12
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 2
                                    Label {
                                        text: page.current ? page.current.organisation : ""
                                        font.pointSize: Theme.headingFont * 1.1
                                        font.weight: Font.DemiBold
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Accessible.role: Accessible.Heading
                                    }
                                    Label {
                                        text: page.current ? qsTr("%1 · %2").arg(page.current.roleTitle).arg(page.current.kindLabel) : ""
                                        color: Theme.mutedText
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                }
                                Button {
                                    text: qsTr("Edit")
                                    Layout.alignment: Qt.AlignTop
                                    Accessible.name: qsTr("Edit this internship")
                                    onClicked: page.editCurrent()
                                }
                                Button {
                                    text: qsTr("Delete")
                                    Layout.alignment: Qt.AlignTop
                                    Accessible.name: qsTr("Delete this internship")
                                    onClicked: {
                                        const id = page.currentId
                                        confirm.ask(App.placements.deleteQuestion(id), () => App.placements.remove(id))
                                    }
                                }
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                Layout.topMargin: 4
                                spacing: 12
                                Figure {
                                    value: App.logEntryModel.totalHoursText
                                    label: qsTr("logged")
                                }
                                Figure {
                                    value: page.current ? page.current.entryCount : 0
                                    label: qsTr("log entries")
                                }
                                Figure {
                                    value: page.current ? page.current.evaluationCount : 0
                                    label: qsTr("evaluations")
                                }
                            }
                            DetailRow {
                                iconName: "calendar"
                                label: qsTr("Period")
                                value: page.current ? page.current.periodText : ""
                            }
                            DetailRow {
                                iconName: "location"
                                label: qsTr("Location")
                                value: page.current ? page.current.location : ""
                            }
                            DetailRow {
                                iconName: "user"
                                label: qsTr("Supervisor")
                                value: !page.current || page.current.supervisorName === "" ? ""
                                       : page.current.supervisorTitle === "" ? page.current.supervisorName
                                       : qsTr("%1, %2").arg(page.current.supervisorName).arg(page.current.supervisorTitle)
                            }
                            DetailRow {
                                iconName: "mail"
                                label: qsTr("E-mail")
                                value: page.current ? page.current.supervisorEmail : ""
                            }
                            Label {
                                visible: text !== ""
                                text: page.current ? page.current.description : ""
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                Layout.topMargin: 4
                            }
                        }
                    }

                    Card {
                        Layout.fillWidth: true
                        visible: App.logEntryModel.weeks.length > 0
                        ColumnLayout {
                            anchors.fill: parent
                            spacing: 8
                            SectionLabel { text: qsTr("Hours per week") }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 10
                                Repeater {
                                    model: App.logEntryModel.weeks
                                    delegate: ColumnLayout {
                                        id: week
                                        required property var modelData
                                        Layout.fillWidth: true
                                        Layout.preferredWidth: 1
                                        Layout.maximumWidth: 90
                                        spacing: 4
                                        Accessible.role: Accessible.StaticText
                                        Accessible.name: qsTr("Week of %1: %2").arg(modelData.weekText).arg(modelData.hoursText)
                                        Label {
                                            text: week.modelData.hoursText
                                            font.pointSize: Theme.smallFont
                                            Layout.alignment: Qt.AlignHCenter
                                        }
                                        Item {
                                            Layout.fillWidth: true
                                            Layout.preferredHeight: 70
                                            Rectangle {
                                                anchors.bottom: parent.bottom
                                                anchors.horizontalCenter: parent.horizontalCenter
                                                width: Math.min(parent.width, 36)
                                                height: Math.max(3, parent.height * week.modelData.fraction)
                                                radius: 4
                                                color: Theme.accent
                                            }
                                        }
                                        Label {
                                            text: week.modelData.weekText
                                            color: Theme.mutedText
                                            font.pointSize: Theme.smallFont * 0.95
                                            horizontalAlignment: Text.AlignHCenter
                                            wrapMode: Text.Wrap
                                            Layout.fillWidth: true
                                        }
                                    }
                                }
                                Item { Layout.fillWidth: true }
                            }
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
                            text: qsTr("Log (%1)").arg(App.logEntryModel.count)
                            width: implicitWidth + 24
                        }
                        PageTab {
                            text: qsTr("Evaluations (%1)").arg(App.evaluationModel.count)
                            width: implicitWidth + 24
                        }
                    }

                    // The log of the selected placement, grouped by week.
                    ColumnLayout {
                        visible: tabs.currentIndex === 0
                        Layout.fillWidth: true
                        spacing: 8

                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: App.logEntryModel.empty
                                      ? qsTr("No hours logged yet. Add an entry after each working day: the date, your hours and what you did.")
                                      : qsTr("Total: %1 in %n entries", "", App.logEntryModel.count).arg(App.logEntryModel.totalHoursText)
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            PrimaryButton {
                                text: qsTr("Add log entry")
                                Accessible.name: text
                                onClicked: logEditor.openNew(page.currentId)
                            }
                        }

                        Repeater {
                            model: App.logEntryModel
                            delegate: ColumnLayout {
                                id: entry
                                required property var itemId
                                required property string dateText
                                required property string weekText
                                required property bool firstOfWeek
                                required property string hoursText
                                required property string activities
                                required property string reflection
                                required property var competencyTitles
                                Layout.fillWidth: true
                                spacing: 6

                                SectionLabel {
                                    visible: entry.firstOfWeek
                                    text: entry.weekText
                                    Layout.topMargin: 10
                                }
                                Card {
                                    Layout.fillWidth: true
                                    padding: 14
                                    ColumnLayout {
                                        anchors.fill: parent
                                        spacing: 6
                                        RowLayout {
                                            Layout.fillWidth: true
                                            spacing: 10
                                            Label {
                                                text: entry.dateText
                                                font.weight: Font.DemiBold
                                            }
                                            Chip {
                                                text: entry.hoursText
                                                accented: true
                                            }
                                            Item { Layout.fillWidth: true }
                                            ToolButton {
                                                text: qsTr("Edit")
                                                Accessible.name: qsTr("Edit the entry of %1").arg(entry.dateText)
                                                onClicked: logEditor.openFor(entry.itemId)
                                            }
                                            ToolButton {
                                                text: qsTr("Delete")
                                                Accessible.name: qsTr("Delete the entry of %1").arg(entry.dateText)
                                                onClicked: {
                                                    const id = entry.itemId
                                                    confirm.ask(App.logEntries.deleteQuestion(id), () => App.logEntries.remove(id))
                                                }
                                            }
                                        }
                                        Label {
                                            text: entry.activities
                                            visible: text !== ""
                                            wrapMode: Text.Wrap
                                            Layout.fillWidth: true
                                        }
                                        Label {
                                            text: entry.reflection
                                            visible: text !== ""
                                            wrapMode: Text.Wrap
                                            font.italic: true
                                            color: Theme.mutedText
                                            Layout.fillWidth: true
                                        }
                                        ChipFlow {
                                            items: entry.competencyTitles
                                        }
                                    }
                                }
                            }
                        }
                    }

                    // The supervisor evaluations of the selected placement.
                    ColumnLayout {
                        visible: tabs.currentIndex === 1
                        Layout.fillWidth: true
                        spacing: 12

                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: App.evaluationModel.empty
                                      ? qsTr("No evaluations yet. When your supervisor rates your work, record it here, competency by competency.")
                                      : qsTr("Your supervisor's ratings, on the rubric they used.")
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            PrimaryButton {
                                text: qsTr("Add evaluation")
                                Accessible.name: text
                                onClicked: evaluationEditor.openNew(page.currentId)
                            }
                        }

                        Repeater {
                            model: App.evaluationModel
                            delegate: Card {
                                id: evaluation
                                required property var itemId
                                required property string dateText
                                required property string evaluatorName
                                required property string evaluatorTitle
                                required property string rubric
                                required property string scaleText
                                required property var ratings
                                required property string comments
                                Layout.fillWidth: true

                                ColumnLayout {
                                    anchors.fill: parent
                                    spacing: 10
                                    RowLayout {
                                        Layout.fillWidth: true
                                        spacing: 10
                                        Icon {
                                            name: "star"
                                            color: Theme.accent
                                        }
                                        ColumnLayout {
                                            spacing: 0
                                            Layout.fillWidth: true
                                            Label {
                                                text: evaluation.evaluatorTitle === "" ? evaluation.evaluatorName
                                                      : qsTr("%1, %2").arg(evaluation.evaluatorName).arg(evaluation.evaluatorTitle)
                                                font.weight: Font.DemiBold
                                                wrapMode: Text.Wrap
                                                Layout.fillWidth: true
                                            }
                                            Label {
                                                text: qsTr("%1 · %2").arg(evaluation.dateText).arg(evaluation.scaleText)
                                                color: Theme.mutedText
                                                font.pointSize: Theme.smallFont
                                            }
                                        }
                                        ToolButton {
                                            text: qsTr("Edit")
                                            Accessible.name: qsTr("Edit the evaluation of %1").arg(evaluation.dateText)
                                            onClicked: evaluationEditor.openFor(evaluation.itemId)
                                        }
                                        ToolButton {
                                            text: qsTr("Delete")
                                            Accessible.name: qsTr("Delete the evaluation of %1").arg(evaluation.dateText)
                                            onClicked: {
                                                const id = evaluation.itemId
                                                confirm.ask(App.evaluations.deleteQuestion(id), () => App.evaluations.remove(id))
                                            }
                                        }
                                    }
                                    Label {
                                        text: evaluation.rubric
                                        visible: text !== ""
                                        color: Theme.mutedText
                                        font.pointSize: Theme.smallFont
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                    }
                                    Repeater {
                                        model: evaluation.ratings
                                        delegate: GridLayout {
                                            id: rating
                                            required property var modelData
                                            Layout.fillWidth: true
                                            columns: 3
                                            columnSpacing: 12
                                            rowSpacing: 2
                                            Accessible.role: Accessible.StaticText
                                            Accessible.name: modelData.title + ": " + modelData.ratingText
                                            Label {
                                                text: rating.modelData.title
                                                wrapMode: Text.Wrap
                                                Layout.preferredWidth: 220
                                                Layout.fillWidth: true
                                            }
                                            Rectangle {
                                                Layout.preferredWidth: 140
                                                implicitHeight: 8
                                                radius: 4
                                                color: Theme.hover
                                                Rectangle {
                                                    width: parent.width * Math.max(0.04, rating.modelData.fraction)
                                                    height: parent.height
                                                    radius: 4
                                                    color: Theme.accent
                                                }
                                            }
                                            Label {
                                                text: rating.modelData.ratingText
                                                font.weight: Font.DemiBold
                                                Layout.preferredWidth: 60
                                            }
                                            Label {
                                                text: rating.modelData.comment
                                                visible: text !== ""
                                                color: Theme.mutedText
                                                font.pointSize: Theme.smallFont
                                                wrapMode: Text.Wrap
                                                Layout.columnSpan: 3
                                                Layout.fillWidth: true
                                            }
                                        }
                                    }
                                    Label {
                                        text: evaluation.comments
                                        visible: text !== ""
                                        wrapMode: Text.Wrap
                                        font.italic: true
                                        Layout.fillWidth: true
                                        Layout.topMargin: 4
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    PlacementDialog { id: placementEditor }
    LogEntryDialog { id: logEditor }
    EvaluationDialog { id: evaluationEditor }
    ConfirmDialog { id: confirm }
}
