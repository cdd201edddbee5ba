<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AncTrendChart</name>
    <message>
        <source>{count} on {moment}</source>
        <translation>{count} am {moment}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>; last fever {moment}</source>
        <translation>; letztes Fieber {moment}</translation>
    </message>
    <message>
        <source>ANC counts in cells per microlitre: {counts}{fever}</source>
        <translation>ANC-Werte in Zellen pro Mikroliter: {counts}{fever}</translation>
    </message>
    <message>
        <source>No counts to chart yet</source>
        <translation>Noch keine Werte für das Diagramm</translation>
    </message>
    <message>
        <source>now</source>
        <comment>the chart&apos;s line at the moment of evaluation</comment>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Patientenkennung</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>ANC counts</source>
        <translation>ANC-Werte</translation>
    </message>
    <message>
        <source>CBC counts</source>
        <translation>Blutbild-Werte</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturen</translation>
    </message>
    <message>
        <source>Last fever</source>
        <translation>Letztes Fieber</translation>
    </message>
    <message>
        <source>Viral URTI</source>
        <translation>Viraler Atemwegsinfekt</translation>
    </message>
    <message>
        <source>Signs of other infection</source>
        <translation>Zeichen einer anderen Infektion</translation>
    </message>
    <message>
        <source>Lower-respiratory signs</source>
        <translation>Zeichen der unteren Atemwege</translation>
    </message>
    <message>
        <source>Expected neutropenia</source>
        <translation>Erwartete Neutropenie</translation>
    </message>
    <message>
        <source>Immunosuppressants</source>
        <translation>Immunsuppressiva</translation>
    </message>
    <message>
        <source>Earlier neutropenic episodes</source>
        <translation>Frühere Neutropenie-Episoden</translation>
    </message>
    <message>
        <source>Haematological disorder</source>
        <translation>Hämatologische Erkrankung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Units confirmed</source>
        <translation>Einheiten bestätigt</translation>
    </message>
    <message>
        <source>Creatinine clearance</source>
        <translation>Kreatinin-Clearance</translation>
    </message>
    <message>
        <source>Knowledge pack</source>
        <translation>Wissenspaket</translation>
    </message>
    <message>
        <source>Rheumatoid arthritis</source>
        <translation>Rheumatoide Arthritis</translation>
    </message>
    <message>
        <source>Still&apos;s disease (adult-onset or systemic JIA)</source>
        <translation>Morbus Still (adulter Beginn oder systemische JIA)</translation>
    </message>
    <message>
        <source>CAPS (incl. NOMID)</source>
        <translation>CAPS (inkl. NOMID)</translation>
    </message>
    <message>
        <source>DIRA</source>
        <translation>DIRA</translation>
    </message>
    <message>
        <source>Recurrent pericarditis</source>
        <translation>Rezidivierende Perikarditis</translation>
    </message>
    <message>
        <source>Gout</source>
        <translation>Gicht</translation>
    </message>
    <message>
        <source>Familial Mediterranean fever</source>
        <translation>Familiäres Mittelmeerfieber</translation>
    </message>
    <message>
        <source>Other autoinflammatory disease</source>
        <translation>Andere autoinflammatorische Erkrankung</translation>
    </message>
    <message>
        <source>Macrophage activation syndrome / HLH</source>
        <translation>Makrophagenaktivierungssyndrom / HLH</translation>
    </message>
    <message>
        <source>COVID-19 pneumonia</source>
        <translation>COVID-19-Pneumonie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>ANC count</source>
        <translation>ANC-Wert</translation>
    </message>
    <message>
        <source>CBC count</source>
        <translation>Blutbild-Wert</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>abgenommen am</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>WBC unit</source>
        <translation>Leukozyten-Einheit</translation>
    </message>
    <message>
        <source>neutrophils %</source>
        <translation>Neutrophile %</translation>
    </message>
    <message>
        <source>bands %</source>
        <translation>Stabkernige %</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>{field}, item</source>
        <translation>{field}, Eintrag</translation>
    </message>
    <message>
        <source>{noun} {number}</source>
        <translation>{noun} {number}</translation>
    </message>
    <message>
        <source>{name}, {part}</source>
        <translation>{name}, {part}</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Remove the selected {what}</source>
        <translation>Ausgewählte {what} entfernen</translation>
    </message>
    <message>
        <source>Remove the selected {what} (Delete key in the table)</source>
        <translation>Ausgewählte {what} entfernen (Entf-Taste in der Tabelle)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>MRN or clinic code</source>
        <translation>Fallnummer oder Praxiskennung</translation>
    </message>
    <message>
        <source>Patient &amp;reference</source>
        <translation>Patienten&amp;kennung</translation>
    </message>
    <message>
        <source>Pseudonymous reference, 1-64 characters</source>
        <translation>Pseudonymisierte Kennung, 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>Al&amp;ter</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Alter in Jahren</translation>
    </message>
    <message>
        <source>active</source>
        <comment>the drug&apos;s status</comment>
        <translation>laufend</translation>
    </message>
    <message>
        <source>held</source>
        <comment>the drug&apos;s status</comment>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>active: still being given; held: already on hold</source>
        <translation>laufend: wird weiter gegeben; ausgesetzt: bereits pausiert</translation>
    </message>
    <message>
        <source>In&amp;dication</source>
        <translation>Indikati&amp;on</translation>
    </message>
    <message>
        <source> mL/min</source>
        <translation> ml/min</translation>
    </message>
    <message>
        <source>&amp;Kidney function (CrCl)</source>
        <translation>&amp;Nierenfunktion (CrCl)</translation>
    </message>
    <message>
        <source>Creatinine clearance in mL/min</source>
        <translation>Kreatinin-Clearance in ml/min</translation>
    </message>
    <message>
        <source>Below 30 mL/min the US label suggests dosing every other day</source>
        <translation>Unter 30 ml/min schlägt die US-Fachinformation eine Gabe jeden zweiten Tag vor</translation>
    </message>
    <message>
        <source>Neutrophil counts</source>
        <translation>Neutrophilenwerte</translation>
    </message>
    <message>
        <source>New ANC value</source>
        <translation>Neuer ANC-Wert</translation>
    </message>
    <message>
        <source>enter a count</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>New ANC unit</source>
        <translation>Einheit des neuen ANC</translation>
    </message>
    <message>
        <source>New ANC taken at</source>
        <translation>Abnahme des neuen ANC</translation>
    </message>
    <message>
        <source>&amp;Add count</source>
        <translation>Wert hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>Add this ANC count</source>
        <translation>Diesen ANC-Wert hinzufügen</translation>
    </message>
    <message>
        <source>Add the count to the series (Enter in the value box does the same)</source>
        <translation>Den Wert zur Reihe hinzufügen (Eingabe im Wertfeld tut dasselbe)</translation>
    </message>
    <message>
        <source>AN&amp;C</source>
        <translation>AN&amp;C</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>a count&apos;s time</comment>
        <translation>abgenommen</translation>
    </message>
    <message>
        <source>Use the likely intended unit</source>
        <translation>Die wahrscheinlich gemeinte Einheit verwenden</translation>
    </message>
    <message>
        <source>The unit is right as entered</source>
        <translation>Die Einheit stimmt wie eingegeben</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu korrigieren</translation>
    </message>
    <message>
        <source>Show the CBC calculator</source>
        <translation>Blutbild-Rechner anzeigen</translation>
    </message>
    <message>
        <source>CBC calculator: derive the ANC from a white cell count</source>
        <translation>Blutbild-Rechner: ANC aus der Leukozytenzahl berechnen</translation>
    </message>
    <message>
        <source>White cell count</source>
        <translation>Leukozytenzahl</translation>
    </message>
    <message>
        <source>White cell count unit</source>
        <translation>Einheit der Leukozytenzahl</translation>
    </message>
    <message>
        <source>&amp;WBC</source>
        <translation>&amp;Leukozyten</translation>
    </message>
    <message>
        <source>Segmented neutrophils percent</source>
        <translation>Segmentkernige Neutrophile in Prozent</translation>
    </message>
    <message>
        <source>Band forms percent</source>
        <translation>Stabkernige in Prozent</translation>
    </message>
    <message>
        <source>Neutrophils (segmented)</source>
        <translation>Neutrophile (segmentkernig)</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Stabkernige</translation>
    </message>
    <message>
        <source>CBC taken at</source>
        <translation>Abnahme des Blutbilds</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Abgenommen am</translation>
    </message>
    <message>
        <source>Add C&amp;BC</source>
        <translation>Bl&amp;utbild hinzufügen</translation>
    </message>
    <message>
        <source>Add this CBC count</source>
        <translation>Dieses Blutbild hinzufügen</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>no fever in this illness</source>
        <translation>kein Fieber in dieser Erkrankung</translation>
    </message>
    <message>
        <source>last fever at</source>
        <translation>letztes Fieber am</translation>
    </message>
    <message>
        <source>Fe&amp;ver</source>
        <translation>Fiebe&amp;r</translation>
    </message>
    <message>
        <source>Fever in this illness</source>
        <translation>Fieber in dieser Erkrankung</translation>
    </message>
    <message>
        <source>Unknown counts as not met: a held patient does not meet the fever-free criterion</source>
        <translation>Unbekannt gilt als nicht erfüllt: ein pausierter Patient erfüllt das Kriterium der Fieberfreiheit nicht</translation>
    </message>
    <message>
        <source>Last fever at</source>
        <translation>Letztes Fieber am</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keines erfasst</translation>
    </message>
    <message>
        <source>No fever recorded</source>
        <translation>Kein Fieber erfasst</translation>
    </message>
    <message>
        <source>No fever in this illness. Febrile temperature readings below still count.</source>
        <translation>Kein Fieber in dieser Erkrankung. Fieberhafte Temperaturwerte unten zählen weiterhin.</translation>
    </message>
    <message>
        <source>&amp;Last fever</source>
        <translation>L&amp;etztes Fieber</translation>
    </message>
    <message>
        <source>Last temperature at or above the fever threshold</source>
        <translation>Letzte Temperatur auf oder über der Fiebergrenze</translation>
    </message>
    <message>
        <source>Show temperature readings</source>
        <translation>Temperaturwerte anzeigen</translation>
    </message>
    <message>
        <source>Temperature readings (optional)</source>
        <translation>Temperaturwerte (optional)</translation>
    </message>
    <message>
        <source>New temperature in degrees Celsius</source>
        <translation>Neue Temperatur in Grad Celsius</translation>
    </message>
    <message>
        <source>New temperature taken at</source>
        <translation>Messzeit der neuen Temperatur</translation>
    </message>
    <message>
        <source>Add &amp;temperature</source>
        <translation>Te&amp;mperatur hinzufügen</translation>
    </message>
    <message>
        <source>Add this temperature</source>
        <translation>Diese Temperatur hinzufügen</translation>
    </message>
    <message>
        <source>Temperature readings</source>
        <translation>Temperaturwerte</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <source>active</source>
        <comment>URTI symptoms</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>URTI symptoms</comment>
        <translation>abgeklungen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>URTI symptoms</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Viral &amp;URTI symptoms</source>
        <translation>Symptome eines viralen &amp;Atemwegsinfekts</translation>
    </message>
    <message>
        <source>Viral URTI symptoms</source>
        <translation>Symptome eines viralen Atemwegsinfekts</translation>
    </message>
    <message>
        <source>Signs of &amp;other infection</source>
        <translation>&amp;Zeichen einer anderen Infektion</translation>
    </message>
    <message>
        <source>Signs of other active infection</source>
        <translation>Zeichen einer anderen aktiven Infektion</translation>
    </message>
    <message>
        <source>Cough with breathlessness, low oxygen or crackles: the infection may be spreading below the upper airway</source>
        <translation>Husten mit Atemnot, niedrigem Sauerstoff oder Rasselgeräuschen: die Infektion breitet sich womöglich unter die oberen Atemwege aus</translation>
    </message>
    <message>
        <source>Course and risk factors</source>
        <translation>Verlauf und Risikofaktoren</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>nicht geschätzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>E&amp;xpected neutropenia</source>
        <translation>Er&amp;wartete Neutropenie</translation>
    </message>
    <message>
        <source>Expected duration of neutropenia in days</source>
        <translation>Erwartete Dauer der Neutropenie in Tagen</translation>
    </message>
    <message>
        <source>Your estimate of how long the neutropenia will last</source>
        <translation>Ihre Schätzung, wie lange die Neutropenie dauert</translation>
    </message>
    <message>
        <source>e.g. methotrexate, prednisolone 10 mg</source>
        <translation>z. B. Methotrexat, Prednisolon 10 mg</translation>
    </message>
    <message>
        <source>&amp;Immunosuppressants</source>
        <translation>&amp;Immunsuppressiva</translation>
    </message>
    <message>
        <source>Other immunosuppressants</source>
        <translation>Weitere Immunsuppressiva</translation>
    </message>
    <message>
        <source>Separate several drugs with commas</source>
        <translation>Mehrere Arzneimittel durch Kommas trennen</translation>
    </message>
    <message>
        <source>Free text, kept as typed (up to 4000 characters)</source>
        <translation>Freitext, wird wie eingegeben gespeichert (bis 4000 Zeichen)</translation>
    </message>
    <message>
        <source>Cannot derive the ANC: {message}</source>
        <translation>ANC nicht berechenbar: {message}</translation>
    </message>
    <message>
        <source>Derived ANC: {anc} cells/uL  (WBC × (neutrophils + bands) / 100)</source>
        <translation>Berechnete ANC: {anc} Zellen/µl  (Leukozyten × (Neutrophile + Stabkernige) / 100)</translation>
    </message>
    <message>
        <source>Use {shown} {intended}</source>
        <translation>{shown} {intended} verwenden</translation>
    </message>
    <message>
        <source>{shown} {unit} is right</source>
        <translation>{shown} {unit} stimmt</translation>
    </message>
