import QtQuick
import QtTest
import Pathfolio

// Keyboard navigation through every page with controls (Export is a placeholder until its issue): Tab
// moves through the page's controls and lists in reading order, never sticks, and every control it
// reaches has a name a screen reader can read.
FlowTestCase {
    id: test
    name: "Keyboard"

    Component { id: home; HomePage { width: test.width; height: test.height } }
    Component { id: evidence; EvidencePage { width: test.width; height: test.height } }
    Component { id: internships; InternshipsPage { width: test.width; height: test.height } }
    Component { id: badges; BadgesPage { width: test.width; height: test.height } }
    Component { id: competencies; CompetenciesPage { width: test.width; height: test.height } }
    Component { id: verifyPage; VerifyPage { width: test.width; height: test.height } }
    Component { id: settings; SettingsPage { width: test.width; height: test.height } }

    function initTestCase() {
        // Something on each page, so its lists and details take part too.
        fixture.addEvidence("Robot arm report", "note", "ENG 401", "2026-02-01")
        fixture.addEvidence("Campus map prototype", "link", "HCI 210", "2026-03-01")
        fixture.addPlacement("Northwind Digital")
        App.jobs.importFiles([fixture.signedBadge(0)])
        tryCompare(App.jobs, "running", false, 20000)
        tryCompare(App.credentialModel, "count", 1)
    }

    // What a screen reader would read for item: its accessible name, else its text or placeholder.
    function spokenName(item) {
        const name = item.Accessible.name
        if (name !== undefined && name !== "")
            return name
        if (item.text !== undefined && item.text !== "")
            return item.text
        return item.placeholderText !== undefined ? item.placeholderText : ""
    }

    function describe(item) {
        return String(item) + (item.objectName ? " '" + item.objectName + "'" : "")
    }

    function test_tabThroughEveryPage_data() {
        return [
            // At least the controls named, in the order Tab reaches them; a list is reached at its
            // current item.
            {tag: "home", page: home, reaches: ["Open internships"]},
            {tag: "evidence", page: evidence,
             reaches: ["Add evidence", "Search evidence", "Kind of evidence", "Campus map prototype, Link",
                       "Edit this evidence"]},
            {tag: "internships", page: internships,
             reaches: ["Add internship", "Northwind Digital, Software intern", "Edit this internship",
                       "Add log entry"]},
            // Into the grid, which selects the first badge, and on into its details.
            {tag: "badges", page: badges,
             reaches: ["Verify every badge again", "Introduction to Python (Bronze) — Amara Okafor",
                       "Verify this badge again", "Verification"]},
            {tag: "competencies", page: competencies, reaches: ["Add competency"]},
            {tag: "verify", page: verifyPage, reaches: ["Choose files to verify"]},
            {tag: "settings", page: settings,
             reaches: ["Your name", "Kind of identifier", "Identifier", "Add the identifier", "Language", "Colours"]},
        ]
    }

    function test_tabThroughEveryPage(data) {
        const page = createTemporaryObject(data.page, test)
        verify(page)
        waitForRendering(page)
        page.forceActiveFocus()
        const seen = []
        let stuck = 0
        let previous = null
        for (let i = 0; i < 80; ++i) {
            keyClick(Qt.Key_Tab)
            const item = test.Window.activeFocusItem
            if (item === null || item === previous) {
                ++stuck
                continue
            }
            previous = item
            if (seen.indexOf(item) >= 0)
                break // round the page once
            seen.push(item)
            verify(spokenName(item) !== "", "no name for " + describe(item) + " on " + data.tag)
        }
        const names = seen.map(spokenName)
        let at = -1
        for (const wanted of data.reaches) {
            const found = names.indexOf(wanted, at + 1)
            verify(found > at, data.tag + ": Tab did not reach \"" + wanted + "\" in order; it reached " + names.join(" | "))
            at = found
        }
        verify(stuck < 3, data.tag + ": focus stayed put " + stuck + " times")
    }
}
