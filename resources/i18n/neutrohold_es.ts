<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>LabImport</name>
    <message>
        <source>Lab result files (*.hl7 *.oru *.txt *.json *.ndjson *.csv);;All files (*)</source>
        <translation>Archivos de resultados de laboratorio (*.hl7 *.oru *.txt *.json *.ndjson *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Importar resultados de laboratorio</translation>
    </message>
    <message>
        <source>Export FHIR for {patient}</source>
        <translation>Exportar FHIR de {patient}</translation>
    </message>
    <message>
        <source>Export FHIR</source>
        <translation>Exportar FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Lab results not imported.</source>
        <translation>No se han importado los resultados de laboratorio.</translation>
    </message>
    <message>
        <source>Added the readings of {file}.</source>
        <translation>Se han añadido las mediciones de {file}.</translation>
    </message>
    <message>
        <source>The file could not be read ({error}).</source>
        <translation>No se ha podido leer el archivo ({error}).</translation>
    </message>
    <message>
        <source>Lab results not imported</source>
        <translation>Resultados de laboratorio no importados</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>LabPreviewDialog</name>
    <message>
        <source>Import lab results</source>
        <translation>Importar resultados de laboratorio</translation>
    </message>
    <message>
        <source>{source} ({format}), patient {patient}: {adding} readings to add.</source>
        <translation>{source} ({format}), paciente {patient}: {adding} mediciones para añadir.</translation>
    </message>
    <message>
        <source>not named in the file</source>
        <translation>no indicado en el archivo</translation>
    </message>
    <message>
        <source>Lab results in the file</source>
        <translation>Resultados de laboratorio del archivo</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Como en el archivo</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalizado</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corregido)</translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation>Omitidos, y por qué</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>LogNotices</name>
    <message>
        <source>Case log read-only</source>
        <translation>Registro de casos de solo lectura</translation>
    </message>
    <message>
        <source>Waiting for the case log</source>
        <translation>Esperando al registro de casos</translation>
    </message>
    <message>
        <source>Unsaved case not kept</source>
        <translation>Caso no guardado y no conservado</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open the case log again for saving, once the other program has let it go</source>
        <translation>Abrir de nuevo el registro de casos para guardar, cuando el otro programa lo haya liberado</translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>Caso sin guardar</translation>
    </message>
    <message>
        <source>The case being entered is not saved, and it could not be kept as a draft.</source>
        <translation>El caso que está introduciendo no está guardado y no se ha podido conservar como borrador.</translation>
    </message>
    <message>
        <source>If you close now, what was typed is lost.</source>
        <translation>Si cierra ahora, se perderá lo que ha escrito.</translation>
    </message>
    <message>
        <source>The case log file was replaced</source>
        <translation>Se ha sustituido el archivo del registro de casos</translation>
    </message>
    <message>
        <source>The file {path} is no longer the case log this window opened: another program moved, replaced or restored it. Nothing was written to it.</source>
        <translation>El archivo {path} ya no es el registro de casos que abrió esta ventana: otro programa lo ha movido, sustituido o restaurado. No se ha escrito nada en él.</translation>
    </message>
    <message>
        <source>Open the file now at that name read-only, to look at it; keep working on it as this window&apos;s case log, if you know it is the right one; or cancel and keep the form as it is.</source>
        <translation>Abra en modo de solo lectura el archivo que ahora tiene ese nombre, para consultarlo; siga trabajando con él como registro de casos de esta ventana, si sabe que es el correcto; o cancele y conserve el formulario tal como está.</translation>
    </message>
    <message>
        <source>Open it &amp;read-only</source>
        <translation>Abrir en modo de solo &amp;lectura</translation>
    </message>
    <message>
        <source>&amp;Keep working on the new file</source>
        <translation>&amp;Seguir trabajando con el archivo nuevo</translation>
    </message>
</context>
<context>
    <name>LogRecovery</name>
    <message>
        <source>The case log is damaged</source>
        <translation>El registro de casos está dañado</translation>
    </message>
    <message>
        <source>The case log cannot be read safely:
{path}

({detail})</source>
        <translation>El registro de casos no se puede leer con seguridad:
{path}