</context>
<context>
    <name>CaseLog</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>ANC</translation>
    </message>
    <message>
        <source>Evaluated at</source>
        <translation>Beurteilt am</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>{recommended} → clinician: {decision}</source>
        <translation>{recommended} → Ärztin/Arzt: {decision}</translation>
    </message>
</context>
<context>
    <name>CaseLogPane</name>
    <message>
        <source>Case log</source>
        <translation>Fallprotokoll</translation>
    </message>
    <message>
        <source>Patient reference or words from the notes; every word must match the start of a word</source>
        <translation>Patientenkennung oder Wörter aus den Notizen; jedes Wort muss zum Anfang eines Wortes passen</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>Fälle suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Newest evaluation first; click a column header to sort. Arrow keys select, Enter opens the case; the context menu prints it</source>
        <translation>Neueste Beurteilung zuerst; zum Sortieren auf eine Spaltenüberschrift klicken. Pfeiltasten wählen aus, Eingabe öffnet den Fall; das Kontextmenü druckt ihn</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Den ausgewählten Fall öffnen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the selected case</source>
        <translation>Den ausgewählten Fall drucken</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export the selected case as a PDF</source>
        <translation>Den ausgewählten Fall als PDF exportieren</translation>
    </message>
    <message>
        <source>No case log is open.</source>
        <translation>Kein Fallprotokoll geöffnet.</translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <source>No saved case matches the search.</source>
        <translation>Kein gespeicherter Fall passt zur Suche.</translation>
    </message>
    <message>
        <source>No saved cases yet.
