import QtQuick
import QtTest
import Pathfolio

// Importing a badge by dropping it on the Badges page, then opening its verification report.
FlowTestCase {
    id: test
    name: "BadgeFlow"

    Component {
        id: pageComponent
        BadgesPage {
            anchors.fill: parent
        }
    }

    function test_importABadgeAndOpenItsReport() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        App.credential.open(0)
        const before = fixture.storedCredentials()

        findChild(page, "badgeDrop").filesDropped([fixture.signedBadge(3)])
        tryCompare(App.jobs, "running", false, 20000)
        tryCompare(App.credentialModel, "count", before + 1)
        compare(fixture.storedCredentials(), before + 1)
        compare(fixture.storedVerifications(), before + 1) // verified as it was imported

        const grid = findChild(page, "badgeGrid")
        tryVerify(() => grid.count === before + 1 && grid.itemAtIndex(0) !== null)
        click(grid.itemAtIndex(0))
        tryCompare(App.credential, "hasCurrent", true)
        compare(App.credential.details.issuerName, "Example Institute of Continuing Education")
        compare(App.credential.history.length, 1)

        const report = App.credential.report
        compare(report.count, 7)
        const checks = []
        for (let row = 0; row < report.count; ++row)
            checks.push(report.data(report.index(row, 0), ReportModel.NameRole))
        verify(checks.indexOf("proof") >= 0, "the report has a proof check")
        const proof = report.data(report.index(checks.indexOf("proof"), 0), ReportModel.ResultRole)
        compare(proof, "valid")
    }

    function test_droppingTheSameBadgeAgainAddsNothing() {
        const page = createTemporaryObject(pageComponent, test)
        findChild(page, "badgeDrop").filesDropped([fixture.signedBadge(4)])
        tryCompare(App.jobs, "running", false, 20000)
        const before = fixture.storedCredentials()
        findChild(page, "badgeDrop").filesDropped([fixture.signedBadge(4)])
        tryCompare(App.jobs, "running", false, 20000)
        compare(fixture.storedCredentials(), before)
        verify(App.noticeText.length > 0, "the banner says what happened")
    }
}
