import QtQuick
import QtTest
import Pathfolio

// Adding a day to a placement's log: hours typed, Save stores them; impossible hours or a date outside
// the placement are refused under their fields.
FlowTestCase {
    id: test
    name: "LogEntryFlow"

    Component {
        id: dialogComponent
        LogEntryDialog {}
    }

    property var placementId: 0

    function initTestCase() {
        placementId = fixture.addPlacement("Acme GmbH")
        verify(placementId > 0)
    }

    function openDialog() {
        const dialog = createTemporaryObject(dialogComponent, test)
        verify(dialog)
        dialog.openNew(placementId)
        tryCompare(dialog, "opened", true)
        return dialog
    }

    function fill(dialog, date, hours, activities) {
        const dateField = findChild(dialog.contentItem, "dateField")
        dateField.text = date
        const hoursField = findChild(dialog.contentItem, "hoursField")
        click(hoursField)
        hoursField.selectAll()
        type(hours)
        findChild(dialog.contentItem, "activitiesField").text = activities
    }

    function test_addALogEntry() {
        const dialog = openDialog()
        fill(dialog, "2026-03-10", "7.5", "Paired on the date picker; wrote its tests.")
        click(findChild(dialog.footer, "saveButton"))
        tryCompare(dialog, "opened", false)
        compare(fixture.logEntryMinutes(placementId, "2026-03-10"), 450)
    }

    function test_impossibleHoursAreRefused() {
        const dialog = openDialog()
        fill(dialog, "2026-03-11", "30", "Too long a day")
        click(findChild(dialog.footer, "saveButton"))
        compare(dialog.opened, true)
        verify(App.logEntries.fieldErrors.hours !== undefined, "the hours field has an error")
        compare(fixture.logEntryMinutes(placementId, "2026-03-11"), -1)
    }

    function test_aDateOutsideThePlacementIsRefused() {
        const dialog = openDialog()
        fill(dialog, "2027-01-04", "4", "After the placement ended")
        click(findChild(dialog.footer, "saveButton"))
        compare(dialog.opened, true)
        verify(App.logEntries.fieldErrors.date !== undefined, "the date field has an error")
        compare(fixture.logEntryMinutes(placementId, "2027-01-04"), -1)
    }
}
