import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pathfolio

// The background job, above the page while it runs: what it does, how far it is, and Cancel.
Rectangle {
    id: bar

    readonly property JobController jobs: App.jobs

    visible: jobs.running
    implicitHeight: visible ? row.implicitHeight + 16 : 0
    color: Theme.accentSoft
    Accessible.role: Accessible.ProgressBar
    Accessible.name: jobs.title
    Accessible.description: progress.indeterminate ? "" : qsTr("%1 of %2").arg(jobs.done).arg(jobs.total)

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.pageMargin
        anchors.rightMargin: 12
        spacing: 12
        BusyIndicator {
            running: bar.visible
            implicitWidth: 24
            implicitHeight: 24
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: bar.jobs.cancelling ? qsTr("%1 – cancelling…").arg(bar.jobs.title) : bar.jobs.title
                font.weight: Font.DemiBold
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            ProgressBar {
                id: progress
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, bar.jobs.total)
                value: bar.jobs.done
                indeterminate: bar.jobs.total === 0
            }
            Label {
                text: bar.jobs.detail
                visible: text !== ""
                color: Theme.mutedText
                font.pointSize: Theme.smallFont
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        Button {
            text: qsTr("Cancel")
            enabled: !bar.jobs.cancelling
            Accessible.name: qsTr("Cancel %1").arg(bar.jobs.title)
            onClicked: bar.jobs.cancel()
        }
    }
}
