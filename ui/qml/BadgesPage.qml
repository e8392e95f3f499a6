import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Badges: the Open Badges and other digital credentials kept in the portfolio.
Item {
    id: page

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: 20

        PageHeader {
            title: qsTr("Badges")
            subtitle: qsTr("Digital badges and credentials from your school, courses and employers, checked on your computer.")
        }

        EmptyState {
            visible: App.credentialModel.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "badge"
            title: qsTr("No badges yet")
            text: qsTr("When an issuer sends you an Open Badge, keep the file (PNG, SVG or JSON). Adding badge files to your portfolio arrives in a next version, and each will then be checked here.")
        }

        ListView {
            visible: !App.credentialModel.empty
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: App.credentialModel
            clip: true
            spacing: 10
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Badges")
            ScrollBar.vertical: ScrollBar {}
            delegate: Card {
                id: badge
                required property string name
                required property string issuer
                required property string issuedText
                required property string validUntilText
                required property string fileName
                width: ListView.view.width
                Accessible.role: Accessible.ListItem
                Accessible.name: name
                RowLayout {
                    anchors.fill: parent
                    spacing: 14
                    Rectangle {
                        implicitWidth: 44
                        implicitHeight: 44
                        radius: 22
                        color: Theme.accentSoft
                        Icon {
                            anchors.centerIn: parent
                            name: "badge"
                            color: Theme.accent
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: badge.name
                            font.weight: Font.DemiBold
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: badge.issuer !== "" ? qsTr("Issued by %1").arg(badge.issuer)
                                  : badge.fileName !== badge.name ? badge.fileName : ""
                            visible: text !== ""
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    ColumnLayout {
                        spacing: 2
                        Label {
                            text: qsTr("issued %1").arg(badge.issuedText)
                            visible: badge.issuedText !== ""
                            Layout.alignment: Qt.AlignRight
                        }
                        Label {
                            text: qsTr("valid until %1").arg(badge.validUntilText)
                            visible: badge.validUntilText !== ""
                            color: Theme.mutedText
                            font.pointSize: Theme.smallFont
                            Layout.alignment: Qt.AlignRight
                        }
                    }
                }
            }
        }
    }
}
