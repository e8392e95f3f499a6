import QtQuick
import QtQuick.Controls
import Pathfolio

// A top-level window whose controls take their colours from the system palette, as Theme does, so
// the style's own defaults never mix with the desktop's light or dark colours.
ApplicationWindow {
    color: Theme.window

    palette.window: Theme.palette.window
    palette.windowText: Theme.palette.windowText
    palette.base: Theme.palette.base
    palette.alternateBase: Theme.palette.alternateBase
    palette.text: Theme.palette.text
    palette.button: Theme.palette.button
    palette.buttonText: Theme.palette.buttonText
    palette.brightText: Theme.palette.base
    palette.highlight: Theme.palette.highlight
    palette.highlightedText: Theme.palette.highlightedText
    palette.placeholderText: Theme.palette.placeholderText
    palette.light: Theme.palette.light
    palette.midlight: Theme.palette.midlight
    palette.mid: Theme.palette.mid
    palette.dark: Theme.palette.dark
    palette.shadow: Theme.palette.shadow
    palette.link: Theme.accent
    palette.toolTipBase: Theme.palette.base
    palette.toolTipText: Theme.palette.text
}
