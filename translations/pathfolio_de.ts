<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BadgeDetail</name>
    <message>
        <source>Badge image of %1</source>
        <translation>Badge-Bild von %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Verify this badge again</source>
        <translation>Dieses Badge erneut prüfen</translation>
    </message>
    <message>
        <source>Save original…</source>
        <translation>Original speichern …</translation>
    </message>
    <message>
        <source>Save the original file of this badge</source>
        <translation>Originaldatei dieses Badges speichern</translation>
    </message>
    <message>
        <source>Bake into PNG…</source>
        <translation>In PNG einbetten …</translation>
    </message>
    <message>
        <source>Save this badge baked into a PNG image</source>
        <translation>Dieses Badge in ein PNG-Bild eingebettet speichern</translation>
    </message>
    <message>
        <source>Bake into SVG…</source>
        <translation>In SVG einbetten …</translation>
    </message>
    <message>
        <source>Save this badge baked into an SVG image</source>
        <translation>Dieses Badge in ein SVG-Bild eingebettet speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this badge</source>
        <translation>Dieses Badge löschen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Raw document</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Verliehen an</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Verliehen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <source>Added to Pathfolio</source>
        <translation>Zu Pathfolio hinzugefügt</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Evidence named by the issuer</source>
        <translation>Vom Aussteller genannte Nachweise</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Kennung des Nachweises</translation>
    </message>
    <message>
        <source>This badge has not been verified yet. Verify it now to see each check.</source>
        <translation>Dieses Badge wurde noch nicht geprüft. Prüfe es jetzt, um die einzelnen Prüfschritte zu sehen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Verification of %1: %2</source>
        <translation>Prüfung vom %1: %2</translation>
    </message>
    <message>
        <source>Exactly as the issuer wrote it. Pathfolio keeps the original unchanged; everything else on this page is read from it.</source>
        <translation>Genau so, wie der Aussteller es geschrieben hat. Pathfolio bewahrt das Original unverändert auf; alles andere auf dieser Seite wird daraus gelesen.</translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation>Original speichern</translation>
    </message>
    <message>
        <source>Save the baked badge</source>
        <translation>Eingebettetes Badge speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>BadgeFileDialog</name>
    <message>
        <source>Add badges</source>
        <translation>Badges hinzufügen</translation>
    </message>
    <message>
        <source>Badges and credentials (*.png *.svg *.json *.jws *.jwt)</source>
        <translation>Badges und Nachweise (*.png *.svg *.json *.jws *.jwt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Digital badges and credentials from your school, courses and employers, checked on your computer.</source>
        <translation>Digitale Badges und Nachweise von deiner Schule, aus Kursen und von Arbeitgebern, geprüft auf deinem Computer.</translation>
    </message>
    <message>
        <source>No badges yet</source>
        <translation>Noch keine Badges</translation>
    </message>
    <message>
        <source>Drop badge files to add them</source>
        <translation>Badge-Dateien hier ablegen, um sie hinzuzufügen</translation>
    </message>
    <message>
        <source>Verify all</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <source>Verify every badge again</source>
        <translation>Alle Badges erneut prüfen</translation>
    </message>
    <message>
        <source>Add badges…</source>
        <translation>Badges hinzufügen …</translation>
    </message>
    <message>
        <source>Add badge files to your portfolio</source>
        <translation>Badge-Dateien zu deinem Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>When an issuer sends you an Open Badge, keep the file (PNG, SVG or JSON) and add it here, or drop it on this window. Each badge is checked on your computer, without going online.</source>
        <translation>Wenn dir ein Aussteller ein Open Badge schickt, bewahre die Datei (PNG, SVG oder JSON) auf und füge sie hier hinzu oder zieh sie auf dieses Fenster. Jedes Badge wird auf deinem Computer geprüft, ohne Internetverbindung.</translation>
    </message>
    <message>
        <source>Import a badge</source>
        <translation>Ein Badge importieren</translation>
    </message>
    <message>
        <source>%1, issued by %2</source>
        <translation>%1, ausgestellt von %2</translation>
    </message>
</context>
<context>
    <name>CacheDocumentDialog</name>
    <message>
        <source>Add a document to the offline cache</source>
        <translation>Dokument zum Offline-Speicher hinzufügen</translation>
    </message>
    <message>
        <source>A verifier reads this document instead of fetching it from the address.</source>
        <translation>Beim Prüfen wird dieses Dokument gelesen, statt es von der Adresse abzurufen.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The URL or DID that badges use for this document.</source>
        <translation>Die URL oder DID, mit der Badges auf dieses Dokument verweisen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>At most 50 MiB.</source>
        <translation>Höchstens 50 MiB.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>Datei des Dokuments wählen</translation>
    </message>
</context>
<context>
    <name>CompetenciesPage</name>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>The skills you are building. Link them to evidence and log entries to show where you practised each one.</source>
        <translation>Die Fähigkeiten, die du aufbaust. Verknüpfe sie mit Nachweisen und Protokolleinträgen, um zu zeigen, wo du sie geübt hast.</translation>
    </message>
    <message>
        <source>Add competency</source>
        <translation>Kompetenz hinzufügen</translation>
    </message>
    <message>
        <source>No competencies yet</source>
        <translation>Noch keine Kompetenzen</translation>
    </message>
    <message>
        <source>Add the competencies of your course or of a framework such as DigComp, or your own. You can then link evidence and internship hours to them.</source>
        <translation>Füge die Kompetenzen deines Studiengangs, eines Rahmenwerks wie DigComp oder eigene hinzu. Danach kannst du Nachweise und Praktikumsstunden mit ihnen verknüpfen.</translation>
    </message>
    <message>
        <source>Add a competency</source>
        <translation>Eine Kompetenz hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) · %1 logged</source>
        <translation>
            <numerusform>%n Nachweis · %1 erfasst</numerusform>
            <numerusform>%n Nachweise · %1 erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>CompetencyDialog</name>
    <message>
        <source>Add competency</source>
        <translation>Kompetenz hinzufügen</translation>
    </message>
    <message>
        <source>Edit competency</source>
        <translation>Kompetenz bearbeiten</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>For example: 3.1</source>
        <translation>Zum Beispiel: 3.1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For example: Developing digital content</source>
        <translation>Zum Beispiel: Digitale Inhalte entwickeln</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>Leave empty for a competency of your own.</source>
        <translation>Leer lassen für eine eigene Kompetenz.</translation>
    </message>
    <message>
        <source>For example: DigComp 2.2</source>
        <translation>Zum Beispiel: DigComp 2.2</translation>
    </message>
    <message>
        <source>Framework&apos;s web address</source>
        <translation>Webadresse des Rahmenwerks</translation>
    </message>
</context>
<context>
    <name>CompetencyPicker</name>
    <message>
        <source>No competencies yet. Add the ones you are working on under Competencies, then link them here.</source>
        <translation>Noch keine Kompetenzen. Füge unter „Kompetenzen“ die hinzu, an denen du arbeitest, und verknüpfe sie dann hier.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Bist du sicher?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of a date field; keep the order year, month, day</extracomment>
        <translation>JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop files here</source>
        <translation>Dateien hier ablegen</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Add evaluation</source>
        <translation>Beurteilung hinzufügen</translation>
    </message>
    <message>
        <source>Edit evaluation</source>
        <translation>Beurteilung bearbeiten</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Beurteilende Person</translation>
    </message>
    <message>
        <source>Evaluator&apos;s name</source>
        <translation>Name der beurteilenden Person</translation>
    </message>
    <message>
        <source>Evaluator&apos;s job title</source>
        <translation>Funktion der beurteilenden Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date of the evaluation</source>
        <translation>Datum der Beurteilung</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>What each point of the scale means, as the evaluator used it.</source>
        <translation>Was jede Stufe der Skala bedeutet, so wie die beurteilende Person sie verwendet hat.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>Niedrigste Bewertung</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>Höchste Bewertung</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Rate the competencies the evaluator rated; leave the others as not rated.</source>
        <translation>Trage die Bewertungen der beurteilten Kompetenzen ein; lass die übrigen auf „nicht bewertet“.</translation>
    </message>
    <message>
        <source>No competencies yet. Add them under Competencies to record ratings.</source>
        <translation>Noch keine Kompetenzen. Füge sie unter „Kompetenzen“ hinzu, um Bewertungen einzutragen.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>Bewertung von %1</translation>
    </message>
    <message>
        <source>Comment on this rating (optional)</source>
        <translation>Kommentar zu dieser Bewertung (optional)</translation>
    </message>
    <message>
        <source>Comment on the rating of %1</source>
        <translation>Kommentar zur Bewertung von %1</translation>
    </message>
    <message>
        <source>Overall comments</source>
        <translation>Gesamteinschätzung</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Nachweis bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>For example: Accessibility audit of the library website</source>
        <translation>Zum Beispiel: Barrierefreiheitsprüfung der Bibliothekswebsite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>A copy of each file is kept in your portfolio, so later changes to the original do not affect it.</source>
        <translation>Von jeder Datei wird eine Kopie im Portfolio aufbewahrt; spätere Änderungen am Original wirken sich nicht darauf aus.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen …</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>For example: HCI 210</source>
        <translation>Zum Beispiel: HCI 210</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>For example: Autumn 2024</source>
        <translation>Zum Beispiel: Wintersemester 2024/25</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What it is and what you did.</source>
        <translation>Worum es sich handelt und was du gemacht hast.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>What you learnt, what was hard, what you would do differently.</source>
        <translation>Was du gelernt hast, was schwierig war, was du anders machen würdest.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Schlagwörter durch Kommas trennen.</translation>
    </message>
    <message>
        <source>For example: teamwork, Python</source>
        <translation>Zum Beispiel: Teamarbeit, Python</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>The competencies this evidence shows.</source>
        <translation>Die Kompetenzen, die dieser Nachweis zeigt.</translation>
    </message>
    <message>
        <source>Drop files to attach them</source>
        <translation>Dateien hier ablegen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>or drop them here</source>
        <translation>oder hier ablegen</translation>
    </message>
