<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>LabImport</name>
    <message>
        <source>Lab result files (*.hl7 *.oru *.txt *.json *.ndjson *.csv);;All files (*)</source>
        <translation>Fichiers de résultats de laboratoire (*.hl7 *.oru *.txt *.json *.ndjson *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Importer des résultats de laboratoire</translation>
    </message>
    <message>
        <source>Export FHIR for {patient}</source>
        <translation>Exporter en FHIR pour {patient}</translation>
    </message>
    <message>
        <source>Export FHIR</source>
        <translation>Exporter en FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Lab results not imported.</source>
        <translation>Les résultats de laboratoire n&apos;ont pas été importés.</translation>
    </message>
    <message>
        <source>Added the readings of {file}.</source>
        <translation>Les mesures de {file} ont été ajoutées.</translation>
    </message>
    <message>
        <source>The file could not be read ({error}).</source>
        <translation>Le fichier n&apos;a pas pu être lu ({error}).</translation>
    </message>
    <message>
        <source>Lab results not imported</source>
        <translation>Résultats de laboratoire non importés</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>LabPreviewDialog</name>
    <message>
        <source>Import lab results</source>
        <translation>Importer des résultats de laboratoire</translation>
    </message>
    <message>
        <source>{source} ({format}), patient {patient}: {adding} readings to add.</source>
        <translation>{source} ({format}), patient {patient} : {adding} mesures à ajouter.</translation>
    </message>
    <message>
        <source>not named in the file</source>
        <translation>non indiqué dans le fichier</translation>
    </message>
    <message>
        <source>Lab results in the file</source>
        <translation>Résultats de laboratoire du fichier</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prélevé</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Tel que dans le fichier</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalisé</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corrigé)</translation>
    </message>
    <message>
        <source>Skipped, and why</source>
        <translation>Ignorés, et pourquoi</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignorés :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>LogNotices</name>
    <message>
        <source>Case log read-only</source>
        <translation>Journal des cas en lecture seule</translation>
    </message>
    <message>
        <source>Waiting for the case log</source>
        <translation>En attente du journal des cas</translation>
    </message>
    <message>
        <source>Unsaved case not kept</source>
        <translation>Cas non enregistré et non conservé</translation>
    </message>
    <message>
        <source>Tr&amp;y again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Open the case log again for saving, once the other program has let it go</source>
        <translation>Rouvrir le journal des cas pour enregistrer, une fois que l&apos;autre programme l&apos;a libéré</translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>Cas non enregistré</translation>
    </message>
    <message>
        <source>The case being entered is not saved, and it could not be kept as a draft.</source>
        <translation>Le cas en cours de saisie n&apos;est pas enregistré et n&apos;a pas pu être conservé comme brouillon.</translation>
    </message>
    <message>
        <source>If you close now, what was typed is lost.</source>
        <translation>Si vous fermez maintenant, ce qui a été saisi sera perdu.</translation>
    </message>
    <message>
        <source>The case log file was replaced</source>
        <translation>Le fichier du journal des cas a été remplacé</translation>
    </message>
    <message>
        <source>The file {path} is no longer the case log this window opened: another program moved, replaced or restored it. Nothing was written to it.</source>
        <translation>Le fichier {path} n&apos;est plus le journal des cas ouvert par cette fenêtre : un autre programme l&apos;a déplacé, remplacé ou restauré. Rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>Open the file now at that name read-only, to look at it; keep working on it as this window&apos;s case log, if you know it is the right one; or cancel and keep the form as it is.</source>
        <translation>Ouvrez en lecture seule le fichier qui porte maintenant ce nom, pour le consulter ; continuez à travailler dessus comme journal des cas de cette fenêtre, si vous savez que c&apos;est le bon ; ou annulez et gardez le formulaire tel quel.</translation>
    </message>
    <message>
        <source>Open it &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>&amp;Keep working on the new file</source>
        <translation>&amp;Continuer avec le nouveau fichier</translation>
    </message>
