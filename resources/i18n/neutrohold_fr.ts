<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AncTrendChart</name>
    <message>
        <source>{count} on {moment}</source>
        <translation>{count} le {moment}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>; last fever {moment}</source>
        <translation>; dernière fièvre {moment}</translation>
    </message>
    <message>
        <source>ANC counts in cells per microlitre: {counts}{fever}</source>
        <translation>PNN en cellules par microlitre : {counts}{fever}</translation>
    </message>
    <message>
        <source>No counts to chart yet</source>
        <translation>Aucune numération à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <source>now</source>
        <comment>the chart&apos;s line at the moment of evaluation</comment>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Référence du patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>ANC counts</source>
        <translation>Numérations de PNN</translation>
    </message>
    <message>
        <source>CBC counts</source>
        <translation>Numérations de l&apos;hémogramme</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Températures</translation>
    </message>
    <message>
        <source>Last fever</source>
        <translation>Dernière fièvre</translation>
    </message>
    <message>
        <source>Viral URTI</source>
        <translation>IVRS virale</translation>
    </message>
    <message>
        <source>Signs of other infection</source>
        <translation>Signes d&apos;un autre foyer infectieux</translation>
    </message>
    <message>
        <source>Lower-respiratory signs</source>
        <translation>Signes respiratoires bas</translation>
    </message>
    <message>
        <source>Expected neutropenia</source>
        <translation>Neutropénie attendue</translation>
    </message>
    <message>
        <source>Immunosuppressants</source>
        <translation>Immunosuppresseurs</translation>
    </message>
    <message>
        <source>Earlier neutropenic episodes</source>
        <translation>Épisodes antérieurs de neutropénie</translation>
    </message>
    <message>
        <source>Haematological disorder</source>
        <translation>Trouble hématologique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fièvre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Units confirmed</source>
        <translation>Unités confirmées</translation>
    </message>
    <message>
        <source>Creatinine clearance</source>
        <translation>Clairance de la créatinine</translation>
    </message>
    <message>
        <source>Knowledge pack</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Rheumatoid arthritis</source>
        <translation>Polyarthrite rhumatoïde</translation>
    </message>
    <message>
        <source>Still&apos;s disease (adult-onset or systemic JIA)</source>
        <translation>Maladie de Still (de l&apos;adulte ou AJI systémique)</translation>
    </message>
    <message>
        <source>CAPS (incl. NOMID)</source>
        <translation>CAPS (y compris NOMID)</translation>
    </message>
    <message>
        <source>DIRA</source>
        <translation>DIRA</translation>
    </message>
    <message>
        <source>Recurrent pericarditis</source>
        <translation>Péricardite récidivante</translation>
    </message>
    <message>
        <source>Gout</source>
        <translation>Goutte</translation>
    </message>
    <message>
        <source>Familial Mediterranean fever</source>
        <translation>Fièvre méditerranéenne familiale</translation>
    </message>
    <message>
        <source>Other autoinflammatory disease</source>
        <translation>Autre maladie auto-inflammatoire</translation>
    </message>
    <message>
        <source>Macrophage activation syndrome / HLH</source>
        <translation>Syndrome d&apos;activation macrophagique / HLH</translation>
    </message>
    <message>
        <source>COVID-19 pneumonia</source>
        <translation>Pneumonie à COVID-19</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>ANC count</source>
        <translation>Numération de PNN</translation>
    </message>
    <message>
        <source>CBC count</source>
        <translation>Numération de l&apos;hémogramme</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>prélevé le</translation>
    </message>
    <message>
        <source>count</source>
        <translation>numération</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>WBC unit</source>
        <translation>Unité des leucocytes</translation>
    </message>
    <message>
        <source>neutrophils %</source>
        <translation>neutrophiles %</translation>
    </message>
    <message>
        <source>bands %</source>
        <translation>non segmentés %</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>température</translation>
    </message>
    <message>
        <source>{field}, item</source>
        <translation>{field}, élément</translation>
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
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove the selected {what}</source>
        <translation>Retirer {what} sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected {what} (Delete key in the table)</source>
        <translation>Retirer {what} sélectionné (touche Suppr dans le tableau)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>MRN or clinic code</source>
        <translation>IPP ou code de la consultation</translation>
    </message>
    <message>
        <source>Patient &amp;reference</source>
        <translation>&amp;Référence du patient</translation>
    </message>
    <message>
        <source>Pseudonymous reference, 1-64 characters</source>
        <translation>Référence pseudonymisée, de 1 à 64 caractères</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Âge en années</translation>
    </message>
    <message>
        <source>active</source>
        <comment>the drug&apos;s status</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>held</source>
        <comment>the drug&apos;s status</comment>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>active: still being given; held: already on hold</source>
        <translation>en cours : toujours administré ; suspendu : déjà mis en pause</translation>
    </message>
    <message>
        <source>In&amp;dication</source>
        <translation>&amp;Indication</translation>
    </message>
    <message>
        <source> mL/min</source>
        <translation> mL/min</translation>
    </message>
    <message>
        <source>&amp;Kidney function (CrCl)</source>
        <translation>Fonction rénale (&amp;ClCr)</translation>
    </message>
    <message>
        <source>Creatinine clearance in mL/min</source>
        <translation>Clairance de la créatinine en mL/min</translation>
    </message>
    <message>
        <source>Below 30 mL/min the US label suggests dosing every other day</source>
        <translation>Sous 30 mL/min, la notice américaine propose une injection un jour sur deux</translation>
    </message>
    <message>
        <source>Neutrophil counts</source>
        <translation>Numérations des neutrophiles</translation>
    </message>
    <message>
        <source>New ANC value</source>
        <translation>Nouvelle valeur de PNN</translation>
    </message>
    <message>
        <source>enter a count</source>
        <translation>saisir une numération</translation>
    </message>
    <message>
        <source>New ANC unit</source>
        <translation>Unité du nouveau PNN</translation>
    </message>
    <message>
        <source>New ANC taken at</source>
        <translation>Prélèvement du nouveau PNN</translation>
    </message>
    <message>
        <source>&amp;Add count</source>
        <translation>A&amp;jouter la numération</translation>
    </message>
    <message>
        <source>Add this ANC count</source>
        <translation>Ajouter cette numération de PNN</translation>
    </message>
    <message>
        <source>Add the count to the series (Enter in the value box does the same)</source>
        <translation>Ajouter la numération à la série (Entrée dans la case de la valeur fait de même)</translation>
    </message>
    <message>
        <source>AN&amp;C</source>
        <translation>&amp;PNN</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>a count&apos;s time</comment>
        <translation>prélevé</translation>
    </message>
    <message>
        <source>Use the likely intended unit</source>
        <translation>Utiliser l&apos;unité probablement voulue</translation>
    </message>
    <message>
        <source>The unit is right as entered</source>
        <translation>L&apos;unité est juste telle que saisie</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it</source>
        <translation>Double-cliquez sur une cellule pour la corriger</translation>
    </message>
    <message>
        <source>Show the CBC calculator</source>
        <translation>Afficher le calculateur d&apos;hémogramme</translation>
    </message>
    <message>
        <source>CBC calculator: derive the ANC from a white cell count</source>
        <translation>Calculateur d&apos;hémogramme : calculer les PNN à partir des leucocytes</translation>
    </message>
    <message>
        <source>White cell count</source>
        <translation>Numération des leucocytes</translation>
    </message>
    <message>
        <source>White cell count unit</source>
        <translation>Unité des leucocytes (numération)</translation>
    </message>
    <message>
        <source>&amp;WBC</source>
        <translation>Globules &amp;blancs</translation>
    </message>
    <message>
        <source>Segmented neutrophils percent</source>
        <translation>Pourcentage de neutrophiles segmentés</translation>
    </message>
    <message>
        <source>Band forms percent</source>
        <translation>Pourcentage de formes non segmentées</translation>
    </message>
    <message>
        <source>Neutrophils (segmented)</source>
        <translation>Neutrophiles (segmentés)</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Non segmentés</translation>
    </message>
    <message>
        <source>CBC taken at</source>
        <translation>Prélèvement de l&apos;hémogramme</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Prélevé le</translation>
    </message>
    <message>
        <source>Add C&amp;BC</source>
        <translation>Ajouter l&apos;&amp;hémogramme</translation>
    </message>
    <message>
        <source>Add this CBC count</source>
        <translation>Ajouter cet hémogramme</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>no fever in this illness</source>
        <translation>pas de fièvre au cours de cet épisode</translation>
    </message>
    <message>
        <source>last fever at</source>
        <translation>dernière fièvre le</translation>
    </message>
    <message>
        <source>Fe&amp;ver</source>
        <translation>Fiè&amp;vre</translation>
    </message>
    <message>
        <source>Fever in this illness</source>
        <translation>Fièvre au cours de cet épisode</translation>
    </message>
    <message>
        <source>Unknown counts as not met: a held patient does not meet the fever-free criterion</source>
        <translation>Inconnu compte comme non rempli : un patient en suspension ne remplit pas le critère d&apos;absence de fièvre</translation>
    </message>
    <message>
        <source>Last fever at</source>
        <translation>Dernière fièvre le</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>No fever recorded</source>
        <translation>Aucune fièvre enregistrée</translation>
    </message>
    <message>
        <source>No fever in this illness. Febrile temperature readings below still count.</source>
        <translation>Pas de fièvre au cours de cet épisode. Les températures fébriles ci-dessous comptent toujours.</translation>
    </message>
    <message>
        <source>&amp;Last fever</source>
        <translation>D&amp;ernière fièvre</translation>
    </message>
    <message>
        <source>Last temperature at or above the fever threshold</source>
        <translation>Dernière température égale ou supérieure au seuil de fièvre</translation>
    </message>
    <message>
        <source>Show temperature readings</source>
        <translation>Afficher les températures</translation>
    </message>
    <message>
        <source>Temperature readings (optional)</source>
        <translation>Températures (facultatif)</translation>
    </message>
    <message>
        <source>New temperature in degrees Celsius</source>
        <translation>Nouvelle température en degrés Celsius</translation>
    </message>
    <message>
        <source>New temperature taken at</source>
        <translation>Prise de la nouvelle température</translation>
    </message>
    <message>
        <source>Add &amp;temperature</source>
        <translation>Ajouter la &amp;température</translation>
    </message>
    <message>
        <source>Add this temperature</source>
        <translation>Ajouter cette température</translation>
    </message>
    <message>
        <source>Temperature readings</source>
        <translation>Températures</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infection</translation>
    </message>
    <message>
        <source>active</source>
        <comment>URTI symptoms</comment>
        <translation>actifs</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>URTI symptoms</comment>
        <translation>disparus</translation>
    </message>
    <message>
        <source>none</source>
        <comment>URTI symptoms</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Viral &amp;URTI symptoms</source>
        <translation>&amp;Symptômes d&apos;IVRS virale</translation>
    </message>
    <message>
        <source>Viral URTI symptoms</source>
        <translation>Symptômes d&apos;IVRS virale</translation>
    </message>
    <message>
        <source>Signs of &amp;other infection</source>
        <translation>Signes d&apos;un autre foyer infectieu&amp;x</translation>
    </message>
    <message>
        <source>Signs of other active infection</source>
        <translation>Signes d&apos;une autre infection active</translation>
    </message>
    <message>
        <source>Cough with breathlessness, low oxygen or crackles: the infection may be spreading below the upper airway</source>
        <translation>Toux avec essoufflement, oxygène bas ou crépitants : l&apos;infection s&apos;étend peut-être sous les voies aériennes supérieures</translation>
    </message>
    <message>
        <source>Course and risk factors</source>
        <translation>Évolution et facteurs de risque</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>non estimée</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>E&amp;xpected neutropenia</source>
        <translation>&amp;Neutropénie attendue</translation>
    </message>
    <message>
        <source>Expected duration of neutropenia in days</source>
        <translation>Durée attendue de la neutropénie en jours</translation>
    </message>
    <message>
        <source>Your estimate of how long the neutropenia will last</source>
        <translation>Votre estimation de la durée de la neutropénie</translation>
    </message>
    <message>
        <source>e.g. methotrexate, prednisolone 10 mg</source>
        <translation>p. ex. méthotrexate, prednisolone 10 mg</translation>
    </message>
    <message>
        <source>&amp;Immunosuppressants</source>
        <translation>Imm&amp;unosuppresseurs</translation>
    </message>
    <message>
        <source>Other immunosuppressants</source>
        <translation>Autres immunosuppresseurs</translation>
    </message>
    <message>
        <source>Separate several drugs with commas</source>
        <translation>Séparez plusieurs médicaments par des virgules</translation>
    </message>
    <message>
        <source>Free text, kept as typed (up to 4000 characters)</source>
        <translation>Texte libre, conservé tel quel (jusqu&apos;à 4000 caractères)</translation>
    </message>
    <message>
        <source>Cannot derive the ANC: {message}</source>
        <translation>Impossible de calculer les PNN : {message}</translation>
    </message>
    <message>
        <source>Derived ANC: {anc} cells/uL  (WBC × (neutrophils + bands) / 100)</source>
        <translation>PNN calculés : {anc} cellules/µL  (leucocytes × (neutrophiles + non segmentés) / 100)</translation>
    </message>
    <message>
        <source>Use {shown} {intended}</source>
        <translation>Utiliser {shown} {intended}</translation>
    </message>
    <message>
        <source>{shown} {unit} is right</source>
        <translation>{shown} {unit} est juste</translation>
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
        <translation>Décision</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>PNN</translation>
    </message>
    <message>
        <source>Evaluated at</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>{recommended} → clinician: {decision}</source>
        <translation>{recommended} → clinicien : {decision}</translation>
    </message>