</context>
<context>
    <name>EvidenceFilterBar</name>
    <message>
        <source>Search titles, descriptions, reflections, courses and tags</source>
        <translation>Titel, Beschreibungen, Reflexionen, Kurse und Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Nachweise durchsuchen</translation>
    </message>
    <message>
        <source>The list narrows as you type. Press Escape to clear.</source>
        <translation>Die Liste wird beim Tippen eingegrenzt. Mit Escape leeren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <extracomment>The evidence list narrowed by a search or filter: %1 items shown of %n in the library</extracomment>
        <translation>
            <numerusform>%1 von %n Nachweis</numerusform>
            <numerusform>%1 von %n Nachweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Art des Nachweises</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Alle Kurse</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>All competencies</source>
        <translation>Alle Kompetenzen</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Before the first date of the evidence list&apos;s date range</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Datiert ab</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the evidence list&apos;s date range</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Dated until</source>
        <translation>Datiert bis</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Coursework, projects and notes that show what you can do, with what you learnt.</source>
        <translation>Studienarbeiten, Projekte und Notizen, die zeigen, was du kannst und was du dabei gelernt hast.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Noch keine Nachweise</translation>
    </message>
    <message>
        <source>Add a report, a link to a project or a short note. Say what it shows and what you learnt from it; you can attach files and link competencies.</source>
        <translation>Füge einen Bericht, einen Link zu einem Projekt oder eine kurze Notiz hinzu. Beschreibe, was sie zeigt und was du daraus gelernt hast; du kannst Dateien anhängen und Kompetenzen verknüpfen.</translation>
    </message>
    <message>
        <source>Add your first evidence</source>
        <translation>Ersten Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this evidence</source>
        <translation>Diesen Nachweis bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this evidence</source>
        <translation>Diesen Nachweis löschen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No evidence matches the search and filters. Try fewer words, or clear the filters to see everything.</source>
        <translation>Kein Nachweis passt zur Suche und zu den Filtern. Versuche es mit weniger Wörtern oder setze die Filter zurück, um alles zu sehen.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <source>Open %1 in another app</source>
        <translation>%1 in einer anderen App öffnen</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Share your portfolio with a teacher, a school or an employer: a PDF to read, or a bundle they can check with Pathfolio.</source>
        <translation>Teile dein Portfolio mit einer Lehrkraft, einer Schule oder einem Arbeitgeber: als PDF zum Lesen oder als Bündel, das sie mit Pathfolio prüfen können.</translation>
    </message>
    <message>
        <source>Save bundle…</source>
        <translation>Bündel speichern…</translation>
    </message>
    <message>
        <source>Save the portfolio as a bundle that others can verify</source>
        <translation>Das Portfolio als Bündel speichern, das andere prüfen können</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save the portfolio as a PDF</source>
        <translation>Das Portfolio als PDF speichern</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Add evidence, an internship or a badge, and Pathfolio puts them together here as a PDF and as a bundle with the original files, which others can check.</source>
        <translation>Dein Portfolio ist leer. Füge Nachweise, ein Praktikum oder ein Abzeichen hinzu, und Pathfolio stellt sie hier als PDF und als Bündel mit den Originaldateien zusammen, das andere prüfen können.</translation>
    </message>
    <message>
        <source>Add your first evidence</source>
        <translation>Ersten Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Under your name on the cover.</source>
        <translation>Unter deinem Namen auf dem Deckblatt.</translation>
    </message>
    <message>
        <source>For example UX design student, 4th semester</source>
        <translation>Zum Beispiel Studentin UX-Design, 4. Semester</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Angestrebte Stelle</translation>
    </message>
    <message>
        <source>The role or employer the portfolio is for.</source>
        <translation>Die Stelle oder der Arbeitgeber, für die das Portfolio bestimmt ist.</translation>
    </message>
    <message>
        <source>For example Junior UX researcher at Acme</source>
        <translation>Zum Beispiel Junior UX Researcher bei Acme</translation>
    </message>
    <message>
        <source>Cover note</source>
        <translation>Begleittext</translation>
    </message>
    <message>
        <source>A few words to the reader</source>
        <translation>Ein paar Worte an die Leserin oder den Leser</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Left out of the pages and of the bundle; the cover says what was withheld.</source>
        <translation>Wird in den Seiten und im Bündel weggelassen; das Deckblatt nennt, was zurückgehalten wurde.</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>%1 weglassen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Nicht aktuell</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Vorschau aktualisieren</translation>
    </message>
    <message>
        <source>Show the options as they stand in the preview</source>
        <translation>Die aktuellen Einstellungen in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Pages of the exported portfolio</source>
        <translation>Seiten des exportierten Portfolios</translation>
    </message>
    <message>
        <source>The preview could not be shown: %1</source>
        <translation>Die Vorschau konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Pathfolio is laying out your portfolio…</source>
        <translation>Pathfolio setzt dein Portfolio…</translation>
    </message>
    <message>
        <source>The preview shows here.</source>
        <translation>Hier erscheint die Vorschau.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the portfolio as a bundle</source>
        <translation>Das Portfolio als Bündel speichern</translation>
    </message>
    <message>
        <source>Portfolio bundles (*.json)</source>
        <translation>Portfolio-Bündel (*.json)</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Your whole portfolio</source>
        <translation>Dein ganzes Portfolio</translation>
    </message>
    <message>
        <source>Only the pack %1: %2</source>
        <translation>Nur das Paket %1: %2</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the pack %1</source>
        <translation>Paket %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the pack %1</source>
        <translation>Paket %1 löschen</translation>
    </message>
    <message>
        <source>The cover below differs from the one saved with %1.</source>
        <translation>Das Deckblatt unten weicht von dem ab, das mit %1 gespeichert ist.</translation>
    </message>
    <message>
        <source>Save to pack</source>
        <translation>Im Paket speichern</translation>
    </message>
    <message>
        <source>Save the cover with the pack %1</source>
        <translation>Deckblatt mit dem Paket %1 speichern</translation>
    </message>
    <message>
        <source>New application pack…</source>
        <translation>Neues Bewerbungspaket…</translation>
    </message>
    <message>
        <source>Choose what an export for one application holds, and save it as a pack</source>
        <translation>Wählen, was ein Export für eine Bewerbung enthält, und als Paket speichern</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Bündel</translation>
    </message>
    <message>
        <source>Put the evidence files in the bundle</source>
        <translation>Nachweisdateien ins Bündel legen</translation>
    </message>
    <message>
        <source>Then a reader has the files themselves, not only their fingerprints. The bundle grows by their size.</source>
        <translation>Dann hat der Leser die Dateien selbst, nicht nur ihre Fingerabdrücke. Das Bündel wächst um ihre Größe.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Sign as yours</source>
        <translation>Mit deinem Schlüssel signieren</translation>
    </message>
    <message>
        <source>Signed as %1. A reader who verifies the export sees that it comes from this key and that nothing was changed after you signed it.</source>
        <translation>Signiert als %1. Wer den Export prüft, sieht, dass er von diesem Schlüssel stammt und nach dem Signieren nicht verändert wurde.</translation>
    </message>
    <message>
        <source>A reader who verifies the export sees that nothing was changed after you signed it. The first time, Pathfolio makes your key.</source>
        <translation>Wer den Export prüft, sieht, dass nach dem Signieren nichts verändert wurde. Beim ersten Mal erzeugt Pathfolio deinen Schlüssel.</translation>
    </message>
    <message>
        <source>Your key is locked with your passphrase. Once you enter it, the key stays unlocked until you untick the box or close Pathfolio.</source>
        <translation>Dein Schlüssel ist mit deiner Passphrase gesperrt. Nach der Eingabe bleibt er entsperrt, bis du das Häkchen entfernst oder Pathfolio schließt.</translation>
    </message>
</context>
<context>
    <name>FilePreviewDialog</name>
    <message>
        <source>Open in another app</source>
        <translation>In anderer App öffnen</translation>
    </message>
    <message>
        <source>Open %1 in another app</source>
        <translation>%1 in einer anderen App öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Vorschau schließen</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <source>This image could not be shown. Open it in another app to see it.</source>
        <translation>Dieses Bild kann nicht angezeigt werden. Öffne es in einer anderen App, um es zu sehen.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>Seite an die Breite des Fensters anpassen</translation>
    </message>
    <message>
        <source>Pages of %1</source>
        <translation>Seiten von %1</translation>
    </message>
    <message>
        <source>This PDF could not be shown: %1</source>
        <translation>Dieses PDF kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>Keine Vorschau für diese Art von Datei</translation>
    </message>
    <message>
        <source>Pathfolio shows images, PDFs and text itself. Open this file in another app to see it.</source>
        <translation>Pathfolio zeigt Bilder, PDFs und Text selbst an. Öffne diese Datei in einer anderen App, um sie zu sehen.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so Pathfolio cannot show its pages.</source>
        <translation>Dieses PDF ist durch ein Passwort geschützt, deshalb kann Pathfolio seine Seiten nicht anzeigen.</translation>
    </message>
    <message>
        <source>Open it in another app and enter its password there. Pathfolio keeps the file as it was added.</source>
        <translation>Öffne es in einer anderen App und gib dort das Passwort ein. Pathfolio bewahrt die Datei so auf, wie sie hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>The file may be damaged or not a PDF at all. Pathfolio keeps it as it was added; another app may still read it.</source>
        <translation>Die Datei ist vielleicht beschädigt oder gar kein PDF. Pathfolio bewahrt sie so auf, wie sie hinzugefügt wurde; eine andere App kann sie vielleicht trotzdem lesen.</translation>
    </message>
