import QtQuick
import QtTest
import Pathfolio

// Application packs and the learner's signature on the Export page: a pack made in its dialog (refused
// while it holds nothing), exported alone; the signing key made from a passphrase typed twice, the bundle
// signed with it; unticked; the pack deleted after a question.
FlowTestCase {
    id: test
    name: "PackFlow"

    Component {
        id: pageComponent
        ExportPage {
            anchors.fill: parent
        }
    }
    Component {
        id: settingsComponent
        SettingsPage {
            anchors.fill: parent
        }
    }

    // Qt 6.4's PdfDocument calls deleteLater() on a file it does not have yet when its source is set,
    // which Qt reports as a warning; later Qt versions check first. Once for each new preview.
    function ignoreQt64PdfWarning() {
        ignoreWarning("QCoreApplication::postEvent: Unexpected null receiver")
    }

    // Scrolls the page's options until item is in view, so a click reaches it.
    function scrollTo(page, item) {
        const flick = findChild(page, "exportOptions").contentItem
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - 40, flick.contentHeight - flick.height))
    }

    // The row of the pack dialog's list that shows title.
    function itemRow(title) {
        for (let row = 0; row < App.packItems.count; ++row) {
            if (App.packItems.data(App.packItems.index(row, 0), PackItemModel.TitleRole) === title)
                return row
        }
        return -1
    }

    function test_packAndSignature() {
        fixture.addEvidence("Usability report", "note", "HCI 210", "2026-05-01")
        fixture.addEvidence("Interview notes", "note", "HCI 210", "2026-05-02")
        ignoreQt64PdfWarning()
        const page = createTemporaryObject(pageComponent, test)
        tryCompare(App.exporter, "previewCurrent", true, 20000)
        verify(findChild(page, "wholePortfolio").checked)

        // The words of the cover are typed on the page and saved with the pack made next.
        findChild(page, "targetRoleField").forceActiveFocus()
        ignoreQt64PdfWarning()
        type("Junior UX designer at Acme")
        tryCompare(App.exporter, "previewCurrent", true, 20000)

        click(findChild(page, "newPackButton"))
        const dialog = findChild(page, "packDialog")
        tryCompare(dialog, "opened", true)
        // Nothing chosen: the pack is refused, and says why.
        click(findChild(dialog.contentItem, "packNameField"))
        type("Acme")
        click(findChild(dialog.footer, "saveButton"))
        compare(dialog.opened, true)
        verify(dialog.errorFor("packItems") !== "")
        compare(fixture.storedPacks().length, 0)

        // Found by a word of its title; the list narrows to it.
        const list = findChild(dialog.contentItem, "packItems")
        click(findChild(dialog.contentItem, "packFilter"))
        type("usability")
        tryCompare(list, "count", 1)
        const row = itemRow("Usability report")
        compare(row, 0)
        // The view lays out the narrowed list before its rows are clicked.
        tryVerify(() => list.itemAtIndex(row) !== null && list.itemAtIndex(row).title === "Usability report"
                        && list.itemAtIndex(row).index === row)
        waitForRendering(list)
        click(list.itemAtIndex(row))
        compare(App.packItems.chosenCount, 1)
        compare(findChild(dialog.contentItem, "packSummary").text, "1 piece of evidence")
        ignoreQt64PdfWarning()
        click(findChild(dialog.footer, "saveButton"))
        tryCompare(dialog, "opened", false)
        const packs = fixture.storedPacks()
        compare(packs.length, 1)
        compare(packs[0].name, "Acme")
        compare(packs[0].targetRole, "Junior UX designer at Acme")
        compare(packs[0].evidence, 1)
        // The new pack is what the export holds now.
        compare(App.exporter.packName, "Acme")
        tryVerify(() => findChild(page, "pack-Acme") !== null && findChild(page, "pack-Acme").checked)
        verify(!findChild(page, "wholePortfolio").checked)
        tryCompare(App.exporter, "previewCurrent", true, 20000)

        const destination = fixture.writeFile("placeholder.txt", "").toString().replace("placeholder.txt", "acme.json")
        verify(App.exporter.saveBundle(destination))
        tryCompare(App.exporter, "busy", false, 20000)
        let bundle = fixture.readJson(destination)
        compare(bundle.evidence.length, 1)
        compare(bundle.evidence[0].title, "Usability report")
        compare(bundle.pack.name, "Acme")
        verify(bundle.presentation === undefined)

        // Signing: the first time makes the key, from a passphrase typed twice the same.
        scrollTo(page, findChild(page, "signExport"))
        click(findChild(page, "signExport"))
        const passphrase = findChild(page, "passphraseDialog")
        tryCompare(passphrase, "opened", true)
        compare(passphrase.creating, true)
        compare(findChild(page, "signExport").checked, false)
        click(findChild(passphrase.contentItem, "passphraseField"))
        type("correct horse")
        click(findChild(passphrase.contentItem, "repeatedPassphraseField"))
        type("correct hose")
        click(findChild(passphrase.footer, "unlockButton"))
        compare(passphrase.opened, true)
        verify(findChild(passphrase.contentItem, "signingError").text !== "")
        findChild(passphrase.contentItem, "repeatedPassphraseField").text = "correct horse"
        ignoreQt64PdfWarning()
        click(findChild(passphrase.footer, "unlockButton"))
        tryCompare(App.exporter, "signing", true, 20000)
        tryCompare(passphrase, "opened", false)
        verify(findChild(page, "signExport").checked)
        verify(App.exporter.signerDid.startsWith("did:key:z6Mk"))
        compare(findChild(passphrase.contentItem, "passphraseField").text, "")
        tryCompare(App.exporter, "previewCurrent", true, 20000)

        verify(App.exporter.saveBundle(destination))
        tryCompare(App.exporter, "busy", false, 20000)
        bundle = fixture.readJson(destination)
        verify(bundle.presentation !== undefined)
        verify(JSON.stringify(bundle.presentation).includes(App.exporter.signerDid))

        // Unticked: no longer signed.
        ignoreQt64PdfWarning()
        click(findChild(page, "signExport"))
        compare(App.exporter.signing, false)
        compare(findChild(page, "signExport").checked, false)
        tryCompare(App.exporter, "previewCurrent", true, 20000)

        // Ticked again, the key is unlocked rather than made; a wrong passphrase is refused in words.
        const firstKey = App.exporter.signerDid
        click(findChild(page, "signExport"))
        tryCompare(passphrase, "opened", true)
        compare(passphrase.creating, false)
        verify(!findChild(passphrase.contentItem, "repeatedPassphraseField").visible)
        click(findChild(passphrase.contentItem, "passphraseField"))
        type("wrong horse")
        ignoreWarning(/^export: the signing key stays locked: "wrong_passphrase"/)
        click(findChild(passphrase.footer, "unlockButton"))
        tryCompare(App.exporter, "unlocking", false, 20000)
        compare(App.exporter.signing, false)
        compare(passphrase.opened, true)
        verify(findChild(passphrase.contentItem, "signingError").text !== "")

        // Forgotten: the key is put aside and a new one made, with a new DID.
        click(findChild(passphrase.contentItem, "forgotButton"))
        click(findChild(passphrase.contentItem, "newKeyButton"))
        compare(passphrase.creating, true)
        compare(App.exporter.hasSigningKey, false)
        findChild(passphrase.contentItem, "passphraseField").text = "a new horse"
        findChild(passphrase.contentItem, "repeatedPassphraseField").text = "a new horse"
        ignoreQt64PdfWarning()
        click(findChild(passphrase.footer, "unlockButton"))
        tryCompare(App.exporter, "signing", true, 20000)
        tryCompare(passphrase, "opened", false)
        verify(App.exporter.signerDid !== firstKey)
        tryCompare(App.exporter, "previewCurrent", true, 20000)
        ignoreQt64PdfWarning()
        click(findChild(page, "signExport"))
        compare(App.exporter.signing, false)
        tryCompare(App.exporter, "previewCurrent", true, 20000)

        // The pack is deleted after a question; the export holds the whole portfolio again.
        scrollTo(page, findChild(page, "deletePack-Acme"))
        click(findChild(page, "deletePack-Acme"))
        const confirm = findChild(page, "confirmDialog")
        tryCompare(confirm, "opened", true)
        ignoreQt64PdfWarning()
        click(findChild(confirm.footer, "confirmButton"))
        tryCompare(confirm, "opened", false)
        compare(fixture.storedPacks().length, 0)
        compare(App.exporter.packId, 0)
        tryVerify(() => findChild(page, "wholePortfolio").checked)
        tryCompare(App.exporter, "previewCurrent", true, 20000)
    }

    // Runs after test_packAndSignature, which left a signing key behind.
    function test_signingKeyInSettings() {
        verify(App.exporter.hasSigningKey)
        const did = App.exporter.signerDid
        const page = createTemporaryObject(settingsComponent, test)
        const section = findChild(page, "signingKeySection")
        verify(section.visible)
        compare(findChild(page, "signerDid").text, did)
        verify(findChild(page, "signerDid").visible)

        // Put aside after a question: the page then says there is no key, and how one is made.
        const button = findChild(page, "retireKeyButton")
        let view = button.parent
        while (!(view instanceof Flickable))
            view = view.parent
        view.contentY = Math.max(0, Math.min(button.mapToItem(view.contentItem, 0, 0).y - 40,
                                             view.contentHeight - view.height))
        click(button)
        const confirm = findChild(page, "confirmDialog")
        tryCompare(confirm, "opened", true)
        compare(findChild(confirm.footer, "confirmButton").text, qsTr("Put aside"))
        click(findChild(confirm.footer, "confirmButton"))
        tryCompare(confirm, "opened", false)
        compare(App.exporter.hasSigningKey, false)
        compare(App.exporter.signerDid, "")
        verify(!findChild(page, "signerDid").visible)
        verify(!findChild(page, "retireKeyButton").visible)
        verify(findChild(page, "signingKeyText").text.includes("Sign as yours"))
    }
}
