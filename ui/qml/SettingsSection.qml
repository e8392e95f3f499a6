import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// One card of the Settings page: an icon and a heading, actions at the heading's end, and the content
// below them.
Card {
    id: section

    property string iconName
    property string title
    property int contentSpacing: 10
    // Buttons at the end of the heading's row.
    property alias actions: actionRow.data
    default property alias content: column.data

    Layout.fillWidth: true

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: section.contentSpacing
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Icon {
                name: section.iconName
                color: Theme.accent
            }
            Label {
                text: section.title
                font.pointSize: Theme.headingFont
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            RowLayout {
                id: actionRow
                spacing: 8
            }
        }
    }
}
