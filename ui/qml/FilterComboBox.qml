import QtQuick
import QtQuick.Controls
import Pathfolio

// A filter's drop-down: "any" first, then the choices ({value, text}); value is the chosen choice's value,
// anyValue when the filter is off. Picking a choice emits picked; the owner writes it to the model.
ComboBox {
    id: box

    property var options: []
    property string anyText
    property var anyValue: ""
    property var value: anyValue
    readonly property bool filtering: value !== anyValue
    // A plain array whatever the options came as (a C++ list reaches QML as an array-like sequence).
    readonly property var choices: Array.from(options)
    signal picked(var value)

    // The model changes the value too (Clear filters), so the shown choice follows it rather than a click.
    function sync() {
        const i = choices.findIndex(option => option.value === value)
        currentIndex = i + 1
    }

    model: [{ value: anyValue, text: anyText }].concat(choices)
    textRole: "text"
    valueRole: "value"
    onValueChanged: sync()
    onChoicesChanged: sync()
    Component.onCompleted: sync()
    onActivated: index => box.picked(index === 0 ? anyValue : choices[index - 1].value)

    // A filter that is on reads its choice instead of "any", in bold: more than colour marks it.
    font.weight: filtering ? Font.DemiBold : Font.Normal
    Accessible.description: filtering ? qsTr("Filter on: %1").arg(displayText) : qsTr("Filter off")
}
