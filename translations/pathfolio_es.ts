<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BadgeDetail</name>
    <message>
        <source>Badge image of %1</source>
        <translation>Imagen de la insignia %1</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Volver a verificar</translation>
    </message>
    <message>
        <source>Verify this badge again</source>
        <translation>Volver a verificar esta insignia</translation>
    </message>
    <message>
        <source>Save original…</source>
        <translation>Guardar original…</translation>
    </message>
    <message>
        <source>Save the original file of this badge</source>
        <translation>Guardar el archivo original de esta insignia</translation>
    </message>
    <message>
        <source>Bake into PNG…</source>
        <translation>Integrar en PNG…</translation>
    </message>
    <message>
        <source>Save this badge baked into a PNG image</source>
        <translation>Guardar esta insignia integrada en una imagen PNG</translation>
    </message>
    <message>
        <source>Bake into SVG…</source>
        <translation>Integrar en SVG…</translation>
    </message>
    <message>
        <source>Save this badge baked into an SVG image</source>
        <translation>Guardar esta insignia integrada en una imagen SVG</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this badge</source>
        <translation>Eliminar esta insignia</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Raw document</source>
        <translation>Documento en bruto</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Awarded to</source>
        <translation>Otorgada a</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Otorgada</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Added to Pathfolio</source>
        <translation>Añadida a Pathfolio</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alineaciones</translation>
    </message>
    <message>
        <source>Evidence named by the issuer</source>
        <translation>Evidencias indicadas por el emisor</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Credential id</source>
        <translation>Identificador de la credencial</translation>
    </message>
    <message>
        <source>This badge has not been verified yet. Verify it now to see each check.</source>
        <translation>Esta insignia aún no se ha verificado. Verifícala ahora para ver cada comprobación.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Verification of %1: %2</source>
        <translation>Verificación del %1: %2</translation>
    </message>
    <message>
        <source>Exactly as the issuer wrote it. Pathfolio keeps the original unchanged; everything else on this page is read from it.</source>
        <translation>Tal como lo escribió el emisor. Pathfolio conserva el original sin cambios; todo lo demás de esta página se lee de él.</translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation>Guardar el original</translation>
    </message>
    <message>
        <source>Save the baked badge</source>
        <translation>Guardar la insignia integrada</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BadgeFileDialog</name>
    <message>
        <source>Add badges</source>
        <translation>Añadir insignias</translation>
    </message>
    <message>
        <source>Badges and credentials (*.png *.svg *.json *.jws *.jwt)</source>
        <translation>Insignias y credenciales (*.png *.svg *.json *.jws *.jwt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Digital badges and credentials from your school, courses and employers, checked on your computer.</source>
        <translation>Insignias y credenciales digitales de tu centro, tus cursos y tus empleadores, comprobadas en tu ordenador.</translation>
    </message>
    <message>
        <source>No badges yet</source>
        <translation>Aún no hay insignias</translation>
    </message>
    <message>
        <source>Drop badge files to add them</source>
        <translation>Suelta archivos de insignias para añadirlos</translation>
    </message>
    <message>
        <source>Verify all</source>
        <translation>Verificar todas</translation>
    </message>
    <message>
        <source>Verify every badge again</source>
        <translation>Volver a verificar todas las insignias</translation>
    </message>
    <message>
        <source>Add badges…</source>
        <translation>Añadir insignias…</translation>
    </message>
    <message>
        <source>Add badge files to your portfolio</source>
        <translation>Añadir archivos de insignias a tu portafolio</translation>
    </message>
    <message>
        <source>When an issuer sends you an Open Badge, keep the file (PNG, SVG or JSON) and add it here, or drop it on this window. Each badge is checked on your computer, without going online.</source>
        <translation>Cuando un emisor te envíe una insignia Open Badges, guarda el archivo (PNG, SVG o JSON) y añádelo aquí, o suéltalo en esta ventana. Cada insignia se comprueba en tu ordenador, sin conectarse a internet.</translation>
    </message>
    <message>
        <source>Import a badge</source>
        <translation>Importar una insignia</translation>
    </message>
    <message>
        <source>%1, issued by %2</source>
        <translation>%1, emitida por %2</translation>
    </message>
</context>
<context>
    <name>CacheDocumentDialog</name>
    <message>
        <source>Add a document to the offline cache</source>
        <translation>Añadir un documento a la caché sin conexión</translation>
    </message>
    <message>
        <source>A verifier reads this document instead of fetching it from the address.</source>
        <translation>Al verificar se lee este documento en lugar de descargarlo de la dirección.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>The URL or DID that badges use for this document.</source>
        <translation>La URL o el DID con que las insignias se refieren a este documento.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>At most 50 MiB.</source>
        <translation>Como máximo 50 MiB.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the document&apos;s file</source>
        <translation>Elegir el archivo del documento</translation>
    </message>
</context>
<context>
    <name>CompetenciesPage</name>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>The skills you are building. Link them to evidence and log entries to show where you practised each one.</source>
        <translation>Las habilidades que estás desarrollando. Vincúlalas a evidencias y entradas del diario para mostrar dónde practicaste cada una.</translation>
    </message>
    <message>
        <source>Add competency</source>
        <translation>Añadir competencia</translation>
    </message>
    <message>
        <source>No competencies yet</source>
        <translation>Aún no hay competencias</translation>
    </message>
    <message>
        <source>Add the competencies of your course or of a framework such as DigComp, or your own. You can then link evidence and internship hours to them.</source>
        <translation>Añade las competencias de tu titulación, de un marco como DigComp o las tuyas propias. Después podrás vincularles evidencias y horas de prácticas.</translation>
    </message>
    <message>
        <source>Add a competency</source>
        <translation>Añadir una competencia</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) · %1 logged</source>
        <translation>
            <numerusform>%n evidencia · %1 registradas</numerusform>
            <numerusform>%n evidencias · %1 registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidencia</numerusform>
            <numerusform>%n evidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>CompetencyDialog</name>
    <message>
        <source>Add competency</source>
        <translation>Añadir competencia</translation>
    </message>
    <message>
        <source>Edit competency</source>
        <translation>Editar competencia</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>For example: 3.1</source>
        <translation>Por ejemplo: 3.1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example: Developing digital content</source>
        <translation>Por ejemplo: Desarrollo de contenidos digitales</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Leave empty for a competency of your own.</source>
        <translation>Déjalo vacío para una competencia propia.</translation>
    </message>
    <message>
        <source>For example: DigComp 2.2</source>
        <translation>Por ejemplo: DigComp 2.2</translation>
    </message>
    <message>
        <source>Framework&apos;s web address</source>
        <translation>Dirección web del marco</translation>
    </message>
</context>
<context>
    <name>CompetencyPicker</name>
    <message>
        <source>No competencies yet. Add the ones you are working on under Competencies, then link them here.</source>
        <translation>Aún no hay competencias. Añade en «Competencias» aquellas en las que trabajas y vincúlalas aquí.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>¿Seguro?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of a date field; keep the order year, month, day</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop files here</source>
        <translation>Suelta los archivos aquí</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Add evaluation</source>
        <translation>Añadir evaluación</translation>
    </message>
    <message>
        <source>Edit evaluation</source>
        <translation>Editar evaluación</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluador o evaluadora</translation>
    </message>
    <message>
        <source>Evaluator&apos;s name</source>
        <translation>Nombre de quien evalúa</translation>
    </message>
    <message>
        <source>Evaluator&apos;s job title</source>
        <translation>Cargo de quien evalúa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date of the evaluation</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>What each point of the scale means, as the evaluator used it.</source>
        <translation>Qué significa cada punto de la escala, tal como lo usó quien evalúa.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Lowest rating</source>
        <translation>Puntuación más baja</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Highest rating</source>
        <translation>Puntuación más alta</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Rate the competencies the evaluator rated; leave the others as not rated.</source>
        <translation>Puntúa las competencias que se evaluaron; deja las demás como «Sin puntuar».</translation>
    </message>
    <message>
        <source>No competencies yet. Add them under Competencies to record ratings.</source>
        <translation>Aún no hay competencias. Añádelas en «Competencias» para registrar puntuaciones.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>Rating of %1</source>
        <translation>Puntuación de %1</translation>
    </message>
    <message>
        <source>Comment on this rating (optional)</source>
        <translation>Comentario sobre esta puntuación (opcional)</translation>
    </message>
    <message>
        <source>Comment on the rating of %1</source>
        <translation>Comentario sobre la puntuación de %1</translation>
    </message>
    <message>
        <source>Overall comments</source>
        <translation>Comentarios generales</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Editar evidencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example: Accessibility audit of the library website</source>
        <translation>Por ejemplo: Auditoría de accesibilidad de la web de la biblioteca</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>A copy of each file is kept in your portfolio, so later changes to the original do not affect it.</source>
        <translation>Se guarda una copia de cada archivo en tu portafolio, así que los cambios posteriores en el original no le afectan.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Asignatura</translation>
    </message>
    <message>
        <source>For example: HCI 210</source>
        <translation>Por ejemplo: HCI 210</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>For example: Autumn 2024</source>
        <translation>Por ejemplo: Primer cuatrimestre 2024</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What it is and what you did.</source>
        <translation>Qué es y qué hiciste.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>What you learnt, what was hard, what you would do differently.</source>
        <translation>Qué aprendiste, qué te costó y qué harías de otra manera.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Separa las etiquetas con comas.</translation>
    </message>
    <message>
        <source>For example: teamwork, Python</source>
        <translation>Por ejemplo: trabajo en equipo, Python</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>The competencies this evidence shows.</source>
        <translation>Las competencias que demuestra esta evidencia.</translation>
    </message>
    <message>
        <source>Drop files to attach them</source>
        <translation>Suelta archivos para adjuntarlos</translation>
    </message>
    <message>
        <source>or drop them here</source>
        <translation>o suéltalos aquí</translation>
    </message>
