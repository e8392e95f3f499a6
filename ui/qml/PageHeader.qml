import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// A page's title, a sentence on what the page is for, and its main actions on the right.
RowLayout {
    id: header

    property string title
    property string subtitle
    default property alias actions: actionRow.data

    Layout.fillWidth: true
    spacing: 16

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 4
        Label {
            text: header.title
            font.pointSize: Theme.titleFont
            font.weight: Font.DemiBold
            Layout.fillWidth: true
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
        }
        Label {
            text: header.subtitle
            visible: text !== ""
            color: Theme.mutedText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
    }
    RowLayout {
        id: actionRow
        spacing: 8
        Layout.alignment: Qt.AlignTop | Qt.AlignRight
    }
}
