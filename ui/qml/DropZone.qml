import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Takes files dropped from the desktop over whatever it covers, and shows where they may be dropped.
DropArea {
    id: zone

    property string hint: qsTr("Drop files here")
    signal filesDropped(var urls)

    keys: ["text/uri-list"]
    onDropped: drop => {
        if (drop.hasUrls) {
            drop.acceptProposedAction()
            zone.filesDropped(drop.urls)
        }
    }

    Rectangle {
        anchors.fill: parent
        visible: zone.containsDrag
        z: 100
        radius: Theme.radius
        color: Theme.mix(Theme.accentSoft, "transparent", 0.15)
        border.color: Theme.accent
        border.width: 2
        Label {
            anchors.centerIn: parent
            text: zone.hint
            font.pointSize: Theme.headingFont
            font.weight: Font.DemiBold
            color: Theme.accent
        }
    }
}
