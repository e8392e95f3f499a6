import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// A verification result as a chip: an icon whose shape differs per result and the result in words, so
// colour is never the only sign. Text, icon and tone come from the models (ReportText in C++); the tone's
// colours are chosen here, once.
Rectangle {
    id: chip

    property string text
    property string iconName
    property string tone: "neutral" // good, bad, warning, neutral
    property bool small: false

    readonly property color toneColor: tone === "good" ? Theme.success
                                     : tone === "bad" ? Theme.danger
                                     : tone === "warning" ? Theme.warning : Theme.mutedText
    readonly property color toneSoft: tone === "good" ? Theme.successSoft
                                    : tone === "bad" ? Theme.dangerSoft
                                    : tone === "warning" ? Theme.warningSoft : Theme.hover

    implicitWidth: row.implicitWidth + (small ? 12 : 16)
    implicitHeight: row.implicitHeight + (small ? 4 : 8)
    radius: height / 2
    color: toneSoft
    border.color: Theme.mix(toneColor, Theme.base, 0.55)

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Verification: %1").arg(text)

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 5
        Icon {
            name: chip.iconName
            size: chip.small ? 14 : 16
            color: chip.toneColor
        }
        Label {
            text: chip.text
            color: Theme.text
            font.pointSize: Theme.smallFont
            font.weight: Font.DemiBold
        }
    }
}