</context>
<context>
    <name>FilterComboBox</name>
    <message>
        <source>Filter on: %1</source>
        <translation>Filter aktiv: %1</translation>
    </message>
    <message>
        <source>Filter off</source>
        <translation>Filter aus</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your portfolio</source>
        <translation>Dein Portfolio</translation>
    </message>
    <message>
        <source>Collect what shows your learning: coursework, internships and badges, kept on your computer.</source>
        <translation>Sammle, was dein Lernen zeigt: Studienarbeiten, Praktika und Badges, gespeichert auf deinem Computer.</translation>
    </message>
    <message>
        <source>Everything you have collected so far, kept on your computer.</source>
        <translation>Alles, was du bisher gesammelt hast, gespeichert auf deinem Computer.</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Hours logged in placements</source>
        <translation>Erfasste Praktikumsstunden</translation>
    </message>
    <message>
        <source>Internships and placements</source>
        <translation>Praktika und Einsätze</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Hours logged this month</source>
        <translation>Stunden in diesem Monat</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <source>Nothing yet. What you add and log will be listed here.</source>
        <translation>Noch nichts. Was du hinzufügst und protokollierst, erscheint hier.</translation>
    </message>
    <message>
        <source>Competency coverage</source>
        <translation>Abdeckung der Kompetenzen</translation>
    </message>
    <message>
        <source>No competencies yet.</source>
        <translation>Noch keine Kompetenzen.</translation>
    </message>
    <message>
        <source>%1 of %2 competencies have evidence, hours, evaluations or badges behind them.</source>
        <translation>%1 von %2 Kompetenzen sind durch Nachweise, Stunden, Beurteilungen oder Badges belegt.</translation>
    </message>
    <message>
        <source>Open competencies</source>
        <translation>Kompetenzen öffnen</translation>
    </message>
    <message>
        <source>Welcome to Pathfolio</source>
        <translation>Willkommen bei Pathfolio</translation>
    </message>
    <message>
        <source>Start with a badge you have earned: Pathfolio checks it on your computer and keeps it with the evidence behind it. Or look around a sample portfolio first; it opens in a window of its own and leaves yours untouched.</source>
        <translation>Beginne mit einem Badge, das du erworben hast: Pathfolio prüft es auf deinem Computer und bewahrt es mit den Nachweisen dahinter auf. Oder sieh dir zuerst ein Beispielportfolio an; es öffnet sich in einem eigenen Fenster und lässt deines unberührt.</translation>
    </message>
    <message>
        <source>Import a badge…</source>
        <translation>Ein Badge importieren …</translation>
    </message>
    <message>
        <source>Import a badge</source>
        <translation>Ein Badge importieren</translation>
    </message>
    <message>
        <source>Open the sample portfolio</source>
        <translation>Beispielportfolio öffnen</translation>
    </message>
    <message>
        <source>The sample portfolio could not be opened. Start Pathfolio with --sample to see it.</source>
        <translation>Das Beispielportfolio konnte nicht geöffnet werden. Starte Pathfolio mit --sample, um es zu sehen.</translation>
    </message>
</context>
<context>
    <name>InternshipsPage</name>
    <message>
        <source>Internships</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Internships, apprenticeships and other placements: your hours, what you did and how your supervisor rated you.</source>
        <translation>Praktika, Ausbildungen und andere Einsätze: deine Stunden, deine Tätigkeiten und wie deine Betreuungsperson dich beurteilt hat.</translation>
    </message>
    <message>
        <source>Add internship</source>
        <translation>Praktikum hinzufügen</translation>
    </message>
    <message>
        <source>No internships yet</source>
        <translation>Noch keine Praktika</translation>
    </message>
    <message>
        <source>Add an internship or another placement, then log your hours after each day and record your supervisor&apos;s evaluation.</source>
        <translation>Füge ein Praktikum oder einen anderen Einsatz hinzu, erfasse nach jedem Tag deine Stunden und trage die Beurteilung deiner Betreuungsperson ein.</translation>
    </message>
    <message>
        <source>Add an internship</source>
        <translation>Ein Praktikum hinzufügen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this internship</source>
        <translation>Dieses Praktikum bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this internship</source>
        <translation>Dieses Praktikum löschen</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>Beurteilungen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Betreuungsperson</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Woche ab %1: %2</translation>
    </message>
    <message>
        <source>Log (%1)</source>
        <translation>Protokoll (%1)</translation>
    </message>
    <message>
        <source>Evaluations (%1)</source>
        <translation>Beurteilungen (%1)</translation>
    </message>
    <message>
        <source>No hours logged yet. Add an entry after each working day: the date, your hours and what you did.</source>
        <translation>Noch keine Stunden erfasst. Lege nach jedem Arbeitstag einen Eintrag an: das Datum, deine Stunden und was du getan hast.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n entries</source>
        <translation>
            <numerusform>Gesamt: %1 in %n Eintrag</numerusform>
            <numerusform>Gesamt: %1 in %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add log entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit the entry of %1</source>
        <translation>Eintrag vom %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete the entry of %1</source>
        <translation>Eintrag vom %1 löschen</translation>
    </message>
    <message>
        <source>No evaluations yet. When your supervisor rates your work, record it here, competency by competency.</source>
        <translation>Noch keine Beurteilungen. Wenn deine Betreuungsperson deine Arbeit bewertet, trage es hier ein, Kompetenz für Kompetenz.</translation>
    </message>
    <message>
        <source>Your supervisor&apos;s ratings, on the rubric they used.</source>
        <translation>Die Bewertungen deiner Betreuungsperson, nach dem verwendeten Bewertungsraster.</translation>
    </message>
    <message>
        <source>Add evaluation</source>
        <translation>Beurteilung hinzufügen</translation>
    </message>
    <message>
        <source>Edit the evaluation of %1</source>
        <translation>Beurteilung vom %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete the evaluation of %1</source>
        <translation>Beurteilung vom %1 löschen</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 – cancelling…</source>
        <translation>%1 – wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>Add log entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit log entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>For example 7.5</source>
        <translation>Zum Beispiel 7,5</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was du getan hast</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>What you learnt or would do differently.</source>
        <translation>Was du gelernt hast oder anders machen würdest.</translation>
    </message>
    <message>
        <source>Competencies practised</source>
        <translation>Geübte Kompetenzen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Pathfolio – sample portfolio</source>
        <translation>Pathfolio – Beispielportfolio</translation>
    </message>
    <message>
        <source>Pathfolio</source>
        <translation>Pathfolio</translation>
    </message>
    <message>
        <source>Sample portfolio: changes are discarded when you close Pathfolio.</source>
        <translation>Beispielportfolio: Änderungen werden beim Schließen von Pathfolio verworfen.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>New application pack</source>
        <translation>Neues Bewerbungspaket</translation>
    </message>
    <message>
        <source>Edit application pack</source>
        <translation>Bewerbungspaket bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For you: the role or employer it is for, for example &quot;Acme, junior UX designer&quot;.</source>
        <translation>Für dich: die Stelle oder der Arbeitgeber, für die es ist, zum Beispiel „Acme, Junior UX Designer“.</translation>
    </message>
    <message>
        <source>Name of the pack</source>
        <translation>Name des Pakets</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The competencies its items show come along by themselves. The target role, headline and cover note on the Export page are saved with the pack.</source>
        <translation>Die Kompetenzen, die seine Einträge zeigen, kommen von selbst mit. Zielposition, Überschrift und Anschreiben der Export-Seite werden mit dem Paket gespeichert.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Items of your portfolio</source>
        <translation>Einträge deines Portfolios</translation>
    </message>
    <message>
        <source>Choose every item listed</source>
        <translation>Alle angezeigten Einträge wählen</translation>
    </message>
    <message>
        <source>Choose none of the items listed</source>
        <translation>Keinen der angezeigten Einträge wählen</translation>
    </message>
    <message>
        <source>Find items by title, issuer, course or date</source>
        <translation>Einträge nach Titel, Aussteller, Kurs oder Datum suchen</translation>
    </message>
    <message>
        <source>Find items</source>
        <translation>Einträge suchen</translation>
    </message>
    <message>
        <source>No item matches &quot;%1&quot;.</source>
        <translation>Kein Eintrag passt zu „%1“.</translation>
    </message>
    <message>
        <source>Your portfolio is empty.</source>
        <translation>Dein Portfolio ist leer.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Make your signing key</source>
        <translation>Signaturschlüssel erzeugen</translation>
    </message>
    <message>
        <source>Unlock your signing key</source>
        <translation>Signaturschlüssel entsperren</translation>
    </message>
    <message>
        <source>Pathfolio makes a key that signs your exports as yours, so a reader can see that nobody changed them after you. The key is kept in Pathfolio&apos;s data folder, locked with this passphrase. Nobody can recover a forgotten passphrase, so keep it somewhere safe.</source>
        <translation>Pathfolio erzeugt einen Schlüssel, der deine Exporte als deine signiert, damit Leser sehen, dass niemand sie nach dir verändert hat. Der Schlüssel liegt im Datenordner von Pathfolio, gesperrt mit dieser Passphrase. Eine vergessene Passphrase kann niemand wiederherstellen; bewahre sie sicher auf.</translation>
    </message>
    <message>
        <source>Your exports are signed as %1.</source>
        <translation>Deine Exporte werden als %1 signiert.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Dieselbe Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Make key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>Passphrase vergessen?</translation>
    </message>
    <message>
        <source>Nobody can recover it. Pathfolio can put this key aside, in its data folder, and make a new one. What you signed before still verifies, as signed by the old key; from now on your exports show the new one.</source>
        <translation>Niemand kann sie wiederherstellen. Pathfolio kann diesen Schlüssel in seinem Datenordner beiseitelegen und einen neuen erzeugen. Was du zuvor signiert hast, lässt sich weiter prüfen, als vom alten Schlüssel signiert; deine Exporte zeigen von nun an den neuen.</translation>
    </message>
    <message>
        <source>Put this key aside and make a new one</source>
        <translation>Diesen Schlüssel beiseitelegen und einen neuen erzeugen</translation>
    </message>
