import QtQuick
import QtQuick.Controls
import Pathfolio

// One tab of a TabBar within a page, underlined while selected.
TabButton {
    id: control

    Accessible.name: text

    contentItem: Label {
        text: control.text
        color: control.checked ? Theme.text : Theme.mutedText
        font.weight: control.checked ? Font.DemiBold : Font.Normal
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Item {
        implicitHeight: 36
        Rectangle {
            anchors.fill: parent
            anchors.margins: 2
            radius: 4
            color: control.hovered ? Theme.hover : "transparent"
            border.width: control.visualFocus ? 2 : 0
            border.color: Theme.accent
        }
        Rectangle {
            visible: control.checked
            anchors.bottom: parent.bottom
            width: parent.width
            height: 3
            radius: 1.5
            color: Theme.accent
        }
    }
}