</context>
<context>
    <name>EvidenceFilterBar</name>
    <message>
        <source>Search titles, descriptions, reflections, courses and tags</source>
        <translation>Buscar en títulos, descripciones, reflexiones, asignaturas y etiquetas</translation>
    </message>
    <message>
        <source>Search evidence</source>
        <translation>Buscar evidencias</translation>
    </message>
    <message>
        <source>The list narrows as you type. Press Escape to clear.</source>
        <translation>La lista se acota mientras escribes. Pulsa Escape para vaciar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s)</source>
        <extracomment>The evidence list narrowed by a search or filter: %1 items shown of %n in the library</extracomment>
        <translation>
            <numerusform>%1 de %n evidencia</numerusform>
            <numerusform>%1 de %n evidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n evidencia</numerusform>
            <numerusform>%n evidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Todas las asignaturas</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Asignatura</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>All competencies</source>
        <translation>Todas las competencias</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Before the first date of the evidence list&apos;s date range</extracomment>
        <translation>Del</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Con fecha desde</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two dates of the evidence list&apos;s date range</extracomment>
        <translation>al</translation>
    </message>
    <message>
        <source>Dated until</source>
        <translation>Con fecha hasta</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Coursework, projects and notes that show what you can do, with what you learnt.</source>
        <translation>Trabajos, proyectos y notas que muestran lo que sabes hacer y lo que aprendiste.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Aún no hay evidencias</translation>
    </message>
    <message>
        <source>Add a report, a link to a project or a short note. Say what it shows and what you learnt from it; you can attach files and link competencies.</source>
        <translation>Añade un informe, un enlace a un proyecto o una nota breve. Explica qué muestra y qué aprendiste; puedes adjuntar archivos y vincular competencias.</translation>
    </message>
    <message>
        <source>Add your first evidence</source>
        <translation>Añadir tu primera evidencia</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this evidence</source>
        <translation>Editar esta evidencia</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this evidence</source>
        <translation>Eliminar esta evidencia</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>No evidence matches the search and filters. Try fewer words, or clear the filters to see everything.</source>
        <translation>Ninguna evidencia coincide con la búsqueda y los filtros. Prueba con menos palabras o quita los filtros para verlo todo.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>Open %1 in another app</source>
        <translation>Abrir %1 en otra aplicación</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Share your portfolio with a teacher, a school or an employer: a PDF to read, or a bundle they can check with Pathfolio.</source>
        <translation>Comparte tu portafolio con un docente, un centro educativo o una empresa: un PDF para leer o un expediente que pueden comprobar con Pathfolio.</translation>
    </message>
    <message>
        <source>Save bundle…</source>
        <translation>Guardar expediente…</translation>
    </message>
    <message>
        <source>Save the portfolio as a bundle that others can verify</source>
        <translation>Guardar el portafolio como un expediente que otros pueden verificar</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the portfolio as a PDF</source>
        <translation>Guardar el portafolio como PDF</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Todavía no hay nada que exportar</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Add evidence, an internship or a badge, and Pathfolio puts them together here as a PDF and as a bundle with the original files, which others can check.</source>
        <translation>Tu portafolio está vacío. Añade evidencias, unas prácticas o una insignia, y Pathfolio las reúne aquí en un PDF y en un expediente con los archivos originales, que otros pueden comprobar.</translation>
    </message>
    <message>
        <source>Add your first evidence</source>
        <translation>Añadir tu primera evidencia</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Under your name on the cover.</source>
        <translation>Bajo tu nombre en la portada.</translation>
    </message>
    <message>
        <source>For example UX design student, 4th semester</source>
        <translation>Por ejemplo: estudiante de diseño UX, 4.º semestre</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Puesto al que se dirige</translation>
    </message>
    <message>
        <source>The role or employer the portfolio is for.</source>
        <translation>El puesto o la empresa a la que va dirigido el portafolio.</translation>
    </message>
    <message>
        <source>For example Junior UX researcher at Acme</source>
        <translation>Por ejemplo: investigador/a UX júnior en Acme</translation>
    </message>
    <message>
        <source>Cover note</source>
        <translation>Nota de presentación</translation>
    </message>
    <message>
        <source>A few words to the reader</source>
        <translation>Unas palabras para quien lo lea</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Left out of the pages and of the bundle; the cover says what was withheld.</source>
        <translation>Se omite en las páginas y en el expediente; la portada indica qué se ha retenido.</translation>
    </message>
    <message>
        <source>Leave out %1</source>
        <translation>Omitir %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation>Actualizar vista previa</translation>
    </message>
    <message>
        <source>Show the options as they stand in the preview</source>
        <translation>Mostrar las opciones actuales en la vista previa</translation>
    </message>
    <message>
        <source>Pages of the exported portfolio</source>
        <translation>Páginas del portafolio exportado</translation>
    </message>
    <message>
        <source>The preview could not be shown: %1</source>
        <translation>No se pudo mostrar la vista previa: %1</translation>
    </message>
    <message>
        <source>Pathfolio is laying out your portfolio…</source>
        <translation>Pathfolio está maquetando tu portafolio…</translation>
    </message>
    <message>
        <source>The preview shows here.</source>
        <translation>Aquí aparece la vista previa.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the portfolio as a bundle</source>
        <translation>Guardar el portafolio como expediente</translation>
    </message>
    <message>
        <source>Portfolio bundles (*.json)</source>
        <translation>Expedientes de portafolio (*.json)</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Your whole portfolio</source>
        <translation>Todo tu portafolio</translation>
    </message>
    <message>
        <source>Only the pack %1: %2</source>
        <translation>Solo el paquete %1: %2</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the pack %1</source>
        <translation>Editar el paquete %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the pack %1</source>
        <translation>Eliminar el paquete %1</translation>
    </message>
    <message>
        <source>The cover below differs from the one saved with %1.</source>
        <translation>La portada de abajo difiere de la guardada con %1.</translation>
    </message>
    <message>
        <source>Save to pack</source>
        <translation>Guardar en el paquete</translation>
    </message>
    <message>
        <source>Save the cover with the pack %1</source>
        <translation>Guardar la portada con el paquete %1</translation>
    </message>
    <message>
        <source>New application pack…</source>
        <translation>Nuevo paquete de solicitud…</translation>
    </message>
    <message>
        <source>Choose what an export for one application holds, and save it as a pack</source>
        <translation>Elegir qué contiene una exportación para una solicitud y guardarlo como paquete</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Put the evidence files in the bundle</source>
        <translation>Incluir los archivos de evidencia en el expediente</translation>
    </message>
    <message>
        <source>Then a reader has the files themselves, not only their fingerprints. The bundle grows by their size.</source>
        <translation>Así quien lo lea tiene los propios archivos, no solo sus huellas; el expediente crece lo que ocupan ellos.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Sign as yours</source>
        <translation>Firmar como tuyo</translation>
    </message>
    <message>
        <source>Signed as %1. A reader who verifies the export sees that it comes from this key and that nothing was changed after you signed it.</source>
        <translation>Firmado como %1. Quien verifique la exportación ve que procede de esta clave y que nada cambió después de firmarla.</translation>
    </message>
    <message>
        <source>A reader who verifies the export sees that nothing was changed after you signed it. The first time, Pathfolio makes your key.</source>
        <translation>Quien verifique la exportación ve que nada cambió después de firmarla. La primera vez, Pathfolio crea tu clave.</translation>
    </message>
    <message>
        <source>Your key is locked with your passphrase. Once you enter it, the key stays unlocked until you untick the box or close Pathfolio.</source>
        <translation>Tu clave está bloqueada con tu frase de contraseña. Una vez introducida, la clave queda desbloqueada hasta que desmarques la casilla o cierres Pathfolio.</translation>
    </message>
</context>
<context>
    <name>FilePreviewDialog</name>
    <message>
        <source>Open in another app</source>
        <translation>Abrir en otra aplicación</translation>
    </message>
    <message>
        <source>Open %1 in another app</source>
        <translation>Abrir %1 en otra aplicación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>This image could not be shown. Open it in another app to see it.</source>
        <translation>No se puede mostrar esta imagen. Ábrela en otra aplicación para verla.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation>Ajustar la página al ancho de la ventana</translation>
    </message>
    <message>
        <source>Pages of %1</source>
        <translation>Páginas de %1</translation>
    </message>
    <message>
        <source>This PDF could not be shown: %1</source>
        <translation>No se puede mostrar este PDF: %1</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texto de %1</translation>
    </message>
    <message>
        <source>No preview for this kind of file</source>
        <translation>No hay vista previa para este tipo de archivo</translation>
    </message>
    <message>
        <source>Pathfolio shows images, PDFs and text itself. Open this file in another app to see it.</source>
        <translation>Pathfolio muestra por sí mismo imágenes, PDF y texto. Abre este archivo en otra aplicación para verlo.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so Pathfolio cannot show its pages.</source>
        <translation>Este PDF está protegido con contraseña, así que Pathfolio no puede mostrar sus páginas.</translation>
    </message>
    <message>
        <source>Open it in another app and enter its password there. Pathfolio keeps the file as it was added.</source>
        <translation>Ábrelo en otra aplicación e introduce allí su contraseña. Pathfolio guarda el archivo tal como se añadió.</translation>
    </message>
    <message>
        <source>The file may be damaged or not a PDF at all. Pathfolio keeps it as it was added; another app may still read it.</source>
        <translation>Puede que el archivo esté dañado o que ni siquiera sea un PDF. Pathfolio lo guarda tal como se añadió; quizá otra aplicación pueda leerlo.</translation>
    </message>
