<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>LabImport</name>
    <message>
        <source>Lab result files (*.hl7 *.oru *.txt *.json *.ndjson *.csv);;All files (*)</source>
        <translation>Laborbefunddateien (*.hl7 *.oru *.txt *.json *.ndjson *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Laborbefunde importieren</translation>
    </message>
    <message>
        <source>Export FHIR for {patient}</source>
        <translation>FHIR exportieren für {patient}</translation>
    </message>
    <message>
        <source>Export FHIR</source>
        <translation>FHIR exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Lab results not imported.</source>
        <translation>Die Laborbefunde wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Added the readings of {file}.</source>
        <translation>Die Messwerte aus {file} wurden hinzugefügt.</translation>
    </message>
    <message>
        <source>The file could not be read ({error}).</source>
        <translation>Die Datei konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>Lab results not imported</source>
        <translation>Laborbefunde nicht importiert</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>LabPreviewDialog</name>
    <message>
        <source>Import lab results</source>
        <translation>Laborbefunde importieren</translation>
    </message>
    <message>
        <source>{source} ({format}), patient {patient}: {adding} readings to add.</source>
        <translation>{source} ({format}), Patient {patient}: {adding} Messwerte zum Hinzufügen.</translation>
    </message>
    <message>
        <source>not named in the file</source>
        <translation>in der Datei nicht genannt</translation>
    </message>
    <message>
        <source>Lab results in the file</source>
        <translation>Laborbefunde in der Datei</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Entnommen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Wie in der Datei</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisiert</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(korrigiert)</translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation>Übersprungen, und warum</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>LogNotices</name>
    <message>
        <source>Case log read-only</source>
        <translation>Fallprotokoll schreibgeschützt</translation>
    </message>
    <message>
        <source>Waiting for the case log</source>
        <translation>Warten auf das Fallprotokoll</translation>
    </message>
    <message>
        <source>Unsaved case not kept</source>
        <translation>Nicht gespeicherter Fall nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Open the case log again for saving, once the other program has let it go</source>
        <translation>Das Fallprotokoll erneut zum Speichern öffnen, sobald das andere Programm es freigegeben hat</translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>Nicht gespeicherter Fall</translation>
    </message>
    <message>
        <source>The case being entered is not saved, and it could not be kept as a draft.</source>
        <translation>Der eingegebene Fall ist nicht gespeichert und konnte nicht als Entwurf aufbewahrt werden.</translation>
    </message>
    <message>
        <source>If you close now, what was typed is lost.</source>
        <translation>Wenn Sie jetzt schließen, geht das Eingegebene verloren.</translation>
    </message>
    <message>
        <source>The case log file was replaced</source>
        <translation>Die Datei des Fallprotokolls wurde ersetzt</translation>
    </message>
    <message>
        <source>The file {path} is no longer the case log this window opened: another program moved, replaced or restored it. Nothing was written to it.</source>
        <translation>Die Datei {path} ist nicht mehr das Fallprotokoll, das dieses Fenster geöffnet hat: Ein anderes Programm hat sie verschoben, ersetzt oder wiederhergestellt. Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>Open the file now at that name read-only, to look at it; keep working on it as this window&apos;s case log, if you know it is the right one; or cancel and keep the form as it is.</source>
        <translation>Öffnen Sie die Datei, die jetzt diesen Namen trägt, schreibgeschützt, um sie anzusehen; arbeiten Sie mit ihr als Fallprotokoll dieses Fensters weiter, wenn Sie wissen, dass es die richtige ist; oder brechen Sie ab und behalten Sie das Formular, wie es ist.</translation>
    </message>
    <message>
        <source>Open it &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Keep working on the new file</source>
        <translation>Mit der neuen Datei &amp;weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>LogRecovery</name>
    <message>
        <source>The case log is damaged</source>
        <translation>Das Fallprotokoll ist beschädigt</translation>
    </message>
    <message>
        <source>The case log cannot be read safely:
{path}

({detail})</source>
        <translation>Das Fallprotokoll kann nicht sicher gelesen werden:
{path}

({detail})</translation>
    </message>
    <message>
        <source>The damaged file will be kept, renamed, for recovery. You can open the latest backup ({backup}), start a new, empty case log in its place, or quit and ask for help.</source>
        <translation>Die beschädigte Datei wird umbenannt und zur Wiederherstellung aufbewahrt. Sie können die neueste Sicherung ({backup}) öffnen, an ihrer Stelle ein neues, leeres Fallprotokoll beginnen oder beenden und um Hilfe bitten.</translation>
    </message>
    <message>
        <source>The damaged file will be kept, renamed, for recovery. You can open a backup (none was found), start a new, empty case log in its place, or quit and ask for help.</source>
        <translation>Die beschädigte Datei wird umbenannt und zur Wiederherstellung aufbewahrt. Sie können eine Sicherung öffnen (es wurde keine gefunden), an ihrer Stelle ein neues, leeres Fallprotokoll beginnen oder beenden und um Hilfe bitten.</translation>
    </message>
    <message>
        <source>Open the latest &amp;backup</source>
        <translation>Neueste &amp;Sicherung öffnen</translation>
    </message>
    <message>
        <source>Start a &amp;new log</source>
        <translation>&amp;Neues Protokoll beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>NeutroHold cannot open the case log</source>
        <translation>NeutroHold kann das Fallprotokoll nicht öffnen</translation>
    </message>
    <message>
        <source>The case log is read-only</source>
        <translation>Das Fallprotokoll ist schreibgeschützt</translation>
    </message>
    <message>
        <source>NeutroHold will close; keep the renamed files for recovery.</source>
        <translation>NeutroHold wird geschlossen; bewahren Sie die umbenannten Dateien zur Wiederherstellung auf.</translation>
    </message>
    <message>
        <source>another program holds the case log&apos;s lock.</source>
        <translation>ein anderes Programm hält die Sperre des Fallprotokolls.</translation>
    </message>
    <message>
        <source>this user cannot write to the case log file or its folder.</source>
        <translation>dieser Benutzer kann weder in die Datei des Fallprotokolls noch in ihren Ordner schreiben.</translation>
    </message>
    <message>
        <source>The case log {path} cannot be opened ({error}).</source>
        <translation>Das Fallprotokoll {path} kann nicht geöffnet werden ({error}).</translation>
    </message>
    <message>
        <source>NeutroHold will close.</source>
        <translation>NeutroHold wird geschlossen.</translation>
    </message>
    <message>
        <source>Press Try again (or start NeutroHold again) to save once that program has finished.</source>
        <translation>Klicken Sie auf „Erneut versuchen“ (oder starten Sie NeutroHold neu), um zu speichern, sobald dieses Programm fertig ist.</translation>
    </message>
    <message>
        <source>The case log {path} cannot be written now: {reason}

({detail})

NeutroHold opens it read-only: cases can be viewed and printed, but nothing can be saved. Nothing in the file was changed.</source>
        <translation>In das Fallprotokoll {path} kann jetzt nicht geschrieben werden: {reason}

({detail})

NeutroHold öffnet es schreibgeschützt: Fälle können angesehen und gedruckt, aber nicht gespeichert werden. An der Datei wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({error}); nothing was deleted.</source>
        <translation>Die Sicherung konnte nicht eingesetzt werden ({error}); es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The damaged case log could not be moved aside ({error}); nothing was deleted.</source>
        <translation>Das beschädigte Fallprotokoll konnte nicht beiseitegelegt werden ({error}); es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The damaged case log was kept as
{file}</source>
        <translation>Das beschädigte Fallprotokoll wurde aufbewahrt als
{file}</translation>
    </message>
    <message>
        <source>The latest backup is now in use.</source>
        <translation>Jetzt wird die neueste Sicherung verwendet.</translation>
    </message>
    <message>
        <source>A new, empty case log is now in use.</source>
        <translation>Jetzt wird ein neues, leeres Fallprotokoll verwendet.</translation>
    </message>
    <message>
        <source>Case log replaced</source>
        <translation>Fallprotokoll ersetzt</translation>
    </message>
</context>
<context>
    <name>PitfallChecklist</name>
    <message>
        <source>Pitfall checklist</source>
        <translation>Checkliste der Fallstricke</translation>
    </message>
    <message>
        <source>Tick each pitfall once you have considered it</source>
        <translation>Haken Sie jeden Fallstrick ab, sobald Sie ihn bedacht haben</translation>
    </message>
    <message>
        <source>Tick once you have considered this pitfall</source>
        <translation>Abhaken, sobald Sie diesen Fallstrick bedacht haben</translation>
    </message>
    <message>
        <source>{who_and_when}. Recorded in the case log; a recorded tick cannot be withdrawn.</source>
        <translation>{who_and_when}. Im Fallprotokoll vermerkt; ein vermerktes Häkchen kann nicht zurückgezogen werden.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
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
        <source>Clinician summary</source>
        <translation>Klinische Zusammenfassung</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Patientenmerkblatt</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Name der Ärztin oder des Arztes</translation>
    </message>
    <message>
        <source>Recorded with saved cases and ticked pitfalls</source>
        <translation>Wird mit gespeicherten Fällen und abgehakten Fallstricken vermerkt</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Name der Einrichtung</translation>
    </message>
    <message>
        <source>Printed on every page</source>
        <translation>Wird auf jede Seite gedruckt</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Default printout</source>
        <translation>Standardausdruck</translation>
    </message>
    <message>
        <source>&amp;Clinician name</source>
        <translation>&amp;Name der Ärztin oder des Arztes</translation>
    </message>
    <message>
        <source>&amp;Site name</source>
        <translation>&amp;Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>High contrast: black on white with black borders; Follow the system uses the desktop&apos;s accessibility setting</source>
        <translation>Hoher Kontrast: Schwarz auf Weiß mit schwarzen Rändern; Wie das System folgt der Barrierefreiheitseinstellung des Desktops</translation>
    </message>
    <message>
        <source>Default &amp;printout</source>
        <translation>Standard&amp;ausdruck</translation>
    </message>
    <message>
        <source>C&amp;ontrast</source>
        <translation>&amp;Kontrast</translation>
    </message>
    <message>
        <source>Name the patient in print &amp;queue job names</source>
        <translation>Patienten in den Auftragsnamen der Druck&amp;warteschlange nennen</translation>
    </message>
    <message>
        <source>Name the patient in print queue job names</source>
        <translation>Patienten in den Auftragsnamen der Druckwarteschlange nennen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window, used from the next start</source>
        <translation>Die Sprache des Fensters, gültig ab dem nächsten Start</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new language is used when NeutroHold is next started.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von NeutroHold verwendet.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>Export PDF for {patient}</source>
        <translation>PDF exportieren für {patient}</translation>
    </message>
    <message>
        <source>Print for {patient}</source>
        <translation>Drucken für {patient}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Patient: {patient}</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Clinician summary: decision, criteria, monitoring, sources</source>
        <translation>&amp;Klinische Zusammenfassung: Entscheidung, Kriterien, Kontrollen, Quellen</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Klinische Zusammenfassung</translation>
    </message>
    <message>
        <source>Patient &amp;handout: what happens now, in plain words</source>
        <translation>&amp;Patientenmerkblatt: was jetzt geschieht, in einfachen Worten</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Patientenmerkblatt</translation>
    </message>
    <message>
        <source>&amp;Large print handout</source>
        <translation>Merkblatt in &amp;Großdruck</translation>
    </message>
    <message>
        <source>Large print handout</source>
        <translation>Merkblatt in Großdruck</translation>
    </message>
    <message>
        <source>Language of the printout</source>
        <translation>Sprache des Ausdrucks</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the printout:</source>
        <translation>S&amp;prache des Ausdrucks:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Wählen, wo das PDF gespeichert wird</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Preview before printing</source>
        <translation>Vorschau vor dem Drucken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>Choose a printer and print</source>
        <translation>Drucker wählen und drucken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message>
        <source>clinician summary</source>
        <translation>klinische Zusammenfassung</translation>
    </message>
    <message>
        <source>patient handout</source>
        <translation>Patientenmerkblatt</translation>
    </message>
    <message>
        <source>Export PDF for {patient}</source>
        <translation>PDF exportieren für {patient}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print {job}</source>
        <translation>{job} drucken</translation>
    </message>
    <message>
        <source>Print preview: {job}</source>
        <translation>Druckvorschau: {job}</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Kein Drucker</translation>
    </message>
    <message>
        <source>No printer is installed on this computer, so nothing can be printed.</source>
        <translation>Auf diesem Computer ist kein Drucker installiert, daher kann nichts gedruckt werden.</translation>
    </message>
    <message>
        <source>Export the printout as a PDF instead? It can be printed from another computer.</source>
        <translation>Möchten Sie den Ausdruck stattdessen als PDF exportieren? Er kann an einem anderen Computer gedruckt werden.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export PDF instead</source>
        <translation>Stattdessen PDF exportieren</translation>
    </message>
    <message>
        <source>Still printing the previous job; try again in a moment.</source>
        <translation>Der vorherige Auftrag wird noch gedruckt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Drucker werden gesucht…</translation>
    </message>
    <message>
        <source>the print server did not answer within {seconds} s; nothing was printed. Check that the printing service is running, or export a PDF instead</source>
        <translation>der Druckserver hat nicht innerhalb von {seconds} s geantwortet; es wurde nichts gedruckt. Prüfen Sie, ob der Druckdienst läuft, oder exportieren Sie stattdessen ein PDF</translation>
    </message>
    <message>
        <source>{what} for {patient}</source>
        <translation>{what} für {patient}</translation>
    </message>
    <message>
        <source>the follow-up worklist (1 item)</source>
        <translation>die Nachsorgeliste (1 Eintrag)</translation>
    </message>
    <message>
        <source>the follow-up worklist ({count} items)</source>
        <translation>die Nachsorgeliste ({count} Einträge)</translation>
    </message>
    <message>
        <source>the printer {printer} is stopped ({detail}); job {job} is held in its queue and has NOT printed. It prints when the printer is restarted (cupsenable {printer}); cancel it (cancel {job}) to print elsewhere</source>
        <translation>der Drucker {printer} ist angehalten ({detail}); Auftrag {job} wird in seiner Warteschlange zurückgehalten und wurde NICHT gedruckt. Er wird gedruckt, wenn der Drucker wieder gestartet wird (cupsenable {printer}); brechen Sie ihn ab (cancel {job}), um anderswo zu drucken</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} Seite</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} Seiten</translation>
    </message>
    <message>
        <source>; margins widened to the printer&apos;s unprintable edge, nothing clipped</source>
        <translation>; Ränder bis zum nicht bedruckbaren Rand des Druckers verbreitert, nichts abgeschnitten</translation>
    </message>
    <message>
        <source>Printed {label} to the file {printer} ({pages}{edge}).</source>
        <translation>Gedruckt: {label}, in die Datei {printer} ({pages}{edge}).</translation>
    </message>
    <message>
        <source>Printed {label} on {printer} ({pages}; CUPS job {job} completed{edge}).</source>
        <translation>Gedruckt: {label}, auf {printer} ({pages}; CUPS-Auftrag {job} abgeschlossen{edge}).</translation>
    </message>
    <message>
        <source>Sent {label} to {printer} ({pages}; CUPS accepted job {job}, still in its queue{edge}).</source>
        <translation>Gesendet: {label}, an {printer} ({pages}; CUPS hat Auftrag {job} angenommen, noch in der Warteschlange{edge}).</translation>
    </message>
    <message>
        <source>Sent {label} to {printer} ({pages}{edge}).</source>
        <translation>Gesendet: {label}, an {printer} ({pages}{edge}).</translation>
    </message>
    <message>
        <source>Not printed: {label}</source>
        <translation>Nicht gedruckt: {label}</translation>
    </message>
    <message>
        <source>Printing {label}…</source>
        <translation>Wird gedruckt: {label}…</translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF gespeichert: {file}</translation>
    </message>
    <message>
        <source>Writing the PDF for {patient}…</source>
        <translation>PDF für {patient} wird geschrieben…</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <source>Taken at</source>
        <translation>Entnommen am</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>ANC cells/uL</source>
        <translation>ANC Zellen/µl</translation>
    </message>
    <message>
        <source>WBC</source>
        <translation>Leukozyten</translation>
    </message>
    <message>
        <source>Neutrophils %</source>
        <translation>Neutrophile %</translation>
    </message>
    <message>
        <source>Bands %</source>
        <translation>Stabkernige %</translation>
    </message>
    <message>
        <source>Temperature °C</source>
        <translation>Temperatur °C</translation>
    </message>
    <message>
        <source>Edit {column}</source>
        <translation>{column} bearbeiten</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
