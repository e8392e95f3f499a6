import QtQuick
import QtQuick.Shapes
import Pathfolio

// A line icon drawn from a 24 x 24 path, so it stays sharp at any size and takes any colour; it is
// decoration, so screen readers skip it and read the control's name instead.
Item {
    id: icon

    property string name
    property color color: Theme.text
    property real size: 20

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    readonly property var paths: ({
        "home": "M3 11 L12 3.5 L21 11 M5.5 9.5 V20.5 H10 V14.5 H14 V20.5 H18.5 V9.5",
        "evidence": "M6 2.5 H14 L19 7.5 V21.5 H6 Z M14 2.5 V7.5 H19 M9 12 H16 M9 16 H16",
        "file": "M6 2.5 H14 L19 7.5 V21.5 H6 Z M14 2.5 V7.5 H19",
        "internship": "M3 7.5 H21 V20 H3 Z M8.5 7.5 V4.5 H15.5 V7.5 M3 13 H21",
        "badge": "M12 2.5 A6 6 0 1 1 12 14.5 A6 6 0 1 1 12 2.5 Z M8.5 13.5 L7 21.5 L12 19 L17 21.5 L15.5 13.5",
        "competency": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M12 7 A5 5 0 1 1 12 17 A5 5 0 1 1 12 7 Z M12 11 A1 1 0 1 1 12 13 A1 1 0 1 1 12 11 Z",
        "verify": "M12 2.5 L20 5.5 V11 C20 16 16.5 19.8 12 21.5 C7.5 19.8 4 16 4 11 V5.5 Z M8.5 12 L11 14.5 L15.5 9.5",
        "export": "M12 15 V3.5 M7.5 8 L12 3.5 L16.5 8 M4 14 V20.5 H20 V14",
        "settings": "M4 6 H20 M4 12 H20 M4 18 H20 M9 3.5 V8.5 M15 9.5 V14.5 M7 15.5 V20.5",
        "plus": "M12 5 V19 M5 12 H19",
        "edit": "M4 20 H8 L19 9 L15 5 L4 16 Z M13 7 L17 11",
        "delete": "M4 7 H20 M9 7 V4 H15 V7 M6 7 L7 21 H17 L18 7 M10 11 V17 M14 11 V17",
        "link": "M10 14 L14 10 M8.5 11.5 L6 14 A3.5 3.5 0 0 0 11 19 L13.5 16.5 M15.5 12.5 L18 10 A3.5 3.5 0 0 0 13 5 L10.5 7.5",
        "note": "M4 4 H20 V14 L14 20 H4 Z M14 20 V14 H20 M8 9 H16",
        "clock": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M12 6.5 V12 L15.5 14",
        "calendar": "M3.5 5 H20.5 V20.5 H3.5 Z M3.5 10 H20.5 M8 3 V7 M16 3 V7",
        "close": "M6 6 L18 18 M18 6 L6 18",
        "alert": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M12 7 V13 M12 16.5 V17",
        "folder": "M3 6 H9.5 L11.5 8 H21 V19 H3 Z",
        "open": "M14 4 H20 V10 M20 4 L11 13 M18 14 V20 H4 V6 H10",
        "user": "M12 3.5 A4 4 0 1 1 12 11.5 A4 4 0 1 1 12 3.5 Z M4.5 20.5 C4.5 16.5 8 14.5 12 14.5 C16 14.5 19.5 16.5 19.5 20.5",
        "star": "M12 3 L14.7 8.6 L20.8 9.4 L16.3 13.6 L17.4 19.7 L12 16.8 L6.6 19.7 L7.7 13.6 L3.2 9.4 L9.3 8.6 Z",
        "theme": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M12 2.5 V21.5 M12 7 H17.5 M12 11.5 H19.5 M12 16 H18",
        "language": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M2.5 12 H21.5 M12 2.5 C15 5.5 15 18.5 12 21.5 C9 18.5 9 5.5 12 2.5 Z",
        "location": "M12 21.5 C12 21.5 18.5 15 18.5 9.5 A6.5 6.5 0 0 0 5.5 9.5 C5.5 15 12 21.5 12 21.5 Z M12 7 A2.5 2.5 0 1 1 12 12 A2.5 2.5 0 1 1 12 7 Z",
        "mail": "M3 5.5 H21 V18.5 H3 Z M3 6.5 L12 13 L21 6.5",
        "attach": "M20 11.5 L12.5 19 A5 5 0 0 1 5.5 12 L13 4.5 A3.3 3.3 0 0 1 17.7 9.2 L10.3 16.6 A1.6 1.6 0 0 1 8 14.3 L14.5 7.8",
        "info": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M12 11 V17 M12 7 V7.5",
        "valid": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M7.5 12.5 L10.5 15.5 L16.5 9",
        "invalid": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M8.5 8.5 L15.5 15.5 M15.5 8.5 L8.5 15.5",
        "unknown": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M9.2 9.3 A2.9 2.9 0 1 1 13.4 11.9 C12.5 12.4 12 13 12 14 M12 17 V17.4",
        "unchecked": "M12 2.5 A9.5 9.5 0 1 1 12 21.5 A9.5 9.5 0 1 1 12 2.5 Z M8 12 H16",
        "import": "M12 3.5 V15 M7.5 10.5 L12 15 L16.5 10.5 M4 14 V20.5 H20 V14",
        "refresh": "M19.5 12 A7.5 7.5 0 1 1 16.8 6.2 M17.5 2.5 V6.8 H13.2",
        "save": "M4 4 H16.5 L20 7.5 V20 H4 Z M8 4 V9 H15 V4 M7.5 20 V14 H16.5 V20",
        "search": "M10.5 3.5 A7 7 0 1 1 10.5 17.5 A7 7 0 1 1 10.5 3.5 Z M15.5 15.5 L20.5 20.5",
        "code": "M8.5 7 L3.5 12 L8.5 17 M15.5 7 L20.5 12 L15.5 17 M13.5 4.5 L10.5 19.5",
        "key": "M8 10.5 A4.5 4.5 0 1 1 8 19.5 A4.5 4.5 0 1 1 8 10.5 Z M11.2 11.8 L20 3 M16.5 6.5 L19 9 M14 9 L16 11",
        "logo": "M5 20 V5 A2 2 0 0 1 7 3 H17 A2 2 0 0 1 19 5 V20 L12 15.5 Z M9 8 L11 10 L15 6"
    })

    Shape {
        anchors.centerIn: parent
        width: icon.size
        height: icon.size
        antialiasing: true
        // Hardware renderers only smooth a Shape's edges through multisampling. The software renderer
        // smooths them itself, and its layers come out empty at 200% scaling.
        layer.enabled: GraphicsInfo.api !== GraphicsInfo.Software
        layer.samples: 4
        layer.smooth: true

        ShapePath {
            scale: Qt.size(icon.size / 24, icon.size / 24)
            strokeColor: icon.color
            strokeWidth: Math.max(1.4, icon.size / 13)
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.paths[icon.name] || "" }
        }
    }
}
