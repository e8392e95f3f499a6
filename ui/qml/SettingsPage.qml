import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Settings: where the portfolio is kept and which language Pathfolio speaks.
Item {
    id: page

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: content.implicitHeight + 2 * Theme.pageMargin

        ColumnLayout {
            id: content
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: Math.min(scroll.availableWidth - 2 * Theme.pageMargin, 760)
            spacing: 16

            PageHeader {
                title: qsTr("Settings")
                subtitle: qsTr("Where your portfolio is kept and how Pathfolio speaks to you.")
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 10
                    RowLayout {
                        spacing: 10
                        Icon { name: "folder"; color: Theme.accent }
                        Label {
                            text: qsTr("Data folder")
                            font.pointSize: Theme.headingFont
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }
                    }
                    Label {
                        text: App.settings.sample
                              ? qsTr("This is a sample portfolio in a temporary folder. It is deleted when you close Pathfolio.")
                              : qsTr("Everything you add is kept in this folder on your computer: the database and a copy of each attached file. Include it in your backups.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    TextField {
                        text: App.settings.dataDir
                        readOnly: true
                        selectByMouse: true
                        font.family: "monospace"
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Data folder")
                    }
                    Button {
                        text: qsTr("Open folder")
                        Accessible.name: qsTr("Open the data folder")
                        onClicked: Qt.openUrlExternally(App.settings.dataDirUrl)
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 10
                    RowLayout {
                        spacing: 10
                        Icon { name: "language"; color: Theme.accent }
                        Label {
                            text: qsTr("Language")
                            font.pointSize: Theme.headingFont
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }
                    }
                    Label {
                        text: qsTr("Pathfolio is shown in %1.").arg(App.settings.languageName)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    ComboBox {
                        id: languageBox
                        model: App.settings.languageOptions
                        textRole: "text"
                        valueRole: "value"
                        Layout.preferredWidth: 260
                        Accessible.name: qsTr("Language")
                        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(App.settings.languagePreference))
                        onActivated: App.settings.languagePreference = currentValue
                    }
                    Label {
                        visible: App.settings.restartNeeded
                        text: qsTr("The new language is used the next time you start Pathfolio.")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6
                    RowLayout {
                        spacing: 10
                        Icon { name: "info"; color: Theme.accent }
                        Label {
                            text: qsTr("About Pathfolio")
                            font.pointSize: Theme.headingFont
                            font.weight: Font.DemiBold
                            Accessible.role: Accessible.Heading
                        }
                    }
                    Label {
                        text: qsTr("Version %1").arg(App.settings.version)
                        color: Theme.mutedText
                    }
                    Label {
                        text: qsTr("Your portfolio stays on your computer. Pathfolio does not go online unless you ask it to.")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