</context>
<context>
    <name>PdfPageList</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Add internship</source>
        <translation>Praktikum hinzufügen</translation>
    </message>
    <message>
        <source>Edit internship</source>
        <translation>Praktikum bearbeiten</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>For example: Northwind Digital</source>
        <translation>Zum Beispiel: Northwind Digital</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Deine Rolle</translation>
    </message>
    <message>
        <source>For example: Design intern</source>
        <translation>Zum Beispiel: Praktikantin im Design</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Kind of placement</source>
        <translation>Art des Einsatzes</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Leave empty while it goes on.</source>
        <translation>Leer lassen, solange es noch läuft.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Town, country or &quot;remote&quot;</source>
        <translation>Ort, Land oder „remote“</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Betreuungsperson</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation>Name der Betreuungsperson</translation>
    </message>
    <message>
        <source>Supervisor&apos;s job title</source>
        <translation>Funktion der Betreuungsperson</translation>
    </message>
    <message>
        <source>For example: Lead designer</source>
        <translation>Zum Beispiel: Leitende Designerin</translation>
    </message>
    <message>
        <source>Supervisor&apos;s e-mail</source>
        <translation>E-Mail der Betreuungsperson</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the organisation does and what your placement is about.</source>
        <translation>Was die Organisation macht und worum es in deinem Einsatz geht.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>checked %1</source>
        <translation>geprüft am %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>This is a sample portfolio in a temporary folder. It is deleted when you close Pathfolio.</source>
        <translation>Dies ist ein Beispielportfolio in einem temporären Ordner. Er wird beim Schließen von Pathfolio gelöscht.</translation>
    </message>
    <message>
        <source>Everything you add is kept in this folder on your computer: the database and a copy of each attached file. Include it in your backups.</source>
        <translation>Alles, was du hinzufügst, liegt in diesem Ordner auf deinem Computer: die Datenbank und eine Kopie jeder angehängten Datei. Nimm ihn in deine Datensicherung auf.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Pathfolio is shown in %1.</source>
        <translation>Pathfolio wird auf %1 angezeigt.</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Pathfolio.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Pathfolio verwendet.</translation>
    </message>
    <message>
        <source>About Pathfolio</source>
        <translation>Über Pathfolio</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Your portfolio stays on your computer. Pathfolio does not go online unless you ask it to.</source>
        <translation>Dein Portfolio bleibt auf deinem Computer. Pathfolio geht nur online, wenn du es ausdrücklich möchtest.</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Offline-Speicher</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Dokument hinzufügen …</translation>
    </message>
    <message>
        <source>Add a document to the offline cache</source>
        <translation>Dokument zum Offline-Speicher hinzufügen</translation>
    </message>
    <message>
        <source>Documents that badges point to, kept on your computer so badges can be checked without going online.</source>
        <translation>Dokumente, auf die Badges verweisen, auf deinem Computer gespeichert, damit sich Badges ohne Internet prüfen lassen.</translation>
    </message>
    <message>
        <source>No documents kept offline</source>
        <translation>Keine Dokumente offline gespeichert</translation>
    </message>
    <message>
        <source>Add the documents a verifier needs: issuer profiles, keys, DID documents, status lists.</source>
        <translation>Füge die Dokumente hinzu, die zum Prüfen nötig sind: Profile ausstellender Stellen, Schlüssel, DID-Dokumente, Statuslisten.</translation>
    </message>
    <message>
        <source>%1 · added %2</source>
        <translation>%1 · %2 hinzugefügt</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the offline cache? Badges that need it can then only be checked online.</source>
        <translation>%1 aus dem Offline-Speicher entfernen? Badges, die es brauchen, lassen sich dann nur noch online prüfen.</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Vertrauenswürdige Aussteller</translation>
    </message>
    <message>
        <source>Add issuer…</source>
        <translation>Aussteller hinzufügen …</translation>
    </message>
    <message>
        <source>Add a trusted issuer</source>
        <translation>Vertrauenswürdigen Aussteller hinzufügen</translation>
    </message>
    <message>
        <source>Badges from these issuers are shown as coming from someone you trust. Share the list with others as a file.</source>
        <translation>Badges dieser Aussteller werden als Badges von jemandem gezeigt, dem du vertraust. Teile die Liste als Datei mit anderen.</translation>
    </message>
    <message>
        <source>No trusted issuers yet</source>
        <translation>Noch keine vertrauenswürdigen Aussteller</translation>
    </message>
    <message>
        <source>Add the schools, course providers and employers whose badges you trust, or import a trust list someone shared with you.</source>
        <translation>Füge die Schulen, Kursanbieter und Arbeitgeber hinzu, deren Badges du vertraust, oder importiere eine Vertrauensliste, die jemand mit dir geteilt hat.</translation>
    </message>
    <message>
        <source>Trusted since %1</source>
        <translation>Vertraut seit %1</translation>
    </message>
    <message>
        <source>Stop trusting %1? Its badges are then shown as coming from an unknown issuer.</source>
        <translation>%1 nicht mehr vertrauen? Badges von %1 werden dann als Badges eines unbekannten Ausstellers gezeigt.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import a trust list</source>
        <translation>Vertrauensliste importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the trust list</source>
        <translation>Vertrauensliste exportieren</translation>
    </message>
    <message>
        <source>Trust lists (*.json)</source>
        <translation>Vertrauenslisten (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Who you are, where your portfolio is kept, how Pathfolio looks and speaks to you, and what it reads to check badges offline.</source>
        <translation>Wer du bist, wo dein Portfolio liegt, wie Pathfolio aussieht und mit dir spricht und was es liest, um Badges offline zu prüfen.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Dein Profil</translation>
    </message>
    <message>
        <source>Your name as your exported portfolio shows it, and the identifiers your badges were issued to: Pathfolio checks each badge&apos;s recipient against them.</source>
        <translation>Dein Name, wie ihn dein exportiertes Portfolio zeigt, und die Kennungen, auf die deine Badges ausgestellt wurden: Pathfolio prüft den Empfänger jedes Badges gegen sie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For example Amira Haddad</source>
        <translation>Zum Beispiel Amira Haddad</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Name speichern</translation>
    </message>
    <message>
        <source>Save your name</source>
        <translation>Deinen Namen speichern</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>No identifiers yet. Add the e-mail address or DID your badges were issued to, so Pathfolio can tell they are yours.</source>
        <translation>Noch keine Kennungen. Füge die E-Mail-Adresse oder DID hinzu, auf die deine Badges ausgestellt wurden, damit Pathfolio erkennt, dass sie dir gehören.</translation>
    </message>
    <message>
        <source>Remove %1 from your identifiers? Badges issued to it are then no longer recognised as yours when they are verified.</source>
        <translation>%1 aus deinen Kennungen entfernen? Badges, die darauf ausgestellt sind, werden bei der Prüfung dann nicht mehr als deine erkannt.</translation>
    </message>
    <message>
        <source>Add an identifier</source>
        <translation>Kennung hinzufügen</translation>
    </message>
    <message>
        <source>Badges are checked against your identifiers when they are verified. After a change, use Verify all on the Badges page.</source>
        <translation>Badges werden bei der Prüfung gegen deine Kennungen geprüft. Nach einer Änderung verwende „Alle prüfen“ auf der Seite Badges.</translation>
    </message>
    <message>
        <source>Kind of identifier</source>
        <translation>Art der Kennung</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the identifier</source>
        <translation>Die Kennung hinzufügen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Pathfolio follows your desktop&apos;s light or dark colours, or keeps to the ones you choose.</source>
        <translation>Pathfolio folgt den hellen oder dunklen Farben deines Desktops oder bleibt bei denen, die du wählst.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Dein Signaturschlüssel</translation>
    </message>
    <message>
        <source>Exports you sign carry this key, on the cover and in the bundle: whoever verifies them sees that they come from it and were not changed since.</source>
        <translation>Exporte, die du signierst, tragen diesen Schlüssel, auf dem Deckblatt und im Bündel: Wer sie prüft, sieht, dass sie von ihm stammen und seitdem nicht verändert wurden.</translation>
    </message>
    <message>
        <source>You have no signing key yet. Pathfolio makes one, locked with a passphrase you choose, the first time you tick Sign as yours on the Export page.</source>
        <translation>Du hast noch keinen Signaturschlüssel. Pathfolio erzeugt einen, gesperrt mit einer Passphrase deiner Wahl, wenn du auf der Export-Seite zum ersten Mal „Mit deinem Schlüssel signieren“ ankreuzt.</translation>
    </message>
    <message>
        <source>The DID of your signing key</source>
        <translation>Die DID deines Signaturschlüssels</translation>
    </message>
    <message>
        <source>Kept in holder-key.json in the data folder, locked with your passphrase.</source>
        <translation>Gespeichert in holder-key.json im Datenordner, gesperrt mit deiner Passphrase.</translation>
    </message>
    <message>
        <source>Put aside and make a new one…</source>
        <translation>Beiseitelegen und einen neuen erzeugen…</translation>
    </message>
    <message>
        <source>Put your signing key aside; the next signed export makes a new one</source>
        <translation>Deinen Signaturschlüssel beiseitelegen; der nächste signierte Export erzeugt einen neuen</translation>
    </message>
    <message>
        <source>Put your signing key aside? It stays in the data folder, renamed. The next export you sign makes a new key, with a new DID; what you signed before still verifies.</source>
        <translation>Deinen Signaturschlüssel beiseitelegen? Er bleibt umbenannt im Datenordner. Der nächste Export, den du signierst, erzeugt einen neuen Schlüssel mit einer neuen DID; was du zuvor signiert hast, lässt sich weiter prüfen.</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Beiseitelegen</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Pathfolio cannot open your portfolio</source>
        <translation>Pathfolio kann dein Portfolio nicht öffnen</translation>
    </message>
    <message>
        <source>Your data has not been changed.</source>
        <translation>Deine Daten wurden nicht verändert.</translation>
    </message>
    <message>
        <source>Details for a bug report:</source>
        <translation>Details für einen Fehlerbericht:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Verification: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>TrustedIssuerDialog</name>
    <message>
        <source>Trust an issuer</source>
        <translation>Einem Aussteller vertrauen</translation>
    </message>
    <message>
        <source>Issuer&apos;s id</source>
        <translation>Kennung des Ausstellers</translation>
    </message>
    <message>
        <source>A DID or web address, exactly as the issuer&apos;s badges state it.</source>
        <translation>Eine DID oder Webadresse, genau so, wie sie in den Badges des Ausstellers steht.</translation>
    </message>
    <message>
        <source>For example: did:web:example.org</source>
        <translation>Zum Beispiel: did:web:example.org</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For example: Example University</source>
        <translation>Zum Beispiel: Beispiel-Universität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Why you trust this issuer, for your own reference.</source>
        <translation>Warum du diesem Aussteller vertraust, als Notiz für dich.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Drop files to verify them</source>
        <translation>Dateien hier ablegen, um sie zu prüfen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the results</source>
        <translation>Ergebnisse leeren</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dateien wählen …</translation>
    </message>
    <message>
        <source>Choose files to verify</source>
        <translation>Dateien zum Prüfen wählen</translation>
    </message>
    <message>
        <source>Check a badge</source>
        <translation>Ein Badge prüfen</translation>
    </message>
    <message>
        <source>Verified files</source>
        <translation>Geprüfte Dateien</translation>
    </message>
    <message>
        <source>Add all to my portfolio</source>
        <translation>Alle zu meinem Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>Add every readable file to your portfolio</source>
        <translation>Alle lesbaren Dateien zu deinem Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>Add to my portfolio</source>
        <translation>Zu meinem Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>Add this file to your portfolio</source>
        <translation>Diese Datei zu deinem Portfolio hinzufügen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check that a badge or an exported portfolio is genuine, without going online. Nothing is stored unless you add it.</source>
        <translation>Prüfe ohne Internet, ob ein Abzeichen oder ein exportiertes Portfolio echt ist. Nichts wird gespeichert, solange du es nicht hinzufügst.</translation>
    </message>
    <message>
        <source>Drop badge files (PNG, SVG or JSON) or an exported portfolio (PDF or JSON) on this window, or choose them. Pathfolio tells you, check by check, whether each can be trusted: the signature, the issuer&apos;s key, the dates, revocation and who it was issued to. Nothing is sent over the internet.</source>
        <translation>Zieh Abzeichen-Dateien (PNG, SVG oder JSON) oder ein exportiertes Portfolio (PDF oder JSON) in dieses Fenster oder wähle sie aus. Pathfolio sagt dir Prüfung für Prüfung, ob du ihnen trauen kannst: die Signatur, der Schlüssel des Ausstellers, die Daten, der Widerruf und für wen sie ausgestellt wurden. Nichts wird über das Internet gesendet.</translation>
    </message>
    <message>
        <source>Badges, credentials and portfolios (*.png *.svg *.json *.jws *.jwt *.pdf)</source>
        <translation>Abzeichen, Nachweise und Portfolios (*.png *.svg *.json *.jws *.jwt *.pdf)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A portfolio of your evidence, internships and badges.</source>
        <translation>Ein Portfolio deiner Nachweise, Praktika und Badges.</translation>
    </message>
    <message>
        <source>Keep the portfolio in &lt;folder&gt; instead of the usual place.</source>
        <translation>Das Portfolio in &lt;Ordner&gt; statt am üblichen Ort speichern.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Open a sample portfolio in a temporary folder, deleted on exit.</source>
        <translation>Ein Beispielportfolio in einem temporären Ordner öffnen, der beim Beenden gelöscht wird.</translation>
    </message>
    <message>
        <source>Load every page without showing it, report problems and exit.</source>
        <translation>Jede Seite unsichtbar laden, Probleme melden und beenden.</translation>
    </message>
    <message>
        <source>Save a picture of every page into &lt;folder&gt; and exit.</source>
        <translation>Ein Bild jeder Seite in &lt;Ordner&gt; speichern und beenden.</translation>
    </message>
</context>
<context>
    <name>pf::CacheModel</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::CompetencyController</name>
    <message>
        <source>Delete this competency?</source>
        <translation>Diese Kompetenz löschen?</translation>
    </message>
    <message>
        <source>Delete the competency &quot;%1&quot;? Evidence and log entries linked to it stay, without the link.</source>
        <translation>Die Kompetenz „%1“ löschen? Verknüpfte Nachweise und Einträge bleiben erhalten, nur ohne die Verknüpfung.</translation>
    </message>
</context>
<context>
    <name>pf::CompetencyModel</name>
    <message>
        <source>%1 %2</source>
        <comment>competency code, then title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Your own competencies</source>
        <translation>Deine eigenen Kompetenzen</translation>
    </message>
</context>
<context>
    <name>pf::CredentialController</name>
    <message>
        <source>… %1 more not shown. Save the original to read all of it.</source>
        <translation>… weitere %1 werden nicht angezeigt. Speichere das Original, um alles zu lesen.</translation>
    </message>
    <message>
        <source>Delete “%1” from your portfolio? The original file is removed from the library too; keep a copy with “Save original” first if you may need it again.</source>
        <translation>„%1“ aus deinem Portfolio löschen? Die Originaldatei wird auch aus der Bibliothek entfernt; speichere vorher mit „Original speichern“ eine Kopie, falls du sie noch einmal brauchst.</translation>
    </message>
</context>
<context>
    <name>pf::ErrorMessages</name>
    <message>
        <source>Some of the information is not valid. Check the form and try again.</source>
        <translation>Einige Angaben sind nicht gültig. Prüfe das Formular und versuche es erneut.</translation>
    </message>
    <message>
        <source>A date is not valid. Write dates as YYYY-MM-DD, for example 2024-09-30.</source>
        <translation>Ein Datum ist nicht gültig. Schreibe Daten als JJJJ-MM-TT, zum Beispiel 2024-09-30.</translation>
    </message>
    <message>
        <source>The dates are in the wrong order.</source>
        <translation>Die Daten sind in der falschen Reihenfolge.</translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 24.</source>
        <translation>Die Stunden müssen größer als 0 und höchstens 24 sein.</translation>
    </message>
    <message>
        <source>This item no longer exists. It may have been deleted.</source>
        <translation>Dieser Eintrag existiert nicht mehr. Vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>This item is still used by other items, so it was kept.</source>
        <translation>Dieser Eintrag wird noch von anderen verwendet und wurde deshalb behalten.</translation>
    </message>
    <message>
        <source>An item with the same name or code already exists.</source>
        <translation>Ein Eintrag mit demselben Namen oder derselben Kennung existiert bereits.</translation>
    </message>
    <message>
        <source>The file could not be found. It may have been moved or deleted.</source>
        <translation>Die Datei wurde nicht gefunden. Vielleicht wurde sie verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that you are allowed to open it.</source>
        <translation>Die Datei konnte nicht gelesen werden. Prüfe, ob du sie öffnen darfst.</translation>
    </message>
    <message>
        <source>The file is too large to keep in your portfolio.</source>
        <translation>Die Datei ist zu groß für dein Portfolio.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Schaffe etwas Platz und versuche es erneut.</translation>
    </message>
    <message>
        <source>Your data folder cannot be written to. Check its permissions.</source>
        <translation>In deinen Datenordner kann nicht geschrieben werden. Prüfe seine Berechtigungen.</translation>
    </message>
    <message>
        <source>This portfolio was saved by a newer version of Pathfolio. Update Pathfolio to open it.</source>
        <translation>Dieses Portfolio wurde mit einer neueren Version von Pathfolio gespeichert. Aktualisiere Pathfolio, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The portfolio database is damaged, so Pathfolio did not open it.</source>
        <translation>Die Portfolio-Datenbank ist beschädigt, deshalb hat Pathfolio sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>The portfolio could not be upgraded to this version of Pathfolio. Nothing was changed.</source>
        <translation>Das Portfolio konnte nicht auf diese Version von Pathfolio aktualisiert werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>A stored file is damaged: it no longer matches what was saved.</source>
        <translation>Eine gespeicherte Datei ist beschädigt: Sie stimmt nicht mehr mit dem Gespeicherten überein.</translation>
    </message>
    <message>
        <source>The portfolio database reported a problem. Please try again.</source>
        <translation>Die Portfolio-Datenbank hat ein Problem gemeldet. Bitte versuche es erneut.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Please try again.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden. Bitte versuche es erneut.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgegangen. Bitte versuche es erneut.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, for example 2024-09-30.</source>
        <translation>Gib das Datum als JJJJ-MM-TT ein, zum Beispiel 2024-09-30.</translation>
    </message>
    <message>
        <source>Enter more than 0 and at most 24 hours, with at most two decimals, for example 7.5.</source>
        <translation>Gib mehr als 0 und höchstens 24 Stunden mit höchstens zwei Nachkommastellen ein, zum Beispiel 7,5.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Choose a date between the placement&apos;s start and end dates.</source>
        <translation>Wähle ein Datum zwischen Beginn und Ende des Einsatzes.</translation>
    </message>
    <message>
        <source>Some log entries would fall outside these dates. Choose dates that include them.</source>
        <translation>Einige Einträge lägen außerhalb dieser Daten. Wähle Daten, die sie einschließen.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Gib einen Titel ein.</translation>
    </message>
    <message>
        <source>Enter a full web address, for example https://example.org/my-work.</source>
        <translation>Gib eine vollständige Webadresse ein, zum Beispiel https://example.org/meine-arbeit.</translation>
    </message>
    <message>
        <source>Attach at least one file, or choose another kind of evidence.</source>
        <translation>Hänge mindestens eine Datei an oder wähle eine andere Art von Nachweis.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Gib den Namen der Organisation ein.</translation>
    </message>
    <message>
        <source>Enter your role, for example &quot;Design intern&quot;.</source>
        <translation>Gib deine Rolle ein, zum Beispiel „Praktikantin im Design“.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org, or leave it empty.</source>
        <translation>Gib eine E-Mail-Adresse wie name@example.org ein oder lass das Feld leer.</translation>
    </message>
    <message>
        <source>Enter the name of the person who evaluated you.</source>
        <translation>Gib den Namen der Person ein, die dich beurteilt hat.</translation>
    </message>
    <message>
        <source>The highest rating must be above the lowest one.</source>
        <translation>Die höchste Bewertung muss über der niedrigsten liegen.</translation>
    </message>
    <message>
        <source>Every rating must be within the rubric&apos;s scale.</source>
        <translation>Jede Bewertung muss innerhalb der Skala des Bewertungsrasters liegen.</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Wähle eine Art.</translation>
    </message>
    <message>
        <source>Name the framework that the web address belongs to.</source>
        <translation>Nenne das Rahmenwerk, zu dem die Webadresse gehört.</translation>
    </message>
    <message>
        <source>Another competency in this framework already has this code.</source>
        <translation>Eine andere Kompetenz in diesem Rahmenwerk hat bereits diese Kennung.</translation>
    </message>
    <message>
        <source>A supervisor&apos;s evaluation rates this competency, so it cannot be deleted.</source>
        <translation>Diese Kompetenz wird in einer Beurteilung bewertet und kann deshalb nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>This file holds no badge or credential.</source>
        <translation>Diese Datei enthält kein Badge und keinen Nachweis.</translation>
    </message>
    <message>
        <source>The badge image is damaged and cannot be read.</source>
        <translation>Das Badge-Bild ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The badge inside this file is too large to read safely.</source>
        <translation>Das Badge in dieser Datei ist zu groß, um es sicher zu lesen.</translation>
    </message>
    <message>
        <source>This SVG file contains parts that are not safe to read, so it was not opened.</source>
        <translation>Diese SVG-Datei enthält Teile, die nicht sicher gelesen werden können; sie wurde deshalb nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file contains text that is not valid UTF-8.</source>
        <translation>Die Datei enthält Text, der kein gültiges UTF-8 ist.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>Die Datei ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The signed badge in this file is malformed.</source>
        <translation>Das signierte Badge in dieser Datei ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>The badge lacks information that its format requires.</source>
        <translation>Dem Badge fehlen Angaben, die sein Format verlangt.</translation>
    </message>
    <message>
        <source>Pathfolio cannot read this badge format or version yet.</source>
        <translation>Pathfolio kann dieses Badge-Format oder diese Version noch nicht lesen.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to read safely.</source>
        <translation>Die Datei ist zu tief verschachtelt, um sie sicher zu lesen.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is not a usable public key.</source>
        <translation>Der Schlüssel der ausstellenden Stelle ist kein verwendbarer öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>The badge is signed with a method Pathfolio does not accept.</source>
        <translation>Das Badge ist mit einem Verfahren signiert, das Pathfolio nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key does not fit the signing method of the badge.</source>
        <translation>Der Schlüssel der ausstellenden Stelle passt nicht zum Signaturverfahren des Badges.</translation>
    </message>
    <message>
        <source>The signature does not match the badge: it may have been changed.</source>
        <translation>Die Signatur passt nicht zum Badge: Es wurde möglicherweise verändert.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be found among the documents Pathfolio keeps offline.</source>
        <translation>Der Schlüssel der ausstellenden Stelle wurde in den Dokumenten, die Pathfolio offline vorhält, nicht gefunden.</translation>
    </message>
    <message>
        <source>The credential&apos;s linked data is malformed.</source>
        <translation>Die verknüpften Daten des Nachweises sind fehlerhaft.</translation>
    </message>
    <message>
        <source>The credential refers to a vocabulary that Pathfolio does not have offline.</source>
        <translation>Der Nachweis verweist auf ein Vokabular, das Pathfolio nicht offline vorliegt.</translation>
    </message>
    <message>
        <source>The credential uses a term that its vocabularies do not define, so it cannot be checked exactly.</source>
        <translation>Der Nachweis verwendet einen Begriff, den seine Vokabulare nicht definieren; daher lässt er sich nicht genau prüfen.</translation>
    </message>
    <message>
        <source>The file is not valid N-Quads.</source>
        <translation>Die Datei ist kein gültiges N-Quads.</translation>
    </message>
    <message>
        <source>The credential&apos;s data is too complex to check safely.</source>
        <translation>Die Daten des Nachweises sind zu verschachtelt, um sie sicher zu prüfen.</translation>
    </message>
    <message>
        <source>Enter the address the document is known by, for example https://example.org/issuer.json.</source>
        <translation>Gib die Adresse ein, unter der das Dokument bekannt ist, zum Beispiel https://example.org/issuer.json.</translation>
    </message>
    <message>
        <source>Choose the file that holds the document.</source>
        <translation>Wähle die Datei, die das Dokument enthält.</translation>
    </message>
    <message>
        <source>Enter the issuer&apos;s id as its badges state it, for example did:web:example.org.</source>
        <translation>Gib die Kennung des Ausstellers so ein, wie sie in seinen Badges steht, zum Beispiel did:web:example.org.</translation>
    </message>
    <message>
        <source>This file is not a Pathfolio trust list.</source>
        <translation>Diese Datei ist keine Vertrauensliste von Pathfolio.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MiB, too large for the offline cache.</source>
        <translation>Die Datei ist größer als 50 MiB und damit zu groß für den Offline-Speicher.</translation>
    </message>
    <message>
        <source>This trust list was saved by a newer version of Pathfolio. Update Pathfolio to import it.</source>
        <translation>Diese Vertrauensliste wurde mit einer neueren Version von Pathfolio gespeichert. Aktualisiere Pathfolio, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Enter a name of at most 200 characters.</source>
        <translation>Gib einen Namen mit höchstens 200 Zeichen ein.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org.</source>
        <translation>Gib eine E-Mail-Adresse wie name@example.org ein.</translation>
    </message>
    <message>
        <source>Enter a DID, which starts with did:, for example did:key:z6Mk….</source>
        <translation>Gib eine DID ein; sie beginnt mit did:, zum Beispiel did:key:z6Mk….</translation>
    </message>
    <message>
        <source>Enter the identifier as your badges state it.</source>
        <translation>Gib die Kennung so ein, wie deine Badges sie nennen.</translation>
    </message>
    <message>
        <source>The passphrase is not the one your signing key was saved with.</source>
        <translation>Die Passphrase ist nicht die, mit der dein Signaturschlüssel gespeichert wurde.</translation>
    </message>
    <message>
        <source>The PDF is damaged or was changed in a way that Pathfolio cannot read.</source>
        <translation>Das PDF ist beschädigt oder wurde so verändert, dass Pathfolio es nicht lesen kann.</translation>
    </message>
    <message>
        <source>Name the pack, for example after the role or employer it is for.</source>
        <translation>Benenne das Paket, zum Beispiel nach der Stelle oder dem Arbeitgeber.</translation>
    </message>
    <message>
        <source>Choose at least one item for the pack.</source>
        <translation>Wähle mindestens einen Eintrag für das Paket.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <extracomment>%1 is the least number of characters</extracomment>
        <translation>Wähle eine Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Gib zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Another pack already has this name.</source>
        <translation>Ein anderes Paket hat bereits diesen Namen.</translation>
    </message>
</context>
<context>
    <name>pf::EvaluationController</name>
    <message>
        <source>1 = beginning, 2 = developing, 3 = competent, 4 = proficient, 5 = excellent</source>
        <translation>1 = am Anfang, 2 = in Entwicklung, 3 = kompetent, 4 = sicher, 5 = hervorragend</translation>
    </message>
    <message>
        <source>Delete this evaluation?</source>
        <translation>Diese Beurteilung löschen?</translation>
    </message>
    <message>
        <source>Delete the evaluation by %1 of %2? This cannot be undone.</source>
        <translation>Die Beurteilung von %1 vom %2 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>pf::EvaluationModel</name>
    <message>
        <source>Scale %1 to %2</source>
        <translation>Skala %1 bis %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>pf::EvidenceController</name>
    <message>
        <source>Delete this evidence?</source>
        <translation>Diesen Nachweis löschen?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; and its %n attached file(s)? This cannot be undone.</source>
        <translation>
            <numerusform>„%1“ und die angehängte Datei löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>„%1“ und die %n angehängten Dateien löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the beginning of this file is shown (%1 of %2). Open it to read all of it.</source>
        <translation>Nur der Anfang dieser Datei wird angezeigt (%1 von %2). Öffne sie, um alles zu lesen.</translation>
    </message>
    <message>
        <source>Some bytes of this file are not UTF-8 text; they are shown as replacement marks.</source>
        <translation>Einige Bytes dieser Datei sind kein UTF-8-Text; sie werden als Ersatzzeichen angezeigt.</translation>
    </message>
    <message>
        <source>This file does not look like text, so it is not shown here.</source>
        <translation>Diese Datei sieht nicht nach Text aus und wird deshalb hier nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>pf::EvidenceModel</name>
    <message>
        <source>Type dates as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>Gib Daten als JJJJ-MM-TT ein, zum Beispiel 2025-03-14.</translation>
    </message>
    <message>
        <source>The first date is after the second, so nothing can match.</source>
        <translation>Das erste Datum liegt nach dem zweiten, daher kann nichts passen.</translation>
    </message>
</context>
<context>
    <name>pf::ExportController</name>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Your e-mail addresses and other ways to reach you.</source>
        <translation>Deine E-Mail-Adressen und andere Wege, dich zu erreichen.</translation>
    </message>
    <message>
        <source>Who badges were issued to</source>
        <translation>Für wen Abzeichen ausgestellt wurden</translation>
    </message>
    <message>
        <source>The identifiers on your badges. The attached originals keep them, as their issuers signed them.</source>
        <translation>Die Kennungen auf deinen Abzeichen. Die angehängten Originale behalten sie, so wie ihre Aussteller sie signiert haben.</translation>
    </message>
    <message>
        <source>Grades and results</source>
        <translation>Noten und Ergebnisse</translation>
    </message>
    <message>
        <source>Ratings from evaluations and results on badges. The attached originals keep theirs.</source>
        <translation>Bewertungen aus Beurteilungen und Ergebnisse auf Abzeichen. Die angehängten Originale behalten ihre.</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>What you wrote about your evidence for yourself.</source>
        <translation>Was du für dich selbst über deine Nachweise geschrieben hast.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>%1 is the name of the file that was written</extracomment>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>portfolio</source>
        <extracomment>The file name a saved portfolio is offered under, before its extension</extracomment>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>The file name of a saved application pack: %1 is &quot;portfolio&quot;, %2 the pack&apos;s name</extracomment>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>pf::FormController</name>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Bitte korrigiere die unten markierten Felder.</translation>
    </message>
</context>
<context>
    <name>pf::Format</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>How a date reads in lists; a QDate format string (d, MMM, yyyy).</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours worked; %1 is a number such as 7.5</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Praktikum</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Mentorship</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Schnupperpraktikum</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Open Badges 3.0</source>
        <translation>Open Badges 3.0</translation>
    </message>
    <message>
        <source>Open Badges 2.0</source>
        <translation>Open Badges 2.0</translation>
    </message>
    <message>
        <source>Comprehensive Learner Record 2.0</source>
        <translation>Comprehensive Learner Record 2.0</translation>
    </message>
    <message>
        <source>Verifiable Credential</source>
        <translation>Verifiable Credential</translation>
    </message>
    <message>
        <source>Verifiable Presentation</source>
        <translation>Verifiable Presentation</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>baked PNG</source>
        <translation>in PNG eingebettet</translation>
    </message>
    <message>
        <source>baked SVG</source>
        <translation>in SVG eingebettet</translation>
    </message>
    <message>
        <source>signed JWT</source>
        <translation>signiertes JWT</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A credential&apos;s format: %1 the standard, %2 the container, e.g. &quot;Open Badges 3.0 · baked PNG&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pathfolio portfolio</source>
        <translation>Pathfolio-Portfolio</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>Bündel</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>pf::IdentifierModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Matrikelnummer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>pf::JobController</name>
    <message>
        <source>Adding badges to your portfolio</source>
        <translation>Badges werden zu deinem Portfolio hinzugefügt</translation>
    </message>
    <message>
        <source>Verifying your badges</source>
        <translation>Deine Badges werden geprüft</translation>
    </message>
    <message>
        <source>Verifying files</source>
        <translation>Dateien werden geprüft</translation>
    </message>
    <message>
        <source>Please wait until “%1” has finished, or cancel it.</source>
        <translation>Bitte warte, bis „%1“ abgeschlossen ist, oder brich den Vorgang ab.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A file that was not imported: %1 its name, %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) added and verified</source>
        <translation>
            <numerusform>%n Badge hinzugefügt und geprüft</numerusform>
            <numerusform>%n Badges hinzugefügt und geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your portfolio</source>
        <translation>
            <numerusform>%n bereits in deinem Portfolio</numerusform>
            <numerusform>%n bereits in deinem Portfolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status list(s) added to the offline cache</source>
        <translation>
            <numerusform>%n Statusliste zum Offline-Speicher hinzugefügt</numerusform>
            <numerusform>%n Statuslisten zum Offline-Speicher hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>no files found</source>
        <translation>keine Dateien gefunden</translation>
    </message>
    <message>
        <source>Import cancelled: %1.</source>
        <translation>Import abgebrochen: %1.</translation>
    </message>
    <message>
        <source>nothing was added</source>
        <translation>nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>Import finished: %1.</source>
        <translation>Import abgeschlossen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) could not be verified; the log has the details.</source>
        <translation>
            <numerusform>%n Badge konnte nicht geprüft werden; Details stehen in der Protokolldatei.</numerusform>
            <numerusform>%n Badges konnten nicht geprüft werden; Details stehen in der Protokolldatei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. %1</source>
        <translation>
            <numerusform>%n Datei konnte nicht hinzugefügt werden. %1</numerusform>
            <numerusform>%n Dateien konnten nicht hinzugefügt werden. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n badge(s).</source>
        <translation>
            <numerusform>Prüfung nach %n Badge abgebrochen.</numerusform>
            <numerusform>Prüfung nach %n Badges abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) verified.</source>
        <translation>
            <numerusform>%n Badge geprüft.</numerusform>
            <numerusform>%n Badges geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>No files were found to verify.</source>
        <translation>Es wurden keine Dateien zum Prüfen gefunden.</translation>
    </message>