({detail})</translation>
    </message>
    <message>
        <source>The damaged file will be kept, renamed, for recovery. You can open the latest backup ({backup}), start a new, empty case log in its place, or quit and ask for help.</source>
        <translation>El archivo dañado se conservará, con otro nombre, para su recuperación. Puede abrir la copia de seguridad más reciente ({backup}), empezar en su lugar un registro de casos nuevo y vacío, o salir y pedir ayuda.</translation>
    </message>
    <message>
        <source>The damaged file will be kept, renamed, for recovery. You can open a backup (none was found), start a new, empty case log in its place, or quit and ask for help.</source>
        <translation>El archivo dañado se conservará, con otro nombre, para su recuperación. Puede abrir una copia de seguridad (no se ha encontrado ninguna), empezar en su lugar un registro de casos nuevo y vacío, o salir y pedir ayuda.</translation>
    </message>
    <message>
        <source>Open the latest &amp;backup</source>
        <translation>Abrir la &amp;copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Start a &amp;new log</source>
        <translation>Empezar un registro &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>NeutroHold cannot open the case log</source>
        <translation>NeutroHold no puede abrir el registro de casos</translation>
    </message>
    <message>
        <source>The case log is read-only</source>
        <translation>El registro de casos es de solo lectura</translation>
    </message>
    <message>
        <source>NeutroHold will close; keep the renamed files for recovery.</source>
        <translation>NeutroHold se cerrará; conserve los archivos renombrados para su recuperación.</translation>
    </message>
    <message>
        <source>another program holds the case log&apos;s lock.</source>
        <translation>otro programa tiene bloqueado el registro de casos.</translation>
    </message>
    <message>
        <source>this user cannot write to the case log file or its folder.</source>
        <translation>este usuario no puede escribir en el archivo del registro de casos ni en su carpeta.</translation>
    </message>
    <message>
        <source>The case log {path} cannot be opened ({error}).</source>
        <translation>No se puede abrir el registro de casos {path} ({error}).</translation>
    </message>
    <message>
        <source>NeutroHold will close.</source>
        <translation>NeutroHold se cerrará.</translation>
    </message>
    <message>
        <source>Press Try again (or start NeutroHold again) to save once that program has finished.</source>
        <translation>Pulse Reintentar (o vuelva a iniciar NeutroHold) para guardar cuando ese programa haya terminado.</translation>
    </message>
    <message>
        <source>The case log {path} cannot be written now: {reason}

({detail})

NeutroHold opens it read-only: cases can be viewed and printed, but nothing can be saved. Nothing in the file was changed.</source>
        <translation>Ahora no se puede escribir en el registro de casos {path}: {reason}

({detail})

NeutroHold lo abre en modo de solo lectura: puede consultar e imprimir casos, pero no guardar nada. No se ha cambiado nada del archivo.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({error}); nothing was deleted.</source>
        <translation>No se ha podido colocar la copia de seguridad en su lugar ({error}); no se ha borrado nada.</translation>
    </message>
    <message>
        <source>The damaged case log could not be moved aside ({error}); nothing was deleted.</source>
        <translation>No se ha podido apartar el registro de casos dañado ({error}); no se ha borrado nada.</translation>
    </message>
    <message>
        <source>The damaged case log was kept as
{file}</source>
        <translation>El registro de casos dañado se ha conservado como
{file}</translation>
    </message>
    <message>
        <source>The latest backup is now in use.</source>
        <translation>Ahora se usa la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <source>A new, empty case log is now in use.</source>
        <translation>Ahora se usa un registro de casos nuevo y vacío.</translation>
    </message>
    <message>
        <source>Case log replaced</source>
        <translation>Registro de casos sustituido</translation>
    </message>
