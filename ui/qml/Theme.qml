pragma Singleton
import QtQuick

// Colours, sizes and spacing shared by every page, derived from the system palette so light and dark
// desktops both look right.
QtObject {
    id: theme

    readonly property SystemPalette palette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: palette.window.hslLightness < 0.5

    function mix(a, b, amount) {
        return Qt.rgba(a.r * (1 - amount) + b.r * amount, a.g * (1 - amount) + b.g * amount,
                       a.b * (1 - amount) + b.b * amount, 1)
    }

    readonly property color window: palette.window
    readonly property color base: palette.base
    readonly property color text: palette.windowText
    readonly property color mutedText: mix(palette.windowText, palette.window, dark ? 0.35 : 0.42)
    readonly property color border: mix(palette.windowText, palette.window, dark ? 0.78 : 0.85)
    readonly property color sidebar: dark ? Qt.lighter(palette.window, 1.12) : mix(palette.window, palette.base, 0.35)
    readonly property color hover: mix(palette.window, palette.windowText, 0.06)
    readonly property color accent: dark ? Qt.lighter(palette.highlight, 1.35) : palette.highlight
    readonly property color accentText: palette.highlightedText
    readonly property color accentSoft: mix(palette.highlight, palette.base, dark ? 0.75 : 0.87)
    readonly property color danger: dark ? "#ff8c82" : "#b3261e"
    readonly property color dangerSoft: mix(danger, palette.base, dark ? 0.8 : 0.9)
    readonly property color success: dark ? "#7bd88f" : "#1e7b34"
    readonly property color successSoft: mix(success, palette.base, dark ? 0.8 : 0.9)
    readonly property color warning: dark ? "#f2c36b" : "#8a5300"
    readonly property color warningSoft: mix(warning, palette.base, dark ? 0.8 : 0.88)
    readonly property color quote: mix(palette.highlight, palette.base, dark ? 0.6 : 0.55)

    readonly property real fontSize: Qt.application.font.pointSize > 0 ? Qt.application.font.pointSize : 10
    readonly property real smallFont: fontSize * 0.9
    readonly property real headingFont: fontSize * 1.25
    readonly property real titleFont: fontSize * 1.75
    readonly property real numberFont: fontSize * 2.1
    // fontconfig, and Qt on the other desktops, resolve this generic family to the system's fixed font.
    readonly property string monoFont: "monospace"

    readonly property int radius: 8
    readonly property int spacing: 8
    readonly property int pageMargin: 28
    readonly property int sidebarWidth: 232
}
