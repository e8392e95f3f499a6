import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// A date typed as YYYY-MM-DD; the controller checks that it exists.
TextField {
    Layout.fillWidth: true
    Layout.maximumWidth: 220
    //: Placeholder of a date field; keep the order year, month, day
    placeholderText: qsTr("YYYY-MM-DD")
    maximumLength: 10
    inputMethodHints: Qt.ImhDate
    validator: RegularExpressionValidator { regularExpression: /[0-9-]{0,10}/ }
    selectByMouse: true
}