</context>
<context>
    <name>FilterComboBox</name>
    <message>
        <source>Filter on: %1</source>
        <translation>Filtro activo: %1</translation>
    </message>
    <message>
        <source>Filter off</source>
        <translation>Sin filtro</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your portfolio</source>
        <translation>Tu portafolio</translation>
    </message>
    <message>
        <source>Collect what shows your learning: coursework, internships and badges, kept on your computer.</source>
        <translation>Reúne lo que demuestra tu aprendizaje: trabajos, prácticas e insignias, guardados en tu ordenador.</translation>
    </message>
    <message>
        <source>Everything you have collected so far, kept on your computer.</source>
        <translation>Todo lo que has reunido hasta ahora, guardado en tu ordenador.</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Hours logged in placements</source>
        <translation>Horas de prácticas registradas</translation>
    </message>
    <message>
        <source>Internships and placements</source>
        <translation>Prácticas y estancias</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Hours logged this month</source>
        <translation>Horas registradas este mes</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>Nothing yet. What you add and log will be listed here.</source>
        <translation>Aún nada. Lo que añadas y registres aparecerá aquí.</translation>
    </message>
    <message>
        <source>Competency coverage</source>
        <translation>Cobertura de competencias</translation>
    </message>
    <message>
        <source>No competencies yet.</source>
        <translation>Aún no hay competencias.</translation>
    </message>
    <message>
        <source>%1 of %2 competencies have evidence, hours, evaluations or badges behind them.</source>
        <translation>%1 de %2 competencias están respaldadas por evidencias, horas, evaluaciones o insignias.</translation>
    </message>
    <message>
        <source>Open competencies</source>
        <translation>Abrir competencias</translation>
    </message>
    <message>
        <source>Welcome to Pathfolio</source>
        <translation>Bienvenido a Pathfolio</translation>
    </message>
    <message>
        <source>Start with a badge you have earned: Pathfolio checks it on your computer and keeps it with the evidence behind it. Or look around a sample portfolio first; it opens in a window of its own and leaves yours untouched.</source>
        <translation>Empieza con una insignia que hayas obtenido: Pathfolio la comprueba en tu ordenador y la guarda con las evidencias que la respaldan. O echa primero un vistazo a un portafolio de ejemplo; se abre en una ventana propia y deja el tuyo intacto.</translation>
    </message>
    <message>
        <source>Import a badge…</source>
        <translation>Importar una insignia…</translation>
    </message>
    <message>
        <source>Import a badge</source>
        <translation>Importar una insignia</translation>
    </message>
    <message>
        <source>Open the sample portfolio</source>
        <translation>Abrir el portafolio de ejemplo</translation>
    </message>
    <message>
        <source>The sample portfolio could not be opened. Start Pathfolio with --sample to see it.</source>
        <translation>No se pudo abrir el portafolio de ejemplo. Inicia Pathfolio con --sample para verlo.</translation>
    </message>
</context>
<context>
    <name>InternshipsPage</name>
    <message>
        <source>Internships</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Internships, apprenticeships and other placements: your hours, what you did and how your supervisor rated you.</source>
        <translation>Prácticas, formación dual y otras estancias: tus horas, lo que hiciste y cómo te evaluó tu tutor o tutora.</translation>
    </message>
    <message>
        <source>Add internship</source>
        <translation>Añadir prácticas</translation>
    </message>
    <message>
        <source>No internships yet</source>
        <translation>Aún no hay prácticas</translation>
    </message>
    <message>
        <source>Add an internship or another placement, then log your hours after each day and record your supervisor&apos;s evaluation.</source>
        <translation>Añade unas prácticas u otra estancia, registra tus horas después de cada jornada y anota la evaluación de tu tutor o tutora.</translation>
    </message>
    <message>
        <source>Add an internship</source>
        <translation>Añadir unas prácticas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this internship</source>
        <translation>Editar estas prácticas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this internship</source>
        <translation>Eliminar estas prácticas</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>registradas</translation>
    </message>
    <message>
        <source>log entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Tutor o tutora</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <source>Week of %1: %2</source>
        <translation>Semana del %1: %2</translation>
    </message>
    <message>
        <source>Log (%1)</source>
        <translation>Diario (%1)</translation>
    </message>
    <message>
        <source>Evaluations (%1)</source>
        <translation>Evaluaciones (%1)</translation>
    </message>
    <message>
        <source>No hours logged yet. Add an entry after each working day: the date, your hours and what you did.</source>
        <translation>Aún no hay horas registradas. Añade una entrada después de cada jornada: la fecha, tus horas y lo que hiciste.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 in %n entries</source>
        <translation>
            <numerusform>Total: %1 en %n entrada</numerusform>
            <numerusform>Total: %1 en %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add log entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Edit the entry of %1</source>
        <translation>Editar la entrada del %1</translation>
    </message>
    <message>
        <source>Delete the entry of %1</source>
        <translation>Eliminar la entrada del %1</translation>
    </message>
    <message>
        <source>No evaluations yet. When your supervisor rates your work, record it here, competency by competency.</source>
        <translation>Aún no hay evaluaciones. Cuando tu tutor o tutora valore tu trabajo, anótalo aquí, competencia por competencia.</translation>
    </message>
    <message>
        <source>Your supervisor&apos;s ratings, on the rubric they used.</source>
        <translation>Las puntuaciones de tu tutor o tutora, según la rúbrica que utilizó.</translation>
    </message>
    <message>
        <source>Add evaluation</source>
        <translation>Añadir evaluación</translation>
    </message>
    <message>
        <source>Edit the evaluation of %1</source>
        <translation>Editar la evaluación del %1</translation>
    </message>
    <message>
        <source>Delete the evaluation of %1</source>
        <translation>Eliminar la evaluación del %1</translation>
    </message>
</context>
<context>
    <name>JobBar</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 – cancelling…</source>
        <translation>%1 – cancelando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>Add log entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>Edit log entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>For example 7.5</source>
        <translation>Por ejemplo 7,5</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Qué hiciste</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>What you learnt or would do differently.</source>
        <translation>Qué aprendiste o qué harías de otra manera.</translation>
    </message>
    <message>
        <source>Competencies practised</source>
        <translation>Competencias practicadas</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Pathfolio – sample portfolio</source>
        <translation>Pathfolio – portafolio de ejemplo</translation>
    </message>
    <message>
        <source>Pathfolio</source>
        <translation>Pathfolio</translation>
    </message>
    <message>
        <source>Sample portfolio: changes are discarded when you close Pathfolio.</source>
        <translation>Portafolio de ejemplo: los cambios se descartan al cerrar Pathfolio.</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>New application pack</source>
        <translation>Nuevo paquete de solicitud</translation>
    </message>
    <message>
        <source>Edit application pack</source>
        <translation>Editar paquete de solicitud</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For you: the role or employer it is for, for example &quot;Acme, junior UX designer&quot;.</source>
        <translation>Para ti: el puesto o la empresa a la que va, por ejemplo «Acme, diseñador UX junior».</translation>
    </message>
    <message>
        <source>Name of the pack</source>
        <translation>Nombre del paquete</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>The competencies its items show come along by themselves. The target role, headline and cover note on the Export page are saved with the pack.</source>
        <translation>Las competencias que muestran sus elementos se incluyen solas. El puesto objetivo, el titular y la nota de portada de la página Exportar se guardan con el paquete.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Items of your portfolio</source>
        <translation>Elementos de tu portafolio</translation>
    </message>
    <message>
        <source>Choose every item listed</source>
        <translation>Elegir todos los elementos mostrados</translation>
    </message>
    <message>
        <source>Choose none of the items listed</source>
        <translation>No elegir ninguno de los elementos mostrados</translation>
    </message>
    <message>
        <source>Find items by title, issuer, course or date</source>
        <translation>Buscar elementos por título, emisor, curso o fecha</translation>
    </message>
    <message>
        <source>Find items</source>
        <translation>Buscar elementos</translation>
    </message>
    <message>
        <source>No item matches &quot;%1&quot;.</source>
        <translation>Ningún elemento coincide con «%1».</translation>
    </message>
    <message>
        <source>Your portfolio is empty.</source>
        <translation>Tu portafolio está vacío.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Make your signing key</source>
        <translation>Crear tu clave de firma</translation>
    </message>
    <message>
        <source>Unlock your signing key</source>
        <translation>Desbloquear tu clave de firma</translation>
    </message>
    <message>
        <source>Pathfolio makes a key that signs your exports as yours, so a reader can see that nobody changed them after you. The key is kept in Pathfolio&apos;s data folder, locked with this passphrase. Nobody can recover a forgotten passphrase, so keep it somewhere safe.</source>
        <translation>Pathfolio crea una clave que firma tus exportaciones como tuyas, para que quien las lea vea que nadie las cambió después de ti. La clave se guarda en la carpeta de datos de Pathfolio, bloqueada con esta frase de contraseña. Nadie puede recuperar una frase olvidada, así que guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Your exports are signed as %1.</source>
        <translation>Tus exportaciones se firman como %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Make key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>¿Olvidaste la frase de contraseña?</translation>
    </message>
    <message>
        <source>Nobody can recover it. Pathfolio can put this key aside, in its data folder, and make a new one. What you signed before still verifies, as signed by the old key; from now on your exports show the new one.</source>
        <translation>Nadie puede recuperarla. Pathfolio puede apartar esta clave, en su carpeta de datos, y crear una nueva. Lo que firmaste antes se sigue verificando, como firmado por la clave antigua; a partir de ahora tus exportaciones muestran la nueva.</translation>
    </message>
    <message>
        <source>Put this key aside and make a new one</source>
        <translation>Apartar esta clave y crear una nueva</translation>
    </message>
