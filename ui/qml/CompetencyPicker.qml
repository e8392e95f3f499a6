import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Tick boxes for linking an item to competencies; selectedIds holds the ticked competencies' ids.
ColumnLayout {
    id: picker

    property var selectedIds: []

    function toggle(id, on) {
        const ids = selectedIds.filter(other => other !== id)
        if (on)
            ids.push(id)
        selectedIds = ids
    }

    Layout.fillWidth: true
    spacing: 2

    Label {
        visible: App.competencyModel.empty
        text: qsTr("No competencies yet. Add the ones you are working on under Competencies, then link them here.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    GridLayout {
        columns: 2
        columnSpacing: 16
        rowSpacing: 0
        Layout.fillWidth: true
        Repeater {
            model: App.competencyModel
            delegate: CheckBox {
                id: box
                required property var itemId
                required property string label
                text: box.label
                checked: picker.selectedIds.indexOf(box.itemId) >= 0
                Layout.fillWidth: true
                Layout.preferredWidth: 100
                Accessible.name: box.label
                onToggled: picker.toggle(box.itemId, box.checked)
                contentItem: Label {
                    leftPadding: box.indicator.width + box.spacing
                    text: box.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
        }
    }
}
