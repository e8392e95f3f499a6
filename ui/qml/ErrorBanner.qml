import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The one place a failed action outside a form is reported, above the page, until dismissed.
Rectangle {
    id: banner

    property string text
    signal dismissed()

    visible: text !== ""
    implicitHeight: visible ? row.implicitHeight + 20 : 0
    color: Theme.dangerSoft
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.mix(Theme.danger, Theme.base, 0.6)
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: 12
        spacing: 12
        Icon {
            name: "alert"
            color: Theme.danger
        }
        Label {
            text: banner.text
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Dismiss")
            flat: true
            Accessible.name: qsTr("Dismiss the message")
            onClicked: banner.dismissed()
        }
    }
}
