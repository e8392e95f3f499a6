import QtQuick
import QtTest
import Pathfolio

// Changing the trust list: an issuer added through the form is trusted, and removed again.
FlowTestCase {
    id: test
    name: "TrustFlow"

    Component {
        id: dialogComponent
        TrustedIssuerDialog {}
    }

    function checkResult(report, name) {
        for (let row = 0; row < report.count; ++row) {
            if (report.data(report.index(row, 0), ReportModel.NameRole) === name)
                return report.data(report.index(row, 0), ReportModel.ResultRole)
        }
        return "missing"
    }

    function test_trustingTheIssuerChangesTheTrustCheck() {
        App.jobs.importFiles([fixture.signedBadge(0)])
        tryCompare(App.jobs, "running", false, 20000)
        tryCompare(App.credentialModel, "count", 1)
        App.credential.open(App.credentialModel.data(App.credentialModel.index(0, 0), CredentialModel.IdRole))
        verify(App.credential.hasCurrent)
        const issuer = App.credential.details.issuerId
        verify(issuer.startsWith("did:key:"))
        verify(checkResult(App.credential.report, "trust") !== "valid", "not trusted before")

        const dialog = createTemporaryObject(dialogComponent, test)
        verify(dialog)
        dialog.openNew()
        tryCompare(dialog, "opened", true)
        click(findChild(dialog.contentItem, "idField"))
        type(issuer)
        findChild(dialog.contentItem, "nameField").text = "Example Institute"
        findChild(dialog.contentItem, "noteField").text = "Issues my course badges."
        click(findChild(dialog.footer, "saveButton"))
        tryCompare(dialog, "opened", false)
        verify(fixture.isTrusted(issuer))
        tryCompare(App.trustModel, "count", 1)

        verify(App.credential.verifyAgain())
        compare(checkResult(App.credential.report, "trust"), "valid")

        // And removed again: the next verification no longer counts the issuer as trusted.
        verify(App.offlineData.untrustIssuer(issuer))
        verify(!fixture.isTrusted(issuer))
        tryCompare(App.trustModel, "count", 0)
        verify(App.credential.verifyAgain())
        verify(checkResult(App.credential.report, "trust") !== "valid")
        compare(App.credential.history.length, 3)
    }

    function test_anIssuerWithoutIdIsRefused() {
        const dialog = createTemporaryObject(dialogComponent, test)
        dialog.openNew()
        tryCompare(dialog, "opened", true)
        findChild(dialog.contentItem, "nameField").text = "Nobody"
        click(findChild(dialog.footer, "saveButton"))
        compare(dialog.opened, true)
        compare(App.trustModel.count, 0)
        verify(App.offlineData.errorMessage.length > 0 || Object.keys(App.offlineData.fieldErrors).length > 0)
    }
}