</context>
<context>
    <name>PdfPageList</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Add internship</source>
        <translation>Añadir prácticas</translation>
    </message>
    <message>
        <source>Edit internship</source>
        <translation>Editar prácticas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>For example: Northwind Digital</source>
        <translation>Por ejemplo: Northwind Digital</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Tu puesto</translation>
    </message>
    <message>
        <source>For example: Design intern</source>
        <translation>Por ejemplo: Becaria de diseño</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind of placement</source>
        <translation>Tipo de estancia</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Leave empty while it goes on.</source>
        <translation>Déjala vacía mientras siga en curso.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Town, country or &quot;remote&quot;</source>
        <translation>Ciudad, país o «a distancia»</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Tutor o tutora</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Supervisor&apos;s name</source>
        <translation>Nombre del tutor o la tutora</translation>
    </message>
    <message>
        <source>Supervisor&apos;s job title</source>
        <translation>Cargo del tutor o la tutora</translation>
    </message>
    <message>
        <source>For example: Lead designer</source>
        <translation>Por ejemplo: Jefa de diseño</translation>
    </message>
    <message>
        <source>Supervisor&apos;s e-mail</source>
        <translation>Correo del tutor o la tutora</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the organisation does and what your placement is about.</source>
        <translation>A qué se dedica la organización y de qué tratan tus prácticas.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>checked %1</source>
        <translation>comprobada el %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>This is a sample portfolio in a temporary folder. It is deleted when you close Pathfolio.</source>
        <translation>Este es un portafolio de ejemplo en una carpeta temporal. Se elimina al cerrar Pathfolio.</translation>
    </message>
    <message>
        <source>Everything you add is kept in this folder on your computer: the database and a copy of each attached file. Include it in your backups.</source>
        <translation>Todo lo que añades se guarda en esta carpeta de tu ordenador: la base de datos y una copia de cada archivo adjunto. Inclúyela en tus copias de seguridad.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Pathfolio is shown in %1.</source>
        <translation>Idioma de Pathfolio: %1.</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Pathfolio.</source>
        <translation>El nuevo idioma se usará la próxima vez que abras Pathfolio.</translation>
    </message>
    <message>
        <source>About Pathfolio</source>
        <translation>Acerca de Pathfolio</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Your portfolio stays on your computer. Pathfolio does not go online unless you ask it to.</source>
        <translation>Tu portafolio se queda en tu ordenador. Pathfolio no se conecta a internet salvo que tú se lo pidas.</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Caché sin conexión</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>Añadir documento…</translation>
    </message>
    <message>
        <source>Add a document to the offline cache</source>
        <translation>Añadir un documento a la caché sin conexión</translation>
    </message>
    <message>
        <source>Documents that badges point to, kept on your computer so badges can be checked without going online.</source>
        <translation>Documentos a los que remiten las insignias, guardados en tu ordenador para poder comprobarlas sin conexión.</translation>
    </message>
    <message>
        <source>No documents kept offline</source>
        <translation>No hay documentos guardados sin conexión</translation>
    </message>
    <message>
        <source>Add the documents a verifier needs: issuer profiles, keys, DID documents, status lists.</source>
        <translation>Añade los documentos que hacen falta para verificar: perfiles de emisores, claves, documentos DID, listas de estado.</translation>
    </message>
    <message>
        <source>%1 · added %2</source>
        <translation>%1 · añadido %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove %1 from the offline cache? Badges that need it can then only be checked online.</source>
        <translation>¿Quitar %1 de la caché sin conexión? Las insignias que lo necesitan solo podrán comprobarse en línea.</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>Emisores de confianza</translation>
    </message>
    <message>
        <source>Add issuer…</source>
        <translation>Añadir emisor…</translation>
    </message>
    <message>
        <source>Add a trusted issuer</source>
        <translation>Añadir un emisor de confianza</translation>
    </message>
    <message>
        <source>Badges from these issuers are shown as coming from someone you trust. Share the list with others as a file.</source>
        <translation>Las insignias de estos emisores se muestran como procedentes de alguien de tu confianza. Comparte la lista con otras personas como archivo.</translation>
    </message>
    <message>
        <source>No trusted issuers yet</source>
        <translation>Todavía no hay emisores de confianza</translation>
    </message>
    <message>
        <source>Add the schools, course providers and employers whose badges you trust, or import a trust list someone shared with you.</source>
        <translation>Añade los centros de estudios, proveedores de cursos y empresas cuyas insignias te merecen confianza, o importa una lista de confianza que alguien haya compartido contigo.</translation>
    </message>
    <message>
        <source>Trusted since %1</source>
        <translation>De confianza desde el %1</translation>
    </message>
    <message>
        <source>Stop trusting %1? Its badges are then shown as coming from an unknown issuer.</source>
        <translation>¿Dejar de confiar en %1? Sus insignias se mostrarán entonces como procedentes de un emisor desconocido.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a trust list</source>
        <translation>Importar una lista de confianza</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the trust list</source>
        <translation>Exportar la lista de confianza</translation>
    </message>
    <message>
        <source>Trust lists (*.json)</source>
        <translation>Listas de confianza (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Who you are, where your portfolio is kept, how Pathfolio looks and speaks to you, and what it reads to check badges offline.</source>
        <translation>Quién eres, dónde se guarda tu portafolio, cómo se ve Pathfolio y cómo te habla, y qué lee para comprobar insignias sin conexión.</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Tu perfil</translation>
    </message>
    <message>
        <source>Your name as your exported portfolio shows it, and the identifiers your badges were issued to: Pathfolio checks each badge&apos;s recipient against them.</source>
        <translation>Tu nombre tal como lo muestra tu portafolio exportado, y los identificadores a los que se emitieron tus insignias: Pathfolio compara con ellos el destinatario de cada insignia.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example Amira Haddad</source>
        <translation>Por ejemplo Amira Haddad</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <source>Save your name</source>
        <translation>Guardar tu nombre</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>No identifiers yet. Add the e-mail address or DID your badges were issued to, so Pathfolio can tell they are yours.</source>
        <translation>Aún no hay identificadores. Añade la dirección de correo o el DID a los que se emitieron tus insignias, para que Pathfolio sepa que son tuyas.</translation>
    </message>
    <message>
        <source>Remove %1 from your identifiers? Badges issued to it are then no longer recognised as yours when they are verified.</source>
        <translation>¿Quitar %1 de tus identificadores? Las insignias emitidas a él dejarán de reconocerse como tuyas al verificarlas.</translation>
    </message>
    <message>
        <source>Add an identifier</source>
        <translation>Añadir un identificador</translation>
    </message>
    <message>
        <source>Badges are checked against your identifiers when they are verified. After a change, use Verify all on the Badges page.</source>
        <translation>Las insignias se comparan con tus identificadores al verificarlas. Tras un cambio, usa «Verificar todas» en la página Insignias.</translation>
    </message>
    <message>
        <source>Kind of identifier</source>
        <translation>Tipo de identificador</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the identifier</source>
        <translation>Añadir el identificador</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Pathfolio follows your desktop&apos;s light or dark colours, or keeps to the ones you choose.</source>
        <translation>Pathfolio sigue los colores claros u oscuros de tu escritorio, o se queda con los que tú elijas.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Tu clave de firma</translation>
    </message>
    <message>
        <source>Exports you sign carry this key, on the cover and in the bundle: whoever verifies them sees that they come from it and were not changed since.</source>
        <translation>Las exportaciones que firmas llevan esta clave, en la portada y en el expediente: quien las verifique ve que proceden de ella y que no cambiaron desde entonces.</translation>
    </message>
    <message>
        <source>You have no signing key yet. Pathfolio makes one, locked with a passphrase you choose, the first time you tick Sign as yours on the Export page.</source>
        <translation>Aún no tienes clave de firma. Pathfolio crea una, bloqueada con una frase de contraseña que eliges, la primera vez que marcas «Firmar como tuyo» en la página Exportar.</translation>
    </message>
    <message>
        <source>The DID of your signing key</source>
        <translation>El DID de tu clave de firma</translation>
    </message>
    <message>
        <source>Kept in holder-key.json in the data folder, locked with your passphrase.</source>
        <translation>Guardada en holder-key.json en la carpeta de datos, bloqueada con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Put aside and make a new one…</source>
        <translation>Apartar y crear una nueva…</translation>
    </message>
    <message>
        <source>Put your signing key aside; the next signed export makes a new one</source>
        <translation>Apartar tu clave de firma; la próxima exportación firmada crea una nueva</translation>
    </message>
    <message>
        <source>Put your signing key aside? It stays in the data folder, renamed. The next export you sign makes a new key, with a new DID; what you signed before still verifies.</source>
        <translation>¿Apartar tu clave de firma? Se queda en la carpeta de datos, con otro nombre. La próxima exportación que firmes crea una clave nueva, con un DID nuevo; lo que firmaste antes se sigue verificando.</translation>
    </message>
    <message>
        <source>Put aside</source>
        <translation>Apartar</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Pathfolio cannot open your portfolio</source>
        <translation>Pathfolio no puede abrir tu portafolio</translation>
    </message>
    <message>
        <source>Your data has not been changed.</source>
        <translation>Tus datos no se han modificado.</translation>
    </message>
    <message>
        <source>Details for a bug report:</source>
        <translation>Detalles para un informe de error:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Verification: %1</source>
        <translation>Verificación: %1</translation>
    </message>
</context>
<context>
    <name>TrustedIssuerDialog</name>
    <message>
        <source>Trust an issuer</source>
        <translation>Confiar en un emisor</translation>
    </message>
    <message>
        <source>Issuer&apos;s id</source>
        <translation>Identificador del emisor</translation>
    </message>
    <message>
        <source>A DID or web address, exactly as the issuer&apos;s badges state it.</source>
        <translation>Un DID o una dirección web, tal como figura en las insignias del emisor.</translation>
    </message>
    <message>
        <source>For example: did:web:example.org</source>
        <translation>Por ejemplo: did:web:example.org</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example: Example University</source>
        <translation>Por ejemplo: Universidad de Ejemplo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why you trust this issuer, for your own reference.</source>
        <translation>Por qué confías en este emisor, como nota para ti.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Drop files to verify them</source>
        <translation>Suelta archivos para verificarlos</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the results</source>
        <translation>Borrar los resultados</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>Choose files to verify</source>
        <translation>Elegir archivos para verificar</translation>
    </message>
    <message>
        <source>Check a badge</source>
        <translation>Comprobar una insignia</translation>
    </message>
    <message>
        <source>Verified files</source>
        <translation>Archivos verificados</translation>
    </message>
    <message>
        <source>Add all to my portfolio</source>
        <translation>Añadir todo a mi portafolio</translation>
    </message>
    <message>
        <source>Add every readable file to your portfolio</source>
        <translation>Añadir a tu portafolio todos los archivos legibles</translation>
    </message>
    <message>
        <source>Add to my portfolio</source>
        <translation>Añadir a mi portafolio</translation>
    </message>
    <message>
        <source>Add this file to your portfolio</source>
        <translation>Añadir este archivo a tu portafolio</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Check that a badge or an exported portfolio is genuine, without going online. Nothing is stored unless you add it.</source>
        <translation>Comprueba sin conexión si una insignia o un portafolio exportado es auténtico. No se guarda nada a menos que lo añadas.</translation>
    </message>
    <message>
        <source>Drop badge files (PNG, SVG or JSON) or an exported portfolio (PDF or JSON) on this window, or choose them. Pathfolio tells you, check by check, whether each can be trusted: the signature, the issuer&apos;s key, the dates, revocation and who it was issued to. Nothing is sent over the internet.</source>
        <translation>Arrastra a esta ventana archivos de insignias (PNG, SVG o JSON) o un portafolio exportado (PDF o JSON), o elígelos. Pathfolio te dice, comprobación por comprobación, si puedes fiarte de cada uno: la firma, la clave del emisor, las fechas, la revocación y a quién se emitió. No se envía nada por Internet.</translation>
    </message>
    <message>
        <source>Badges, credentials and portfolios (*.png *.svg *.json *.jws *.jwt *.pdf)</source>
        <translation>Insignias, credenciales y portafolios (*.png *.svg *.json *.jws *.jwt *.pdf)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A portfolio of your evidence, internships and badges.</source>
        <translation>Un portafolio de tus evidencias, prácticas e insignias.</translation>
    </message>
    <message>
        <source>Keep the portfolio in &lt;folder&gt; instead of the usual place.</source>
        <translation>Guardar el portafolio en &lt;carpeta&gt; en lugar del lugar habitual.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Open a sample portfolio in a temporary folder, deleted on exit.</source>
        <translation>Abrir un portafolio de ejemplo en una carpeta temporal que se elimina al salir.</translation>
    </message>
    <message>
        <source>Load every page without showing it, report problems and exit.</source>
        <translation>Cargar cada página sin mostrarla, informar de los problemas y salir.</translation>
    </message>
    <message>
        <source>Save a picture of every page into &lt;folder&gt; and exit.</source>
        <translation>Guardar una imagen de cada página en &lt;carpeta&gt; y salir.</translation>
    </message>
</context>
<context>
    <name>pf::CacheModel</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::CompetencyController</name>
    <message>
        <source>Delete this competency?</source>
        <translation>¿Eliminar esta competencia?</translation>
    </message>
    <message>
        <source>Delete the competency &quot;%1&quot;? Evidence and log entries linked to it stay, without the link.</source>
        <translation>¿Eliminar la competencia «%1»? Las evidencias y entradas vinculadas se conservan, sin el vínculo.</translation>
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
        <translation>Tus competencias propias</translation>
    </message>
</context>
<context>
    <name>pf::CredentialController</name>
    <message>
        <source>… %1 more not shown. Save the original to read all of it.</source>
        <translation>… %1 más sin mostrar. Guarda el original para leerlo completo.</translation>
    </message>
    <message>
        <source>Delete “%1” from your portfolio? The original file is removed from the library too; keep a copy with “Save original” first if you may need it again.</source>
        <translation>¿Eliminar «%1» de tu portafolio? El archivo original también se quita de la biblioteca; si puedes volver a necesitarlo, guarda antes una copia con «Guardar original».</translation>
    </message>
</context>
<context>
    <name>pf::ErrorMessages</name>
    <message>
        <source>Some of the information is not valid. Check the form and try again.</source>
        <translation>Algunos datos no son válidos. Revisa el formulario e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A date is not valid. Write dates as YYYY-MM-DD, for example 2024-09-30.</source>
        <translation>Una fecha no es válida. Escribe las fechas como AAAA-MM-DD, por ejemplo 2024-09-30.</translation>
    </message>
    <message>
        <source>The dates are in the wrong order.</source>
        <translation>Las fechas están en orden incorrecto.</translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 24.</source>
        <translation>Las horas deben ser más de 0 y como máximo 24.</translation>
    </message>
    <message>
        <source>This item no longer exists. It may have been deleted.</source>
        <translation>Este elemento ya no existe. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>This item is still used by other items, so it was kept.</source>
        <translation>Otros elementos aún usan este elemento, así que se ha conservado.</translation>
    </message>
    <message>
        <source>An item with the same name or code already exists.</source>
        <translation>Ya existe un elemento con el mismo nombre o código.</translation>
    </message>
    <message>
        <source>The file could not be found. It may have been moved or deleted.</source>
        <translation>No se encontró el archivo. Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that you are allowed to open it.</source>
        <translation>No se pudo leer el archivo. Comprueba que tienes permiso para abrirlo.</translation>
    </message>
    <message>
        <source>The file is too large to keep in your portfolio.</source>
        <translation>El archivo es demasiado grande para guardarlo en tu portafolio.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Your data folder cannot be written to. Check its permissions.</source>
        <translation>No se puede escribir en tu carpeta de datos. Revisa sus permisos.</translation>
    </message>
    <message>
        <source>This portfolio was saved by a newer version of Pathfolio. Update Pathfolio to open it.</source>
        <translation>Este portafolio se guardó con una versión más reciente de Pathfolio. Actualiza Pathfolio para abrirlo.</translation>
    </message>
    <message>
        <source>The portfolio database is damaged, so Pathfolio did not open it.</source>
        <translation>La base de datos del portafolio está dañada, así que Pathfolio no la ha abierto.</translation>
    </message>
    <message>
        <source>The portfolio could not be upgraded to this version of Pathfolio. Nothing was changed.</source>
        <translation>No se pudo actualizar el portafolio a esta versión de Pathfolio. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>A stored file is damaged: it no longer matches what was saved.</source>
        <translation>Un archivo guardado está dañado: ya no coincide con lo que se guardó.</translation>
    </message>
    <message>
        <source>The portfolio database reported a problem. Please try again.</source>
        <translation>La base de datos del portafolio ha informado de un problema. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Please try again.</source>
        <translation>No se pudo leer o escribir un archivo. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo ha salido mal. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, for example 2024-09-30.</source>
        <translation>Escribe la fecha como AAAA-MM-DD, por ejemplo 2024-09-30.</translation>
    </message>
    <message>
        <source>Enter more than 0 and at most 24 hours, with at most two decimals, for example 7.5.</source>
        <translation>Escribe más de 0 y como máximo 24 horas, con dos decimales como mucho, por ejemplo 7,5.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>La fecha de fin no puede ser anterior a la de inicio.</translation>
    </message>
    <message>
        <source>Choose a date between the placement&apos;s start and end dates.</source>
        <translation>Elige una fecha entre el inicio y el fin de las prácticas.</translation>
    </message>
    <message>
        <source>Some log entries would fall outside these dates. Choose dates that include them.</source>
        <translation>Algunas entradas del diario quedarían fuera de estas fechas. Elige fechas que las incluyan.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Escribe un título.</translation>
    </message>
    <message>
        <source>Enter a full web address, for example https://example.org/my-work.</source>
        <translation>Escribe una dirección web completa, por ejemplo https://example.org/mi-trabajo.</translation>
    </message>
    <message>
        <source>Attach at least one file, or choose another kind of evidence.</source>
        <translation>Adjunta al menos un archivo o elige otro tipo de evidencia.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Escribe el nombre de la organización.</translation>
    </message>
    <message>
        <source>Enter your role, for example &quot;Design intern&quot;.</source>
        <translation>Escribe tu puesto, por ejemplo «Becaria de diseño».</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org, or leave it empty.</source>
        <translation>Escribe un correo como nombre@example.org o déjalo vacío.</translation>
    </message>
    <message>
        <source>Enter the name of the person who evaluated you.</source>
        <translation>Escribe el nombre de la persona que te evaluó.</translation>
    </message>
    <message>
        <source>The highest rating must be above the lowest one.</source>
        <translation>La puntuación más alta debe ser mayor que la más baja.</translation>
    </message>
    <message>
        <source>Every rating must be within the rubric&apos;s scale.</source>
        <translation>Cada puntuación debe estar dentro de la escala de la rúbrica.</translation>
    </message>
    <message>
        <source>Choose a kind.</source>
        <translation>Elige un tipo.</translation>
    </message>
    <message>
        <source>Name the framework that the web address belongs to.</source>
        <translation>Indica el marco al que pertenece la dirección web.</translation>
    </message>
    <message>
        <source>Another competency in this framework already has this code.</source>
        <translation>Otra competencia de este marco ya tiene este código.</translation>
    </message>
    <message>
        <source>A supervisor&apos;s evaluation rates this competency, so it cannot be deleted.</source>
        <translation>Una evaluación puntúa esta competencia, así que no se puede eliminar.</translation>
    </message>
    <message>
        <source>This file holds no badge or credential.</source>
        <translation>Este archivo no contiene ninguna insignia ni credencial.</translation>
    </message>
    <message>
        <source>The badge image is damaged and cannot be read.</source>
        <translation>La imagen de la insignia está dañada y no se puede leer.</translation>
    </message>
    <message>
        <source>The badge inside this file is too large to read safely.</source>
        <translation>La insignia de este archivo es demasiado grande para leerla con seguridad.</translation>
    </message>
    <message>
        <source>This SVG file contains parts that are not safe to read, so it was not opened.</source>
        <translation>Este archivo SVG contiene partes que no es seguro leer, así que no se ha abierto.</translation>
    </message>
    <message>
        <source>The file contains text that is not valid UTF-8.</source>
        <translation>El archivo contiene texto que no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>El archivo no es JSON válido.</translation>
    </message>
    <message>
        <source>The signed badge in this file is malformed.</source>
        <translation>La insignia firmada de este archivo está mal formada.</translation>
    </message>
    <message>
        <source>The badge lacks information that its format requires.</source>
        <translation>A la insignia le faltan datos que su formato exige.</translation>
    </message>
    <message>
        <source>Pathfolio cannot read this badge format or version yet.</source>
        <translation>Pathfolio aún no puede leer este formato o versión de insignia.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to read safely.</source>
        <translation>El archivo tiene demasiados niveles de anidación para leerlo con seguridad.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is not a usable public key.</source>
        <translation>La clave del emisor no es una clave pública utilizable.</translation>
    </message>
    <message>
        <source>The badge is signed with a method Pathfolio does not accept.</source>
        <translation>La insignia está firmada con un método que Pathfolio no acepta.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key does not fit the signing method of the badge.</source>
        <translation>La clave del emisor no corresponde al método de firma de la insignia.</translation>
    </message>
    <message>
        <source>The signature does not match the badge: it may have been changed.</source>
        <translation>La firma no corresponde a la insignia: puede que se haya modificado.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be found among the documents Pathfolio keeps offline.</source>
        <translation>No se encontró la clave del emisor entre los documentos que Pathfolio guarda sin conexión.</translation>
    </message>
    <message>
        <source>The credential&apos;s linked data is malformed.</source>
        <translation>Los datos enlazados de la credencial están mal formados.</translation>
    </message>
    <message>
        <source>The credential refers to a vocabulary that Pathfolio does not have offline.</source>
        <translation>La credencial remite a un vocabulario que Pathfolio no tiene sin conexión.</translation>
    </message>
    <message>
        <source>The credential uses a term that its vocabularies do not define, so it cannot be checked exactly.</source>
        <translation>La credencial usa un término que sus vocabularios no definen, por lo que no se puede comprobar con exactitud.</translation>
    </message>
    <message>
        <source>The file is not valid N-Quads.</source>
        <translation>El archivo no es N-Quads válido.</translation>
    </message>
    <message>
        <source>The credential&apos;s data is too complex to check safely.</source>
        <translation>Los datos de la credencial son demasiado complejos para comprobarlos con seguridad.</translation>
    </message>
    <message>
        <source>Enter the address the document is known by, for example https://example.org/issuer.json.</source>
        <translation>Escribe la dirección con la que se conoce el documento, por ejemplo https://example.org/issuer.json.</translation>
    </message>
    <message>
        <source>Choose the file that holds the document.</source>
        <translation>Elige el archivo que contiene el documento.</translation>
    </message>
    <message>
        <source>Enter the issuer&apos;s id as its badges state it, for example did:web:example.org.</source>
        <translation>Escribe el identificador del emisor tal como figura en sus insignias, por ejemplo did:web:example.org.</translation>
    </message>
    <message>
        <source>This file is not a Pathfolio trust list.</source>
        <translation>Este archivo no es una lista de confianza de Pathfolio.</translation>
    </message>
    <message>
        <source>The file is larger than 50 MiB, too large for the offline cache.</source>
        <translation>El archivo ocupa más de 50 MiB, demasiado para la caché sin conexión.</translation>
    </message>
    <message>
        <source>This trust list was saved by a newer version of Pathfolio. Update Pathfolio to import it.</source>
        <translation>Esta lista de confianza se guardó con una versión más reciente de Pathfolio. Actualiza Pathfolio para importarla.</translation>
    </message>
    <message>
        <source>Enter a name of at most 200 characters.</source>
        <translation>Escribe un nombre de 200 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.org.</source>
        <translation>Escribe una dirección de correo como nombre@example.org.</translation>
    </message>
    <message>
        <source>Enter a DID, which starts with did:, for example did:key:z6Mk….</source>
        <translation>Escribe un DID, que empieza por did:, por ejemplo did:key:z6Mk….</translation>
    </message>
    <message>
        <source>Enter the identifier as your badges state it.</source>
        <translation>Escribe el identificador tal como lo indican tus insignias.</translation>
    </message>
    <message>
        <source>The passphrase is not the one your signing key was saved with.</source>
        <translation>La frase de contraseña no es la que se usó al guardar tu clave de firma.</translation>
    </message>
    <message>
        <source>The PDF is damaged or was changed in a way that Pathfolio cannot read.</source>
        <translation>El PDF está dañado o se modificó de una forma que Pathfolio no puede leer.</translation>
    </message>
    <message>
        <source>Name the pack, for example after the role or employer it is for.</source>
        <translation>Pon nombre al paquete, por ejemplo el del puesto o la empresa a la que va.</translation>
    </message>
    <message>
        <source>Choose at least one item for the pack.</source>
        <translation>Elige al menos un elemento para el paquete.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <extracomment>%1 is the least number of characters</extracomment>
        <translation>Elige una frase de contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Las dos frases de contraseña difieren. Escribe la misma dos veces.</translation>
    </message>
    <message>
        <source>Another pack already has this name.</source>
        <translation>Otro paquete ya tiene este nombre.</translation>
    </message>
</context>
<context>
    <name>pf::EvaluationController</name>
    <message>
        <source>1 = beginning, 2 = developing, 3 = competent, 4 = proficient, 5 = excellent</source>
        <translation>1 = inicial, 2 = en desarrollo, 3 = competente, 4 = avanzado, 5 = excelente</translation>
    </message>
    <message>
        <source>Delete this evaluation?</source>
        <translation>¿Eliminar esta evaluación?</translation>
    </message>
    <message>
        <source>Delete the evaluation by %1 of %2? This cannot be undone.</source>
        <translation>¿Eliminar la evaluación de %1 del %2? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>pf::EvaluationModel</name>
    <message>
        <source>Scale %1 to %2</source>
        <translation>Escala de %1 a %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>pf::EvidenceController</name>
    <message>
        <source>Delete this evidence?</source>
        <translation>¿Eliminar esta evidencia?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? This cannot be undone.</source>
        <translation>¿Eliminar «%1»? No se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; and its %n attached file(s)? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar «%1» y su archivo adjunto? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar «%1» y sus %n archivos adjuntos? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the beginning of this file is shown (%1 of %2). Open it to read all of it.</source>
        <translation>Solo se muestra el principio de este archivo (%1 de %2). Ábrelo para leerlo entero.</translation>
    </message>
    <message>
        <source>Some bytes of this file are not UTF-8 text; they are shown as replacement marks.</source>
        <translation>Algunos bytes de este archivo no son texto UTF-8; se muestran como caracteres de sustitución.</translation>
    </message>
    <message>
        <source>This file does not look like text, so it is not shown here.</source>
        <translation>Este archivo no parece texto, así que no se muestra aquí.</translation>
    </message>
</context>
<context>
    <name>pf::EvidenceModel</name>
    <message>
        <source>Type dates as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>Escribe las fechas como AAAA-MM-DD, por ejemplo 2025-03-14.</translation>
    </message>
    <message>
        <source>The first date is after the second, so nothing can match.</source>
        <translation>La primera fecha es posterior a la segunda, así que nada puede coincidir.</translation>
    </message>
</context>
<context>
    <name>pf::ExportController</name>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Your e-mail addresses and other ways to reach you.</source>
        <translation>Tus direcciones de correo electrónico y otras formas de contactarte.</translation>
    </message>
    <message>
        <source>Who badges were issued to</source>
        <translation>A quién se emitieron las insignias</translation>
    </message>
    <message>
        <source>The identifiers on your badges. The attached originals keep them, as their issuers signed them.</source>
        <translation>Los identificadores de tus insignias. Los originales adjuntos los conservan, tal como los firmaron sus emisores.</translation>
    </message>
    <message>
        <source>Grades and results</source>
        <translation>Notas y resultados</translation>
    </message>
    <message>
        <source>Ratings from evaluations and results on badges. The attached originals keep theirs.</source>
        <translation>Las valoraciones de las evaluaciones y los resultados de las insignias. Los originales adjuntos conservan los suyos.</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>What you wrote about your evidence for yourself.</source>
        <translation>Lo que escribiste para ti sobre tus evidencias.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <extracomment>%1 is the name of the file that was written</extracomment>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>portfolio</source>
        <extracomment>The file name a saved portfolio is offered under, before its extension</extracomment>
        <translation>portafolio</translation>
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
        <translation>Corrige los campos marcados abajo.</translation>
    </message>
</context>
<context>
    <name>pf::Format</name>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>How a date reads in lists; a QDate format string (d, MMM, yyyy).</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Formación dual</translation>
    </message>
    <message>
        <source>Mentorship</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Estancia de observación</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Voluntariado</translation>
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
        <translation>Credencial verificable</translation>
    </message>
    <message>
        <source>Verifiable Presentation</source>
        <translation>Presentación verificable</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>baked PNG</source>
        <translation>integrada en PNG</translation>
    </message>
    <message>
        <source>baked SVG</source>
        <translation>integrada en SVG</translation>
    </message>
    <message>
        <source>signed JWT</source>
        <translation>JWT firmado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A credential&apos;s format: %1 the standard, %2 the container, e.g. &quot;Open Badges 3.0 · baked PNG&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pathfolio portfolio</source>
        <translation>Portafolio de Pathfolio</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>expediente</translation>
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
        <translation>Correo</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>DID</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>N.º de estudiante</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>pf::JobController</name>
    <message>
        <source>Adding badges to your portfolio</source>
        <translation>Añadiendo insignias a tu portafolio</translation>
    </message>
    <message>
        <source>Verifying your badges</source>
        <translation>Verificando tus insignias</translation>
    </message>
    <message>
        <source>Verifying files</source>
        <translation>Verificando archivos</translation>
    </message>
    <message>
        <source>Please wait until “%1” has finished, or cancel it.</source>
        <translation>Espera a que termine «%1» o cancélalo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A file that was not imported: %1 its name, %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) added and verified</source>
        <translation>
            <numerusform>%n insignia añadida y verificada</numerusform>
            <numerusform>%n insignias añadidas y verificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your portfolio</source>
        <translation>
            <numerusform>%n ya estaba en tu portafolio</numerusform>
            <numerusform>%n ya estaban en tu portafolio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status list(s) added to the offline cache</source>
        <translation>
            <numerusform>%n lista de estado añadida a la caché sin conexión</numerusform>
            <numerusform>%n listas de estado añadidas a la caché sin conexión</numerusform>
        </translation>
    </message>
    <message>
        <source>no files found</source>
        <translation>no se encontraron archivos</translation>
    </message>
    <message>
        <source>Import cancelled: %1.</source>
        <translation>Importación cancelada: %1.</translation>
    </message>
    <message>
        <source>nothing was added</source>
        <translation>no se añadió nada</translation>
    </message>
    <message>
        <source>Import finished: %1.</source>
        <translation>Importación terminada: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) could not be verified; the log has the details.</source>
        <translation>
            <numerusform>No se pudo verificar %n insignia; los detalles están en el registro.</numerusform>
            <numerusform>No se pudieron verificar %n insignias; los detalles están en el registro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added. %1</source>
        <translation>
            <numerusform>No se pudo añadir %n archivo. %1</numerusform>
            <numerusform>No se pudieron añadir %n archivos. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n badge(s).</source>
        <translation>
            <numerusform>Verificación cancelada tras %n insignia.</numerusform>
            <numerusform>Verificación cancelada tras %n insignias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) verified.</source>
        <translation>
            <numerusform>Se verificó %n insignia.</numerusform>
            <numerusform>Se verificaron %n insignias.</numerusform>
        </translation>
    </message>
    <message>
        <source>No files were found to verify.</source>
        <translation>No se encontraron archivos para verificar.</translation>
    </message>
