import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The form that adds or edits a competency, from a framework or the learner's own.
FormDialog {
    id: dialog

    property var itemId: 0

    function fill(form) {
        itemId = form.id || 0
        frameworkField.text = form.frameworkName || ""
        frameworkUrlField.text = form.frameworkUrl || ""
        codeField.text = form.code || ""
        titleField.text = form.title || ""
        descriptionField.text = form.description || ""
    }
    function openNew() {
        fill({})
        title = qsTr("Add competency")
        open()
    }
    function openFor(id) {
        const form = App.competencies.load(id)
        if (form.id === undefined)
            return
        fill(form)
        title = qsTr("Edit competency")
        open()
    }

    controller: App.competencies
    onOpened: titleField.forceActiveFocus()
    onSaveRequested: {
        const saved = App.competencies.save({
            id: itemId,
            frameworkName: frameworkField.text,
            frameworkUrl: frameworkUrlField.text,
            code: codeField.text,
            title: titleField.text,
            description: descriptionField.text
        })
        if (saved > 0)
            close()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 16
        FormField {
            label: qsTr("Code")
            error: dialog.errorFor("code")
            Layout.preferredWidth: 1
            TextField {
                id: codeField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("For example: 3.1")
                Accessible.name: qsTr("Code")
            }
        }
        FormField {
            label: qsTr("Title")
            required: true
            error: dialog.errorFor("title")
            Layout.preferredWidth: 3
            TextField {
                id: titleField
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: qsTr("For example: Developing digital content")
                Accessible.name: qsTr("Title")
            }
        }
    }
    FormField {
        label: qsTr("Description")
        MultilineField {
            id: descriptionField
            Accessible.name: qsTr("Description")
        }
    }
    FormField {
        label: qsTr("Framework")
        hint: qsTr("Leave empty for a competency of your own.")
        error: dialog.errorFor("frameworkName")
        TextField {
            id: frameworkField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("For example: DigComp 2.2")
            Accessible.name: qsTr("Framework")
        }
    }
    FormField {
        label: qsTr("Framework's web address")
        error: dialog.errorFor("frameworkUrl")
        TextField {
            id: frameworkUrlField
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: "https://"
            Accessible.name: qsTr("Framework's web address")
        }
    }
}