</context>
<context>
    <name>PitfallChecklist</name>
    <message>
        <source>Pitfall checklist</source>
        <translation>Lista de errores frecuentes</translation>
    </message>
    <message>
        <source>Tick each pitfall once you have considered it</source>
        <translation>Marque cada error frecuente cuando lo haya tenido en cuenta</translation>
    </message>
    <message>
        <source>Tick once you have considered this pitfall</source>
        <translation>Márquelo cuando haya tenido en cuenta este error frecuente</translation>
    </message>
    <message>
        <source>{who_and_when}. Recorded in the case log; a recorded tick cannot be withdrawn.</source>
        <translation>{who_and_when}. Anotado en el registro de casos; una marca anotada no se puede retirar.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
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
        <source>Clinician summary</source>
        <translation>Resumen clínico</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Hoja informativa para el paciente</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nombre del clínico</translation>
    </message>
    <message>
        <source>Recorded with saved cases and ticked pitfalls</source>
        <translation>Se anota con los casos guardados y los errores frecuentes marcados</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>Printed on every page</source>
        <translation>Se imprime en cada página</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Default printout</source>
        <translation>Impreso predeterminado</translation>
    </message>
    <message>
        <source>&amp;Clinician name</source>
        <translation>&amp;Nombre del clínico</translation>
    </message>
    <message>
        <source>&amp;Site name</source>
        <translation>&amp;Centro</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Tamaño del papel</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast: black on white with black borders; Follow the system uses the desktop&apos;s accessibility setting</source>
        <translation>Alto contraste: negro sobre blanco con bordes negros; Según el sistema usa el ajuste de accesibilidad del escritorio</translation>
    </message>
    <message>
        <source>Default &amp;printout</source>
        <translation>Impreso pre&amp;determinado</translation>
    </message>
    <message>
        <source>C&amp;ontrast</source>
        <translation>C&amp;ontraste</translation>
    </message>
    <message>
        <source>Name the patient in print &amp;queue job names</source>
        <translation>Nombrar al paciente en los trabajos de la cola de im&amp;presión</translation>
    </message>
    <message>
        <source>Name the patient in print queue job names</source>
        <translation>Nombrar al paciente en los trabajos de la cola de impresión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window, used from the next start</source>
        <translation>El idioma de la ventana, que se aplica a partir del próximo inicio</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>A new language is used when NeutroHold is next started.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie NeutroHold.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Guardar las preferencias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>Export PDF for {patient}</source>
        <translation>Exportar PDF de {patient}</translation>
    </message>
    <message>
        <source>Print for {patient}</source>
        <translation>Imprimir para {patient}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Paciente: {patient}</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>&amp;Clinician summary: decision, criteria, monitoring, sources</source>
        <translation>&amp;Resumen clínico: decisión, criterios, seguimiento, fuentes</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Resumen clínico</translation>
    </message>
    <message>
        <source>Patient &amp;handout: what happens now, in plain words</source>
        <translation>&amp;Hoja para el paciente: qué pasa ahora, en palabras sencillas</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Hoja informativa para el paciente</translation>
    </message>
    <message>
        <source>&amp;Large print handout</source>
        <translation>Hoja en letra &amp;grande</translation>
    </message>
    <message>
        <source>Large print handout</source>
        <translation>Hoja en letra grande</translation>
    </message>
    <message>
        <source>Language of the printout</source>
        <translation>Idioma de la hoja impresa</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the printout:</source>
        <translation>I&amp;dioma de la hoja impresa:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Elegir dónde guardar el PDF</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Preview before printing</source>
        <translation>Vista previa antes de imprimir</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Choose a printer and print</source>
        <translation>Elegir una impresora e imprimir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message>
        <source>clinician summary</source>
        <translation>resumen clínico</translation>
    </message>
    <message>
        <source>patient handout</source>
        <translation>hoja informativa para el paciente</translation>
    </message>
    <message>
        <source>Export PDF for {patient}</source>
        <translation>Exportar PDF de {patient}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print {job}</source>
        <translation>Imprimir {job}</translation>
    </message>
    <message>
        <source>Print preview: {job}</source>
        <translation>Vista previa de impresión: {job}</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Ninguna impresora</translation>
    </message>
    <message>
        <source>No printer is installed on this computer, so nothing can be printed.</source>
        <translation>No hay ninguna impresora instalada en este ordenador, así que no se puede imprimir nada.</translation>
    </message>
    <message>
        <source>Export the printout as a PDF instead? It can be printed from another computer.</source>
        <translation>¿Desea exportar el impreso como PDF? Se puede imprimir desde otro ordenador.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Export PDF instead</source>
        <translation>Exportar PDF en su lugar</translation>
    </message>
    <message>
        <source>Still printing the previous job; try again in a moment.</source>
        <translation>Todavía se está imprimiendo el trabajo anterior; inténtelo de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Error de impresión</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Buscando impresoras…</translation>
    </message>
    <message>
        <source>the print server did not answer within {seconds} s; nothing was printed. Check that the printing service is running, or export a PDF instead</source>
        <translation>el servidor de impresión no ha respondido en {seconds} s; no se ha imprimido nada. Compruebe que el servicio de impresión está en marcha, o exporte un PDF en su lugar</translation>
    </message>
    <message>
        <source>{what} for {patient}</source>
        <translation>{what} de {patient}</translation>
    </message>
    <message>
        <source>the follow-up worklist (1 item)</source>
        <translation>la lista de seguimiento (1 elemento)</translation>
    </message>
    <message>
        <source>the follow-up worklist ({count} items)</source>
        <translation>la lista de seguimiento ({count} elementos)</translation>
    </message>
    <message>
        <source>the printer {printer} is stopped ({detail}); job {job} is held in its queue and has NOT printed. It prints when the printer is restarted (cupsenable {printer}); cancel it (cancel {job}) to print elsewhere</source>
        <translation>la impresora {printer} está detenida ({detail}); el trabajo {job} está retenido en su cola y NO se ha imprimido. Se imprimirá cuando se reinicie la impresora (cupsenable {printer}); cancélelo (cancel {job}) para imprimir en otra</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>; margins widened to the printer&apos;s unprintable edge, nothing clipped</source>
        <translation>; márgenes ampliados hasta el borde no imprimible de la impresora, no se ha cortado nada</translation>
    </message>
    <message>
        <source>Printed {label} to the file {printer} ({pages}{edge}).</source>
        <translation>Impreso: {label}, en el archivo {printer} ({pages}{edge}).</translation>
    </message>
    <message>
        <source>Printed {label} on {printer} ({pages}; CUPS job {job} completed{edge}).</source>
        <translation>Impreso: {label}, en {printer} ({pages}; trabajo CUPS {job} terminado{edge}).</translation>
    </message>
    <message>
        <source>Sent {label} to {printer} ({pages}; CUPS accepted job {job}, still in its queue{edge}).</source>
        <translation>Enviado: {label}, a {printer} ({pages}; CUPS ha aceptado el trabajo {job}, todavía en su cola{edge}).</translation>
    </message>
    <message>
        <source>Sent {label} to {printer} ({pages}{edge}).</source>
        <translation>Enviado: {label}, a {printer} ({pages}{edge}).</translation>
    </message>
    <message>
        <source>Not printed: {label}</source>
        <translation>No impreso: {label}</translation>
    </message>
    <message>
        <source>Printing {label}…</source>
        <translation>Imprimiendo: {label}…</translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF guardado: {file}</translation>
    </message>
    <message>
        <source>Writing the PDF for {patient}…</source>
        <translation>Escribiendo el PDF de {patient}…</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>No se ha guardado el PDF</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <source>Taken at</source>
        <translation>Tomada el</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>ANC cells/uL</source>
        <translation>RAN células/µl</translation>
    </message>
    <message>
        <source>WBC</source>
        <translation>Leucocitos</translation>
    </message>
    <message>
        <source>Neutrophils %</source>
        <translation>Neutrófilos %</translation>
    </message>
    <message>
        <source>Bands %</source>
        <translation>Cayados %</translation>
    </message>
    <message>
        <source>Temperature °C</source>
        <translation>Temperatura °C</translation>
    </message>
    <message>
        <source>Edit {column}</source>
        <translation>Editar {column}</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
