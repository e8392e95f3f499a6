import QtQuick
import QtQuick.Controls
import Pathfolio

// The heading every dialog shows above its content: its title, or nothing when there is none.
Label {
    visible: text !== ""
    font.pointSize: Theme.headingFont
    font.weight: Font.DemiBold
    elide: Text.ElideRight
    padding: 20
    leftPadding: 24
    bottomPadding: 4
    Accessible.role: Accessible.Heading
}
