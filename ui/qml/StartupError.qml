import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Shown instead of the main window when the portfolio cannot be opened: why, and the technical details.
AppWindow {
    id: window

    required property string message
    required property string details

    width: 620
    height: 360
    visible: true
    title: qsTr("Pathfolio cannot open your portfolio")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 14

        RowLayout {
            spacing: 14
            Icon {
                name: "alert"
                size: 36
                color: Theme.danger
                Layout.alignment: Qt.AlignTop
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 6
                Label {
                    text: qsTr("Pathfolio cannot open your portfolio")
                    font.pointSize: Theme.headingFont
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: window.message
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Your data has not been changed.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        Label {
            text: qsTr("Details for a bug report:")
            color: Theme.mutedText
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                text: window.details
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.Wrap
                font.family: Theme.monoFont
                Accessible.name: qsTr("Technical details")
            }
        }
        PrimaryButton {
            text: qsTr("Quit")
            Layout.alignment: Qt.AlignRight
            Accessible.name: text
            onClicked: Qt.quit()
        }
    }
}