</context>
<context>
    <name>CaseLogPane</name>
    <message>
        <source>Case log</source>
        <translation>Registre des cas</translation>
    </message>
    <message>
        <source>Patient reference or words from the notes; every word must match the start of a word</source>
        <translation>Référence du patient ou mots des notes ; chaque mot doit correspondre au début d&apos;un mot</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>Rechercher des cas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Newest evaluation first; click a column header to sort. Arrow keys select, Enter opens the case; the context menu prints it</source>
        <translation>Évaluation la plus récente en premier ; cliquez sur un en-tête de colonne pour trier. Les flèches sélectionnent, Entrée ouvre le cas ; le menu contextuel l&apos;imprime</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Ouvrir le cas sélectionné</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the selected case</source>
        <translation>Imprimer le cas sélectionné</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export the selected case as a PDF</source>
        <translation>Exporter le cas sélectionné en PDF</translation>
    </message>
    <message>
        <source>No case log is open.</source>
        <translation>Aucun registre des cas n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>No saved case matches the search.</source>
        <translation>Aucun cas enregistré ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>No saved cases yet.
Saved cases appear here.</source>
        <translation>Aucun cas enregistré pour l&apos;instant.
Les cas enregistrés apparaissent ici.</translation>
    </message>
    <message>
        <source>{total} case</source>
        <translation>{total} cas</translation>
    </message>
    <message>
        <source>{total} cases</source>
        <translation>{total} cas</translation>
    </message>
    <message>
        <source> found</source>
        <translation> trouvés</translation>
    </message>
