import QtQuick
import QtQuick.Dialogs

// The dialog that picks badge and credential files to import, wherever an import starts.
FileDialog {
    title: qsTr("Add badges")
    fileMode: FileDialog.OpenFiles
    nameFilters: [qsTr("Badges and credentials (*.png *.svg *.json *.jws *.jwt)"), qsTr("All files (*)")]
}
