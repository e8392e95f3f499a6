import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// A verification report check by check: the result of each in words and icon, the reason, and the data it
// relied on with that data's age. It lays out at its implicit height, for a page that scrolls.
ColumnLayout {
    id: view

    property ReportModel report

    spacing: 8

    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        visible: view.report && !view.report.empty
        StatusChip {
            text: view.report ? view.report.resultText : ""
            iconName: view.report ? view.report.resultIcon : ""
            tone: view.report ? view.report.resultTone : "neutral"
        }
        Label {
            text: view.report ? qsTr("checked %1").arg(view.report.verifiedAtText) : ""
            color: Theme.mutedText
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
    }
    Label {
        visible: view.report && !view.report.empty
        text: view.report ? view.report.resultSentence : ""
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Repeater {
        model: view.report
        delegate: Rectangle {
            id: checkRow
            required property string title
            required property string resultText
            required property string resultIcon
            required property string resultTone
            required property string sentence
            required property string detail
            required property var sources

            Layout.fillWidth: true
            implicitHeight: checkColumn.implicitHeight + 20
            radius: Theme.radius
            color: Theme.window
            border.color: Theme.border
            Accessible.role: Accessible.ListItem
            Accessible.name: title + ": " + resultText
            Accessible.description: sentence

            ColumnLayout {
                id: checkColumn
                x: 12
                y: 10
                width: parent.width - 24
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10
                    Label {
                        text: checkRow.title
                        font.weight: Font.DemiBold
                        Layout.preferredWidth: 150
                        elide: Text.ElideRight
                    }
                    StatusChip {
                        small: true
                        text: checkRow.resultText
                        iconName: checkRow.resultIcon
                        tone: checkRow.resultTone
                    }
                    Item { Layout.fillWidth: true }
                }
                Label {
                    text: checkRow.sentence
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: text !== "" && text !== checkRow.sentence
                    text: checkRow.detail
                    color: Theme.mutedText
                    font.pointSize: Theme.smallFont
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
                Repeater {
                    model: checkRow.sources
                    delegate: RowLayout {
                        required property string modelData
                        Layout.fillWidth: true
                        spacing: 6
                        Icon {
                            name: "info"
                            size: 14
                            color: Theme.mutedText
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: 2
                        }
                        Label {
                            text: modelData
                            color: Theme.mutedText
                            font.pointSize: Theme.smallFont
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
