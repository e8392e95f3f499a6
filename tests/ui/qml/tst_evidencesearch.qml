import QtQuick
import QtTest
import Pathfolio

// Searching and filtering the Evidence page: typing narrows the list after a short pause, a filter
// chosen from the keyboard narrows it further, "nothing matches" offers Clear filters, and Clear filters
// empties every field, not only the model's query.
FlowTestCase {
    id: test
    name: "EvidenceSearch"

    Component {
        id: pageComponent
        EvidencePage {
            width: test.width
            height: test.height
        }
    }

    function initTestCase() {
        fixture.addEvidence("Robot arm report", "note", "ENG 401", "2026-02-01")
        fixture.addEvidence("Campus map prototype", "link", "HCI 210", "2026-03-01")
        fixture.addEvidence("Interview notes", "note", "HCI 210", "2026-04-01")
    }

    function openPage() {
        App.evidenceModel.clearFilters()
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        tryCompare(App.evidenceModel, "count", 3)
        return page
    }

    function test_typingNarrowsTheList() {
        const page = openPage()
        const search = findChild(page, "searchField")
        click(search)
        type("robot")
        // Nothing narrows on the first keys; the list follows once typing pauses.
        verify(App.evidenceModel.searchText.length < 5)
        tryCompare(App.evidenceModel, "searchText", "robot")
        compare(App.evidenceModel.total, 1)
        compare(findChild(page, "evidenceList").count, 1)
        verify(findChild(page, "countLabel").text.indexOf("1") === 0, findChild(page, "countLabel").text)

        // Escape empties the field and the list is whole again.
        keyClick(Qt.Key_Escape)
        compare(search.text, "")
        compare(App.evidenceModel.searchText, "")
        compare(App.evidenceModel.total, 3)
    }

    function test_aFilterFromTheKeyboardAndClearFilters() {
        const page = openPage()
        const kind = findChild(page, "kindFilter")
        const course = findChild(page, "courseFilter")
        const nothing = findChild(page, "nothingMatches")
        compare(kind.currentIndex, 0)
        compare(course.count, 3, "all courses, then the two in use")

        // File, the first kind, matches none of these notes and links.
        kind.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(App.evidenceModel.kind, "file")
        compare(App.evidenceModel.total, 0)
        verify(nothing.visible, "nothing matches is shown")
        keyClick(Qt.Key_Down)
        compare(App.evidenceModel.kind, "link")
        compare(App.evidenceModel.total, 1)
        verify(!nothing.visible)

        course.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(App.evidenceModel.course, "ENG 401")
        verify(nothing.visible, "a link in ENG 401: there is none")

        const from = findChild(page, "fromField")
        click(from)
        type("2026-13")
        verify(App.evidenceModel.dateProblem !== "", "a half-typed date says why it is not used")

        // The empty state's own button clears everything, fields included.
        click(findChild(nothing, "emptyStateAction"))
        compare(App.evidenceModel.filterActive, false)
        compare(kind.currentIndex, 0)
        compare(course.currentIndex, 0)
        compare(from.text, "")
        compare(App.evidenceModel.total, 3)
        verify(!nothing.visible)
    }

    function test_clearFiltersButtonResetsTheSearchField() {
        const page = openPage()
        const search = findChild(page, "searchField")
        click(search)
        type("notes")
        keyClick(Qt.Key_Return) // at once, without the pause
        compare(App.evidenceModel.searchText, "notes")
        compare(App.evidenceModel.total, 1)
        const clear = findChild(page, "clearFiltersButton")
        click(clear)
        compare(search.text, "")
        compare(App.evidenceModel.filterActive, false)
        verify(!clear.visible)
    }
}
