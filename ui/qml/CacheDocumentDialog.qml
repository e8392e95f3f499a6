import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Pathfolio

// The form that keeps a document in the offline cache: the address it is known by and the local file.
FormDialog {
    id: dialog

    property url file: ""

    function openNew() {
        urlField.text = ""
        file = ""
        open()
    }

    title: qsTr("Add a document to the offline cache")
    controller: App.offlineData
    onOpened: urlField.forceActiveFocus()
    onSaveRequested: {
        if (App.offlineData.addToCache(urlField.text, file))
            close()
    }

    Label {
        text: qsTr("A verifier reads this document instead of fetching it from the address.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FormField {
        label: qsTr("Address")
        required: true
        hint: qsTr("The URL or DID that badges use for this document.")
        error: dialog.errorFor("cacheUrl")
        TextField {
            id: urlField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: "https://"
            Accessible.name: qsTr("Address")
        }
    }
    FormField {
        label: qsTr("File")
        required: true
        hint: qsTr("At most 50 MiB.")
        error: dialog.errorFor("cacheFile")
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TextField {
                text: App.offlineData.filePath(dialog.file)
                placeholderText: qsTr("No file chosen")
                readOnly: true
                Layout.fillWidth: true
                Accessible.name: qsTr("File")
            }
            Button {
                text: qsTr("Choose file…")
                Accessible.name: qsTr("Choose the document's file")
                onClicked: fileDialog.open()
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose the document's file")
        fileMode: FileDialog.OpenFile
        onAccepted: dialog.file = selectedFile
    }
}
