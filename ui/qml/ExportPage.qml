import QtQuick
import Pathfolio

// Export: sharing a chosen part of the portfolio as a PDF or a verifiable bundle; on its way.
ComingSoon {
    title: qsTr("Export")
    subtitle: qsTr("Share a selection of your portfolio with a teacher, a school or an employer.")
    iconName: "export"
    heading: qsTr("Share your portfolio")
    text: qsTr("Choose the evidence, internships and badges to share and Pathfolio will put them together for you.")
    points: [
        qsTr("A PDF that reads well on screen and on paper"),
        qsTr("A bundle with the original files and badges, which others can check with Pathfolio"),
        qsTr("Only what you select leaves your computer")
    ]
}
