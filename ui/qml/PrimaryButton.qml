import QtQuick
import QtQuick.Controls
import Pathfolio

// The main action of a page or form, filled with the accent colour so it is found at a glance.
Button {
    id: control

    highlighted: true
    hoverEnabled: true
    padding: 8
    leftPadding: 16
    rightPadding: 16
    Accessible.name: text

    contentItem: Label {
        text: control.text
        color: control.enabled ? Theme.accentText : Theme.mutedText
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitHeight: 32
        radius: 6
        color: !control.enabled ? Theme.hover
               : control.down ? Qt.darker(Theme.palette.highlight, 1.2)
               : control.hovered ? Qt.lighter(Theme.palette.highlight, 1.1) : Theme.palette.highlight
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.text
    }
}
