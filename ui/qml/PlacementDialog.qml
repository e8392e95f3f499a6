import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The form that adds or edits an internship or other placement.
FormDialog {
    id: dialog

    property var itemId: 0

    function fill(form) {
        itemId = form.id || 0
        organisationField.text = form.organisation || ""
        roleField.text = form.role || ""
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(form.kind || "internship"))
        startField.text = form.startDate || ""
        endField.text = form.endDate || ""
        locationField.text = form.location || ""
        supervisorNameField.text = form.supervisorName || ""
        supervisorTitleField.text = form.supervisorTitle || ""
        supervisorEmailField.text = form.supervisorEmail || ""
        descriptionField.text = form.description || ""
    }
    function openNew() {
        fill({})
        title = qsTr("Add internship")
        open()
    }
    function openFor(id) {
        const form = App.placements.load(id)
        if (form.id === undefined)
            return
        fill(form)
        title = qsTr("Edit internship")
        open()
    }

    controller: App.placements
    onOpened: organisationField.forceActiveFocus()
    onSaveRequested: {
        const saved = App.placements.save({
            id: itemId,
            organisation: organisationField.text,
            role: roleField.text,
            kind: kindBox.currentValue,
            startDate: startField.text,
            endDate: endField.text,
            location: locationField.text,
            supervisorName: supervisorNameField.text,
            supervisorTitle: supervisorTitleField.text,
            supervisorEmail: supervisorEmailField.text,
            description: descriptionField.text
        })
        if (saved > 0)
            close()
    }

    FormField {
        label: qsTr("Organisation")
        required: true
        error: dialog.errorFor("organisation")
        TextField {
            id: organisationField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("For example: Northwind Digital")
            Accessible.name: qsTr("Organisation")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        FormField {
            label: qsTr("Your role")
            required: true
            error: dialog.errorFor("role")
            Layout.preferredWidth: 3
            TextField {
                id: roleField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("For example: Design intern")
                Accessible.name: qsTr("Your role")
            }
        }
        FormField {
            label: qsTr("Kind")
            error: dialog.errorFor("kind")
            Layout.preferredWidth: 2
            ComboBox {
                id: kindBox
                Layout.fillWidth: true
                model: App.placements.kindOptions
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Kind of placement")
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        FormField {
            label: qsTr("Start date")
            required: true
            error: dialog.errorFor("startDate")
            Layout.preferredWidth: 1
            DateField {
                id: startField
                Layout.maximumWidth: -1
                Accessible.name: qsTr("Start date")
            }
        }
        FormField {
            label: qsTr("End date")
            hint: qsTr("Leave empty while it goes on.")
            error: dialog.errorFor("endDate")
            Layout.preferredWidth: 1
            DateField {
                id: endField
                Layout.maximumWidth: -1
                Accessible.name: qsTr("End date")
            }
        }
    }
    Label {
        visible: dialog.errorFor("placementDates") !== ""
        text: dialog.errorFor("placementDates")
        color: Theme.danger
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FormField {
        label: qsTr("Location")
        TextField {
            id: locationField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("Town, country or \"remote\"")
            Accessible.name: qsTr("Location")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        FormField {
            label: qsTr("Supervisor")
            Layout.preferredWidth: 1
            TextField {
                id: supervisorNameField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("Name")
                Accessible.name: qsTr("Supervisor's name")
            }
        }
        FormField {
            label: qsTr("Supervisor's job title")
            Layout.preferredWidth: 1
            TextField {
                id: supervisorTitleField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("For example: Lead designer")
                Accessible.name: qsTr("Supervisor's job title")
            }
        }
    }
    FormField {
        label: qsTr("Supervisor's e-mail")
        error: dialog.errorFor("supervisorEmail")
        TextField {
            id: supervisorEmailField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("name@example.org")
            inputMethodHints: Qt.ImhEmailCharactersOnly
            Accessible.name: qsTr("Supervisor's e-mail")
        }
    }
    FormField {
        label: qsTr("Description")
        hint: qsTr("What the organisation does and what your placement is about.")
        MultilineField {
            id: descriptionField
            Accessible.name: qsTr("Description")
        }
    }
}