</context>
<context>
    <name>RecordDesk</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>This evaluation ({decision}, {when})</source>
        <translation>Diese Bewertung ({decision}, {when})</translation>
    </message>
    <message>
        <source>Clinician decision {decision} by {who}</source>
        <translation>Ärztliche Entscheidung {decision} von {who}</translation>
    </message>
    <message>
        <source>Pitfall tick {pitfall} by {who}</source>
        <translation>Häkchen beim Fallstrick {pitfall} von {who}</translation>
    </message>
    <message>
        <source>&amp;Withdraw entry entered in error…</source>
        <translation>Irrtümlich erfassten Eintrag &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw the shown evaluation, a tick or an override; it stays in the history, struck through</source>
        <translation>Die angezeigte Bewertung, ein Häkchen oder eine ärztliche Entscheidung zurückziehen; sie bleibt durchgestrichen im Verlauf</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Export the case&apos;s monitoring schedule as an iCalendar file (patient reference only)</source>
        <translation>Den Kontrollplan des Falls als iCalendar-Datei exportieren (nur mit der Patientenkennung)</translation>
    </message>
    <message>
        <source>The audit anchor could not be kept ({error}).</source>
        <translation>Der Prüfanker konnte nicht aufbewahrt werden ({error}).</translation>
    </message>
    <message>
        <source>Open a saved case from the case log first: only logged entries can be withdrawn.</source>
        <translation>Öffnen Sie zuerst einen gespeicherten Fall aus dem Fallprotokoll: Nur protokollierte Einträge können zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Every entry of this case is already withdrawn.</source>
        <translation>Alle Einträge dieses Falls sind bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>The entry was not withdrawn</source>
        <translation>Der Eintrag wurde nicht zurückgezogen</translation>
    </message>
    <message>
        <source>Withdrawn as entered in error; it stays in the history, struck through.</source>
        <translation>Als irrtümlich erfasst zurückgezogen; der Eintrag bleibt durchgestrichen im Verlauf.</translation>
    </message>
    <message>
        <source>Enter a valid case first: the calendar is the recommendation&apos;s schedule.</source>
        <translation>Geben Sie zuerst einen gültigen Fall ein: Der Kalender ist der Plan der Empfehlung.</translation>
    </message>
    <message>
        <source>{count} monitoring dates written to {file}.</source>
        <translation>{count} Kontrolltermine in {file} geschrieben.</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>Der Kalender wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>The calendar was not written.</source>
        <translation>Der Kalender wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <source>Synchronise with the workstations in folder</source>
        <translation>Mit den Arbeitsplätzen im Ordner synchronisieren</translation>
    </message>
    <message>
        <source>Wrote {cases} cases of this workstation to {file}.</source>
        <translation>{cases} Fälle dieses Arbeitsplatzes in {file} geschrieben.</translation>
    </message>
    <message>
        <source>The folder already holds every record of this workstation.</source>
        <translation>Der Ordner enthält bereits alle Einträge dieses Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>Imported {cases} cases from {files} files.</source>
        <translation>{cases} Fälle aus {files} Dateien importiert.</translation>
    </message>
    <message>
        <source>Trusted new workstation {name}, fingerprint {fingerprint}.</source>
        <translation>Neuem Arbeitsplatz {name} vertraut, Fingerabdruck {fingerprint}.</translation>
    </message>
    <message>
        <source>Not trusted, not imported: {name}, fingerprint {fingerprint}.</source>
        <translation>Nicht vertraut, nicht importiert: {name}, Fingerabdruck {fingerprint}.</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>No case log is open; there is nothing to synchronise.</source>
        <translation>Es ist kein Fallprotokoll geöffnet; es gibt nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>{folder} wird gelesen…</translation>
    </message>
    <message>
        <source>Synchronisation cancelled; nothing was written.</source>
        <translation>Synchronisierung abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Synchronising with {folder}…</source>
        <translation>Synchronisierung mit {folder}…</translation>
    </message>
    <message>
        <source>Refused (nothing of these files was imported):</source>
        <translation>Abgelehnt (aus diesen Dateien wurde nichts importiert):</translation>
    </message>
    <message>
        <source>Synchronisation: files refused</source>
        <translation>Synchronisierung: Dateien abgelehnt</translation>
    </message>
    <message>
        <source>Synchronisation failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The synchronisation failed; nothing was half-written.</source>
        <translation>Die Synchronisierung ist fehlgeschlagen; nichts wurde nur halb geschrieben.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>New workstations in the folder</source>
        <translation>Neue Arbeitsplätze im Ordner</translation>
    </message>
    <message>
        <source>These workstations share the folder for the first time. Trust one only when its fingerprint matches the one its own NeutroHold shows (neutrohold log workstation): read it out over the phone.</source>
        <translation>Diese Arbeitsplätze nutzen den Ordner zum ersten Mal. Vertrauen Sie einem nur, wenn sein Fingerabdruck mit dem übereinstimmt, den sein eigenes NeutroHold anzeigt (neutrohold log workstation): Lesen Sie ihn am Telefon vor.</translation>
    </message>
    <message>
        <source>{name} ({id})