</context>
<context>
    <name>pf::LogEntryController</name>
    <message>
        <source>Delete this log entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>Delete the log entry of %1 (%2)? This cannot be undone.</source>
        <translation>Den Eintrag vom %1 (%2) löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>pf::LogEntryModel</name>
    <message>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
</context>
<context>
    <name>pf::NavigationModel</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>pf::OfflineDataController</name>
    <message numerus="yes">
        <source>%n issuer(s) imported.</source>
        <translation>
            <numerusform>%n Aussteller importiert.</numerusform>
            <numerusform>%n Aussteller importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust list was saved to %1.</source>
        <translation>Die Vertrauensliste wurde unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>pf::OverviewController</name>
    <message>
        <source>Add the competencies you are working on</source>
        <translation>Füge die Kompetenzen hinzu, an denen du arbeitest</translation>
    </message>
    <message>
        <source>Competencies from your course&apos;s framework tie your evidence and hours together.</source>
        <translation>Kompetenzen aus dem Rahmenwerk deines Studiengangs verbinden deine Nachweise und Stunden.</translation>
    </message>
    <message>
        <source>Add competencies</source>
        <translation>Kompetenzen hinzufügen</translation>
    </message>
    <message>
        <source>Add your first piece of evidence</source>
        <translation>Füge deinen ersten Nachweis hinzu</translation>
    </message>
    <message>
        <source>A report, a link to a project or a short note, with what you learnt from it.</source>
        <translation>Einen Bericht, einen Link zu einem Projekt oder eine kurze Notiz, dazu, was du daraus gelernt hast.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>Record an internship</source>
        <translation>Ein Praktikum erfassen</translation>
    </message>
    <message>
        <source>Keep a log of your hours and ask your supervisor for an evaluation.</source>
        <translation>Führe ein Protokoll deiner Stunden und bitte deine Betreuungsperson um eine Beurteilung.</translation>
    </message>
    <message>
        <source>Add an internship</source>
        <translation>Ein Praktikum hinzufügen</translation>
    </message>
    <message>
        <source>Log your first day</source>
        <translation>Erfasse deinen ersten Tag</translation>
    </message>
    <message>
        <source>Write down the hours you worked and what you did.</source>
        <translation>Notiere, wie viele Stunden du gearbeitet hast und was du getan hast.</translation>
    </message>
    <message>
        <source>Open internships</source>
        <translation>Praktika öffnen</translation>
    </message>
    <message>
        <source>Keep your log up to date</source>
        <translation>Halte dein Protokoll aktuell</translation>
    </message>
    <message>
        <source>A few lines after each working day make a strong record of what you learnt.</source>
        <translation>Ein paar Zeilen nach jedem Arbeitstag ergeben einen aussagekräftigen Nachweis dessen, was du gelernt hast.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>The issuer has withdrawn this badge.</source>
        <translation>Der Aussteller hat dieses Badge widerrufen.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>The issuer has suspended this badge for now.</source>
        <translation>Der Aussteller hat dieses Badge vorläufig ausgesetzt.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Abgelaufen am %1.</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Whether it was revoked could not be checked offline. Add the issuer&apos;s status list to the offline cache in Settings.</source>
        <translation>Ob es widerrufen wurde, ließ sich offline nicht prüfen. Füge die Statusliste des Ausstellers in den Einstellungen zum Offline-Speicher hinzu.</translation>
    </message>
    <message>
        <source>Not fully checked</source>
        <translation>Nicht vollständig geprüft</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Läuft am %1 ab, in %n Tag.</numerusform>
            <numerusform>Läuft am %1 ab, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Open it and choose “Verify again”, or verify all badges.</source>
        <translation>Öffne es und wähle „Erneut prüfen“, oder prüfe alle Badges.</translation>
    </message>
    <message>
        <source>Badge from %1</source>
        <translation>Badge von %1</translation>
    </message>
    <message>
        <source>%1 logged: %2</source>
        <extracomment>A day in an internship log: %1 the hours, %2 what was done</extracomment>
        <translation>%1 erfasst: %2</translation>
    </message>
    <message>
        <source>Evaluation by %1</source>
        <translation>Beurteilung von %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Badge</numerusform>
            <numerusform>%n Badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n Beurteilung</numerusform>
            <numerusform>%n Beurteilungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::PackController</name>
    <message>
        <source>Delete this pack?</source>
        <translation>Dieses Paket löschen?</translation>
    </message>
    <message>
        <source>Delete the pack &quot;%1&quot;? The items it holds stay in your portfolio.</source>
        <translation>Das Paket „%1“ löschen? Seine Einträge bleiben in deinem Portfolio.</translation>
    </message>
