import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Asks before something is deleted; Cancel has the focus, so Enter alone never deletes.
Dialog {
    id: dialog

    property alias text: message.text
    property string confirmText: qsTr("Delete")
    property var action: null

    // Asks question and runs action when the answer is yes.
    function ask(question, whenConfirmed) {
        message.text = question
        action = whenConfirmed
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(500, parent ? parent.width - 64 : 500)
    modal: true
    title: qsTr("Are you sure?")

    header: DialogTitle {
        text: dialog.title
    }

    contentItem: Label {
        id: message
        wrapMode: Text.Wrap
        padding: 4
    }

    footer: DialogButtonBox {
        Button {
            id: cancelButton
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        PrimaryButton {
            objectName: "confirmButton"
            text: dialog.confirmText
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: text
        }
    }

    onOpened: cancelButton.forceActiveFocus()
    onAccepted: {
        const run = action
        action = null
        if (run)
            run()
    }
    onRejected: action = null
}