fingerprint {fingerprint}</source>
        <translation>{name} ({id})
Fingerabdruck {fingerprint}</translation>
    </message>
    <message>
        <source>Trust workstation {name}, fingerprint {fingerprint}</source>
        <translation>Dem Arbeitsplatz {name} vertrauen, Fingerabdruck {fingerprint}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw an entry entered in error</source>
        <translation>Irrtümlich erfassten Eintrag zurückziehen</translation>
    </message>
    <message>
        <source>The entry stays in the log and in the history, struck through, with your name, the time and your reason. It no longer counts for the worklist, replay or the CSV export.</source>
        <translation>Der Eintrag bleibt durchgestrichen im Protokoll und im Verlauf, mit Ihrem Namen, der Uhrzeit und Ihrer Begründung. Er zählt nicht mehr für die Arbeitsliste, die Wiederholung oder den CSV-Export.</translation>
    </message>
    <message>
        <source>Entry to withdraw</source>
        <translation>Zurückzuziehender Eintrag</translation>
    </message>
    <message>
        <source>Reason for withdrawing (required)</source>
        <translation>Grund für das Zurückziehen (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Say why the entry is withdrawn (1 to 4000 characters).</source>
        <translation>Geben Sie an, warum der Eintrag zurückgezogen wird (1 bis 4000 Zeichen).</translation>
    </message>
</context>
</TS>