</context>
<context>
    <name>CaseLogSession</name>
    <message>
        <source>The case was not saved</source>
        <translation>Le cas n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The case log could not be read ({exc}). Press F5 to try again.</source>
        <translation>Le registre des cas n&apos;a pas pu être lu ({exc}). Appuyez sur F5 pour réessayer.</translation>
    </message>
    <message>
        <source>More cases could not be read from the log ({exc}).</source>
        <translation>D&apos;autres cas n&apos;ont pas pu être lus dans le registre ({exc}).</translation>
    </message>
    <message>
        <source>

Check the clinician name in Preferences (1 to 80 characters).</source>
        <translation>

Vérifiez le nom du clinicien dans les Préférences (1 à 80 caractères).</translation>
    </message>
    <message>
        <source>The unsaved case could not be kept as a draft ({problem}). Save it, or it is lost if NeutroHold stops.</source>
        <translation>Le cas non enregistré n&apos;a pas pu être gardé comme brouillon ({problem}). Enregistrez-le, sinon il sera perdu si NeutroHold s&apos;arrête.</translation>
    </message>
    <message>
        <source>Reopened {patient_ref}, evaluated {moment}.</source>
        <translation>{patient_ref} rouvert, évalué le {moment}.</translation>
    </message>
    <message>
        <source>The tick was not recorded</source>
        <translation>La coche n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>La décision n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>In the case log: evaluated {moment} by {who} (recorded {recorded}).</source>
        <translation>Dans le registre des cas : évalué le {moment} par {who} (enregistré le {recorded}).</translation>
    </message>
    <message>
        <source>Changed since the evaluation of {moment} in the log: this is a new evaluation, judged now. Save (Ctrl+S) records it; the pitfall checklist starts again for it.</source>
        <translation>Modifié depuis l&apos;évaluation du {moment} dans le registre : c&apos;est une nouvelle évaluation, jugée maintenant. Enregistrer (Ctrl+S) la consigne ; la liste des points de vigilance repart de zéro pour elle.</translation>
    </message>
    <message>
        <source> WITHDRAWN as entered in error — </source>
        <translation> RETIRÉ car saisi par erreur — </translation>
    </message>
    <message>
        <source>The knowledge pack in force now ({version}) decides {decision} for this case; the log recorded {recorded} with pack version {pack_version}.</source>
        <translation>La référentiel de connaissances en vigueur ({version}) décide {decision} pour ce cas ; le registre a consigné {recorded} avec la version {pack_version} du référentiel.</translation>
    </message>
    <message>
        <source>The case log could not be searched</source>
        <translation>La recherche dans le registre des cas a échoué</translation>
    </message>
    <message>
        <source>The case log could not be read</source>
        <translation>Le registre des cas n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>The printout was made but could not be noted in the case log</source>
        <translation>L&apos;impression a été faite mais n&apos;a pas pu être notée dans le registre des cas</translation>
    </message>
    <message>
        <source>Opening the case log for saving…</source>
        <translation>Ouverture du registre des cas pour l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>the case log is still read-only</source>
        <translation>le registre des cas est toujours en lecture seule</translation>
    </message>
    <message>
        <source>The case log is still read-only ({problem}). Try again later.</source>
        <translation>Le registre des cas est toujours en lecture seule ({problem}). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The case log is open for saving again.</source>
        <translation>Le registre des cas est de nouveau ouvert pour l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Nothing was written to the replaced case log file.</source>
        <translation>Rien n&apos;a été écrit dans le fichier du registre des cas remplacé.</translation>
    </message>
    <message>
        <source>the case log file was replaced by another program and the new one cannot be opened.</source>
        <translation>le fichier du registre des cas a été remplacé par un autre programme et le nouveau ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The new case log file could not be opened</source>
        <translation>Le nouveau fichier du registre des cas n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>the file was replaced by another program; this window shows the new file read-only.</source>
        <translation>le fichier a été remplacé par un autre programme ; cette fenêtre affiche le nouveau fichier en lecture seule.</translation>
    </message>
    <message>
        <source>Working on the case log now at {path}; save again to record the case there.</source>
        <translation>Travail désormais sur le registre des cas situé à {path} ; enregistrez de nouveau pour y consigner le cas.</translation>
    </message>
