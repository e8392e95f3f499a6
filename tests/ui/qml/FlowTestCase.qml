import QtQuick
import QtTest

// The shared frame of the flows: a window-sized test case that fails on any QML warning, and typing.
TestCase {
    id: flow
    when: windowShown
    width: 1100
    height: 800
    // TestCase hides itself by default; the pages under test must be on screen to be clicked.
    visible: true

    function init() {
        failOnWarning(/.*/)
    }

    // Types text into the item that has focus, one key at a time, as a person would.
    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    // Clicks item once it is visible and laid out.
    function click(item) {
        verify(item !== null, "the item to click exists")
        tryVerify(() => item.visible && item.width > 0 && item.height > 0, 5000,
                  "visible " + item.visible + ", " + item.width + "×" + item.height)
        mouseClick(item)
    }
}
