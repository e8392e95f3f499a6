import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// Evidence: the list of the learner's coursework evidence and the details of the one selected.
Item {
    id: page

    readonly property bool nothingMatches: App.evidenceModel.libraryCount > 0 && App.evidenceModel.empty
                                           && App.evidenceModel.filterActive

    // Opens the editor on the selected item (the Edit button, and the screenshots); false when none is.
    function editCurrent() {
        if (!list.currentItem)
            return false
        editor.openFor(list.currentItem.itemId)
        return true
    }
    // Narrows the list by a word and a filter (the screenshots); false when there is nothing to search.
    function showSearch() {
        if (App.evidenceModel.libraryCount === 0)
            return false
        filters.showSearch()
        return true
    }
    function clearSearch() {
        App.evidenceModel.clearFilters()
    }
    function focusSearch() {
        filters.focusSearch()
    }
    function closeEditors() {
        editor.close()
        confirm.close()
        filePreview.close()
    }
    // Selects the first item with a PDF and previews it (the screenshots); false when there is none.
    function previewPdf() {
        for (let i = 0; i < list.count; ++i) {
            list.currentIndex = i
            const pdf = list.currentItem.files.find(f => f.isPdf)
            if (pdf) {
                filePreview.openFor(list.currentItem.itemId, pdf)
                return true
            }
        }
        list.currentIndex = 0
        return false
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: 20

        PageHeader {
            title: qsTr("Evidence")
            subtitle: qsTr("Coursework, projects and notes that show what you can do, with what you learnt.")
            PrimaryButton {
                text: qsTr("Add evidence")
                visible: App.evidenceModel.libraryCount > 0
                Accessible.name: text
                onClicked: editor.openNew()
            }
        }

        EmptyState {
            visible: App.evidenceModel.libraryCount === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "evidence"
            title: qsTr("No evidence yet")
            text: qsTr("Add a report, a link to a project or a short note. Say what it shows and what you learnt from it; you can attach files and link competencies.")
            actionText: qsTr("Add your first evidence")
            onActionTriggered: editor.openNew()
        }

        EvidenceFilterBar {
            id: filters
            visible: App.evidenceModel.libraryCount > 0
            Layout.fillWidth: true
        }

        EmptyState {
            objectName: "nothingMatches"
            visible: page.nothingMatches
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconName: "search"
            title: qsTr("Nothing matches")
            text: qsTr("No evidence matches the search and filters. Try fewer words, or clear the filters to see everything.")
            actionText: qsTr("Clear filters")
            onActionTriggered: App.evidenceModel.clearFilters()
        }

        RowLayout {
            visible: App.evidenceModel.libraryCount > 0 && !page.nothingMatches
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 18

            ListView {
                id: list
                objectName: "evidenceList"
                Layout.preferredWidth: 360
                Layout.fillHeight: true
                model: App.evidenceModel
                clip: true
                spacing: 4
                focus: true
                // Tab stops at the list; the arrow keys move through it.
                activeFocusOnTab: true
                keyNavigationEnabled: true
                currentIndex: 0
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Evidence")
                ScrollBar.vertical: ScrollBar {}

                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property var itemId
                    required property string title
                    required property string kind
                    required property string kindLabel
                    required property string url
                    required property string description
                    required property string reflection
                    required property string contextText
                    required property var tags
                    required property var files
                    required property var competencyTitles

                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    Accessible.name: title + ", " + kindLabel
                    onClicked: {
                        list.currentIndex = index
                        list.forceActiveFocus()
                    }

                    background: Rectangle {
                        radius: Theme.radius
                        color: row.highlighted ? Theme.accentSoft : (row.hovered ? Theme.hover : "transparent")
                        border.width: row.highlighted && list.activeFocus ? 2 : 0
                        border.color: Theme.accent
                    }
                    contentItem: RowLayout {
                        spacing: 12
                        Rectangle {
                            implicitWidth: 36
                            implicitHeight: 36
                            radius: 8
                            color: row.highlighted ? Theme.base : Theme.accentSoft
                            Layout.alignment: Qt.AlignTop
                            Icon {
                                anchors.centerIn: parent
                                name: row.kind
                                color: Theme.accent
                            }
                        }
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label {
                                text: row.title
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: row.contextText !== "" ? row.kindLabel + " · " + row.contextText : row.kindLabel
                                color: Theme.mutedText
                                font.pointSize: Theme.smallFont
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }

            Card {
                id: details
                readonly property var current: list.currentItem
                Layout.fillWidth: true
                Layout.fillHeight: true
                padding: 0

                ScrollView {
                    id: detailScroll
                    anchors.fill: parent
                    contentWidth: availableWidth
                    contentHeight: detailColumn.implicitHeight + 48
                    visible: details.current !== null

                    ColumnLayout {
                        id: detailColumn
                        x: 24
                        y: 24
                        width: detailScroll.availableWidth - 48
                        spacing: 12

                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 12
                            Label {
                                text: details.current ? details.current.title : ""
                                font.pointSize: Theme.headingFont * 1.1
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                                Accessible.role: Accessible.Heading
                            }
                            Button {
                                text: qsTr("Edit")
                                Accessible.name: qsTr("Edit this evidence")
                                onClicked: page.editCurrent()
                            }
                            Button {
                                text: qsTr("Delete")
                                Accessible.name: qsTr("Delete this evidence")
                                onClicked: {
                                    const id = details.current.itemId
                                    confirm.ask(App.evidence.deleteQuestion(id), () => App.evidence.remove(id))
                                }
                            }
                        }
                        RowLayout {
                            spacing: 8
                            Chip {
                                text: details.current ? details.current.kindLabel : ""
                                accented: true
                            }
                            Label {
                                text: details.current ? details.current.contextText : ""
                                color: Theme.mutedText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }

                        Label {
                            visible: text !== ""
                            text: details.current ? details.current.description : ""
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Layout.topMargin: 4
                        }

                        SectionLabel {
                            text: qsTr("Link")
                            visible: details.current !== null && details.current.url !== ""
                        }
                        Label {
                            visible: details.current !== null && details.current.url !== ""
                            text: details.current ? "<a href=\"%1\">%1</a>".arg(details.current.url) : ""
                            textFormat: Text.StyledText
                            linkColor: Theme.accent
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                            Accessible.role: Accessible.Link
                            Accessible.name: details.current ? details.current.url : ""
                            onLinkActivated: link => Qt.openUrlExternally(link)
                        }

                        SectionLabel {
                            text: qsTr("Files")
                            visible: fileRepeater.count > 0
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 12
                            visible: fileRepeater.count > 0
                            Repeater {
                                id: fileRepeater
                                model: details.current ? details.current.files : []
                                delegate: Rectangle {
                                    id: fileCard
                                    required property var modelData
                                    width: 220
                                    height: fileColumn.implicitHeight + 16
                                    radius: Theme.radius
                                    color: Theme.window
                                    border.color: Theme.border
                                    ColumnLayout {
                                        id: fileColumn
                                        x: 8
                                        y: 8
                                        width: parent.width - 16
                                        spacing: 6
                                        Rectangle {
                                            Layout.fillWidth: true
                                            Layout.preferredHeight: 130
                                            color: Theme.base
                                            radius: 4
                                            clip: true
                                            Image {
                                                id: preview
                                                anchors.fill: parent
                                                anchors.margins: 1
                                                source: fileCard.modelData.previewUrl
                                                sourceSize.width: 440
                                                fillMode: Image.PreserveAspectFit
                                                visible: status === Image.Ready
                                                Accessible.role: Accessible.Graphic
                                                Accessible.name: qsTr("Preview of %1").arg(fileCard.modelData.name)
                                            }
                                            Icon {
                                                anchors.centerIn: parent
                                                visible: preview.status !== Image.Ready
                                                name: "file"
                                                size: 40
                                                color: Theme.mutedText
                                            }
                                            MouseArea {
                                                anchors.fill: parent
                                                cursorShape: Qt.PointingHandCursor
                                                onClicked: filePreview.openFor(details.current.itemId, fileCard.modelData)
                                            }
                                        }
                                        Label {
                                            text: fileCard.modelData.name
                                            elide: Text.ElideMiddle
                                            Layout.fillWidth: true
                                        }
                                        RowLayout {
                                            Layout.fillWidth: true
                                            Label {
                                                text: fileCard.modelData.sizeText
                                                color: Theme.mutedText
                                                font.pointSize: Theme.smallFont
                                                Layout.fillWidth: true
                                            }
                                            Button {
                                                objectName: "preview " + fileCard.modelData.name
                                                text: qsTr("Preview")
                                                flat: true
                                                Accessible.name: qsTr("Preview %1").arg(fileCard.modelData.name)
                                                onClicked: filePreview.openFor(details.current.itemId, fileCard.modelData)
                                            }
                                            Button {
                                                text: qsTr("Open")
                                                flat: true
                                                Accessible.name: qsTr("Open %1 in another app").arg(fileCard.modelData.name)
                                                onClicked: {
                                                    const url = App.evidence.openableFile(details.current.itemId, fileCard.modelData.fileId)
                                                    if (url.toString() !== "")
                                                        Qt.openUrlExternally(url)
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }

                        SectionLabel {
                            text: qsTr("Reflection")
                            visible: details.current !== null && details.current.reflection !== ""
                        }
                        RowLayout {
                            visible: details.current !== null && details.current.reflection !== ""
                            Layout.fillWidth: true
                            spacing: 12
                            Rectangle {
                                Layout.fillHeight: true
                                implicitWidth: 3
                                radius: 1.5
                                color: Theme.quote
                            }
                            Label {
                                text: details.current ? details.current.reflection : ""
                                wrapMode: Text.Wrap
                                font.italic: true
                                Layout.fillWidth: true
                            }
                        }

                        SectionLabel {
                            text: qsTr("Competencies")
                            visible: details.current !== null && details.current.competencyTitles.length > 0
                        }
                        ChipFlow {
                            items: details.current ? details.current.competencyTitles : []
                            accented: true
                        }

                        SectionLabel {
                            text: qsTr("Tags")
                            visible: details.current !== null && details.current.tags.length > 0
                        }
                        ChipFlow {
                            items: details.current ? details.current.tags : []
                        }
                    }
                }
            }
        }
    }

    Shortcut {
        sequence: StandardKey.Find
        enabled: page.visible && App.evidenceModel.libraryCount > 0
        onActivated: page.focusSearch()
    }

    EvidenceDialog { id: editor }
    FilePreviewDialog {
        id: filePreview
        objectName: "filePreview"
    }
    ConfirmDialog { id: confirm }
}
