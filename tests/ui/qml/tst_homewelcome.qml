import QtQuick
import QtTest
import Pathfolio

// The first start: an empty portfolio greets the learner with the two ways in, import a badge or open the
// sample, and the greeting goes once the portfolio holds something.
FlowTestCase {
    id: test
    name: "HomeWelcome"

    Component {
        id: pageComponent
        HomePage {
            width: test.width
            height: test.height
        }
    }

    function test_theWelcomeOffersTwoWaysInUntilThereIsSomething() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        const welcome = findChild(page, "welcome")
        verify(App.overview.empty)
        verify(welcome.visible)
        verify(findChild(page, "importBadgeButton").visible)
        verify(findChild(page, "openSampleButton").visible)
        // Reachable from the keyboard.
        verify(findChild(page, "importBadgeButton").activeFocusOnTab)

        fixture.addEvidence("Robot arm report", "note", "ENG 401", "2026-02-01")
        tryCompare(welcome, "visible", false)
        verify(!App.overview.empty)
    }
}
