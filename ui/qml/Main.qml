import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The main window: the side bar of pages, the error banner and the page shown.
AppWindow {
    id: window

    width: 1200
    height: 780
    minimumWidth: 900
    minimumHeight: 600
    // Shown by the application once its saved place, size and page are back (WindowStateStore).
    visible: false
    title: App.settings.sample ? qsTr("Pathfolio – sample portfolio") : qsTr("Pathfolio")

    // Ctrl+1 ... Ctrl+8 show the pages in side-bar order.
    Instantiator {
        model: App.navigation
        delegate: Shortcut {
            required property int index
            sequence: "Ctrl+" + (index + 1)
            onActivated: App.navigation.currentIndex = index
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            id: sidebar
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.sidebarWidth
            color: Theme.sidebar

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 2

                RowLayout {
                    spacing: 10
                    Layout.leftMargin: 10
                    Layout.topMargin: 8
                    Layout.bottomMargin: 18
                    Rectangle {
                        implicitWidth: 34
                        implicitHeight: 34
                        radius: 9
                        color: Theme.accent
                        Icon {
                            anchors.centerIn: parent
                            name: "logo"
                            color: Theme.accentText
                        }
                    }
                    Label {
                        text: qsTr("Pathfolio")
                        font.pointSize: Theme.headingFont
                        font.weight: Font.DemiBold
                    }
                }

                Repeater {
                    model: App.navigation
                    delegate: SidebarButton {
                        required property int index
                        required property string title
                        required iconName
                        text: title
                        current: App.navigation.currentIndex === index
                        onClicked: App.navigation.currentIndex = index
                    }
                }

                Item { Layout.fillHeight: true }

                Label {
                    visible: App.settings.sample
                    text: qsTr("Sample portfolio: changes are discarded when you close Pathfolio.")
                    color: Theme.mutedText
                    font.pointSize: Theme.smallFont
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.margins: 10
                }
            }

            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.border
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ErrorBanner {
                Layout.fillWidth: true
                text: App.errorText !== "" ? App.errorText : App.noticeText
                notice: App.errorText === ""
                onDismissed: App.dismissError()
            }
            JobBar {
                Layout.fillWidth: true
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: App.navigation.currentIndex

                Repeater {
                    model: App.navigation
                    // A page is built the first time it is shown and then kept, with its scroll and selection.
                    delegate: Loader {
                        required property int index
                        required property string key
                        required property string file
                        objectName: "page-" + key
                        active: index === App.navigation.currentIndex || status === Loader.Ready
                        source: Qt.resolvedUrl(file)
                    }
                }
            }
        }
    }
}
