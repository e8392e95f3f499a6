import QtQuick
import QtTest
import Pathfolio

// The learner's profile on the Settings page: the name is saved, an identifier added from the keyboard
// is stored, a bad one is refused with the reason under the field, and one is removed after asking.
FlowTestCase {
    id: test
    name: "ProfileFlow"

    Component {
        id: pageComponent
        SettingsPage {
            width: test.width
            height: test.height
        }
    }

    // Each test starts without identifiers; the store is shared by the file's tests.
    function init() {
        failOnWarning(/.*/)
        for (const entry of fixture.identifiers()) {
            const space = entry.indexOf(" ")
            verify(App.profile.removeIdentifier(entry.slice(0, space), entry.slice(space + 1)))
        }
        compare(App.identifierModel.count, 0)
    }

    function openPage() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        return page
    }

    function test_theNameIsSaved() {
        const page = openPage()
        const field = findChild(page, "profileName")
        const save = findChild(page, "saveNameButton")
        compare(save.enabled, false, "nothing to save yet")
        click(field)
        type("Amira Haddad")
        verify(save.enabled)
        keyClick(Qt.Key_Return)
        compare(App.profile.name, "Amira Haddad")
        compare(fixture.learnerName(), "Amira Haddad")
        compare(save.enabled, false, "saved")
    }

    function test_anIdentifierIsAddedAndRemoved() {
        const page = openPage()
        const value = findChild(page, "identifierValue")
        const form = findChild(page, "identifierForm")
        compare(findChild(page, "identifierKind").currentValue, "email")

        // A bad address stays in the field, with the reason under it.
        click(value)
        type("amira at example")
        keyClick(Qt.Key_Return)
        verify(form.error.indexOf("e-mail") >= 0, form.error)
        compare(value.text, "amira at example")
        compare(App.identifierModel.count, 0)

        value.selectAll()
        type("amira@example.org")
        click(findChild(page, "addIdentifierButton"))
        compare(form.error, "")
        compare(value.text, "", "the field is ready for the next one")
        tryCompare(App.identifierModel, "count", 1)
        compare(fixture.identifiers(), ["email amira@example.org"])

        // Removing asks first; Cancel keeps it, Remove removes it.
        const confirm = findChild(page, "confirmDialog")
        const remove = findChild(page, "remove amira@example.org")
        click(remove)
        tryCompare(confirm, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(confirm, "opened", false)
        compare(App.identifierModel.count, 1)
        click(remove)
        tryCompare(confirm, "opened", true)
        click(findChild(confirm.footer, "confirmButton"))
        tryCompare(App.identifierModel, "count", 0)
        compare(fixture.identifiers(), [])
    }

    function test_aDidIsCheckedAsADid() {
        const page = openPage()
        const kind = findChild(page, "identifierKind")
        kind.forceActiveFocus()
        // E-mail, then DID, in the store's order.
        keyClick(Qt.Key_Down)
        compare(kind.currentValue, "did")
        const value = findChild(page, "identifierValue")
        compare(value.placeholderText.indexOf("did:"), 0)
        click(value)
        type("key:z6Mk")
        keyClick(Qt.Key_Return)
        verify(findChild(page, "identifierForm").error.indexOf("did:") >= 0)
        value.selectAll()
        type("did:key:z6MkAmira")
        keyClick(Qt.Key_Return)
        tryCompare(App.identifierModel, "count", 1)
        compare(fixture.identifiers(), ["did did:key:z6MkAmira"])
    }
}
