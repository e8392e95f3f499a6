import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// One labelled detail ("Supervisor: Jonas Becker"); hidden when there is nothing to show.
RowLayout {
    id: row

    property string label
    property string value
    property string iconName

    Layout.fillWidth: true
    spacing: 10
    visible: value !== ""

    Icon {
        name: row.iconName
        size: 16
        color: Theme.mutedText
        visible: row.iconName !== ""
        Layout.alignment: Qt.AlignTop
        Layout.topMargin: 2
    }
    Label {
        text: row.label
        color: Theme.mutedText
        Layout.preferredWidth: 130
        Layout.alignment: Qt.AlignTop
        wrapMode: Text.Wrap
    }
    Label {
        text: row.value
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        Accessible.name: row.label + " " + row.value
    }
}
