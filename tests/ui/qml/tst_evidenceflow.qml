import QtQuick
import QtTest
import Pathfolio

// Adding evidence with a file: the form takes a dropped file, Save stores the item with a copy of the
// file's bytes, and a form without a title is refused with the reason under the field.
FlowTestCase {
    id: test
    name: "EvidenceFlow"

    Component {
        id: dialogComponent
        EvidenceDialog {}
    }

    function openDialog() {
        const dialog = createTemporaryObject(dialogComponent, test)
        verify(dialog)
        dialog.openNew()
        tryCompare(dialog, "opened", true)
        return dialog
    }

    function test_addEvidenceWithADroppedFile() {
        const file = fixture.writeFile("usability-report.txt", "Five participants, three tasks, two fixes.\n")
        const dialog = openDialog()
        const title = findChild(dialog.contentItem, "titleField")
        click(title)
        type("Usability report")
        compare(title.text, "Usability report")

        findChild(dialog.contentItem, "attachDrop").filesDropped([file])
        compare(dialog.newFiles.length, 1)
        compare(dialog.newFiles[0].name, "usability-report.txt")

        click(findChild(dialog.footer, "saveButton"))
        tryCompare(dialog, "opened", false)

        const stored = fixture.evidenceFiles("Usability report")
        compare(stored.length, 1)
        compare(stored[0].name, "usability-report.txt")
        compare(stored[0].sha256, fixture.sha256Of(file))
        verify(stored[0].stored, "the file's bytes are in the portfolio's own folder")
        tryCompare(App.evidenceModel, "count", 1)
    }

    function test_aFormWithoutTitleStaysOpenAndSaysWhy() {
        const before = App.evidenceModel.count
        const dialog = openDialog()
        click(findChild(dialog.footer, "saveButton"))
        compare(dialog.opened, true)
        verify(App.evidence.fieldErrors.title !== undefined, "the title field has an error")
        verify(App.evidence.fieldErrors.title.length > 0)
        compare(App.evidenceModel.count, before)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "opened", false)
        compare(App.evidenceModel.count, before)
    }
}
