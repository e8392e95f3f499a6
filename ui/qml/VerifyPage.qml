import QtQuick
import Pathfolio

// Verify: checking a badge or a shared portfolio offline; on its way.
ComingSoon {
    title: qsTr("Verify")
    subtitle: qsTr("Check that a badge or a shared portfolio is genuine, without going online.")
    iconName: "verify"
    heading: qsTr("Check a badge or a portfolio")
    text: qsTr("Drop a badge file or a portfolio bundle here and Pathfolio will tell you, check by check, whether it can be trusted. Nothing is sent over the internet.")
    points: [
        qsTr("The issuer's signature matches the badge"),
        qsTr("The issuer's key belongs to the issuer named in the badge"),
        qsTr("The badge was valid on the day it was issued and has not expired"),
        qsTr("The badge was issued to you")
    ]
}
