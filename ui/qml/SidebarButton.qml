import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// One page in the side bar: an icon and the page's name, marked while that page is shown.
AbstractButton {
    id: control

    property string iconName
    property bool current: false

    Layout.fillWidth: true
    implicitHeight: 40
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.selected: current
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: RowLayout {
        spacing: 12
        Icon {
            name: control.iconName
            color: control.current ? Theme.accent : Theme.mutedText
            Layout.leftMargin: 12
        }
        Label {
            text: control.text
            color: Theme.text
            font.weight: control.current ? Font.DemiBold : Font.Normal
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: control.current ? Theme.accentSoft : (control.hovered || control.pressed ? Theme.hover : "transparent")
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.accent
        Rectangle {
            visible: control.current
            width: 3
            height: parent.height - 16
            radius: 1.5
            anchors.left: parent.left
            anchors.leftMargin: 2
            anchors.verticalCenter: parent.verticalCenter
            color: Theme.accent
        }
    }
}