</context>
<context>
    <name>LogRecovery</name>
    <message>
        <source>The case log is damaged</source>
        <translation>Le journal des cas est endommagé</translation>
    </message>
    <message>
        <source>The case log cannot be read safely:
{path}

({detail})</source>
        <translation>Le journal des cas ne peut pas être lu de façon sûre :
{path}

({detail})</translation>
    </message>
    <message>
        <source>The damaged file will be kept, renamed, for recovery. You can open the latest backup ({backup}), start a new, empty case log in its place, or quit and ask for help.</source>
        <translation>Le fichier endommagé sera conservé, renommé, pour sa récupération. Vous pouvez ouvrir la sauvegarde la plus récente ({backup}), commencer à sa place un nouveau journal des cas vide, ou quitter et demander de l&apos;aide.</translation>
    </message>
    <message>
        <source>The damaged file will be kept, renamed, for recovery. You can open a backup (none was found), start a new, empty case log in its place, or quit and ask for help.</source>
        <translation>Le fichier endommagé sera conservé, renommé, pour sa récupération. Vous pouvez ouvrir une sauvegarde (aucune n&apos;a été trouvée), commencer à sa place un nouveau journal des cas vide, ou quitter et demander de l&apos;aide.</translation>
    </message>
    <message>
        <source>Open the latest &amp;backup</source>
        <translation>Ouvrir la dernière &amp;sauvegarde</translation>
    </message>
    <message>
        <source>Start a &amp;new log</source>
        <translation>Commencer un &amp;nouveau journal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>NeutroHold cannot open the case log</source>
        <translation>NeutroHold ne peut pas ouvrir le journal des cas</translation>
    </message>
    <message>
        <source>The case log is read-only</source>
        <translation>Le journal des cas est en lecture seule</translation>
    </message>
    <message>
        <source>NeutroHold will close; keep the renamed files for recovery.</source>
        <translation>NeutroHold va se fermer ; conservez les fichiers renommés pour leur récupération.</translation>
    </message>
    <message>
        <source>another program holds the case log&apos;s lock.</source>
        <translation>un autre programme détient le verrou du journal des cas.</translation>
    </message>
    <message>
        <source>this user cannot write to the case log file or its folder.</source>
        <translation>cet utilisateur ne peut pas écrire dans le fichier du journal des cas ni dans son dossier.</translation>
    </message>
    <message>
        <source>The case log {path} cannot be opened ({error}).</source>
        <translation>Le journal des cas {path} ne peut pas être ouvert ({error}).</translation>
    </message>
    <message>
        <source>NeutroHold will close.</source>
        <translation>NeutroHold va se fermer.</translation>
    </message>
    <message>
        <source>Press Try again (or start NeutroHold again) to save once that program has finished.</source>
        <translation>Cliquez sur Réessayer (ou redémarrez NeutroHold) pour enregistrer une fois ce programme terminé.</translation>
    </message>
    <message>
        <source>The case log {path} cannot be written now: {reason}

({detail})

NeutroHold opens it read-only: cases can be viewed and printed, but nothing can be saved. Nothing in the file was changed.</source>
        <translation>Le journal des cas {path} ne peut pas être modifié pour l&apos;instant : {reason}

({detail})

NeutroHold l&apos;ouvre en lecture seule : vous pouvez consulter et imprimer des cas, mais rien ne peut être enregistré. Rien n&apos;a été modifié dans le fichier.</translation>
    </message>
    <message>
        <source>The backup could not be put in place ({error}); nothing was deleted.</source>
        <translation>La sauvegarde n&apos;a pas pu être mise en place ({error}) ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>The damaged case log could not be moved aside ({error}); nothing was deleted.</source>
        <translation>Le journal des cas endommagé n&apos;a pas pu être mis de côté ({error}) ; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>The damaged case log was kept as
{file}</source>
        <translation>Le journal des cas endommagé a été conservé sous le nom
{file}</translation>
    </message>
    <message>
        <source>The latest backup is now in use.</source>
        <translation>La sauvegarde la plus récente est maintenant utilisée.</translation>
    </message>
    <message>
        <source>A new, empty case log is now in use.</source>
        <translation>Un nouveau journal des cas vide est maintenant utilisé.</translation>
    </message>
    <message>
        <source>Case log replaced</source>
        <translation>Journal des cas remplacé</translation>
    </message>
