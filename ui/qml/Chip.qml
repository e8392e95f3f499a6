import QtQuick
import QtQuick.Controls
import Pathfolio

// A small rounded label for a tag, a competency or a kind of item.
Rectangle {
    id: chip

    property alias text: label.text
    property bool accented: false

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: accented ? Theme.accentSoft : Theme.hover
    border.color: accented ? Theme.mix(Theme.accent, Theme.base, 0.6) : Theme.border

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, chip.parent ? chip.parent.width - 16 : implicitWidth)
        elide: Text.ElideRight
        font.pointSize: Theme.smallFont
        color: Theme.text
    }
}