</context>
<context>
    <name>CaseLogTableModel</name>
    <message>
        <source>Click to sort the whole log by this column; click again to reverse</source>
        <translation>Cliquez pour trier tout le registre selon cette colonne ; cliquez encore pour inverser</translation>
    </message>
    <message>
        <source>{patient_ref}: evaluated {moment} by {who}, ANC {anc_cells_per_uL} cells/uL ({severity})</source>
        <translation>{patient_ref} : évalué le {moment} par {who}, PNN {anc_cells_per_uL} cellules/µL ({severity})</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>The unsaved case was restored; save it when it is complete.</source>
        <translation>Le cas non enregistré a été restauré ; enregistrez-le quand il sera complet.</translation>
    </message>
    <message>
        <source>The case could not be read from the log</source>
        <translation>Le cas n&apos;a pas pu être lu dans le registre</translation>
    </message>
    <message>
        <source>no case log is open</source>
        <translation>aucun registre des cas n&apos;est ouvert</translation>
    </message>
    <message>
        <source>the case log is open read-only: {read_only_reason} Nothing was written</source>
        <translation>le registre des cas est ouvert en lecture seule : {read_only_reason} Rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>This evaluation is already in the case log.</source>
        <translation>Cette évaluation est déjà dans le registre des cas.</translation>
    </message>
    <message>
        <source>the case log is open read-only</source>
        <translation>le registre des cas est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>The unsaved case could not be kept as a draft ({error}).</source>
        <translation>Le cas non enregistré n&apos;a pas pu être conservé comme brouillon ({error}).</translation>
    </message>
    <message>
        <source>The unsaved case could not be discarded</source>
        <translation>Le cas non enregistré n&apos;a pas pu être abandonné</translation>
    </message>
    <message>
        <source>the draft could not be written</source>
        <translation>le brouillon n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pourquoi : {reason}</translation>
    </message>
