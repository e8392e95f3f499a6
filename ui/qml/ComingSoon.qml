import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// A calm page for a feature that is on its way: what it will do and what it will check.
Item {
    id: page

    property string title
    property string subtitle
    property string iconName
    property string heading
    property string text
    property var points: []

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: 20

        PageHeader {
            title: page.title
            subtitle: page.subtitle
        }
        Card {
            Layout.fillWidth: true
            Layout.maximumWidth: 760
            ColumnLayout {
                anchors.fill: parent
                spacing: 14
                RowLayout {
                    spacing: 14
                    Rectangle {
                        implicitWidth: 52
                        implicitHeight: 52
                        radius: 26
                        color: Theme.accentSoft
                        Icon {
                            anchors.centerIn: parent
                            name: page.iconName
                            size: 26
                            color: Theme.accent
                        }
                    }
                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true
                        Label {
                            text: page.heading
                            font.pointSize: Theme.headingFont
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Coming in a next version")
                            color: Theme.mutedText
                        }
                    }
                }
                Label {
                    text: page.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: page.points
                    delegate: RowLayout {
                        id: point
                        required property string modelData
                        spacing: 10
                        Layout.fillWidth: true
                        Icon {
                            name: "verify"
                            size: 18
                            color: Theme.accent
                            Layout.alignment: Qt.AlignTop
                        }
                        Label {
                            text: point.modelData
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
