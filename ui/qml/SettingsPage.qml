import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Pathfolio

// Settings: the learner's profile, where the portfolio is kept, which language Pathfolio speaks and in
// which colours, and what a verifier reads offline (the cached documents and the trusted issuers).
Item {
    id: page

    // Opens the form that adds a cached document (for the screenshots).
    function editCurrent() {
        cacheDialog.openNew()
        return true
    }
    function closeEditors() {
        App.profile.clearErrors()
        cacheDialog.close()
        issuerDialog.close()
        confirm.close()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        contentHeight: content.implicitHeight + 2 * Theme.pageMargin

        ColumnLayout {
            id: content
            x: Theme.pageMargin
            y: Theme.pageMargin
            width: Math.min(scroll.availableWidth - 2 * Theme.pageMargin, 760)
            spacing: 16

            PageHeader {
                title: qsTr("Settings")
                subtitle: qsTr("Who you are, where your portfolio is kept, how Pathfolio looks and speaks to you, and what it reads to check badges offline.")
            }

            SettingsSection {
                objectName: "profileSection"
                iconName: "user"
                title: qsTr("Your profile")
                Label {
                    text: qsTr("Your name as your exported portfolio shows it, and the identifiers your badges were issued to: Pathfolio checks each badge's recipient against them.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                FormField {
                    objectName: "nameForm"
                    label: qsTr("Name")
                    error: App.profile.fieldErrors.profileName ?? ""
                    RowLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        TextField {
                            id: nameField
                            objectName: "profileName"
                            text: App.profile.name
                            placeholderText: qsTr("For example Amira Haddad")
                            selectByMouse: true
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Your name")
                            onAccepted: App.profile.saveName(text)
                        }
                        Button {
                            objectName: "saveNameButton"
                            text: qsTr("Save name")
                            enabled: nameField.text.trim() !== App.profile.name
                            Accessible.name: qsTr("Save your name")
                            onClicked: App.profile.saveName(nameField.text)
                        }
                    }
                }

                SectionLabel {
                    text: qsTr("Identifiers")
                    Layout.topMargin: 6
                }
                Label {
                    visible: App.identifierModel.empty
                    text: qsTr("No identifiers yet. Add the e-mail address or DID your badges were issued to, so Pathfolio can tell they are yours.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: App.identifierModel
                    delegate: RowLayout {
                        id: identifier
                        required property string kind
                        required property string kindLabel
                        required property string value
                        spacing: 10
                        Layout.fillWidth: true
                        Accessible.role: Accessible.ListItem
                        Accessible.name: kindLabel + ": " + value
                        // A column of its own, so the values line up.
                        Item {
                            implicitHeight: kindChip.implicitHeight
                            Layout.preferredWidth: 110
                            Chip {
                                id: kindChip
                                text: identifier.kindLabel
                            }
                        }
                        Label {
                            text: identifier.value
                            font.family: Theme.monoFont
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                        }
                        ToolButton {
                            objectName: "remove " + identifier.value
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1").arg(identifier.value)
                            onClicked: {
                                const kind = identifier.kind
                                const value = identifier.value
                                confirm.confirmText = qsTr("Remove")
                                confirm.ask(qsTr("Remove %1 from your identifiers? Badges issued to it are then no longer recognised as yours when they are verified.").arg(value),
                                            () => App.profile.removeIdentifier(kind, value))
                            }
                        }
                    }
                }
                FormField {
                    objectName: "identifierForm"
                    label: qsTr("Add an identifier")
                    hint: qsTr("Badges are checked against your identifiers when they are verified. After a change, use Verify all on the Badges page.")
                    error: App.profile.fieldErrors.identifier ?? ""
                    RowLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        ComboBox {
                            id: kindBox
                            objectName: "identifierKind"
                            model: App.profile.kindOptions
                            textRole: "text"
                            valueRole: "value"
                            Layout.preferredWidth: 160
                            Accessible.name: qsTr("Kind of identifier")
                        }
                        TextField {
                            id: identifierField
                            objectName: "identifierValue"
                            placeholderText: App.profile.example(kindBox.currentValue ?? "")
                            selectByMouse: true
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Identifier")
                            onAccepted: addButton.clicked()
                        }
                        Button {
                            id: addButton
                            objectName: "addIdentifierButton"
                            text: qsTr("Add")
                            Accessible.name: qsTr("Add the identifier")
                            onClicked: {
                                if (App.profile.addIdentifier(kindBox.currentValue, identifierField.text))
                                    identifierField.text = ""
                            }
                        }
                    }
                }
            }

            SettingsSection {
                iconName: "folder"
                title: qsTr("Data folder")
                Label {
                    text: App.settings.sample
                          ? qsTr("This is a sample portfolio in a temporary folder. It is deleted when you close Pathfolio.")
                          : qsTr("Everything you add is kept in this folder on your computer: the database and a copy of each attached file. Include it in your backups.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextField {
                    text: App.settings.dataDir
                    readOnly: true
                    selectByMouse: true
                    font.family: Theme.monoFont
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Data folder")
                }
                Button {
                    text: qsTr("Open folder")
                    Accessible.name: qsTr("Open the data folder")
                    onClicked: Qt.openUrlExternally(App.settings.dataDirUrl)
                }
            }

            SettingsSection {
                objectName: "signingKeySection"
                iconName: "key"
                title: qsTr("Your signing key")
                Label {
                    objectName: "signingKeyText"
                    text: App.exporter.hasSigningKey
                          ? qsTr("Exports you sign carry this key, on the cover and in the bundle: whoever verifies them sees that they come from it and were not changed since.")
                          : qsTr("You have no signing key yet. Pathfolio makes one, locked with a passphrase you choose, the first time you tick Sign as yours on the Export page.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextField {
                    objectName: "signerDid"
                    visible: App.exporter.hasSigningKey
                    text: App.exporter.signerDid
                    readOnly: true
                    selectByMouse: true
                    font.family: Theme.monoFont
                    Layout.fillWidth: true
                    Accessible.name: qsTr("The DID of your signing key")
                }
                Label {
                    visible: App.exporter.hasSigningKey
                    text: qsTr("Kept in holder-key.json in the data folder, locked with your passphrase.")
                    color: Theme.mutedText
                    font.pointSize: Theme.smallFont
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: text !== "" && !App.exporter.unlocking
                    text: App.exporter.signingError
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    objectName: "retireKeyButton"
                    visible: App.exporter.hasSigningKey
                    enabled: !App.exporter.unlocking
                    text: qsTr("Put aside and make a new one…")
                    Accessible.name: qsTr("Put your signing key aside; the next signed export makes a new one")
                    onClicked: {
                        confirm.confirmText = qsTr("Put aside")
                        confirm.ask(qsTr("Put your signing key aside? It stays in the data folder, renamed. The next export you sign makes a new key, with a new DID; what you signed before still verifies."),
                                    () => App.exporter.retireKey())
                    }
                }
            }

            SettingsSection {
                iconName: "language"
                title: qsTr("Language")
                Label {
                    text: qsTr("Pathfolio is shown in %1.").arg(App.settings.languageName)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ComboBox {
                    id: languageBox
                    model: App.settings.languageOptions
                    textRole: "text"
                    valueRole: "value"
                    Layout.preferredWidth: 260
                    Accessible.name: qsTr("Language")
                    Component.onCompleted: currentIndex = Math.max(0, indexOfValue(App.settings.languagePreference))
                    onActivated: App.settings.languagePreference = currentValue
                }
                Label {
                    visible: App.settings.restartNeeded
                    text: qsTr("The new language is used the next time you start Pathfolio.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            SettingsSection {
                iconName: "theme"
                title: qsTr("Appearance")
                Label {
                    text: qsTr("Pathfolio follows your desktop's light or dark colours, or keeps to the ones you choose.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ComboBox {
                    objectName: "themeBox"
                    model: App.settings.themeOptions
                    textRole: "text"
                    valueRole: "value"
                    Layout.preferredWidth: 260
                    Accessible.name: qsTr("Colours")
                    Component.onCompleted: currentIndex = Math.max(0, indexOfValue(App.settings.theme))
                    onActivated: App.settings.theme = currentValue
                }
            }

            SettingsSection {
                iconName: "file"
                title: qsTr("Offline cache")
                actions: Button {
                    text: qsTr("Add document…")
                    visible: !App.cacheModel.empty
                    Accessible.name: qsTr("Add a document to the offline cache")
                    onClicked: cacheDialog.openNew()
                }
                Label {
                    text: qsTr("Documents that badges point to, kept on your computer so badges can be checked without going online.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                EmptyState {
                    visible: App.cacheModel.empty
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    Layout.bottomMargin: 8
                    iconName: "file"
                    title: qsTr("No documents kept offline")
                    text: qsTr("Add the documents a verifier needs: issuer profiles, keys, DID documents, status lists.")
                    actionText: qsTr("Add document…")
                    onActionTriggered: cacheDialog.openNew()
                }
                Repeater {
                    model: App.cacheModel
                    delegate: ColumnLayout {
                        id: document
                        required property int index
                        required property string url
                        required property string sizeText
                        required property string source
                        required property string ageText
                        Layout.fillWidth: true
                        spacing: 8
                        Accessible.role: Accessible.ListItem
                        Accessible.name: url
                        Rectangle {
                            visible: document.index > 0
                            color: Theme.border
                            implicitHeight: 1
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: 10
                            Layout.fillWidth: true
                            ColumnLayout {
                                spacing: 2
                                Layout.fillWidth: true
                                Label {
                                    text: document.url
                                    font.weight: Font.DemiBold
                                    wrapMode: Text.WrapAnywhere
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: qsTr("%1 · added %2").arg(document.sizeText).arg(document.ageText)
                                    color: Theme.mutedText
                                    font.pointSize: Theme.smallFont
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: qsTr("From %1").arg(document.source)
                                    visible: document.source !== ""
                                    color: Theme.mutedText
                                    font.pointSize: Theme.smallFont
                                    elide: Text.ElideMiddle
                                    Layout.fillWidth: true
                                }
                            }
                            ToolButton {
                                text: qsTr("Remove")
                                Layout.alignment: Qt.AlignTop
                                Accessible.name: qsTr("Remove %1").arg(document.url)
                                onClicked: {
                                    const url = document.url
                                    confirm.confirmText = qsTr("Remove")
                                    confirm.ask(qsTr("Remove %1 from the offline cache? Badges that need it can then only be checked online.").arg(url),
                                                () => App.offlineData.removeFromCache(url))
                                }
                            }
                        }
                    }
                }
            }

            SettingsSection {
                iconName: "verify"
                title: qsTr("Trusted issuers")
                actions: Button {
                    text: qsTr("Add issuer…")
                    visible: !App.trustModel.empty
                    Accessible.name: qsTr("Add a trusted issuer")
                    onClicked: issuerDialog.openNew()
                }
                Label {
                    text: qsTr("Badges from these issuers are shown as coming from someone you trust. Share the list with others as a file.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                EmptyState {
                    visible: App.trustModel.empty
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    Layout.bottomMargin: 8
                    iconName: "verify"
                    title: qsTr("No trusted issuers yet")
                    text: qsTr("Add the schools, course providers and employers whose badges you trust, or import a trust list someone shared with you.")
                    actionText: qsTr("Add issuer…")
                    onActionTriggered: issuerDialog.openNew()
                }
                Repeater {
                    model: App.trustModel
                    delegate: ColumnLayout {
                        id: issuer
                        required property int index
                        required property string issuerId
                        required property string name
                        required property string note
                        required property string addedText
                        Layout.fillWidth: true
                        spacing: 8
                        Accessible.role: Accessible.ListItem
                        Accessible.name: name
                        Rectangle {
                            visible: issuer.index > 0
                            color: Theme.border
                            implicitHeight: 1
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            spacing: 10
                            Layout.fillWidth: true
                            ColumnLayout {
                                spacing: 2
                                Layout.fillWidth: true
                                Label {
                                    text: issuer.name
                                    font.weight: Font.DemiBold
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: issuer.issuerId
                                    visible: issuer.issuerId !== issuer.name
                                    color: Theme.mutedText
                                    font.pointSize: Theme.smallFont
                                    wrapMode: Text.WrapAnywhere
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: issuer.note
                                    visible: text !== ""
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: qsTr("Trusted since %1").arg(issuer.addedText)
                                    visible: issuer.addedText !== ""
                                    color: Theme.mutedText
                                    font.pointSize: Theme.smallFont
                                    Layout.fillWidth: true
                                }
                            }
                            ToolButton {
                                text: qsTr("Remove")
                                Layout.alignment: Qt.AlignTop
                                Accessible.name: qsTr("Remove %1").arg(issuer.name)
                                onClicked: {
                                    const id = issuer.issuerId
                                    confirm.confirmText = qsTr("Remove")
                                    confirm.ask(qsTr("Stop trusting %1? Its badges are then shown as coming from an unknown issuer.").arg(issuer.name),
                                                () => App.offlineData.untrustIssuer(id))
                                }
                            }
                        }
                    }
                }
                RowLayout {
                    spacing: 8
                    Layout.topMargin: 4
                    Button {
                        text: qsTr("Import…")
                        Accessible.name: qsTr("Import a trust list")
                        onClicked: importDialog.open()
                    }
                    Button {
                        text: qsTr("Export…")
                        enabled: !App.trustModel.empty
                        Accessible.name: qsTr("Export the trust list")
                        onClicked: exportDialog.open()
                    }
                }
                Label {
                    text: App.offlineData.notice
                    visible: text !== ""
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }

            SettingsSection {
                iconName: "info"
                title: qsTr("About Pathfolio")
                contentSpacing: 6
                Label {
                    text: qsTr("Version %1").arg(App.settings.version)
                    color: Theme.mutedText
                }
                Label {
                    text: qsTr("Your portfolio stays on your computer. Pathfolio does not go online unless you ask it to.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    CacheDocumentDialog { id: cacheDialog }
    TrustedIssuerDialog { id: issuerDialog }
    ConfirmDialog {
        id: confirm
        objectName: "confirmDialog"
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import a trust list")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Trust lists (*.json)"), qsTr("All files (*)")]
        onAccepted: App.offlineData.importTrustList(selectedFile)
    }
    FileDialog {
        id: exportDialog
        title: qsTr("Export the trust list")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Trust lists (*.json)")]
        onAccepted: App.offlineData.exportTrustList(selectedFile)
    }
}
