import QtQuick
import QtTest
import Pathfolio

// Verifying a dropped file on the Verify page: a report check by check, and nothing stored until asked.
FlowTestCase {
    id: test
    name: "VerifyFlow"

    Component {
        id: pageComponent
        VerifyPage {
            anchors.fill: parent
        }
    }

    function test_verifyADroppedFileWithoutStoringIt() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        findChild(page, "verifyDrop").filesDropped([fixture.signedBadge(5)])
        tryCompare(App.verifier.results, "count", 1, 20000)
        tryCompare(App.jobs, "running", false)
        compare(App.verifier.currentIndex, 0)
        compare(App.verifier.report.result === "valid" || App.verifier.report.result === "unknown"
                    || App.verifier.report.result === "unchecked", true)
        verify(App.verifier.report.count >= 6, "every check is listed")
        verify(App.verifier.summary.length > 0)
        compare(fixture.storedCredentials(), 0)
        compare(fixture.storedVerifications(), 0)
        compare(App.credentialModel.count, 0)

        // Added on request only.
        verify(App.verifier.addToLibrary(0))
        tryCompare(App.jobs, "running", false, 20000)
        compare(fixture.storedCredentials(), 1)
    }

    function test_aBrokenFileIsReportedNotStored() {
        const page = createTemporaryObject(pageComponent, test)
        const before = fixture.storedCredentials()
        findChild(page, "verifyDrop").filesDropped([fixture.writeFile("broken.json", "{\"@context\": [")])
        tryCompare(App.verifier.results, "count", 1, 20000)
        tryCompare(App.jobs, "running", false)
        compare(App.verifier.report.result, "invalid")
        compare(App.verifier.results.data(App.verifier.results.index(0, 0), VerifyResultModel.ReadableRole), false)
        compare(fixture.storedCredentials(), before)
    }

    function test_anExportedPortfolioIsCheckedAsOne_data() {
        return [{tag: "bundle", file: "portfolio.json", format: "portfolio-bundle"},
                {tag: "pdf", file: "portfolio.pdf", format: "portfolio-pdf"}]
    }
    function test_anExportedPortfolioIsCheckedAsOne(data) {
        const page = createTemporaryObject(pageComponent, test)
        const before = fixture.storedCredentials()
        findChild(page, "verifyDrop").filesDropped([fixture.writePortfolio(data.file)])
        tryCompare(App.verifier.results, "count", 2, 20000)
        tryCompare(App.jobs, "running", false)
        const results = App.verifier.results
        // First the portfolio's own report, then the badge it carries; neither is a file to add.
        compare(results.data(results.index(0, 0), VerifyResultModel.PortfolioRole), true)
        compare(results.data(results.index(1, 0), VerifyResultModel.PortfolioRole), false)
        compare(App.verifier.report.result, "unchecked")
        // The report takes the room beside the list, not a sliver of it.
        const report = findChild(page, "reportCard")
        verify(report.width > page.width / 2, "report " + report.width + " of " + page.width)
        compare(results.importableCount, 0)
        compare(findChild(page, "addButton").visible, false)
        compare(findChild(page, "addAllButton").visible, false)
        App.verifier.select(1)
        compare(App.verifier.report.result, "valid")
        compare(findChild(page, "addButton").visible, false)
        verify(!App.verifier.addToLibrary(1))
        compare(fixture.storedCredentials(), before)
    }
}