</context>
<context>
    <name>ClinicianOverrideDialog</name>
    <message>
        <source>Record a different decision</source>
        <translation>Consigner une autre décision</translation>
    </message>
    <message>
        <source>The recommendation was: {decision}.
Record what you decided instead and why. It is kept in the case log with your name and printed.</source>
        <translation>La recommandation était : {decision}.
Consignez ce que vous avez décidé à la place et pourquoi. C&apos;est conservé dans le registre des cas avec votre nom et imprimé.</translation>
    </message>
    <message>
        <source>Optional, except for other clinical judgement</source>
        <translation>Facultatif, sauf pour un autre jugement clinique</translation>
    </message>
    <message>
        <source>&amp;Decision taken</source>
        <translation>&amp;Décision prise</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Consigner la décision</translation>
    </message>
    <message>
        <source>Say in a few words why, when the reason is other clinical judgement.</source>
        <translation>Dites en quelques mots pourquoi, quand le motif est un autre jugement clinique.</translation>
    </message>
    <message>
        <source>Keep the explanation under {MAX_TEXT} characters ({length} now).</source>
        <translation>L&apos;explication doit faire moins de {MAX_TEXT} caractères ({length} actuellement).</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Unsaved case found</source>
        <translation>Cas non enregistré trouvé</translation>
    </message>
    <message>
        <source>A case was being entered and not saved when NeutroHold last closed or stopped.

{summary}

Restore it to carry on, or discard it.</source>
        <translation>Un cas était en cours de saisie et n&apos;avait pas été enregistré quand NeutroHold s&apos;est fermé ou arrêté la dernière fois.

{summary}

Restaurez-le pour continuer, ou abandonnez-le.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
</context>
<context>
    <name>DueDesk</name>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Due (…)</source>
        <translation>À faire (…)</translation>
    </message>
    <message>
        <source>Show the follow-up worklist: counts due or overdue, patients to review</source>
        <translation>Afficher la liste de suivi : numérations prévues ou en retard, patients à revoir</translation>
    </message>
    <message>
        <source>Follow-up worklist</source>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>Print &amp;worklist…</source>
        <translation>Imprimer la liste de &amp;suivi…</translation>
    </message>
    <message>
        <source>Print the whole follow-up worklist, 30 rows a page, through the print dialog</source>
        <translation>Imprimer toute la liste de suivi, 30 lignes par page, par la boîte d&apos;impression</translation>
    </message>
    <message>
        <source>Print the follow-up worklist</source>
        <translation>Imprimer la liste de suivi</translation>
    </message>
    <message>
        <source>Due ({count})</source>
        <translation>À faire ({count})</translation>
    </message>
    <message>
        <source>Follow-up worklist: {count} items</source>
        <translation>Liste de suivi : {count} éléments</translation>
    </message>
    <message>
        <source>Due (?)</source>
        <translation>À faire (?)</translation>
    </message>
    <message>
        <source>The worklist could not be drawn up ({error}). Press F5 to try again.</source>
        <translation>La liste de suivi n&apos;a pas pu être établie ({error}). Appuyez sur F5 pour réessayer.</translation>
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
        <translation>Élément</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>PNN</translation>
    </message>
    <message>
        <source>Drawing up the worklist…</source>
        <translation>Établissement de la liste de suivi…</translation>
    </message>
    <message>
        <source> (the {shown} most urgent shown; print or `neutrohold due` for all)</source>
        <translation> (les {shown} plus urgents sont affichés ; imprimez ou utilisez `neutrohold due` pour tout voir)</translation>
    </message>
    <message>
        <source>{items} as of {moment}{more}</source>
        <translation>{items} au {moment}{more}</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Rien n&apos;est à faire.</translation>
    </message>
