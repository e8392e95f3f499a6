<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CompetenciesPage</name>
    <message numerus="yes">
        <source>%n evidence item(s) · %1 logged</source>
        <translation>
            <numerusform>%n evidence item · %1 logged</numerusform>
            <numerusform>%n evidence items · %1 logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <extracomment>The evidence list narrowed by a search or filter: %1 items shown of %n in the library</extracomment>
        <translation>
            <numerusform>%1 of %n item</numerusform>
            <numerusform>%1 of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InternshipsPage</name>
    <message numerus="yes">
        <source>Total: %1 in %n entries</source>
        <translation>
            <numerusform>Total: %1 in %n entry</numerusform>
            <numerusform>Total: %1 in %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::CacheModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::EvidenceController</name>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; and its %n attached file(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete &quot;%1&quot; and its attached file? This cannot be undone.</numerusform>
            <numerusform>Delete &quot;%1&quot; and its %n attached files? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::JobController</name>
    <message numerus="yes">
        <source>%n badge(s) added and verified</source>
        <translation>
            <numerusform>%n badge added and verified</numerusform>
            <numerusform>%n badges added and verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your portfolio</source>
        <translation>
            <numerusform>%n already in your portfolio</numerusform>
            <numerusform>%n already in your portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status list(s) added to the offline cache</source>
        <translation>
            <numerusform>%n status list added to the offline cache</numerusform>
            <numerusform>%n status lists added to the offline cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) could not be verified; the log has the details.</source>
        <translation>
            <numerusform>%n badge could not be verified; the log has the details.</numerusform>
            <numerusform>%n badges could not be verified; the log has the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. %1</source>
        <translation>
            <numerusform>%n file could not be added. %1</numerusform>
            <numerusform>%n files could not be added. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n badge(s).</source>
        <translation>
            <numerusform>Verification cancelled after %n badge.</numerusform>
            <numerusform>Verification cancelled after %n badges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) verified.</source>
        <translation>
            <numerusform>%n badge verified.</numerusform>
            <numerusform>%n badges verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::OfflineDataController</name>
    <message numerus="yes">
        <source>%n issuer(s) imported.</source>
        <translation>
            <numerusform>%n issuer imported.</numerusform>
            <numerusform>%n issuers imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::OverviewController</name>
    <message numerus="yes">
        <source>Expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Expires on %1, in %n day.</numerusform>
            <numerusform>Expires on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>%n piece of evidence</numerusform>
            <numerusform>%n pieces of evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::PackItemModel</name>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n piece of evidence</numerusform>
            <numerusform>%n pieces of evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation>
            <numerusform>%n internship</numerusform>
            <numerusform>%n internships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competenc(y/ies)</source>
        <translation>
            <numerusform>%n competency</numerusform>
            <numerusform>%n competencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::PlacementController</name>
    <message numerus="yes">
        <source>%n log entries</source>
        <translation>
            <numerusform>%n log entry</numerusform>
            <numerusform>%n log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluations</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::ReportText</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::VerifyController</name>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n portfolio(s): %1 intact, %2 changed or unreadable</source>
        <extracomment>Follows the summary of the credentials, after &quot;; &quot;</extracomment>
        <translation>
            <numerusform>%n portfolio: %1 intact, %2 changed or unreadable</numerusform>
            <numerusform>%n portfolios: %1 intact, %2 changed or unreadable</numerusform>
        </translation>
    </message>
</context>
</TS>
