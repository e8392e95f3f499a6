import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The form that adds an issuer to the trust list: its id as badges state it, a name and a note.
FormDialog {
    id: dialog

    function openNew() {
        idField.text = ""
        nameField.text = ""
        noteField.text = ""
        open()
    }

    title: qsTr("Trust an issuer")
    controller: App.offlineData
    onOpened: idField.forceActiveFocus()
    onSaveRequested: {
        if (App.offlineData.trustIssuer(idField.text, nameField.text, noteField.text))
            close()
    }

    FormField {
        label: qsTr("Issuer's id")
        required: true
        hint: qsTr("A DID or web address, exactly as the issuer's badges state it.")
        error: dialog.errorFor("issuerId")
        TextField {
            id: idField
            objectName: "idField"
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("For example: did:web:example.org")
            Accessible.name: qsTr("Issuer's id")
        }
    }
    FormField {
        label: qsTr("Name")
        TextField {
            id: nameField
            objectName: "nameField"
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("For example: Example University")
            Accessible.name: qsTr("Name")
        }
    }
    FormField {
        label: qsTr("Note")
        hint: qsTr("Why you trust this issuer, for your own reference.")
        MultilineField {
            id: noteField
            objectName: "noteField"
            Accessible.name: qsTr("Note")
        }
    }
}
