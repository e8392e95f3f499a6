import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// What a page shows while it holds nothing: what will be here, and the step that fills it. It takes the
// room it is given and centres its content there.
Item {
    id: empty

    property string iconName
    property string title
    property string text
    property string actionText
    signal actionTriggered()

    implicitWidth: content.implicitWidth
    implicitHeight: content.implicitHeight

    ColumnLayout {
        id: content
        anchors.centerIn: parent
        width: Math.min(parent.width, 520)
        spacing: 12

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 80
            implicitHeight: 80
            radius: 40
            color: Theme.accentSoft
            Icon {
                anchors.centerIn: parent
                name: empty.iconName
                size: 36
                color: Theme.accent
            }
        }
        Label {
            text: empty.title
            font.pointSize: Theme.headingFont
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: empty.text
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            objectName: "emptyStateAction"
            text: empty.actionText
            visible: text !== ""
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 4
            onClicked: empty.actionTriggered()
        }
    }
}
