import QtQuick
import QtQuick.Layouts
import Pathfolio

// A wrapping row of chips for a list of words such as tags or competency titles.
Flow {
    id: flow

    property var items: []
    property bool accented: false

    Layout.fillWidth: true
    spacing: 6
    visible: items && items.length > 0

    Repeater {
        model: flow.items
        delegate: Chip {
            required property string modelData
            text: modelData
            accented: flow.accented
        }
    }
}