Saved cases appear here.</source>
        <translation>Noch keine gespeicherten Fälle.
Gespeicherte Fälle erscheinen hier.</translation>
    </message>
    <message>
        <source>{total} case</source>
        <translation>{total} Fall</translation>
    </message>
    <message>
        <source>{total} cases</source>
        <translation>{total} Fälle</translation>
    </message>
    <message>
        <source> found</source>
        <translation> gefunden</translation>
    </message>
</context>
<context>
    <name>CaseLogSession</name>
    <message>
        <source>The case was not saved</source>
        <translation>Der Fall wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The case log could not be read ({exc}). Press F5 to try again.</source>
        <translation>Das Fallprotokoll konnte nicht gelesen werden ({exc}). Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>More cases could not be read from the log ({exc}).</source>
        <translation>Weitere Fälle konnten nicht aus dem Protokoll gelesen werden ({exc}).</translation>
    </message>
    <message>
        <source>

Check the clinician name in Preferences (1 to 80 characters).</source>
        <translation>

Prüfen Sie den Namen der Ärztin/des Arztes in den Einstellungen (1 bis 80 Zeichen).</translation>
    </message>
    <message>
        <source>The unsaved case could not be kept as a draft ({problem}). Save it, or it is lost if NeutroHold stops.</source>
        <translation>Der ungespeicherte Fall konnte nicht als Entwurf gehalten werden ({problem}). Speichern Sie ihn, sonst geht er verloren, wenn NeutroHold beendet wird.</translation>
    </message>
    <message>
        <source>Reopened {patient_ref}, evaluated {moment}.</source>
        <translation>{patient_ref} wieder geöffnet, beurteilt {moment}.</translation>
    </message>
    <message>
        <source>The tick was not recorded</source>
        <translation>Das Häkchen wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>Die Entscheidung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>In the case log: evaluated {moment} by {who} (recorded {recorded}).</source>
        <translation>Im Fallprotokoll: beurteilt {moment} von {who} (gespeichert {recorded}).</translation>
    </message>
    <message>
        <source>Changed since the evaluation of {moment} in the log: this is a new evaluation, judged now. Save (Ctrl+S) records it; the pitfall checklist starts again for it.</source>
        <translation>Seit der Beurteilung vom {moment} im Protokoll geändert: dies ist eine neue Beurteilung, jetzt bewertet. Speichern (Ctrl+S) hält sie fest; die Checkliste der Fallstricke beginnt für sie neu.</translation>
    </message>
    <message>
        <source> WITHDRAWN as entered in error — </source>
        <translation> ZURÜCKGEZOGEN als Fehleingabe — </translation>
    </message>
    <message>
        <source>The knowledge pack in force now ({version}) decides {decision} for this case; the log recorded {recorded} with pack version {pack_version}.</source>
        <translation>Das jetzt gültige Wissenspaket ({version}) entscheidet für diesen Fall {decision}; das Protokoll hielt {recorded} mit Paketversion {pack_version} fest.</translation>
    </message>
    <message>
        <source>The case log could not be searched</source>
        <translation>Das Fallprotokoll konnte nicht durchsucht werden</translation>
    </message>
    <message>
        <source>The case log could not be read</source>
        <translation>Das Fallprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The printout was made but could not be noted in the case log</source>
        <translation>Der Ausdruck wurde erstellt, konnte aber nicht im Fallprotokoll vermerkt werden</translation>
    </message>
    <message>
        <source>Opening the case log for saving…</source>
        <translation>Fallprotokoll wird zum Speichern geöffnet…</translation>
    </message>
    <message>
        <source>the case log is still read-only</source>
        <translation>das Fallprotokoll ist weiterhin schreibgeschützt</translation>
    </message>
    <message>
        <source>The case log is still read-only ({problem}). Try again later.</source>
        <translation>Das Fallprotokoll ist weiterhin schreibgeschützt ({problem}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The case log is open for saving again.</source>
        <translation>Das Fallprotokoll ist wieder zum Speichern geöffnet.</translation>
    </message>
    <message>
        <source>Nothing was written to the replaced case log file.</source>
        <translation>In die ersetzte Fallprotokoll-Datei wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>the case log file was replaced by another program and the new one cannot be opened.</source>
        <translation>die Fallprotokoll-Datei wurde von einem anderen Programm ersetzt und die neue kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The new case log file could not be opened</source>
        <translation>Die neue Fallprotokoll-Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the file was replaced by another program; this window shows the new file read-only.</source>
        <translation>die Datei wurde von einem anderen Programm ersetzt; dieses Fenster zeigt die neue Datei schreibgeschützt.</translation>
    </message>
    <message>
        <source>Working on the case log now at {path}; save again to record the case there.</source>
        <translation>Jetzt wird mit dem Fallprotokoll unter {path} gearbeitet; speichern Sie erneut, um den Fall dort festzuhalten.</translation>
    </message>
</context>
<context>
    <name>CaseLogTableModel</name>
    <message>
        <source>Click to sort the whole log by this column; click again to reverse</source>
        <translation>Klicken, um das ganze Protokoll nach dieser Spalte zu sortieren; erneut klicken kehrt die Reihenfolge um</translation>
    </message>
    <message>
        <source>{patient_ref}: evaluated {moment} by {who}, ANC {anc_cells_per_uL} cells/uL ({severity})</source>
        <translation>{patient_ref}: beurteilt {moment} von {who}, ANC {anc_cells_per_uL} Zellen/µl ({severity})</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>The unsaved case was restored; save it when it is complete.</source>
        <translation>Der ungespeicherte Fall wurde wiederhergestellt; speichern Sie ihn, wenn er vollständig ist.</translation>
    </message>
    <message>
        <source>The case could not be read from the log</source>
        <translation>Der Fall konnte nicht aus dem Protokoll gelesen werden</translation>
    </message>
    <message>
        <source>no case log is open</source>
        <translation>kein Fallprotokoll geöffnet</translation>
    </message>
    <message>
        <source>the case log is open read-only: {read_only_reason} Nothing was written</source>
        <translation>das Fallprotokoll ist schreibgeschützt geöffnet: {read_only_reason} Nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>This evaluation is already in the case log.</source>
        <translation>Diese Beurteilung ist bereits im Fallprotokoll.</translation>
    </message>
    <message>
        <source>the case log is open read-only</source>
        <translation>das Fallprotokoll ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>The unsaved case could not be kept as a draft ({error}).</source>
        <translation>Der ungespeicherte Fall konnte nicht als Entwurf behalten werden ({error}).</translation>
    </message>
    <message>
        <source>The unsaved case could not be discarded</source>
        <translation>Der ungespeicherte Fall konnte nicht verworfen werden</translation>
    </message>
    <message>
        <source>the draft could not be written</source>
        <translation>der Entwurf konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
</context>
<context>
    <name>ClinicianOverrideDialog</name>
    <message>
        <source>Record a different decision</source>
        <translation>Andere Entscheidung festhalten</translation>
    </message>
    <message>
        <source>The recommendation was: {decision}.
Record what you decided instead and why. It is kept in the case log with your name and printed.</source>
        <translation>Die Empfehlung war: {decision}.
Halten Sie fest, was Sie stattdessen entschieden haben und warum. Es wird mit Ihrem Namen im Fallprotokoll gespeichert und gedruckt.</translation>
    </message>
    <message>
        <source>Optional, except for other clinical judgement</source>
        <translation>Optional, außer bei anderer klinischer Einschätzung</translation>
    </message>
    <message>
        <source>&amp;Decision taken</source>
        <translation>&amp;Getroffene Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>G&amp;rund</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Say in a few words why, when the reason is other clinical judgement.</source>
        <translation>Sagen Sie in wenigen Worten warum, wenn der Grund eine andere klinische Einschätzung ist.</translation>
    </message>
    <message>
        <source>Keep the explanation under {MAX_TEXT} characters ({length} now).</source>
        <translation>Die Erklärung muss unter {MAX_TEXT} Zeichen bleiben (jetzt {length}).</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Unsaved case found</source>
        <translation>Ungespeicherter Fall gefunden</translation>
    </message>
    <message>
        <source>A case was being entered and not saved when NeutroHold last closed or stopped.

{summary}

Restore it to carry on, or discard it.</source>
        <translation>Ein Fall wurde eingegeben und nicht gespeichert, als NeutroHold zuletzt geschlossen oder beendet wurde.

{summary}

Stellen Sie ihn wieder her, um weiterzuarbeiten, oder verwerfen Sie ihn.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>DueDesk</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Due (…)</source>
        <translation>Fällig (…)</translation>
    </message>
    <message>
        <source>Show the follow-up worklist: counts due or overdue, patients to review</source>
        <translation>Die Nachsorgeliste zeigen: fällige oder überfällige Werte, zu prüfende Patienten</translation>
    </message>
    <message>
        <source>Follow-up worklist</source>
        <translation>Nachsorgeliste</translation>
    </message>
    <message>
        <source>Print &amp;worklist…</source>
        <translation>Nachs&amp;orgeliste drucken…</translation>
    </message>
    <message>
        <source>Print the whole follow-up worklist, 30 rows a page, through the print dialog</source>
        <translation>Die ganze Nachsorgeliste drucken, 30 Zeilen pro Seite, über den Druckdialog</translation>
    </message>
    <message>
        <source>Print the follow-up worklist</source>
        <translation>Die Nachsorgeliste drucken</translation>
    </message>
    <message>
        <source>Due ({count})</source>
        <translation>Fällig ({count})</translation>
    </message>
    <message>
        <source>Follow-up worklist: {count} items</source>
        <translation>Nachsorgeliste: {count} Einträge</translation>
    </message>
    <message>
        <source>Due (?)</source>
        <translation>Fällig (?)</translation>
    </message>
    <message>
        <source>The worklist could not be drawn up ({error}). Press F5 to try again.</source>
        <translation>Die Nachsorgeliste konnte nicht erstellt werden ({error}). Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Verspätung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>ANC</translation>
    </message>
    <message>
        <source>Drawing up the worklist…</source>
        <translation>Nachsorgeliste wird erstellt…</translation>
    </message>
    <message>
        <source> (the {shown} most urgent shown; print or `neutrohold due` for all)</source>
        <translation> (die {shown} dringendsten gezeigt; drucken oder `neutrohold due` für alle)</translation>
    </message>
    <message>
        <source>{items} as of {moment}{more}</source>
        <translation>{items} zum {moment}{more}</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
</context>
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
    <name>LogSession</name>
    <message>
        <source>this user cannot write to the case log file or its folder.</source>
        <translation>dieser Benutzer kann nicht in die Fallprotokoll-Datei oder ihren Ordner schreiben.</translation>
    </message>
    <message>
        <source>Waiting for the case log… another program is writing to it. What you entered is kept and is written as soon as the log is free; you can go on working.</source>
        <translation>Warten auf das Fallprotokoll… ein anderes Programm schreibt gerade hinein. Ihre Eingaben bleiben erhalten und werden geschrieben, sobald das Protokoll frei ist; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>withdrawn by {who}, {moment}: {reason}</source>
        <translation>zurückgezogen von {who}, {moment}: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NeutroHold</source>
        <translation>NeutroHold</translation>
    </message>
    <message>
        <source>Starting NeutroHold…</source>
        <translation>NeutroHold wird gestartet…</translation>
    </message>
    <message>
        <source>Opening the case log…</source>
        <translation>Fallprotokoll wird geöffnet…</translation>
    </message>
    <message>
        <source>Case log: {path}</source>
        <translation>Fallprotokoll: {path}</translation>
    </message>
    <message>
        <source>&amp;Save to case log</source>
        <translation>Im Fallprotokoll &amp;speichern</translation>
    </message>
    <message>
        <source>Open the window again with the knowledge pack this case names</source>
        <translation>Das Fenster mit dem Wissenspaket neu öffnen, das dieser Fall nennt</translation>
    </message>
    <message>
        <source>Use knowledge pack {id}</source>
        <translation>Wissenspaket {id} verwenden</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Einen neuen Fall beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the case and its evaluation to the log (Ctrl+S)</source>
        <translation>Den Fall und seine Beurteilung im Protokoll speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the recommendation (Ctrl+P)</source>
        <translation>Die Empfehlung drucken (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the recommendation as a PDF (Ctrl+Shift+E)</source>
        <translation>Die Empfehlung als PDF exportieren (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Import lab results…</source>
        <translation>&amp;Laborergebnisse importieren…</translation>
    </message>
    <message>
        <source>Read counts and temperatures from an HL7 v2, FHIR or CSV lab file (Ctrl+I)</source>
        <translation>Werte und Temperaturen aus einer HL7-v2-, FHIR- oder CSV-Labordatei lesen (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export &amp;FHIR…</source>
        <translation>&amp;FHIR exportieren…</translation>
    </message>
    <message>
        <source>Export the evaluation as a FHIR R4 Bundle</source>
        <translation>Die Beurteilung als FHIR-R4-Bundle exportieren</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>Fall &amp;suchen</translation>
    </message>
    <message>
        <source>Search the case log (Ctrl+F)</source>
        <translation>Im Fallprotokoll suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Clinician, site and printing preferences (Ctrl+,)</source>
        <translation>Einstellungen zu Ärztin/Arzt, Einrichtung und Druck (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit NeutroHold (Ctrl+Q)</source>
        <translation>NeutroHold beenden (Ctrl+Q)</translation>
    </message>
    <message>
        <source>S&amp;ynchronise…</source>
        <translation>S&amp;ynchronisieren…</translation>
    </message>
    <message>
        <source>Exchange cases with other workstations through a shared folder (USB stick)</source>
        <translation>Fälle mit anderen Arbeitsplätzen über einen gemeinsamen Ordner (USB-Stick) austauschen</translation>
    </message>
    <message>
        <source>Refresh case &amp;log</source>
        <translation>Fallprotokoll &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Read the case log again, with cases saved elsewhere (F5)</source>
        <translation>Das Fallprotokoll erneut lesen, mit anderswo gespeicherten Fällen (F5)</translation>
    </message>
    <message>
        <source>&amp;About NeutroHold</source>
        <translation>&amp;Über NeutroHold</translation>
    </message>
    <message>
        <source>Version and knowledge pack</source>
        <translation>Version und Wissenspaket</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Knowledge pack</source>
        <translation>&amp;Wissenspaket</translation>
    </message>
    <message>
        <source>Evaluate with another installed knowledge pack (another drug or rule set)</source>
        <translation>Mit einem anderen installierten Wissenspaket bewerten (anderes Medikament oder anderes Regelwerk)</translation>
    </message>
    <message>
        <source>Open the window again with knowledge pack {id}</source>
        <translation>Das Fenster mit dem Wissenspaket {id} neu öffnen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source> · site overrides active ({count})</source>
        <translation> · Anpassungen der Einrichtung aktiv ({count})</translation>
    </message>
    <message>
        <source>Pack {id} {version}{overrides}</source>
        <translation>Paket {id} {version}{overrides}</translation>
    </message>
    <message>
        <source>NeutroHold — {patient}</source>
        <translation>NeutroHold — {patient}</translation>
    </message>
    <message>
        <source>Cannot save yet. Fix {problem}</source>
        <translation>Noch nicht speicherbar. Korrigieren Sie {problem}</translation>
    </message>
    <message>
        <source>Enter a case to get a recommendation.</source>
        <translation>Geben Sie einen Fall ein, um eine Empfehlung zu erhalten.</translation>
    </message>
    <message>
        <source>Saved in the case log. Ticks are recorded as you make them; a change starts a new evaluation.</source>
        <translation>Im Fallprotokoll gespeichert. Häkchen werden beim Setzen festgehalten; eine Änderung beginnt eine neue Beurteilung.</translation>
    </message>
    <message>
        <source>Cannot save yet: a count may be in the wrong unit. Correct it or confirm it beside the count.</source>
        <translation>Noch nicht speicherbar: ein Wert hat womöglich die falsche Einheit. Korrigieren oder bestätigen Sie ihn neben dem Wert.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Bereit zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot save: {read_only_reason}</source>
        <translation>Speichern nicht möglich: {read_only_reason}</translation>
    </message>
    <message>
        <source>Saving to the case log…</source>
        <translation>Wird im Fallprotokoll gespeichert…</translation>
    </message>
    <message>
        <source>The case log is open read-only: {reason} Cases can be viewed and printed, not saved.</source>
        <translation>Das Fallprotokoll ist schreibgeschützt geöffnet: {reason} Fälle können angesehen und gedruckt, aber nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Fix this first:
{problem}</source>
        <translation>Zuerst korrigieren:
{problem}</translation>
    </message>
    <message>
        <source>Enter the patient reference and at least one neutrophil count first.</source>
        <translation>Geben Sie zuerst die Patientenkennung und mindestens einen Neutrophilenwert ein.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Noch nicht speicherbar</translation>
    </message>
    <message>
        <source>Cannot print yet</source>
        <translation>Noch nicht druckbar</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Noch nicht exportierbar</translation>
    </message>
    <message>
        <source>FHIR Bundle written to {path}</source>
        <translation>FHIR-Bundle geschrieben nach {path}</translation>
    </message>
    <message>
        <source>FHIR export failed</source>
        <translation>FHIR-Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved to the case log.</source>
        <translation>Im Fallprotokoll gespeichert.</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Diesen Fall verwerfen?</translation>
    </message>
    <message>
        <source>The case being entered has not been saved. Discard it?</source>
        <translation>Der eingegebene Fall wurde nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>Case log read again.</source>
        <translation>Fallprotokoll neu gelesen.</translation>
    </message>
    <message>
        <source>About NeutroHold</source>
        <translation>Über NeutroHold</translation>
    </message>
    <message>
        <source>NeutroHold {app_version}
{about}

Knowledge pack {id} {version}
sha256 {sha256}</source>
        <translation>NeutroHold {app_version}
{about}

Wissenspaket {id} {version}
sha256 {sha256}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Patient&apos;s informed preference</source>
        <translation>Informierter Wunsch des Patienten</translation>
    </message>
    <message>
        <source>Specialist advice (haematology, infectious diseases)</source>
        <translation>Fachärztlicher Rat (Hämatologie, Infektiologie)</translation>
    </message>
    <message>
        <source>Another cause explains the findings</source>
        <translation>Eine andere Ursache erklärt die Befunde</translation>
    </message>
    <message>
        <source>Other clinical judgement (say why below)</source>
        <translation>Andere klinische Einschätzung (unten begründen)</translation>
    </message>
    <message>
        <source>Clinician decided: {decision} ({reason}) by {who} at {at}{why}</source>
        <translation>Ärztliche Entscheidung: {decision} ({reason}) von {who} am {at}{why}</translation>
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
        <source>&amp;Default printout</source>
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
        <translation>&amp;Sprache des Ausdrucks:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
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
        <source>Drawing up the worklist to print…</source>
        <translation>Die Nachsorgeliste wird zum Drucken erstellt…</translation>
    </message>
    <message>
        <source>The worklist was not printed</source>
        <translation>Die Nachsorgeliste wurde nicht gedruckt</translation>
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
    <message>
        <source>Writing the worklist PDF…</source>
        <translation>Das PDF der Nachsorgeliste wird geschrieben…</translation>
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
    <name>RecommendationPanel</name>
    <message>
        <source>MET</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NICHT ERFÜLLT</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>⚠ RED FLAG — assess the patient urgently</source>
        <translation>⚠ WARNZEICHEN — Patienten dringend beurteilen</translation>
    </message>
    <message>
        <source>Record a
different decision…</source>
        <translation>Andere Entscheidung
festhalten…</translation>
    </message>
    <message>
        <source>Save the case first: a different decision is recorded against a saved evaluation.</source>
        <translation>Speichern Sie den Fall zuerst: eine andere Entscheidung wird zu einer gespeicherten Beurteilung festgehalten.</translation>
    </message>
    <message>
        <source>This patient&apos;s evaluations in the log</source>
        <translation>Beurteilungen dieses Patienten im Protokoll</translation>
    </message>
    <message>
        <source>Click an evaluation to reopen it</source>
        <translation>Klicken Sie auf eine Beurteilung, um sie wieder zu öffnen</translation>
    </message>
    <message>
        <source>Check before acting</source>
        <translation>Vor dem Handeln prüfen</translation>
    </message>
    <message>
        <source>Resume criteria</source>
        <translation>Kriterien für die Wiederaufnahme</translation>
    </message>
    <message>
        <source>ANC trend (cells/uL)</source>
        <translation>ANC-Verlauf (Zellen/µl)</translation>
    </message>
    <message>
        <source>Prophylaxis</source>
        <translation>Prophylaxe</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Risk factors for a long episode</source>
        <translation>Risikofaktoren für eine lange Episode</translation>
    </message>
    <message>
        <source>Pitfalls to check</source>
        <translation>Zu prüfende Fallstricke</translation>
    </message>
    <message>
        <source>Why: the rules that applied and where they come from</source>
        <translation>Warum: die angewandten Regeln und ihre Herkunft</translation>
    </message>
    <message>
        <source>Sources differ</source>
        <translation>Quellen weichen ab</translation>
    </message>
    <message>
        <source>Site settings in force</source>
        <translation>Gültige Anpassungen der Einrichtung</translation>
    </message>
    <message>
        <source>Record that you decided otherwise than recommended, with a coded reason (logged and printed).</source>
        <translation>Festhalten, dass Sie anders als empfohlen entschieden haben, mit einem kodierten Grund (protokolliert und gedruckt).</translation>
    </message>
    <message>
        <source>Save the case first: a different decision is recorded against a saved, unchanged evaluation.</source>
        <translation>Speichern Sie den Fall zuerst: eine andere Entscheidung wird zu einer gespeicherten, unveränderten Beurteilung festgehalten.</translation>
    </message>
    <message>
        <source>Changed since saved</source>
        <translation>Seit dem Speichern geändert</translation>
    </message>
    <message>
        <source> → clinician: {decision_taken}</source>
        <translation> → Ärztin/Arzt: {decision_taken}</translation>
    </message>
    <message>
        <source> (shown)</source>
        <translation> (angezeigt)</translation>
    </message>
    <message>
        <source>{moment} · {symbol} {decision}{taken} · ANC {anc_cells_per_uL}{current}{gone}</source>
        <translation>{moment} · {symbol} {decision}{taken} · ANC {anc_cells_per_uL}{current}{gone}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>1. Type the patient reference.
2. Add the latest ANC with its unit and the time it was drawn (Enter adds it).
3. Record fever, URTI status and signs of other infection.

The recommendation appears here as you type; Save (Ctrl+S) records it in the case log.</source>
        <translation>1. Geben Sie die Patientenkennung ein.
2. Fügen Sie die letzte ANC mit Einheit und Abnahmezeit hinzu (Eingabe fügt sie hinzu).
3. Erfassen Sie Fieber, Status des Atemwegsinfekts und Zeichen einer anderen Infektion.

Die Empfehlung erscheint hier während der Eingabe; Speichern (Ctrl+S) hält sie im Fallprotokoll fest.</translation>
    </message>
    <message>
        <source>✎ Fix: {text}</source>
        <translation>✎ Korrigieren: {text}</translation>
    </message>
    <message>
        <source>No recommendation until this is corrected.</source>
        <translation>Keine Empfehlung, bis dies korrigiert ist.</translation>
    </message>
    <message>
        <source>{headline} (provisional)</source>
        <translation>{headline} (vorläufig)</translation>
    </message>
    <message>
        <source>no neutropenia</source>
        <translation>keine Neutropenie</translation>
    </message>
    <message>
        <source>{severity} neutropenia</source>
        <translation>Neutropenie: {severity}</translation>
    </message>
    <message>
        <source>ANC {anc_cells_per_uL} cells/uL · {band} · evaluated {moment}</source>
        <translation>ANC {anc_cells_per_uL} Zellen/µl · {band} · beurteilt {moment}</translation>
    </message>
    <message>
        <source>Red flag, assess the patient urgently. {flags}</source>
        <translation>Warnzeichen, den Patienten dringend beurteilen. {flags}</translation>
    </message>
    <message>
        <source>None recorded in this case.</source>
        <translation>In diesem Fall keine erfasst.</translation>
    </message>
    <message>
        <source>Knowledge pack {id} {version} · sha256 {sha}</source>
        <translation>Wissenspaket {id} {version} · sha256 {sha}</translation>
    </message>
    <message>
        <source>Earliest resume: now ({moment}).</source>
        <translation>Frühestmögliche Wiederaufnahme: jetzt ({moment}).</translation>
    </message>
    <message>
        <source>Earliest resume: {moment}, if every other criterion is met by then.</source>
        <translation>Frühestmögliche Wiederaufnahme: {moment}, wenn bis dahin alle anderen Kriterien erfüllt sind.</translation>
    </message>
    <message>
        <source>Earliest resume: no date yet; it depends on the criteria not met.</source>
        <translation>Frühestmögliche Wiederaufnahme: noch kein Datum; sie hängt von den nicht erfüllten Kriterien ab.</translation>
    </message>
    <message>
        <source>To resume, still needed:
</source>
        <translation>Zur Wiederaufnahme fehlt noch:
</translation>
    </message>
    <message>
        <source>Antibacterial prophylaxis recommended: {agent}.</source>
        <translation>Antibakterielle Prophylaxe empfohlen: {agent}.</translation>
    </message>
    <message>
        <source>Antibacterial prophylaxis: not indicated.</source>
        <translation>Antibakterielle Prophylaxe: nicht angezeigt.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Grund: {reason}.</translation>
    </message>
    <message>
        <source>Antiviral: {antiviral}</source>
        <translation>Antiviral: {antiviral}</translation>
    </message>
    <message>
        <source>  Due between {start} and {end}.</source>
        <translation>  Fällig zwischen {start} und {end}.</translation>
    </message>
    <message>
        <source>  Next due {moment}.</source>
        <translation>  Nächste Fälligkeit {moment}.</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
    <message>
        <source>No known disagreement for the rules that applied.</source>
        <translation>Keine bekannte Abweichung für die angewandten Regeln.</translation>
    </message>
    <message>
        <source>{site}this site changes the pack&apos;s defaults.</source>
        <translation>{site}diese Einrichtung ändert die Vorgaben des Pakets.</translation>
    </message>
    <message>
        <source>• {key} = {value} (pack default {default}): {reason}</source>
        <translation>• {key} = {value} (Vorgabe des Pakets {default}): {reason}</translation>
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
    <name>Startup</name>
    <message>
        <source>Start NeutroHold again</source>
        <translation>NeutroHold neu starten</translation>
    </message>
    <message>
        <source>Start NeutroHold again to use the case log.</source>
        <translation>Starten Sie NeutroHold neu, um das Fallprotokoll zu verwenden.</translation>
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
