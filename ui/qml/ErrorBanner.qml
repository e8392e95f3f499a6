import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The one place a failed action outside a form, or a notice about finished work, is reported, above the
// page, until dismissed. An error outranks a notice.
Rectangle {
    id: banner

    property string text
    // A notice ("3 badges added") rather than an error.
    property bool notice: false
    signal dismissed()

    visible: text !== ""
    implicitHeight: visible ? row.implicitHeight + 20 : 0
    color: notice ? Theme.accentSoft : Theme.dangerSoft
    Accessible.role: notice ? Accessible.StaticText : Accessible.AlertMessage
    Accessible.name: text

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.mix(banner.notice ? Theme.accent : Theme.danger, Theme.base, 0.6)
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: 12
        spacing: 12
        Icon {
            name: banner.notice ? "info" : "alert"
            color: banner.notice ? Theme.accent : Theme.danger
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
