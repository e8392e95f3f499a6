import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Makes or edits an application pack: its name and what it holds. The words of its cover are those on the
// Export page, saved with it; once saved, the export holds the pack.
FormDialog {
    id: dialog

    property var packId: 0

    function openNew() {
        packId = 0
        nameField.text = ""
        filterField.text = ""
        App.packItems.chooseAll("", false)
        title = qsTr("New application pack")
        open()
    }
    function openFor(id) {
        const form = App.packs.load(id)
        if (form.id === undefined)
            return
        packId = form.id
        nameField.text = form.name
        filterField.text = ""
        App.packItems.choose(form)
        title = qsTr("Edit application pack")
        open()
    }

    controller: App.packs
    onOpened: nameField.forceActiveFocus()
    onSaveRequested: {
        const form = Object.assign({ id: packId, name: nameField.text }, App.exporter.coverForm(),
                                   App.packItems.selection())
        const saved = App.packs.save(form)
        if (saved > 0) {
            App.exporter.choosePack(App.packs.load(saved))
            close()
        }
    }

    FormField {
        label: qsTr("Name")
        required: true
        hint: qsTr("For you: the role or employer it is for, for example \"Acme, junior UX designer\".")
        error: dialog.errorFor("packName")
        TextField {
            id: nameField
            objectName: "packNameField"
            Layout.fillWidth: true
            selectByMouse: true
            maximumLength: 200
            Accessible.name: qsTr("Name of the pack")
        }
    }

    FormField {
        label: qsTr("What it holds")
        hint: qsTr("The competencies its items show come along by themselves. The target role, headline and cover note on the Export page are saved with the pack.")
        error: dialog.errorFor("packItems")

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: "packSummary"
                text: App.packItems.summary
                color: Theme.mutedText
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("All")
                flat: true
                Accessible.name: qsTr("Choose every item listed")
                onClicked: App.packItems.chooseAll("", true)
            }
            Button {
                text: qsTr("None")
                flat: true
                Accessible.name: qsTr("Choose none of the items listed")
                onClicked: App.packItems.chooseAll("", false)
            }
        }

        TextField {
            id: filterField
            objectName: "packFilter"
            placeholderText: qsTr("Find items by title, issuer, course or date")
            selectByMouse: true
            Layout.fillWidth: true
            Accessible.name: qsTr("Find items")
            onTextChanged: App.packItems.filter = text
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 320
            radius: Theme.radius
            color: Theme.base
            border.color: Theme.border

            Label {
                visible: items.count === 0
                anchors.centerIn: parent
                width: parent.width - 48
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.mutedText
                text: filterField.text !== "" ? qsTr("No item matches \"%1\".").arg(filterField.text)
                                              : qsTr("Your portfolio is empty.")
            }
            ListView {
                id: items
                objectName: "packItems"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: App.packItems
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Items of your portfolio")

                section.property: "section"
                section.delegate: Pane {
                    required property string section
                    width: ListView.view.width
                    padding: 6
                    leftPadding: 12
                    background: Rectangle { color: Theme.sidebar }
                    contentItem: SectionLabel { text: parent.section }
                }

                delegate: CheckDelegate {
                    id: row
                    required property int index
                    required property string title
                    required property string detail
                    required property bool chosen
                    width: ListView.view.width
                    checked: chosen
                    Accessible.name: detail === "" ? title : title + ", " + detail
                    onToggled: App.packItems.setChosen(index, checked)
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label {
                            text: row.title
                            elide: Text.ElideRight
                            rightPadding: row.indicator.width + row.spacing
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.detail
                            visible: text !== ""
                            color: Theme.mutedText
                            font.pointSize: Theme.smallFont
                            elide: Text.ElideRight
                            rightPadding: row.indicator.width + row.spacing
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