</context>
<context>
    <name>PitfallChecklist</name>
    <message>
        <source>Pitfall checklist</source>
        <translation>Liste des pièges</translation>
    </message>
    <message>
        <source>Tick each pitfall once you have considered it</source>
        <translation>Cochez chaque piège une fois que vous l&apos;avez pris en compte</translation>
    </message>
    <message>
        <source>Tick once you have considered this pitfall</source>
        <translation>Cochez une fois que vous avez pris ce piège en compte</translation>
    </message>
    <message>
        <source>{who_and_when}. Recorded in the case log; a recorded tick cannot be withdrawn.</source>
        <translation>{who_and_when}. Consigné dans le journal des cas ; une coche consignée ne peut pas être retirée.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Résumé clinique</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Fiche d&apos;information du patient</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Nom du clinicien</translation>
    </message>
    <message>
        <source>Recorded with saved cases and ticked pitfalls</source>
        <translation>Consigné avec les cas enregistrés et les pièges cochés</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom de l&apos;établissement</translation>
    </message>
    <message>
        <source>Printed on every page</source>
        <translation>Imprimé sur chaque page</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Default printout</source>
        <translation>Document imprimé par défaut</translation>
    </message>
    <message>
        <source>&amp;Clinician name</source>
        <translation>&amp;Nom du clinicien</translation>
    </message>
    <message>
        <source>&amp;Site name</source>
        <translation>É&amp;tablissement</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Format du papier</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast: black on white with black borders; Follow the system uses the desktop&apos;s accessibility setting</source>
        <translation>Contraste élevé : noir sur blanc avec des bordures noires ; Comme le système suit le réglage d&apos;accessibilité du bureau</translation>
    </message>
    <message>
        <source>Default &amp;printout</source>
        <translation>&amp;Document imprimé par défaut</translation>
    </message>
    <message>
        <source>C&amp;ontrast</source>
        <translation>C&amp;ontraste</translation>
    </message>
    <message>
        <source>Name the patient in print &amp;queue job names</source>
        <translation>Nommer le patient dans les travaux de la file d&apos;im&amp;pression</translation>
    </message>
    <message>
        <source>Name the patient in print queue job names</source>
        <translation>Nommer le patient dans les travaux de la file d&apos;impression</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the window, used from the next start</source>
        <translation>La langue de la fenêtre, appliquée à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>A new language is used when NeutroHold is next started.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de NeutroHold.</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Enregistrer les préférences</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>Export PDF for {patient}</source>
        <translation>Exporter en PDF pour {patient}</translation>
    </message>
    <message>
        <source>Print for {patient}</source>
        <translation>Imprimer pour {patient}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Patient: {patient}</source>
        <translation>Patient : {patient}</translation>
    </message>
    <message>
        <source>Printout</source>
        <translation>Document à imprimer</translation>
    </message>
    <message>
        <source>&amp;Clinician summary: decision, criteria, monitoring, sources</source>
        <translation>&amp;Résumé clinique : décision, critères, surveillance, sources</translation>
    </message>
    <message>
        <source>Clinician summary</source>
        <translation>Résumé clinique</translation>
    </message>
    <message>
        <source>Patient &amp;handout: what happens now, in plain words</source>
        <translation>&amp;Fiche patient : ce qui se passe maintenant, en mots simples</translation>
    </message>
    <message>
        <source>Patient handout</source>
        <translation>Fiche d&apos;information du patient</translation>
    </message>
    <message>
        <source>&amp;Large print handout</source>
        <translation>Fiche en &amp;gros caractères</translation>
    </message>
    <message>
        <source>Large print handout</source>
        <translation>Fiche en gros caractères</translation>
    </message>
    <message>
        <source>Language of the printout</source>
        <translation>Langue du document imprimé</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the printout:</source>
        <translation>&amp;Langue du document imprimé :</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Choisir où enregistrer le PDF</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>Preview before printing</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Choose a printer and print</source>
        <translation>Choisir une imprimante et imprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message>
        <source>clinician summary</source>
        <translation>résumé clinique</translation>
    </message>
    <message>
        <source>patient handout</source>
        <translation>fiche d&apos;information du patient</translation>
    </message>
    <message>
        <source>Export PDF for {patient}</source>
        <translation>Exporter en PDF pour {patient}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print {job}</source>
        <translation>Imprimer {job}</translation>
    </message>
    <message>
        <source>Print preview: {job}</source>
        <translation>Aperçu avant impression : {job}</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>Aucune imprimante</translation>
    </message>
    <message>
        <source>No printer is installed on this computer, so nothing can be printed.</source>
        <translation>Aucune imprimante n&apos;est installée sur cet ordinateur : rien ne peut être imprimé.</translation>
    </message>
    <message>
        <source>Export the printout as a PDF instead? It can be printed from another computer.</source>
        <translation>Voulez-vous plutôt exporter le document en PDF ? Il pourra être imprimé depuis un autre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export PDF instead</source>
        <translation>Exporter en PDF à la place</translation>
    </message>
    <message>
        <source>Still printing the previous job; try again in a moment.</source>
        <translation>Le travail précédent est encore en cours d&apos;impression ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Recherche des imprimantes…</translation>
    </message>
    <message>
        <source>the print server did not answer within {seconds} s; nothing was printed. Check that the printing service is running, or export a PDF instead</source>
        <translation>le serveur d&apos;impression n&apos;a pas répondu en {seconds} s ; rien n&apos;a été imprimé. Vérifiez que le service d&apos;impression fonctionne, ou exportez plutôt un PDF</translation>
    </message>
    <message>
        <source>{what} for {patient}</source>
        <translation>{what} pour {patient}</translation>
    </message>
    <message>
        <source>the follow-up worklist (1 item)</source>
        <translation>la liste de suivi (1 élément)</translation>
    </message>
    <message>
        <source>the follow-up worklist ({count} items)</source>
        <translation>la liste de suivi ({count} éléments)</translation>
    </message>
    <message>
        <source>the printer {printer} is stopped ({detail}); job {job} is held in its queue and has NOT printed. It prints when the printer is restarted (cupsenable {printer}); cancel it (cancel {job}) to print elsewhere</source>
        <translation>l&apos;imprimante {printer} est arrêtée ({detail}) ; le travail {job} est retenu dans sa file et n&apos;a PAS été imprimé. Il sera imprimé au redémarrage de l&apos;imprimante (cupsenable {printer}) ; annulez-le (cancel {job}) pour imprimer ailleurs</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>; margins widened to the printer&apos;s unprintable edge, nothing clipped</source>
        <translation> ; marges élargies jusqu&apos;au bord non imprimable de l&apos;imprimante, rien n&apos;est coupé</translation>
    </message>
    <message>
        <source>Printed {label} to the file {printer} ({pages}{edge}).</source>
        <translation>Document imprimé : {label}, dans le fichier {printer} ({pages}{edge}).</translation>
    </message>
    <message>
        <source>Printed {label} on {printer} ({pages}; CUPS job {job} completed{edge}).</source>
        <translation>Document imprimé : {label}, sur {printer} ({pages} ; travail CUPS {job} terminé{edge}).</translation>
    </message>
    <message>
        <source>Sent {label} to {printer} ({pages}; CUPS accepted job {job}, still in its queue{edge}).</source>
        <translation>Document envoyé : {label}, à {printer} ({pages} ; CUPS a accepté le travail {job}, encore dans sa file{edge}).</translation>
    </message>
    <message>
        <source>Sent {label} to {printer} ({pages}{edge}).</source>
        <translation>Document envoyé : {label}, à {printer} ({pages}{edge}).</translation>
    </message>
    <message>
        <source>Not printed: {label}</source>
        <translation>Non imprimé : {label}</translation>
    </message>
    <message>
        <source>Printing {label}…</source>
        <translation>Impression en cours : {label}…</translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF enregistré : {file}</translation>
    </message>
    <message>
        <source>Writing the PDF for {patient}…</source>
        <translation>Écriture du PDF pour {patient}…</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <source>Taken at</source>
        <translation>Prélevé le</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>ANC cells/uL</source>
        <translation>PNN cellules/µl</translation>
    </message>
    <message>
        <source>WBC</source>
        <translation>Leucocytes</translation>
    </message>
    <message>
        <source>Neutrophils %</source>
        <translation>Neutrophiles %</translation>
    </message>
    <message>
        <source>Bands %</source>
        <translation>Non segmentés %</translation>
    </message>
    <message>
        <source>Temperature °C</source>
        <translation>Température °C</translation>
    </message>
    <message>
        <source>Edit {column}</source>
        <translation>Modifier {column}</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