</context>
<context>
    <name>pf::LogEntryController</name>
    <message>
        <source>Delete this log entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <source>Delete the log entry of %1 (%2)? This cannot be undone.</source>
        <translation>¿Eliminar la entrada del %1 (%2)? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>pf::LogEntryModel</name>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
</context>
<context>
    <name>pf::NavigationModel</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>pf::OfflineDataController</name>
    <message numerus="yes">
        <source>%n issuer(s) imported.</source>
        <translation>
            <numerusform>%n emisor importado.</numerusform>
            <numerusform>%n emisores importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust list was saved to %1.</source>
        <translation>La lista de confianza se guardó en %1.</translation>
    </message>
</context>
<context>
    <name>pf::OverviewController</name>
    <message>
        <source>Add the competencies you are working on</source>
        <translation>Añade las competencias en las que trabajas</translation>
    </message>
    <message>
        <source>Competencies from your course&apos;s framework tie your evidence and hours together.</source>
        <translation>Las competencias del marco de tu titulación relacionan tus evidencias y tus horas.</translation>
    </message>
    <message>
        <source>Add competencies</source>
        <translation>Añadir competencias</translation>
    </message>
    <message>
        <source>Add your first piece of evidence</source>
        <translation>Añade tu primera evidencia</translation>
    </message>
    <message>
        <source>A report, a link to a project or a short note, with what you learnt from it.</source>
        <translation>Un informe, un enlace a un proyecto o una nota breve, con lo que aprendiste.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <source>Record an internship</source>
        <translation>Registra unas prácticas</translation>
    </message>
    <message>
        <source>Keep a log of your hours and ask your supervisor for an evaluation.</source>
        <translation>Lleva un diario de tus horas y pide una evaluación a tu tutor o tutora.</translation>
    </message>
    <message>
        <source>Add an internship</source>
        <translation>Añadir unas prácticas</translation>
    </message>
    <message>
        <source>Log your first day</source>
        <translation>Registra tu primer día</translation>
    </message>
    <message>
        <source>Write down the hours you worked and what you did.</source>
        <translation>Anota las horas que trabajaste y lo que hiciste.</translation>
    </message>
    <message>
        <source>Open internships</source>
        <translation>Abrir prácticas</translation>
    </message>
    <message>
        <source>Keep your log up to date</source>
        <translation>Mantén tu diario al día</translation>
    </message>
    <message>
        <source>A few lines after each working day make a strong record of what you learnt.</source>
        <translation>Unas líneas después de cada jornada forman un buen registro de lo que aprendiste.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>The issuer has withdrawn this badge.</source>
        <translation>El emisor ha retirado esta insignia.</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>The issuer has suspended this badge for now.</source>
        <translation>El emisor ha suspendido esta insignia por ahora.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>Failed verification</source>
        <translation>Verificación fallida</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <source>Whether it was revoked could not be checked offline. Add the issuer&apos;s status list to the offline cache in Settings.</source>
        <translation>No se pudo comprobar sin conexión si fue revocada. Añade la lista de estado del emisor a la caché sin conexión en Ajustes.</translation>
    </message>
    <message>
        <source>Not fully checked</source>
        <translation>No comprobada del todo</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message numerus="yes">
        <source>Expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Caduca el %1, en %n día.</numerusform>
            <numerusform>Caduca el %1, en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Aún sin verificar</translation>
    </message>
    <message>
        <source>Open it and choose “Verify again”, or verify all badges.</source>
        <translation>Ábrela y elige «Verificar de nuevo», o verifica todas las insignias.</translation>
    </message>
    <message>
        <source>Badge from %1</source>
        <translation>Insignia de %1</translation>
    </message>
    <message>
        <source>%1 logged: %2</source>
        <extracomment>A day in an internship log: %1 the hours, %2 what was done</extracomment>
        <translation>%1 registradas: %2</translation>
    </message>
    <message>
        <source>Evaluation by %1</source>
        <translation>Evaluación de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence</source>
        <translation>
            <numerusform>%n evidencia</numerusform>
            <numerusform>%n evidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n insignia</numerusform>
            <numerusform>%n insignias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluación</numerusform>
            <numerusform>%n evaluaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::PackController</name>
    <message>
        <source>Delete this pack?</source>
        <translation>¿Eliminar este paquete?</translation>
    </message>
    <message>
        <source>Delete the pack &quot;%1&quot;? The items it holds stay in your portfolio.</source>
        <translation>¿Eliminar el paquete «%1»? Sus elementos siguen en tu portafolio.</translation>
    </message>