</context>
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
        <translation>Réessa&amp;yer</translation>
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
    <name>LogSession</name>
    <message>
        <source>this user cannot write to the case log file or its folder.</source>
        <translation>cet utilisateur ne peut pas écrire dans le fichier du registre des cas ni dans son dossier.</translation>
    </message>
    <message>
        <source>Waiting for the case log… another program is writing to it. What you entered is kept and is written as soon as the log is free; you can go on working.</source>
        <translation>En attente du registre des cas… un autre programme y écrit. Ce que vous avez saisi est conservé et sera écrit dès que le registre sera libre ; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>withdrawn by {who}, {moment}: {reason}</source>
        <translation>retiré par {who}, {moment} : {reason}</translation>
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
        <translation>Démarrage de NeutroHold…</translation>
    </message>
    <message>
        <source>Opening the case log…</source>
        <translation>Ouverture du registre des cas…</translation>
    </message>
    <message>
        <source>Case log: {path}</source>
        <translation>Registre des cas : {path}</translation>
    </message>
    <message>
        <source>&amp;Save to case log</source>
        <translation>Enregistrer dans &amp;le registre des cas</translation>
    </message>
    <message>
        <source>Open the window again with the knowledge pack this case names</source>
        <translation>Rouvrir la fenêtre avec le référentiel indiqué par ce cas</translation>
    </message>
    <message>
        <source>Use knowledge pack {id}</source>
        <translation>Utiliser le référentiel {id}</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau cas</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Commencer un nouveau cas (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the case and its evaluation to the log (Ctrl+S)</source>
        <translation>Enregistrer le cas et son évaluation dans le registre (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recommendation (Ctrl+P)</source>
        <translation>Imprimer la recommandation (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Export the recommendation as a PDF (Ctrl+Shift+E)</source>
        <translation>Exporter la recommandation en PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Import lab results…</source>
        <translation>Importer des résultats de &amp;laboratoire…</translation>
    </message>
    <message>
        <source>Read counts and temperatures from an HL7 v2, FHIR or CSV lab file (Ctrl+I)</source>
        <translation>Lire numérations et températures dans un fichier de laboratoire HL7 v2, FHIR ou CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export &amp;FHIR…</source>
        <translation>Exporter en &amp;FHIR…</translation>
    </message>
    <message>
        <source>Export the evaluation as a FHIR R4 Bundle</source>
        <translation>Exporter l&apos;évaluation en Bundle FHIR R4</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Rechercher un cas</translation>
    </message>
    <message>
        <source>Search the case log (Ctrl+F)</source>
        <translation>Rechercher dans le registre des cas (Ctrl+F)</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Préférence&amp;s…</translation>
    </message>
    <message>
        <source>Clinician, site and printing preferences (Ctrl+,)</source>
        <translation>Préférences du clinicien, du site et d&apos;impression (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit NeutroHold (Ctrl+Q)</source>
        <translation>Quitter NeutroHold (Ctrl+Q)</translation>
    </message>
    <message>
        <source>S&amp;ynchronise…</source>
        <translation>S&amp;ynchroniser…</translation>
    </message>
    <message>
        <source>Exchange cases with other workstations through a shared folder (USB stick)</source>
        <translation>Échanger des cas avec d&apos;autres postes par un dossier partagé (clé USB)</translation>
    </message>
    <message>
        <source>Refresh case &amp;log</source>
        <translation>&amp;Actualiser le registre des cas</translation>
    </message>
    <message>
        <source>Read the case log again, with cases saved elsewhere (F5)</source>
        <translation>Relire le registre des cas, avec les cas enregistrés ailleurs (F5)</translation>
    </message>
    <message>
        <source>&amp;About NeutroHold</source>
        <translation>À &amp;propos de NeutroHold</translation>
    </message>
    <message>
        <source>Version and knowledge pack</source>
        <translation>Version et référentiel de connaissances</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Knowledge pack</source>
        <translation>&amp;Référentiel</translation>
    </message>
    <message>
        <source>Evaluate with another installed knowledge pack (another drug or rule set)</source>
        <translation>Évaluer avec un autre référentiel installé (autre médicament ou autre ensemble de règles)</translation>
    </message>
    <message>
        <source>Open the window again with knowledge pack {id}</source>
        <translation>Rouvrir la fenêtre avec le référentiel {id}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source> · site overrides active ({count})</source>
        <translation> · réglages du site actifs ({count})</translation>
    </message>
    <message>
        <source>Pack {id} {version}{overrides}</source>
        <translation>Référentiel {id} {version}{overrides}</translation>
    </message>
    <message>
        <source>NeutroHold — {patient}</source>
        <translation>NeutroHold — {patient}</translation>
    </message>
    <message>
        <source>Cannot save yet. Fix {problem}</source>
        <translation>Enregistrement impossible pour l&apos;instant. Corrigez {problem}</translation>
    </message>
    <message>
        <source>Enter a case to get a recommendation.</source>
        <translation>Saisissez un cas pour obtenir une recommandation.</translation>
    </message>
    <message>
        <source>Saved in the case log. Ticks are recorded as you make them; a change starts a new evaluation.</source>
        <translation>Enregistré dans le registre des cas. Les coches sont consignées au fur et à mesure ; une modification lance une nouvelle évaluation.</translation>
    </message>
    <message>
        <source>Cannot save yet: a count may be in the wrong unit. Correct it or confirm it beside the count.</source>
        <translation>Enregistrement impossible pour l&apos;instant : une numération est peut-être dans la mauvaise unité. Corrigez-la ou confirmez-la à côté de la numération.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Prêt à enregistrer.</translation>
    </message>
    <message>
        <source>Cannot save: {read_only_reason}</source>
        <translation>Enregistrement impossible : {read_only_reason}</translation>
    </message>
    <message>
        <source>Saving to the case log…</source>
        <translation>Enregistrement dans le registre des cas…</translation>
    </message>
    <message>
        <source>The case log is open read-only: {reason} Cases can be viewed and printed, not saved.</source>
        <translation>Le registre des cas est ouvert en lecture seule : {reason} Les cas peuvent être consultés et imprimés, pas enregistrés.</translation>
    </message>
    <message>
        <source>Fix this first:
{problem}</source>
        <translation>Corrigez d&apos;abord ceci :
{problem}</translation>
    </message>
    <message>
        <source>Enter the patient reference and at least one neutrophil count first.</source>
        <translation>Saisissez d&apos;abord la référence du patient et au moins une numération de neutrophiles.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Enregistrement impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Cannot print yet</source>
        <translation>Impression impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Export impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>FHIR Bundle written to {path}</source>
        <translation>Bundle FHIR écrit dans {path}</translation>
    </message>
    <message>
        <source>FHIR export failed</source>
        <translation>Échec de l&apos;export FHIR</translation>
    </message>
    <message>
        <source>Saved to the case log.</source>
        <translation>Enregistré dans le registre des cas.</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Abandonner ce cas ?</translation>
    </message>
    <message>
        <source>The case being entered has not been saved. Discard it?</source>
        <translation>Le cas en cours de saisie n&apos;a pas été enregistré. L&apos;abandonner ?</translation>
    </message>
    <message>
        <source>Case log read again.</source>
        <translation>Registre des cas relu.</translation>
    </message>
    <message>
        <source>About NeutroHold</source>
        <translation>À propos de NeutroHold</translation>
    </message>
    <message>
        <source>NeutroHold {app_version}
{about}

Knowledge pack {id} {version}
sha256 {sha256}</source>
        <translation>NeutroHold {app_version}
{about}

Référentiel de connaissances {id} {version}
sha256 {sha256}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Patient&apos;s informed preference</source>
        <translation>Préférence éclairée du patient</translation>
    </message>
    <message>
        <source>Specialist advice (haematology, infectious diseases)</source>
        <translation>Avis spécialisé (hématologie, maladies infectieuses)</translation>
    </message>
    <message>
        <source>Another cause explains the findings</source>
        <translation>Une autre cause explique les constatations</translation>
    </message>
    <message>
        <source>Other clinical judgement (say why below)</source>
        <translation>Autre jugement clinique (précisez ci-dessous)</translation>
    </message>
    <message>
        <source>Clinician decided: {decision} ({reason}) by {who} at {at}{why}</source>
        <translation>Décision du clinicien : {decision} ({reason}) par {who} le {at}{why}</translation>
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
        <source>&amp;Default printout</source>
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
        <source>Choose &amp;file…</source>
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
        <source>Drawing up the worklist to print…</source>
        <translation>Préparation de la liste de suivi à imprimer…</translation>
    </message>
    <message>
        <source>The worklist was not printed</source>
        <translation>La liste de suivi n&apos;a pas été imprimée</translation>
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
    <message>
        <source>Writing the worklist PDF…</source>
        <translation>Écriture du PDF de la liste de suivi…</translation>
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
        <translation>Globules blancs</translation>
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
    <name>RecommendationPanel</name>
    <message>
        <source>MET</source>
        <translation>REMPLI</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NON REMPLI</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>INCONNU</translation>
    </message>
    <message>
        <source>⚠ RED FLAG — assess the patient urgently</source>
        <translation>⚠ SIGNE D&apos;ALERTE — évaluer le patient en urgence</translation>
    </message>
    <message>
        <source>Record a
different decision…</source>
        <translation>Consigner une autre
décision…</translation>
    </message>
    <message>
        <source>Save the case first: a different decision is recorded against a saved evaluation.</source>
        <translation>Enregistrez d&apos;abord le cas : une autre décision se consigne sur une évaluation enregistrée.</translation>
    </message>
    <message>
        <source>This patient&apos;s evaluations in the log</source>
        <translation>Évaluations de ce patient dans le registre</translation>
    </message>
    <message>
        <source>Click an evaluation to reopen it</source>
        <translation>Cliquez sur une évaluation pour la rouvrir</translation>
    </message>
    <message>
        <source>Check before acting</source>
        <translation>À vérifier avant d&apos;agir</translation>
    </message>
    <message>
        <source>Resume criteria</source>
        <translation>Critères de reprise</translation>
    </message>
    <message>
        <source>ANC trend (cells/uL)</source>
        <translation>Évolution des PNN (cellules/µL)</translation>
    </message>
    <message>
        <source>Prophylaxis</source>
        <translation>Prophylaxie</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Risk factors for a long episode</source>
        <translation>Facteurs de risque d&apos;un épisode long</translation>
    </message>
    <message>
        <source>Pitfalls to check</source>
        <translation>Points de vigilance à vérifier</translation>
    </message>
    <message>
        <source>Why: the rules that applied and where they come from</source>
        <translation>Pourquoi : les règles appliquées et leur origine</translation>
    </message>
    <message>
        <source>Sources differ</source>
        <translation>Les sources divergent</translation>
    </message>
    <message>
        <source>Site settings in force</source>
        <translation>Réglages du site en vigueur</translation>
    </message>
    <message>
        <source>Record that you decided otherwise than recommended, with a coded reason (logged and printed).</source>
        <translation>Consigner que vous avez décidé autrement que recommandé, avec un motif codé (enregistré et imprimé).</translation>
    </message>
    <message>
        <source>Save the case first: a different decision is recorded against a saved, unchanged evaluation.</source>
        <translation>Enregistrez d&apos;abord le cas : une autre décision se consigne sur une évaluation enregistrée et inchangée.</translation>
    </message>
    <message>
        <source>Changed since saved</source>
        <translation>Modifié depuis l&apos;enregistrement</translation>
    </message>
    <message>
        <source> → clinician: {decision_taken}</source>
        <translation> → clinicien : {decision_taken}</translation>
    </message>
    <message>
        <source> (shown)</source>
        <translation> (affichée)</translation>
    </message>
    <message>
        <source>{moment} · {symbol} {decision}{taken} · ANC {anc_cells_per_uL}{current}{gone}</source>
        <translation>{moment} · {symbol} {decision}{taken} · PNN {anc_cells_per_uL}{current}{gone}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <source>1. Type the patient reference.
2. Add the latest ANC with its unit and the time it was drawn (Enter adds it).
3. Record fever, URTI status and signs of other infection.

The recommendation appears here as you type; Save (Ctrl+S) records it in the case log.</source>
        <translation>1. Saisissez la référence du patient.
2. Ajoutez les derniers PNN avec leur unité et l&apos;heure du prélèvement (Entrée les ajoute).
3. Renseignez la fièvre, l&apos;état de l&apos;IVRS et les signes d&apos;une autre infection.

La recommandation apparaît ici pendant la saisie ; Enregistrer (Ctrl+S) la consigne dans le registre des cas.</translation>
    </message>
    <message>
        <source>✎ Fix: {text}</source>
        <translation>✎ Corriger : {text}</translation>
    </message>
    <message>
        <source>No recommendation until this is corrected.</source>
        <translation>Pas de recommandation tant que ceci n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>{headline} (provisional)</source>
        <translation>{headline} (provisoire)</translation>
    </message>
    <message>
        <source>no neutropenia</source>
        <translation>pas de neutropénie</translation>
    </message>
    <message>
        <source>{severity} neutropenia</source>
        <translation>neutropénie {severity}</translation>
    </message>
    <message>
        <source>ANC {anc_cells_per_uL} cells/uL · {band} · evaluated {moment}</source>
        <translation>PNN {anc_cells_per_uL} cellules/µL · {band} · évalué le {moment}</translation>
    </message>
    <message>
        <source>Red flag, assess the patient urgently. {flags}</source>
        <translation>Signe d&apos;alerte, évaluez le patient en urgence. {flags}</translation>
    </message>
    <message>
        <source>None recorded in this case.</source>
        <translation>Aucun enregistré pour ce cas.</translation>
    </message>
    <message>
        <source>Knowledge pack {id} {version} · sha256 {sha}</source>
        <translation>Référentiel de connaissances {id} {version} · sha256 {sha}</translation>
    </message>
    <message>
        <source>Earliest resume: now ({moment}).</source>
        <translation>Reprise au plus tôt : maintenant ({moment}).</translation>
    </message>
    <message>
        <source>Earliest resume: {moment}, if every other criterion is met by then.</source>
        <translation>Reprise au plus tôt : {moment}, si tous les autres critères sont remplis d&apos;ici là.</translation>
    </message>
    <message>
        <source>Earliest resume: no date yet; it depends on the criteria not met.</source>
        <translation>Reprise au plus tôt : pas encore de date ; elle dépend des critères non remplis.</translation>
    </message>
    <message>
        <source>To resume, still needed:
</source>
        <translation>Pour reprendre, il faut encore :
</translation>
    </message>
    <message>
        <source>Antibacterial prophylaxis recommended: {agent}.</source>
        <translation>Prophylaxie antibactérienne recommandée : {agent}.</translation>
    </message>
    <message>
        <source>Antibacterial prophylaxis: not indicated.</source>
        <translation>Prophylaxie antibactérienne : non indiquée.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Motif : {reason}.</translation>
    </message>
    <message>
        <source>Antiviral: {antiviral}</source>
        <translation>Antiviral : {antiviral}</translation>
    </message>
    <message>
        <source>  Due between {start} and {end}.</source>
        <translation>  Prévu entre {start} et {end}.</translation>
    </message>
    <message>
        <source>  Next due {moment}.</source>
        <translation>  Prochain prévu {moment}.</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Sources : {sources}</translation>
    </message>
    <message>
        <source>No known disagreement for the rules that applied.</source>
        <translation>Aucune divergence connue pour les règles appliquées.</translation>
    </message>
    <message>
        <source>{site}this site changes the pack&apos;s defaults.</source>
        <translation>{site}ce site modifie les valeurs par défaut du référentiel.</translation>
    </message>
    <message>
        <source>• {key} = {value} (pack default {default}): {reason}</source>
        <translation>• {key} = {value} (valeur du référentiel {default}) : {reason}</translation>
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
        <translation>Re&amp;tirer une entrée saisie par erreur…</translation>
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
    <name>Startup</name>
    <message>
        <source>Start NeutroHold again</source>
        <translation>Redémarrez NeutroHold</translation>
    </message>
    <message>
        <source>Start NeutroHold again to use the case log.</source>
        <translation>Redémarrez NeutroHold pour utiliser le registre des cas.</translation>
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