</context>
<context>
    <name>RecordDesk</name>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>This evaluation ({decision}, {when})</source>
        <translation>Cette évaluation ({decision}, {when})</translation>
    </message>
    <message>
        <source>Clinician decision {decision} by {who}</source>
        <translation>Décision clinique {decision} de {who}</translation>
    </message>
    <message>
        <source>Pitfall tick {pitfall} by {who}</source>
        <translation>Coche du piège {pitfall} par {who}</translation>
    </message>
    <message>
        <source>&amp;Withdraw entry entered in error…</source>
        <translation>&amp;Retirer une entrée saisie par erreur…</translation>
    </message>
    <message>
        <source>Withdraw the shown evaluation, a tick or an override; it stays in the history, struck through</source>
        <translation>Retirer l&apos;évaluation affichée, une coche ou une décision clinique ; elle reste dans l&apos;historique, barrée</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Export the case&apos;s monitoring schedule as an iCalendar file (patient reference only)</source>
        <translation>Exporter le calendrier de surveillance du cas en fichier iCalendar (référence du patient seulement)</translation>
    </message>
    <message>
        <source>The audit anchor could not be kept ({error}).</source>
        <translation>L&apos;ancre d&apos;audit n&apos;a pas pu être conservée ({error}).</translation>
    </message>
    <message>
        <source>Open a saved case from the case log first: only logged entries can be withdrawn.</source>
        <translation>Ouvrez d&apos;abord un cas enregistré du journal des cas : seules les entrées consignées peuvent être retirées.</translation>
    </message>
    <message>
        <source>Every entry of this case is already withdrawn.</source>
        <translation>Toutes les entrées de ce cas sont déjà retirées.</translation>
    </message>
    <message>
        <source>The entry was not withdrawn</source>
        <translation>L&apos;entrée n&apos;a pas été retirée</translation>
    </message>
    <message>
        <source>Withdrawn as entered in error; it stays in the history, struck through.</source>
        <translation>Retirée comme saisie par erreur ; elle reste dans l&apos;historique, barrée.</translation>
    </message>
    <message>
        <source>Enter a valid case first: the calendar is the recommendation&apos;s schedule.</source>
        <translation>Saisissez d&apos;abord un cas valide : le calendrier est celui de la recommandation.</translation>
    </message>
    <message>
        <source>{count} monitoring dates written to {file}.</source>
        <translation>{count} dates de surveillance écrites dans {file}.</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>Le calendrier n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>The calendar was not written.</source>
        <translation>Le calendrier n&apos;a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>SyncDesk</name>
    <message>
        <source>Synchronise with the workstations in folder</source>
        <translation>Synchroniser avec les postes de travail du dossier</translation>
    </message>
    <message>
        <source>Wrote {cases} cases of this workstation to {file}.</source>
        <translation>{cases} cas de ce poste de travail écrits dans {file}.</translation>
    </message>
    <message>
        <source>The folder already holds every record of this workstation.</source>
        <translation>Le dossier contient déjà tous les enregistrements de ce poste de travail.</translation>
    </message>
    <message>
        <source>Imported {cases} cases from {files} files.</source>
        <translation>{cases} cas importés depuis {files} fichiers.</translation>
    </message>
    <message>
        <source>Trusted new workstation {name}, fingerprint {fingerprint}.</source>
        <translation>Nouveau poste de travail approuvé {name}, empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>Not trusted, not imported: {name}, fingerprint {fingerprint}.</source>
        <translation>Non approuvé, non importé : {name}, empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>No case log is open; there is nothing to synchronise.</source>
        <translation>Aucun journal des cas n&apos;est ouvert ; il n&apos;y a rien à synchroniser.</translation>
    </message>
    <message>
        <source>Reading {folder}…</source>
        <translation>Lecture de {folder}…</translation>
    </message>
    <message>
        <source>Synchronisation cancelled; nothing was written.</source>
        <translation>Synchronisation annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Synchronising with {folder}…</source>
        <translation>Synchronisation avec {folder}…</translation>
    </message>
    <message>
        <source>Refused (nothing of these files was imported):</source>
        <translation>Refusés (rien de ces fichiers n&apos;a été importé) :</translation>
    </message>
    <message>
        <source>Synchronisation: files refused</source>
        <translation>Synchronisation : fichiers refusés</translation>
    </message>
    <message>
        <source>Synchronisation failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>The synchronisation failed; nothing was half-written.</source>
        <translation>La synchronisation a échoué ; rien n&apos;a été écrit à moitié.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>New workstations in the folder</source>
        <translation>Nouveaux postes de travail dans le dossier</translation>
    </message>
    <message>
        <source>These workstations share the folder for the first time. Trust one only when its fingerprint matches the one its own NeutroHold shows (neutrohold log workstation): read it out over the phone.</source>
        <translation>Ces postes de travail partagent le dossier pour la première fois. N&apos;en approuvez un que si son empreinte correspond à celle qu&apos;affiche son propre NeutroHold (neutrohold log workstation) : lisez-la à voix haute au téléphone.</translation>
    </message>
    <message>
        <source>{name} ({id})
fingerprint {fingerprint}</source>
        <translation>{name} ({id})
empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Trust workstation {name}, fingerprint {fingerprint}</source>
        <translation>Approuver le poste de travail {name}, empreinte {fingerprint}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw an entry entered in error</source>
        <translation>Retirer une entrée saisie par erreur</translation>
    </message>
    <message>
        <source>The entry stays in the log and in the history, struck through, with your name, the time and your reason. It no longer counts for the worklist, replay or the CSV export.</source>
        <translation>L&apos;entrée reste dans le journal et dans l&apos;historique, barrée, avec votre nom, l&apos;heure et votre motif. Elle ne compte plus pour la liste de travail, la relecture ni l&apos;export CSV.</translation>
    </message>
    <message>
        <source>Entry to withdraw</source>
        <translation>Entrée à retirer</translation>
    </message>
    <message>
        <source>Reason for withdrawing (required)</source>
        <translation>Motif du retrait (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Entrée</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Say why the entry is withdrawn (1 to 4000 characters).</source>
        <translation>Indiquez pourquoi l&apos;entrée est retirée (de 1 à 4000 caractères).</translation>
    </message>
</context>
</TS>
