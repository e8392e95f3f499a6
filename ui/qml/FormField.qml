import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// A labelled form control with its hint, and the sentence about what is wrong with it after a save.
ColumnLayout {
    id: field

    property string label
    property string hint
    property string error
    property bool required: false
    default property alias content: slot.data

    Layout.fillWidth: true
    // Side by side, fields take the row's height and keep to its top (see the filler below), so they
    // line up even when only one shows an error. Layout.alignment would squeeze them in Qt 6.4.
    Layout.fillHeight: true
    spacing: 4

    Label {
        text: field.required ? qsTr("%1 (required)").arg(field.label) : field.label
        font.weight: Font.DemiBold
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    ColumnLayout {
        id: slot
        Layout.fillWidth: true
        spacing: 4
    }
    RowLayout {
        visible: field.error !== ""
        spacing: 6
        Layout.fillWidth: true
        Icon {
            name: "alert"
            size: 16
            color: Theme.danger
            Layout.alignment: Qt.AlignTop
        }
        Label {
            text: field.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
    Label {
        text: field.hint
        visible: text !== "" && field.error === ""
        color: Theme.mutedText
        font.pointSize: Theme.smallFont
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Item {
        Layout.fillHeight: true
    }
}
