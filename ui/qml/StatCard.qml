import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// One figure of the portfolio on the Home page, such as the hours logged.
Card {
    id: card

    property string value
    property string label
    property string iconName

    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Icon {
            name: card.iconName
            color: Theme.accent
            size: 22
        }
        Label {
            text: card.value
            font.pointSize: Theme.numberFont
            font.weight: Font.DemiBold
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: card.label
            color: Theme.mutedText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        // Cards in a row share the tallest one's height; the figures stay at the top.
        Item {
            Layout.fillHeight: true
        }
    }
}