</context>
<context>
    <name>pf::PackItemModel</name>
    <message>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Internships</source>
        <translation>Prácticas</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n insignia</numerusform>
            <numerusform>%n insignias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n evidencia</numerusform>
            <numerusform>%n evidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n internship(s)</source>
        <translation>
            <numerusform>%n práctica</numerusform>
            <numerusform>%n prácticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competenc(y/ies)</source>
        <translation>
            <numerusform>%n competencia</numerusform>
            <numerusform>%n competencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Nada elegido</translation>
    </message>
</context>
<context>
    <name>pf::PlacementController</name>
    <message>
        <source>Delete this placement?</source>
        <translation>¿Eliminar esta estancia?</translation>
    </message>
    <message>
        <source>Delete the placement at %1? This cannot be undone.</source>
        <translation>¿Eliminar la estancia en %1? No se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n log entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluations</source>
        <translation>
            <numerusform>%n evaluación</numerusform>
            <numerusform>%n evaluaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two counted things</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Delete the placement at %1 together with its %2? This cannot be undone.</source>
        <translation>¿Eliminar la estancia en %1? También se eliminarán: %2. No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>pf::ReportText</name>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Aún sin verificar</translation>
    </message>
    <message>
        <source>Every check passed: the credential is intact, from its issuer, and in force.</source>
        <translation>Todas las comprobaciones son correctas: la credencial está intacta, procede de su emisor y está vigente.</translation>
    </message>
    <message>
        <source>At least one check failed. Do not rely on this credential; the failing check says why.</source>
        <translation>Al menos una comprobación ha fallado. No te fíes de esta credencial; la comprobación fallida indica el motivo.</translation>
    </message>
    <message>
        <source>Nothing failed, but some checks could not be made offline. Each one says what was missing.</source>
        <translation>No ha fallado nada, pero algunas comprobaciones no se pudieron hacer sin conexión. Cada una indica qué faltaba.</translation>
    </message>
    <message>
        <source>The credential carries no proof that can be checked, so only its contents are shown.</source>
        <translation>La credencial no incluye ninguna firma que se pueda comprobar, así que solo se muestra su contenido.</translation>
    </message>
    <message>
        <source>This credential has not been verified yet.</source>
        <translation>Esta credencial aún no se ha verificado.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Revocation status</source>
        <translation>Estado de revocación</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Trust list</source>
        <translation>Lista de confianza</translation>
    </message>
    <message>
        <source>The file is not a credential Pathfolio can read.</source>
        <translation>El archivo no es una credencial que Pathfolio pueda leer.</translation>
    </message>
    <message>
        <source>The credential carries no signature.</source>
        <translation>La credencial no lleva firma.</translation>
    </message>
    <message>
        <source>The credential is signed with a method Pathfolio does not know.</source>
        <translation>La credencial está firmada con un método que Pathfolio no conoce.</translation>
    </message>
    <message>
        <source>The credential refers to a vocabulary (JSON-LD context) that is neither built in nor in the offline cache.</source>
        <translation>La credencial remite a un vocabulario (contexto JSON-LD) que no está integrado en Pathfolio ni en la caché sin conexión.</translation>
    </message>
    <message>
        <source>The credential uses a term its vocabulary does not define, so what was signed is ambiguous.</source>
        <translation>La credencial usa un término que su vocabulario no define, así que no está claro qué se firmó.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or signed by another key.</source>
        <translation>La firma no coincide: la credencial se modificó después de firmarse o se firmó con otra clave.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm Pathfolio does not accept.</source>
        <translation>La firma usa un algoritmo que Pathfolio no acepta.</translation>
    </message>
    <message>
        <source>The signature demands an extension Pathfolio does not know.</source>
        <translation>La firma exige una extensión que Pathfolio no conoce.</translation>
    </message>
    <message>
        <source>The signing key is not the one the issuer published.</source>
        <translation>La clave de firma no es la que publicó el emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is damaged or of the wrong kind.</source>
        <translation>La clave del emisor está dañada o no es del tipo adecuado.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key is not available offline. Add the key document to the offline cache in Settings.</source>
        <translation>La clave del emisor no está disponible sin conexión. Añade el documento de la clave a la caché sin conexión en Ajustes.</translation>
    </message>
    <message>
        <source>The credential was signed by someone other than its stated issuer.</source>
        <translation>La credencial la firmó alguien distinto del emisor indicado.</translation>
    </message>
    <message>
        <source>The signature was not made for issuing credentials.</source>
        <translation>La firma no se hizo para emitir credenciales.</translation>
    </message>
    <message>
        <source>The signed claims differ from the credential shown.</source>
        <translation>Los datos firmados no coinciden con la credencial mostrada.</translation>
    </message>
    <message>
        <source>The credential has expired.</source>
        <translation>La credencial ha caducado.</translation>
    </message>
    <message>
        <source>The credential is not valid yet.</source>
        <translation>La credencial aún no es válida.</translation>
    </message>
    <message>
        <source>The issuer has revoked this credential.</source>
        <translation>El emisor ha revocado esta credencial.</translation>
    </message>
    <message>
        <source>The issuer has suspended this credential.</source>
        <translation>El emisor ha suspendido esta credencial.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is not in the offline cache, so revocation could not be checked.</source>
        <translation>La lista de estado del emisor no está en la caché sin conexión, así que no se pudo comprobar la revocación.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is damaged.</source>
        <translation>La lista de estado del emisor está dañada.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list could not itself be verified.</source>
        <translation>No se pudo verificar la propia lista de estado del emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s hosted copy of this badge is not in the offline cache, so it could not be compared.</source>
        <translation>La copia de esta insignia alojada por el emisor no está en la caché sin conexión, así que no se pudo comparar.</translation>
    </message>
    <message>
        <source>The credential was issued to someone whose e-mail or identifier is not in your profile.</source>
        <translation>La credencial se emitió a alguien cuyo correo o identificador no figura en tu perfil.</translation>
    </message>
    <message>
        <source>The issuer is not on your trust list.</source>
        <translation>El emisor no está en tu lista de confianza.</translation>
    </message>
    <message>
        <source>The file is a well-formed credential.</source>
        <translation>El archivo es una credencial bien formada.</translation>
    </message>
    <message>
        <source>The signature matches: nothing was changed since the credential was signed.</source>
        <translation>La firma coincide: no se ha modificado nada desde que se firmó la credencial.</translation>
    </message>
    <message>
        <source>The signing key belongs to the stated issuer.</source>
        <translation>La clave de firma pertenece al emisor indicado.</translation>
    </message>
    <message>
        <source>The credential is in force today.</source>
        <translation>La credencial está vigente hoy.</translation>
    </message>
    <message>
        <source>The issuer has not revoked or suspended it.</source>
        <translation>El emisor no la ha revocado ni suspendido.</translation>
    </message>
    <message>
        <source>It was issued to you: the recipient matches your profile.</source>
        <translation>Se emitió a tu nombre: el destinatario coincide con tu perfil.</translation>
    </message>
    <message>
        <source>The issuer is on your trust list.</source>
        <translation>El emisor está en tu lista de confianza.</translation>
    </message>
    <message>
        <source>The check passed.</source>
        <translation>La comprobación es correcta.</translation>
    </message>
    <message>
        <source>The credential has no revocation status to check.</source>
        <translation>La credencial no tiene estado de revocación que comprobar.</translation>
    </message>
    <message>
        <source>Not compared: add your e-mail addresses and identifiers in Settings to check who it was issued to.</source>
        <translation>Sin comparar: añade tus direcciones de correo e identificadores en Ajustes para comprobar a quién se emitió.</translation>
    </message>
    <message>
        <source>Not required: the issuer is not on your trust list.</source>
        <translation>No es necesario: el emisor no está en tu lista de confianza.</translation>
    </message>
    <message>
        <source>The credential has no dates to check.</source>
        <translation>La credencial no tiene fechas que comprobar.</translation>
    </message>
    <message>
        <source>This check did not apply to the credential.</source>
        <translation>Esta comprobación no se aplica a la credencial.</translation>
    </message>
    <message>
        <source>This could not be checked offline.</source>
        <translation>No se pudo comprobar sin conexión.</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>La comprobación ha fallado.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <source>Issuer document</source>
        <translation>Documento del emisor</translation>
    </message>
    <message>
        <source>Key document</source>
        <translation>Documento de la clave</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>Lista de estado</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Lista de revocación</translation>
    </message>
    <message>
        <source>offline cache</source>
        <translation>caché sin conexión</translation>
    </message>
    <message>
        <source>built into Pathfolio</source>
        <translation>integrado en Pathfolio</translation>
    </message>
    <message>
        <source>the credential itself</source>
        <translation>la propia credencial</translation>
    </message>
    <message>
        <source>%1, %2: %3, added %4 (%5)</source>
        <translation>%1, %2: %3, añadido el %4 (%5)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The file is a portfolio exported by Pathfolio.</source>
        <translation>El archivo es un portafolio exportado por Pathfolio.</translation>
    </message>
    <message>
        <source>The file is not a portfolio this version of Pathfolio can read.</source>
        <translation>El archivo no es un portafolio que esta versión de Pathfolio pueda leer.</translation>
    </message>
    <message>
        <source>Nothing was changed, added or removed since the portfolio was exported.</source>
        <translation>No se ha cambiado, añadido ni eliminado nada desde que se exportó el portafolio.</translation>
    </message>
    <message>
        <source>The portfolio was changed after it was exported: some of its contents no longer match the hashes recorded in it.</source>
        <translation>El portafolio se modificó después de exportarse: parte de su contenido ya no coincide con los hashes registrados en él.</translation>
    </message>
    <message>
        <source>The pages are exactly as they were exported.</source>
        <translation>Las páginas son exactamente como se exportaron.</translation>
    </message>
    <message>
        <source>The pages were changed, or the PDF was saved again after export, so what it shows may differ from what was exported.</source>
        <translation>Las páginas se modificaron o el PDF se volvió a guardar después de exportarse, así que lo que muestra puede diferir de lo exportado.</translation>
    </message>
    <message>
        <source>The original file of every credential is attached, unchanged.</source>
        <translation>El archivo original de cada credencial está adjunto, sin cambios.</translation>
    </message>
    <message>
        <source>An attached original is missing, was changed, or is not listed in the portfolio.</source>
        <translation>Falta un original adjunto, se modificó o no figura en el portafolio.</translation>
    </message>
    <message>
        <source>The portfolio is not signed by its holder, so nothing proves who put it together.</source>
        <translation>El portafolio no está firmado por su titular, así que nada demuestra quién lo reunió.</translation>
    </message>
    <message>
        <source>The portfolio is signed by its holder.</source>
        <translation>El portafolio está firmado por su titular.</translation>
    </message>
    <message>
        <source>The portfolio is intact and signed by its holder. Each credential it carries has a report of its own.</source>
        <translation>El portafolio está intacto y firmado por su titular. Cada credencial que contiene tiene su propio informe.</translation>
    </message>
    <message>
        <source>The portfolio was changed after export or cannot be read. Do not rely on it; the failing check says why.</source>
        <translation>El portafolio se modificó después de exportarse o no se puede leer. No te fíes de él; la comprobación fallida explica por qué.</translation>
    </message>
    <message>
        <source>The portfolio is intact as exported, but not signed by its holder. Each credential it carries has a report of its own.</source>
        <translation>El portafolio está intacto tal como se exportó, pero no está firmado por su titular. Cada credencial que contiene tiene su propio informe.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Attached originals</source>
        <translation>Originales adjuntos</translation>
    </message>
</context>
<context>
    <name>pf::SettingsController</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>pf::VerifyController</name>
    <message>
        <source>%1 in %2: %3 verified, %4 failed, %5 not fully checked</source>
        <extracomment>%1 is &quot;3 credentials&quot;, %2 is &quot;2 files&quot;</extracomment>
        <translation>%1 en %2: %3 verificadas, %4 fallidas, %5 con comprobaciones incompletas</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Cancelado. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n portfolio(s): %1 intact, %2 changed or unreadable</source>
        <extracomment>Follows the summary of the credentials, after &quot;; &quot;</extracomment>
        <translation>
            <numerusform>%n portafolio: %1 intacto, %2 modificado o ilegible</numerusform>
            <numerusform>%n portafolios: %1 intactos, %2 modificados o ilegibles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pf::VerifyResultModel</name>
    <message>
        <source>%1 in %2</source>
        <extracomment>A credential carried inside an exported portfolio: %1 its name there, %2 the portfolio&apos;s file</extracomment>
        <translation>%1 en %2</translation>
    </message>
</context>
</TS>