</context>
<context>
    <name>RecordDesk</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>This evaluation ({decision}, {when})</source>
        <translation>Esta evaluación ({decision}, {when})</translation>
    </message>
    <message>
        <source>Clinician decision {decision} by {who}</source>
        <translation>Decisión clínica {decision} de {who}</translation>
    </message>
    <message>
        <source>Pitfall tick {pitfall} by {who}</source>
        <translation>Marca del error frecuente {pitfall} de {who}</translation>
    </message>
    <message>
        <source>&amp;Withdraw entry entered in error…</source>
        <translation>&amp;Retirar una entrada introducida por error…</translation>
    </message>
    <message>
        <source>Withdraw the shown evaluation, a tick or an override; it stays in the history, struck through</source>
        <translation>Retirar la evaluación mostrada, una marca o una decisión clínica; permanece en el historial, tachada</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <source>Export the case&apos;s monitoring schedule as an iCalendar file (patient reference only)</source>
        <translation>Exportar el calendario de seguimiento del caso como archivo iCalendar (solo con la referencia del paciente)</translation>
    </message>
    <message>
        <source>The audit anchor could not be kept ({error}).</source>
        <translation>No se ha podido conservar el ancla de auditoría ({error}).</translation>
    </message>
    <message>
        <source>Open a saved case from the case log first: only logged entries can be withdrawn.</source>
        <translation>Abra primero un caso guardado del registro de casos: solo se pueden retirar entradas registradas.</translation>
    </message>
    <message>
        <source>Every entry of this case is already withdrawn.</source>
        <translation>Todas las entradas de este caso ya están retiradas.</translation>
    </message>
    <message>
        <source>The entry was not withdrawn</source>
        <translation>No se ha retirado la entrada</translation>
    </message>
    <message>
        <source>Withdrawn as entered in error; it stays in the history, struck through.</source>
        <translation>Retirada por haberse introducido por error; permanece en el historial, tachada.</translation>
    </message>
    <message>
        <source>Enter a valid case first: the calendar is the recommendation&apos;s schedule.</source>
        <translation>Introduzca primero un caso válido: el calendario es el plan de la recomendación.</translation>
    </message>
    <message>
        <source>{count} monitoring dates written to {file}.</source>
        <translation>Se han escrito {count} fechas de seguimiento en {file}.</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>No se ha escrito el calendario</translation>
    </message>
    <message>
        <source>The calendar was not written.</source>
        <translation>No se ha escrito el calendario.</translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <source>Synchronise with the workstations in folder</source>
        <translation>Sincronizar con los puestos de trabajo de la carpeta</translation>
    </message>
    <message>
        <source>Wrote {cases} cases of this workstation to {file}.</source>
        <translation>Se han escrito {cases} casos de este puesto de trabajo en {file}.</translation>
    </message>
    <message>
        <source>The folder already holds every record of this workstation.</source>
        <translation>La carpeta ya contiene todos los registros de este puesto de trabajo.</translation>
    </message>
    <message>
        <source>Imported {cases} cases from {files} files.</source>
        <translation>Se han importado {cases} casos de {files} archivos.</translation>
    </message>
    <message>
        <source>Trusted new workstation {name}, fingerprint {fingerprint}.</source>
        <translation>Nuevo puesto de trabajo de confianza {name}, huella digital {fingerprint}.</translation>
    </message>
    <message>
        <source>Not trusted, not imported: {name}, fingerprint {fingerprint}.</source>
        <translation>Sin confianza, no importado: {name}, huella digital {fingerprint}.</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>No case log is open; there is nothing to synchronise.</source>
        <translation>No hay ningún registro de casos abierto; no hay nada que sincronizar.</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>Leyendo {folder}…</translation>
    </message>
    <message>
        <source>Synchronisation cancelled; nothing was written.</source>
        <translation>Sincronización cancelada; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Synchronising with {folder}…</source>
        <translation>Sincronizando con {folder}…</translation>
    </message>
    <message>
        <source>Refused (nothing of these files was imported):</source>
        <translation>Rechazados (no se ha importado nada de estos archivos):</translation>
    </message>
    <message>
        <source>Synchronisation: files refused</source>
        <translation>Sincronización: archivos rechazados</translation>
    </message>
    <message>
        <source>Synchronisation failed</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>The synchronisation failed; nothing was half-written.</source>
        <translation>La sincronización ha fallado; no ha quedado nada escrito a medias.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>New workstations in the folder</source>
        <translation>Nuevos puestos de trabajo en la carpeta</translation>
    </message>
    <message>
        <source>These workstations share the folder for the first time. Trust one only when its fingerprint matches the one its own NeutroHold shows (neutrohold log workstation): read it out over the phone.</source>
        <translation>Estos puestos de trabajo comparten la carpeta por primera vez. Confíe en uno solo si su huella digital coincide con la que muestra su propio NeutroHold (neutrohold log workstation): léala en voz alta por teléfono.</translation>
    </message>
    <message>
        <source>{name} ({id})
fingerprint {fingerprint}</source>
        <translation>{name} ({id})
huella digital {fingerprint}</translation>
    </message>
    <message>
        <source>Trust workstation {name}, fingerprint {fingerprint}</source>
        <translation>Confiar en el puesto de trabajo {name}, huella digital {fingerprint}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw an entry entered in error</source>
        <translation>Retirar una entrada introducida por error</translation>
    </message>
    <message>
        <source>The entry stays in the log and in the history, struck through, with your name, the time and your reason. It no longer counts for the worklist, replay or the CSV export.</source>
        <translation>La entrada permanece en el registro y en el historial, tachada, con su nombre, la hora y su motivo. Ya no cuenta para la lista de trabajo, la reproducción ni la exportación CSV.</translation>
    </message>
    <message>
        <source>Entry to withdraw</source>
        <translation>Entrada que se retira</translation>
    </message>
    <message>
        <source>Reason for withdrawing (required)</source>
        <translation>Motivo de la retirada (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Entrada</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Say why the entry is withdrawn (1 to 4000 characters).</source>
        <translation>Indique por qué se retira la entrada (de 1 a 4000 caracteres).</translation>
    </message>
</context>
</TS>
