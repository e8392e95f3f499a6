import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The frame of every editing form: a scrolling column of fields, the form's error sentence above them,
// and Save and Cancel. Save only closes the dialog when the controller accepted the form.
Dialog {
    id: dialog

    // The controller whose errorMessage and fieldErrors the form shows.
    property FormController controller
    default property alias fields: column.data
    signal saveRequested()

    // The sentence under the field called key, or "".
    function errorFor(key) {
        return controller && controller.fieldErrors[key] !== undefined ? controller.fieldErrors[key] : ""
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(680, parent ? parent.width - 64 : 680)
    height: Math.min(implicitHeight, parent ? parent.height - 48 : implicitHeight)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    padding: 0
    topPadding: 0

    onAboutToShow: {
        if (controller)
            controller.clearErrors()
        scroll.ScrollBar.vertical.position = 0
    }

    header: DialogTitle {
        text: dialog.title
    }

    contentItem: ScrollView {
        id: scroll
        clip: true
        contentWidth: availableWidth
        implicitHeight: column.implicitHeight + 32

        ColumnLayout {
            id: column
            x: 24
            y: 16
            width: scroll.availableWidth - 48
            spacing: 14

            Rectangle {
                visible: dialog.controller !== null && dialog.controller.errorMessage !== ""
                Layout.fillWidth: true
                implicitHeight: errorRow.implicitHeight + 16
                radius: Theme.radius
                color: Theme.dangerSoft
                border.color: Theme.mix(Theme.danger, Theme.base, 0.6)
                RowLayout {
                    id: errorRow
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 8
                    Icon {
                        name: "alert"
                        color: Theme.danger
                    }
                    Label {
                        text: dialog.controller ? dialog.controller.errorMessage : ""
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: text
        }
        PrimaryButton {
            objectName: "saveButton"
            text: qsTr("Save")
            // Not AcceptRole: the dialog stays open when the controller finds a problem.
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            Accessible.name: text
        }
        onApplied: dialog.saveRequested()
    }

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: dialog.visible
        onActivated: dialog.saveRequested()
    }
}
