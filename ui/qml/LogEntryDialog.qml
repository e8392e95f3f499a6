import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The form that adds or edits one day in a placement's log.
FormDialog {
    id: dialog

    property var itemId: 0
    property var placementId: 0

    function fill(form) {
        itemId = form.id || 0
        placementId = form.placementId || 0
        dateField.text = form.date || ""
        hoursField.text = form.hours || ""
        activitiesField.text = form.activities || ""
        reflectionField.text = form.reflection || ""
        competencies.selectedIds = form.competencyIds || []
    }
    function openNew(placement) {
        fill(App.logEntries.blank(placement))
        title = qsTr("Add log entry")
        open()
    }
    function openFor(id) {
        const form = App.logEntries.load(id)
        if (form.id === undefined)
            return
        fill(form)
        title = qsTr("Edit log entry")
        open()
    }

    controller: App.logEntries
    onOpened: hoursField.forceActiveFocus()
    onSaveRequested: {
        const saved = App.logEntries.save({
            id: itemId,
            placementId: placementId,
            date: dateField.text,
            hours: hoursField.text,
            activities: activitiesField.text,
            reflection: reflectionField.text,
            competencyIds: competencies.selectedIds
        })
        if (saved > 0)
            close()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        FormField {
            label: qsTr("Date")
            required: true
            error: dialog.errorFor("date")
            Layout.preferredWidth: 1
            DateField {
                id: dateField
                objectName: "dateField"
                Layout.maximumWidth: -1
                Accessible.name: qsTr("Date")
            }
        }
        FormField {
            label: qsTr("Hours")
            required: true
            error: dialog.errorFor("hours")
            hint: qsTr("For example 7.5")
            Layout.preferredWidth: 1
            TextField {
                id: hoursField
                objectName: "hoursField"
                Layout.fillWidth: true
                selectByMouse: true
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,3}([.,][0-9]{0,2})?/ }
                Accessible.name: qsTr("Hours")
            }
        }
    }
    FormField {
        label: qsTr("What you did")
        MultilineField {
            id: activitiesField
            objectName: "activitiesField"
            Accessible.name: qsTr("What you did")
        }
    }
    FormField {
        label: qsTr("Reflection")
        hint: qsTr("What you learnt or would do differently.")
        MultilineField {
            id: reflectionField
            Accessible.name: qsTr("Reflection")
        }
    }
    FormField {
        label: qsTr("Competencies practised")
        CompetencyPicker { id: competencies }
    }
}
