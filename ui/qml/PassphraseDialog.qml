import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Asks for the passphrase of the learner's signing key, or, the first time, for a new one (twice) to make
// the key with. Closes once the key is unlocked; until then it says why it was not.
Dialog {
    id: dialog

    readonly property ExportController exporter: App.exporter
    // Fixed when the dialog opens, so the form does not change under the learner's hands.
    property bool creating: false
    // The learner asked what to do about a forgotten passphrase.
    property bool replacing: false

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, parent ? parent.width - 64 : 520)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    leftPadding: 24
    rightPadding: 24
    topPadding: 8
    title: creating ? qsTr("Make your signing key") : qsTr("Unlock your signing key")

    function submit() {
        if (!exporter.unlocking)
            exporter.startSigning(passphrase.text, repeated.text)
    }

    onAboutToShow: {
        creating = !exporter.hasSigningKey
        replacing = false
        passphrase.text = ""
        repeated.text = ""
        exporter.clearSigningError()
    }
    onOpened: passphrase.forceActiveFocus()
    // Nothing of the passphrase stays in the fields.
    onClosed: {
        passphrase.text = ""
        repeated.text = ""
    }

    Connections {
        target: dialog.exporter
        function onSigningChanged() {
            if (dialog.visible && dialog.exporter.signing)
                dialog.close()
        }
    }

    header: DialogTitle {
        text: dialog.title
    }

    contentItem: ColumnLayout {
        spacing: 12

        Label {
            text: dialog.creating
                  ? qsTr("Pathfolio makes a key that signs your exports as yours, so a reader can see that nobody changed them after you. The key is kept in Pathfolio's data folder, locked with this passphrase. Nobody can recover a forgotten passphrase, so keep it somewhere safe.")
                  : qsTr("Your exports are signed as %1.").arg(dialog.exporter.signerDid)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        FormField {
            label: qsTr("Passphrase")
            hint: dialog.creating ? qsTr("At least %1 characters.").arg(dialog.exporter.minPassphraseLength) : ""
            TextField {
                id: passphrase
                objectName: "passphraseField"
                echoMode: TextInput.Password
                Layout.fillWidth: true
                Accessible.name: qsTr("Passphrase")
                onAccepted: dialog.creating ? repeated.forceActiveFocus() : dialog.submit()
            }
        }
        FormField {
            visible: dialog.creating
            label: qsTr("The same passphrase again")
            TextField {
                id: repeated
                objectName: "repeatedPassphraseField"
                echoMode: TextInput.Password
                Layout.fillWidth: true
                Accessible.name: qsTr("The same passphrase again")
                onAccepted: dialog.submit()
            }
        }
        RowLayout {
            visible: dialog.exporter.signingError !== "" || dialog.exporter.unlocking
            spacing: 8
            Layout.fillWidth: true
            BusyIndicator {
                running: dialog.exporter.unlocking
                visible: running
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
            }
            Icon {
                visible: !dialog.exporter.unlocking
                name: "alert"
                size: 16
                color: Theme.danger
            }
            Label {
                objectName: "signingError"
                text: dialog.exporter.unlocking ? qsTr("Unlocking…") : dialog.exporter.signingError
                color: dialog.exporter.unlocking ? Theme.mutedText : Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
        Button {
            objectName: "forgotButton"
            visible: !dialog.creating && !dialog.replacing
            text: qsTr("Forgot the passphrase?")
            flat: true
            Layout.alignment: Qt.AlignLeft
            Accessible.name: text
            onClicked: dialog.replacing = true
        }
        ColumnLayout {
            visible: dialog.replacing
            spacing: 8
            Layout.fillWidth: true
            Label {
                text: qsTr("Nobody can recover it. Pathfolio can put this key aside, in its data folder, and make a new one. What you signed before still verifies, as signed by the old key; from now on your exports show the new one.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "newKeyButton"
                text: qsTr("Put this key aside and make a new one")
                enabled: !dialog.exporter.unlocking
                Accessible.name: text
                onClicked: dialog.makeNewKey()
            }
        }
    }

    // After the key was put aside: the dialog makes a new one.
    function makeNewKey() {
        if (!exporter.retireKey())
            return
        replacing = false
        creating = true
        passphrase.text = ""
        repeated.text = ""
        passphrase.forceActiveFocus()
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        PrimaryButton {
            objectName: "unlockButton"
            text: dialog.creating ? qsTr("Make key") : qsTr("Unlock")
            enabled: !dialog.exporter.unlocking && passphrase.text !== ""
            // Not AcceptRole: the dialog stays open until the key is unlocked.
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            Accessible.name: text
        }
        onApplied: dialog.submit()
    }
}
