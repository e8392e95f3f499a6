import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The small heading above a group of details.
Label {
    Layout.fillWidth: true
    Layout.topMargin: 6
    font.pointSize: Theme.smallFont
    font.weight: Font.DemiBold
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 0.6
    color: Theme.mutedText
    Accessible.role: Accessible.Heading
    wrapMode: Text.Wrap
}
