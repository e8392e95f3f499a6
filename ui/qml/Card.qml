import QtQuick
import QtQuick.Controls
import Pathfolio

// A raised panel on the page background that groups one thing's details.
Pane {
    padding: 18
    background: Rectangle {
        color: Theme.base
        radius: Theme.radius
        border.color: Theme.border
    }
}
