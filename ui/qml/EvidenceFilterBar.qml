import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The Evidence page's search field and filters; every choice is written to the evidence model, which
// narrows the list, and read back from it, so Clear filters resets them all.
ColumnLayout {
    id: bar

    readonly property var model: App.evidenceModel

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }
    // Types a search and picks a kind, as a user would (the screenshots).
    function showSearch() {
        searchField.text = "screen reader" // a phrase of the sample portfolio
        searchNow()
        bar.model.kind = "file"
    }
    function searchNow() {
        typing.stop()
        bar.model.searchText = searchField.text
    }

    spacing: 8

    RowLayout {
        Layout.fillWidth: true
        spacing: 12

        TextField {
            id: searchField
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.maximumWidth: 560
            leftPadding: 36
            placeholderText: qsTr("Search titles, descriptions, reflections, courses and tags")
            selectByMouse: true
            Accessible.name: qsTr("Search evidence")
            Accessible.description: qsTr("The list narrows as you type. Press Escape to clear.")
            onTextEdited: typing.restart()
            onAccepted: bar.searchNow()
            Keys.onEscapePressed: event => {
                if (text === "") {
                    event.accepted = false
                    return
                }
                clear()
                bar.searchNow()
            }

            Icon {
                anchors.left: parent.left
                anchors.leftMargin: 10
                anchors.verticalCenter: parent.verticalCenter
                name: "search"
                size: 18
                color: Theme.mutedText
            }

            // Typing pauses briefly before the list narrows, so a fast typist is not slowed by each key.
            Timer {
                id: typing
                interval: 180
                onTriggered: bar.model.searchText = searchField.text
            }
            Connections {
                target: bar.model
                function onFilterChanged() {
                    if (!typing.running && searchField.text !== bar.model.searchText)
                        searchField.text = bar.model.searchText
                }
            }
        }

        Label {
            id: countLabel
            objectName: "countLabel"
            text: bar.model.filterActive
                  //: The evidence list narrowed by a search or filter: %1 items shown of %n in the library
                  ? qsTr("%1 of %n item(s)", "", bar.model.libraryCount).arg(bar.model.total)
                  : qsTr("%n item(s)", "", bar.model.libraryCount)
            color: Theme.mutedText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Button {
            objectName: "clearFiltersButton"
            text: qsTr("Clear filters")
            visible: bar.model.filterActive
            Accessible.name: text
            onClicked: {
                typing.stop()
                bar.model.clearFilters()
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 8

        FilterComboBox {
            width: 150
            objectName: "kindFilter"
            anyText: qsTr("All kinds")
            options: App.evidence.kindOptions
            value: bar.model.kind
            Accessible.name: qsTr("Kind of evidence")
            onPicked: value => bar.model.kind = value
        }
        FilterComboBox {
            width: 190
            objectName: "courseFilter"
            anyText: qsTr("All courses")
            options: Array.from(bar.model.courseOptions, course => ({ value: course, text: course }))
            value: bar.model.course
            enabled: choices.length > 0 || filtering
            Accessible.name: qsTr("Course")
            onPicked: value => bar.model.course = value
        }
        FilterComboBox {
            width: 170
            objectName: "tagFilter"
            anyText: qsTr("All tags")
            options: Array.from(bar.model.tagOptions, tag => ({ value: tag, text: tag }))
            value: bar.model.tag
            enabled: choices.length > 0 || filtering
            Accessible.name: qsTr("Tag")
            onPicked: value => bar.model.tag = value
        }
        FilterComboBox {
            width: 220
            objectName: "competencyFilter"
            anyText: qsTr("All competencies")
            anyValue: 0
            options: bar.model.competencyOptions
            value: bar.model.competencyId
            enabled: choices.length > 0 || filtering
            Accessible.name: qsTr("Competency")
            onPicked: value => bar.model.competencyId = value
        }
        Row {
            spacing: 6
            Label {
                //: Before the first date of the evidence list's date range
                text: qsTr("From")
                anchors.verticalCenter: parent.verticalCenter
            }
            DateField {
                id: fromField
                objectName: "fromField"
                width: 130
                text: bar.model.fromDate
                Accessible.name: qsTr("Dated from")
                onTextEdited: bar.model.fromDate = text
            }
            Label {
                //: Between the two dates of the evidence list's date range
                text: qsTr("to")
                anchors.verticalCenter: parent.verticalCenter
            }
            DateField {
                id: toField
                objectName: "toField"
                width: 130
                text: bar.model.toDate
                Accessible.name: qsTr("Dated until")
                onTextEdited: bar.model.toDate = text
            }
        }
    }

    RowLayout {
        visible: bar.model.dateProblem !== ""
        spacing: 6
        Icon {
            name: "alert"
            size: 16
            color: Theme.warning
        }
        Label {
            text: bar.model.dateProblem
            color: Theme.warning
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
