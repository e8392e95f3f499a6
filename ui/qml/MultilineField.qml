import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Several lines of text in a form, framed like the one-line fields around it.
TextArea {
    id: control

    Layout.fillWidth: true
    Layout.minimumHeight: 72
    wrapMode: TextEdit.Wrap
    selectByMouse: true
    padding: 6

    background: Rectangle {
        color: Theme.base
        radius: 2
        border.color: control.activeFocus ? Theme.palette.highlight : Theme.mix(Theme.text, Theme.base, 0.65)
        border.width: 1
    }
}
