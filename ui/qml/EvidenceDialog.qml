import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Pathfolio

// The form that adds or edits one piece of evidence, with its files and competencies.
FormDialog {
    id: dialog

    property var itemId: 0
    property var keptFiles: []   // [{fileId, name, sizeText}] already attached
    property var newFiles: []    // [{path, name, sizeText}] picked to attach on save

    function fill(form) {
        itemId = form.id || 0
        titleField.text = form.title || ""
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(form.kind || "note"))
        urlField.text = form.url || ""
        dateField.text = form.date || ""
        courseField.text = form.course || ""
        termField.text = form.term || ""
        descriptionField.text = form.description || ""
        reflectionField.text = form.reflection || ""
        tagsField.text = form.tags || ""
        keptFiles = form.files || []
        newFiles = []
        competencies.selectedIds = form.competencyIds || []
    }
    // Files picked in the dialog or dropped on the form, attached when the form is saved.
    function attach(urls) {
        newFiles = newFiles.concat(App.evidence.describeFiles(urls))
    }
    function openNew() {
        fill({})
        title = qsTr("Add evidence")
        open()
    }
    function openFor(id) {
        const form = App.evidence.load(id)
        if (form.id === undefined)
            return
        fill(form)
        title = qsTr("Edit evidence")
        open()
    }

    controller: App.evidence
    onOpened: titleField.forceActiveFocus()
    onSaveRequested: {
        const saved = App.evidence.save({
            id: itemId,
            title: titleField.text,
            kind: kindBox.currentValue,
            url: urlField.text,
            date: dateField.text,
            course: courseField.text,
            term: termField.text,
            description: descriptionField.text,
            reflection: reflectionField.text,
            tags: tagsField.text,
            competencyIds: competencies.selectedIds,
            keepFileIds: keptFiles.map(file => file.fileId),
            newFiles: newFiles.map(file => file.path)
        })
        if (saved > 0)
            close()
    }

    FormField {
        label: qsTr("Title")
        required: true
        error: dialog.errorFor("title")
        TextField {
            id: titleField
            objectName: "titleField"
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("For example: Accessibility audit of the library website")
            Accessible.name: qsTr("Title")
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        FormField {
            label: qsTr("Kind")
            error: dialog.errorFor("kind")
            Layout.preferredWidth: 1
            ComboBox {
                id: kindBox
                Layout.fillWidth: true
                model: App.evidence.kindOptions
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Kind")
            }
        }
        FormField {
            label: qsTr("Date")
            error: dialog.errorFor("date")
            Layout.preferredWidth: 1
            DateField {
                id: dateField
                Layout.maximumWidth: -1
                Accessible.name: qsTr("Date")
            }
        }
    }

    FormField {
        label: qsTr("Web address")
        required: kindBox.currentValue === "link"
        visible: kindBox.currentValue === "link"
        error: dialog.errorFor("url")
        TextField {
            id: urlField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: "https://"
            inputMethodHints: Qt.ImhUrlCharactersOnly
            Accessible.name: qsTr("Web address")
        }
    }

    FormField {
        label: qsTr("Files")
        required: kindBox.currentValue === "file"
        error: dialog.errorFor("files")
        hint: qsTr("A copy of each file is kept in your portfolio, so later changes to the original do not affect it.")

        Repeater {
            model: dialog.keptFiles
            delegate: RowLayout {
                id: kept
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Icon { name: "file"; size: 18; color: Theme.mutedText }
                Label { text: kept.modelData.name; elide: Text.ElideMiddle; Layout.fillWidth: true }
                Label { text: kept.modelData.sizeText; color: Theme.mutedText }
                ToolButton {
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove %1").arg(kept.modelData.name)
                    onClicked: dialog.keptFiles = dialog.keptFiles.filter((file, i) => i !== kept.index)
                }
            }
        }
        Repeater {
            model: dialog.newFiles
            delegate: RowLayout {
                id: picked
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Icon { name: "attach"; size: 18; color: Theme.accent }
                Label { text: picked.modelData.name; elide: Text.ElideMiddle; Layout.fillWidth: true }
                Label { text: picked.modelData.sizeText; color: Theme.mutedText }
                ToolButton {
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove %1").arg(picked.modelData.name)
                    onClicked: dialog.newFiles = dialog.newFiles.filter((file, i) => i !== picked.index)
                }
            }
        }
        DropZone {
            objectName: "attachDrop"
            Layout.fillWidth: true
            implicitHeight: attachRow.implicitHeight + 20
            hint: qsTr("Drop files to attach them")
            onFilesDropped: urls => dialog.attach(urls)
            Rectangle {
                anchors.fill: parent
                radius: Theme.radius
                color: "transparent"
                border.color: Theme.border
            }
            RowLayout {
                id: attachRow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 10
                anchors.rightMargin: 10
                spacing: 12
                Button {
                    text: qsTr("Attach files…")
                    Accessible.name: qsTr("Attach files")
                    onClicked: fileDialog.open()
                }
                Label {
                    text: qsTr("or drop them here")
                    color: Theme.mutedText
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        FormField {
            label: qsTr("Course")
            Layout.preferredWidth: 1
            TextField {
                id: courseField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("For example: HCI 210")
                Accessible.name: qsTr("Course")
            }
        }
        FormField {
            label: qsTr("Term")
            Layout.preferredWidth: 1
            TextField {
                id: termField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("For example: Autumn 2024")
                Accessible.name: qsTr("Term")
            }
        }
    }

    FormField {
        label: qsTr("Description")
        hint: qsTr("What it is and what you did.")
        MultilineField {
            id: descriptionField
            Accessible.name: qsTr("Description")
        }
    }

    FormField {
        label: qsTr("Reflection")
        hint: qsTr("What you learnt, what was hard, what you would do differently.")
        MultilineField {
            id: reflectionField
            Accessible.name: qsTr("Reflection")
        }
    }

    FormField {
        label: qsTr("Tags")
        hint: qsTr("Separate tags with commas.")
        TextField {
            id: tagsField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("For example: teamwork, Python")
            Accessible.name: qsTr("Tags")
        }
    }

    FormField {
        label: qsTr("Competencies")
        hint: qsTr("The competencies this evidence shows.")
        CompetencyPicker { id: competencies }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Attach files")
        fileMode: FileDialog.OpenFiles
        onAccepted: dialog.attach(selectedFiles)
    }
}