</context>
<context>
    <name>pf::PackItemModel</name>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Badge</numerusform>
            <numerusform>%n Badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation>
            <numerusform>%n Praktikum</numerusform>
            <numerusform>%n Praktika</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competenc(y/ies)</source>
        <translation>
            <numerusform>%n Kompetenz</numerusform>
            <numerusform>%n Kompetenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Nichts gewählt</translation>
    </message>
</context>
<context>
    <name>pf::PlacementController</name>
    <message>
        <source>Delete this placement?</source>
        <translation>Diesen Einsatz löschen?</translation>
    </message>
    <message>
        <source>Delete the placement at %1? This cannot be undone.</source>
        <translation>Den Einsatz bei %1 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n log entries</source>
        <translation>
            <numerusform>%n Protokolleintrag</numerusform>
            <numerusform>%n Protokolleinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluations</source>
        <translation>
            <numerusform>%n Beurteilung</numerusform>
            <numerusform>%n Beurteilungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counted things</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Delete the placement at %1 together with its %2? This cannot be undone.</source>
        <translation>Den Einsatz bei %1 löschen? Dabei wird auch Folgendes gelöscht: %2. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>pf::ReportText</name>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Every check passed: the credential is intact, from its issuer, and in force.</source>
        <translation>Alle Prüfungen bestanden: Der Nachweis ist unverändert, stammt von seinem Aussteller und ist gültig.</translation>
    </message>
    <message>
        <source>At least one check failed. Do not rely on this credential; the failing check says why.</source>
        <translation>Mindestens eine Prüfung ist fehlgeschlagen. Verlass dich nicht auf diesen Nachweis; die fehlgeschlagene Prüfung nennt den Grund.</translation>
    </message>
    <message>
        <source>Nothing failed, but some checks could not be made offline. Each one says what was missing.</source>
        <translation>Nichts ist fehlgeschlagen, aber einige Prüfungen waren offline nicht möglich. Bei jeder steht, was gefehlt hat.</translation>
    </message>
    <message>
        <source>The credential carries no proof that can be checked, so only its contents are shown.</source>
        <translation>Der Nachweis enthält keine prüfbare Signatur, daher wird nur sein Inhalt angezeigt.</translation>
    </message>
    <message>
        <source>This credential has not been verified yet.</source>
        <translation>Dieser Nachweis wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Revocation status</source>
        <translation>Widerrufsstatus</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>Vertrauensliste</translation>
    </message>
    <message>
        <source>The file is not a credential Pathfolio can read.</source>
        <translation>Die Datei ist kein Nachweis, den Pathfolio lesen kann.</translation>
    </message>
    <message>
        <source>The credential carries no signature.</source>
        <translation>Der Nachweis enthält keine Signatur.</translation>
    </message>
    <message>
        <source>The credential is signed with a method Pathfolio does not know.</source>
        <translation>Der Nachweis ist mit einem Verfahren signiert, das Pathfolio nicht kennt.</translation>
    </message>
    <message>
        <source>The credential refers to a vocabulary (JSON-LD context) that is neither built in nor in the offline cache.</source>
        <translation>Der Nachweis verweist auf ein Vokabular (JSON-LD-Kontext), das weder in Pathfolio enthalten noch im Offline-Speicher ist.</translation>
    </message>
    <message>
        <source>The credential uses a term its vocabulary does not define, so what was signed is ambiguous.</source>
        <translation>Der Nachweis verwendet einen Begriff, den sein Vokabular nicht definiert; daher ist nicht eindeutig, was signiert wurde.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or signed by another key.</source>
        <translation>Die Signatur passt nicht: Der Nachweis wurde nach dem Signieren verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm Pathfolio does not accept.</source>
        <translation>Die Signatur verwendet einen Algorithmus, den Pathfolio nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The signature demands an extension Pathfolio does not know.</source>
        <translation>Die Signatur verlangt eine Erweiterung, die Pathfolio nicht kennt.</translation>
    </message>
    <message>
        <source>The signing key is not the one the issuer published.</source>
        <translation>Der Signaturschlüssel ist nicht der, den der Aussteller veröffentlicht hat.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is damaged or of the wrong kind.</source>
        <translation>Der Schlüssel des Ausstellers ist beschädigt oder von der falschen Art.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is not available offline. Add the key document to the offline cache in Settings.</source>
        <translation>Der Schlüssel des Ausstellers ist offline nicht verfügbar. Füge das Schlüsseldokument in den Einstellungen zum Offline-Speicher hinzu.</translation>
    </message>
    <message>
        <source>The credential was signed by someone other than its stated issuer.</source>
        <translation>Der Nachweis wurde von jemand anderem als dem angegebenen Aussteller signiert.</translation>
    </message>
    <message>
        <source>The signature was not made for issuing credentials.</source>
        <translation>Die Signatur wurde nicht zum Ausstellen von Nachweisen erstellt.</translation>
    </message>
    <message>
        <source>The signed claims differ from the credential shown.</source>
        <translation>Die signierten Angaben weichen vom angezeigten Nachweis ab.</translation>
    </message>
    <message>
        <source>The credential has expired.</source>
        <translation>Der Nachweis ist abgelaufen.</translation>
    </message>
    <message>
        <source>The credential is not valid yet.</source>
        <translation>Der Nachweis ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation>Der Aussteller hat diesen Nachweis widerrufen.</translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation>Der Aussteller hat diesen Nachweis vorübergehend ausgesetzt.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is not in the offline cache, so revocation could not be checked.</source>
        <translation>Die Statusliste des Ausstellers ist nicht im Offline-Speicher, daher konnte ein Widerruf nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is damaged.</source>
        <translation>Die Statusliste des Ausstellers ist beschädigt.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list could not itself be verified.</source>
        <translation>Die Statusliste des Ausstellers konnte selbst nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The issuer&apos;s hosted copy of this badge is not in the offline cache, so it could not be compared.</source>
        <translation>Die beim Aussteller gehostete Kopie dieses Badges ist nicht im Offline-Speicher, daher konnte sie nicht verglichen werden.</translation>
    </message>
    <message>
        <source>The credential was issued to someone whose e-mail or identifier is not in your profile.</source>
        <translation>Der Nachweis wurde an jemanden ausgestellt, dessen E-Mail-Adresse oder Kennung nicht in deinem Profil steht.</translation>
    </message>
    <message>
        <source>The issuer is not on your trust list.</source>
        <translation>Der Aussteller steht nicht auf deiner Vertrauensliste.</translation>
    </message>
    <message>
        <source>The file is a well-formed credential.</source>
        <translation>Die Datei ist ein korrekt aufgebauter Nachweis.</translation>
    </message>
    <message>
        <source>The signature matches: nothing was changed since the credential was signed.</source>
        <translation>Die Signatur passt: Seit dem Signieren wurde am Nachweis nichts verändert.</translation>
    </message>
    <message>
        <source>The signing key belongs to the stated issuer.</source>
        <translation>Der Signaturschlüssel gehört zum angegebenen Aussteller.</translation>
    </message>
    <message>
        <source>The credential is in force today.</source>
        <translation>Der Nachweis ist heute gültig.</translation>
    </message>
    <message>
        <source>The issuer has not revoked or suspended it.</source>
        <translation>Der Aussteller hat ihn weder widerrufen noch ausgesetzt.</translation>
    </message>
    <message>
        <source>It was issued to you: the recipient matches your profile.</source>
        <translation>Er wurde an dich ausgestellt: Der Empfänger stimmt mit deinem Profil überein.</translation>
    </message>
    <message>
        <source>The issuer is on your trust list.</source>
        <translation>Der Aussteller steht auf deiner Vertrauensliste.</translation>
    </message>
    <message>
        <source>The check passed.</source>
        <translation>Die Prüfung wurde bestanden.</translation>
    </message>
    <message>
        <source>The credential has no revocation status to check.</source>
        <translation>Der Nachweis hat keinen Widerrufsstatus, der geprüft werden könnte.</translation>
    </message>
    <message>
        <source>Not compared: add your e-mail addresses and identifiers in Settings to check who it was issued to.</source>
        <translation>Nicht verglichen: Füge in den Einstellungen deine E-Mail-Adressen und Kennungen hinzu, um zu prüfen, an wen er ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Not required: the issuer is not on your trust list.</source>
        <translation>Nicht erforderlich: Der Aussteller steht nicht auf deiner Vertrauensliste.</translation>
    </message>
    <message>
        <source>The credential has no dates to check.</source>
        <translation>Der Nachweis hat keine Datumsangaben, die geprüft werden könnten.</translation>
    </message>
    <message>
        <source>This check did not apply to the credential.</source>
        <translation>Diese Prüfung trifft auf den Nachweis nicht zu.</translation>
    </message>
    <message>
        <source>This could not be checked offline.</source>
        <translation>Dies konnte offline nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>Die Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Issuer document</source>
        <translation>Ausstellerdokument</translation>
    </message>
    <message>
        <source>Key document</source>
        <translation>Schlüsseldokument</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Statusliste</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Widerrufsliste</translation>
    </message>
    <message>
        <source>offline cache</source>
        <translation>Offline-Speicher</translation>
    </message>
    <message>
        <source>built into Pathfolio</source>
        <translation>in Pathfolio enthalten</translation>
    </message>
    <message>
        <source>the credential itself</source>
        <translation>der Nachweis selbst</translation>
    </message>
    <message>
        <source>%1, %2: %3, added %4 (%5)</source>
        <translation>%1, %2: %3, hinzugefügt am %4 (%5)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The file is a portfolio exported by Pathfolio.</source>
        <translation>Die Datei ist ein von Pathfolio exportiertes Portfolio.</translation>
    </message>
    <message>
        <source>The file is not a portfolio this version of Pathfolio can read.</source>
        <translation>Die Datei ist kein Portfolio, das diese Version von Pathfolio lesen kann.</translation>
    </message>
    <message>
        <source>Nothing was changed, added or removed since the portfolio was exported.</source>
        <translation>Seit dem Export des Portfolios wurde nichts geändert, hinzugefügt oder entfernt.</translation>
    </message>
    <message>
        <source>The portfolio was changed after it was exported: some of its contents no longer match the hashes recorded in it.</source>
        <translation>Das Portfolio wurde nach dem Export verändert: Einige Inhalte passen nicht mehr zu den darin festgehaltenen Hashwerten.</translation>
    </message>
    <message>
        <source>The pages are exactly as they were exported.</source>
        <translation>Die Seiten sind genau so, wie sie exportiert wurden.</translation>
    </message>
    <message>
        <source>The pages were changed, or the PDF was saved again after export, so what it shows may differ from what was exported.</source>
        <translation>Die Seiten wurden verändert oder das PDF wurde nach dem Export erneut gespeichert; was es zeigt, kann daher vom Exportierten abweichen.</translation>
    </message>
    <message>
        <source>The original file of every credential is attached, unchanged.</source>
        <translation>Die Originaldatei jedes Nachweises ist unverändert angehängt.</translation>
    </message>
    <message>
        <source>An attached original is missing, was changed, or is not listed in the portfolio.</source>
        <translation>Ein angehängtes Original fehlt, wurde verändert oder ist im Portfolio nicht aufgeführt.</translation>
    </message>
    <message>
        <source>The portfolio is not signed by its holder, so nothing proves who put it together.</source>
        <translation>Das Portfolio ist nicht von seiner Inhaberin oder seinem Inhaber signiert; nichts belegt also, wer es zusammengestellt hat.</translation>
    </message>
    <message>
        <source>The portfolio is signed by its holder.</source>
        <translation>Das Portfolio ist von seiner Inhaberin oder seinem Inhaber signiert.</translation>
    </message>
    <message>
        <source>The portfolio is intact and signed by its holder. Each credential it carries has a report of its own.</source>
        <translation>Das Portfolio ist unversehrt und von seiner Inhaberin oder seinem Inhaber signiert. Jeder enthaltene Nachweis hat einen eigenen Bericht.</translation>
    </message>
    <message>
        <source>The portfolio was changed after export or cannot be read. Do not rely on it; the failing check says why.</source>
        <translation>Das Portfolio wurde nach dem Export verändert oder kann nicht gelesen werden. Verlass dich nicht darauf; die fehlgeschlagene Prüfung nennt den Grund.</translation>
    </message>
    <message>
        <source>The portfolio is intact as exported, but not signed by its holder. Each credential it carries has a report of its own.</source>
        <translation>Das Portfolio ist so unversehrt, wie es exportiert wurde, aber nicht von seiner Inhaberin oder seinem Inhaber signiert. Jeder enthaltene Nachweis hat einen eigenen Bericht.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Attached originals</source>
        <translation>Angehängte Originale</translation>
    </message>
</context>
<context>
    <name>pf::SettingsController</name>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>pf::VerifyController</name>
    <message>
        <source>%1 in %2: %3 verified, %4 failed, %5 not fully checked</source>
        <extracomment>%1 is &quot;3 credentials&quot;, %2 is &quot;2 files&quot;</extracomment>
        <translation>%1 in %2: %3 verifiziert, %4 fehlgeschlagen, %5 nicht vollständig geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Nachweis</numerusform>
            <numerusform>%n Nachweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n portfolio(s): %1 intact, %2 changed or unreadable</source>
        <extracomment>Follows the summary of the credentials, after &quot;; &quot;</extracomment>
        <translation>
            <numerusform>%n Portfolio: %1 unversehrt, %2 verändert oder unlesbar</numerusform>
            <numerusform>%n Portfolios: %1 unversehrt, %2 verändert oder unlesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::VerifyResultModel</name>
    <message>
        <source>%1 in %2</source>
        <extracomment>A credential carried inside an exported portfolio: %1 its name there, %2 the portfolio&apos;s file</extracomment>
        <translation>%1 in %2</translation>
    </message>
</context>
</TS>
