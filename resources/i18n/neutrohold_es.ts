<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AncTrendChart</name>
    <message>
        <source>{count} on {moment}</source>
        <translation>{count} el {moment}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>; last fever {moment}</source>
        <translation>; última fiebre {moment}</translation>
    </message>
    <message>
        <source>ANC counts in cells per microlitre: {counts}{fever}</source>
        <translation>Recuentos de RAN en células por microlitro: {counts}{fever}</translation>
    </message>
    <message>
        <source>No counts to chart yet</source>
        <translation>Aún no hay recuentos que representar</translation>
    </message>
    <message>
        <source>now</source>
        <comment>the chart&apos;s line at the moment of evaluation</comment>
        <translation>ahora</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Patient reference</source>
        <translation>Referencia del paciente</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>ANC counts</source>
        <translation>Recuentos de RAN</translation>
    </message>
    <message>
        <source>CBC counts</source>
        <translation>Recuentos del hemograma</translation>
    </message>
    <message>
        <source>Temperatures</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <source>Last fever</source>
        <translation>Última fiebre</translation>
    </message>
    <message>
        <source>Viral URTI</source>
        <translation>IVRA viral</translation>
    </message>
    <message>
        <source>Signs of other infection</source>
        <translation>Signos de otra infección</translation>
    </message>
    <message>
        <source>Lower-respiratory signs</source>
        <translation>Signos respiratorios bajos</translation>
    </message>
    <message>
        <source>Expected neutropenia</source>
        <translation>Neutropenia prevista</translation>
    </message>
    <message>
        <source>Immunosuppressants</source>
        <translation>Inmunosupresores</translation>
    </message>
    <message>
        <source>Earlier neutropenic episodes</source>
        <translation>Episodios previos de neutropenia</translation>
    </message>
    <message>
        <source>Haematological disorder</source>
        <translation>Trastorno hematológico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fiebre</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Units confirmed</source>
        <translation>Unidades confirmadas</translation>
    </message>
    <message>
        <source>Creatinine clearance</source>
        <translation>Aclaramiento de creatinina</translation>
    </message>
    <message>
        <source>Knowledge pack</source>
        <translation>Paquete de conocimiento</translation>
    </message>
    <message>
        <source>Rheumatoid arthritis</source>
        <translation>Artritis reumatoide</translation>
    </message>
    <message>
        <source>Still&apos;s disease (adult-onset or systemic JIA)</source>
        <translation>Enfermedad de Still (del adulto o AIJ sistémica)</translation>
    </message>
    <message>
        <source>CAPS (incl. NOMID)</source>
        <translation>CAPS (incl. NOMID)</translation>
    </message>
    <message>
        <source>DIRA</source>
        <translation>DIRA</translation>
    </message>
    <message>
        <source>Recurrent pericarditis</source>
        <translation>Pericarditis recurrente</translation>
    </message>
    <message>
        <source>Gout</source>
        <translation>Gota</translation>
    </message>
    <message>
        <source>Familial Mediterranean fever</source>
        <translation>Fiebre mediterránea familiar</translation>
    </message>
    <message>
        <source>Other autoinflammatory disease</source>
        <translation>Otra enfermedad autoinflamatoria</translation>
    </message>
    <message>
        <source>Macrophage activation syndrome / HLH</source>
        <translation>Síndrome de activación macrofágica / HLH</translation>
    </message>
    <message>
        <source>COVID-19 pneumonia</source>
        <translation>Neumonía por COVID-19</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>ANC count</source>
        <translation>Recuento de RAN</translation>
    </message>
    <message>
        <source>CBC count</source>
        <translation>Recuento del hemograma</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>extraído el</translation>
    </message>
    <message>
        <source>count</source>
        <translation>recuento</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>WBC unit</source>
        <translation>Unidad de leucocitos</translation>
    </message>
    <message>
        <source>neutrophils %</source>
        <translation>neutrófilos %</translation>
    </message>
    <message>
        <source>bands %</source>
        <translation>cayados %</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>{field}, item</source>
        <translation>{field}, elemento</translation>
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
        <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected {what}</source>
        <translation>Quitar {what} seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected {what} (Delete key in the table)</source>
        <translation>Quitar {what} seleccionado (tecla Supr en la tabla)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN or clinic code</source>
        <translation>NHC o código de la consulta</translation>
    </message>
    <message>
        <source>Patient &amp;reference</source>
        <translation>Referencia del &amp;paciente</translation>
    </message>
    <message>
        <source>Pseudonymous reference, 1-64 characters</source>
        <translation>Referencia seudonimizada, de 1 a 64 caracteres</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>E&amp;dad</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Edad en años</translation>
    </message>
    <message>
        <source>active</source>
        <comment>the drug&apos;s status</comment>
        <translation>en curso</translation>
    </message>
    <message>
        <source>held</source>
        <comment>the drug&apos;s status</comment>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>active: still being given; held: already on hold</source>
        <translation>en curso: se sigue administrando; suspendida: ya está en pausa</translation>
    </message>
    <message>
        <source>In&amp;dication</source>
        <translation>&amp;Indicación</translation>
    </message>
    <message>
        <source> mL/min</source>
        <translation> mL/min</translation>
    </message>
    <message>
        <source>&amp;Kidney function (CrCl)</source>
        <translation>Función renal (&amp;ClCr)</translation>
    </message>
    <message>
        <source>Creatinine clearance in mL/min</source>
        <translation>Aclaramiento de creatinina en mL/min</translation>
    </message>
    <message>
        <source>Below 30 mL/min the US label suggests dosing every other day</source>
        <translation>Por debajo de 30 mL/min, la ficha técnica de EE. UU. propone administrar una dosis cada dos días</translation>
    </message>
    <message>
        <source>Neutrophil counts</source>
        <translation>Recuentos de neutrófilos</translation>
    </message>
    <message>
        <source>New ANC value</source>
        <translation>Nuevo valor de RAN</translation>
    </message>
    <message>
        <source>enter a count</source>
        <translation>introduzca un recuento</translation>
    </message>
    <message>
        <source>New ANC unit</source>
        <translation>Unidad del nuevo RAN</translation>
    </message>
    <message>
        <source>New ANC taken at</source>
        <translation>Extracción del nuevo RAN</translation>
    </message>
    <message>
        <source>&amp;Add count</source>
        <translation>Añadir rec&amp;uento</translation>
    </message>
    <message>
        <source>Add this ANC count</source>
        <translation>Añadir este recuento de RAN</translation>
    </message>
    <message>
        <source>Add the count to the series (Enter in the value box does the same)</source>
        <translation>Añadir el recuento a la serie (Intro en la casilla del valor hace lo mismo)</translation>
    </message>
    <message>
        <source>AN&amp;C</source>
        <translation>RA&amp;N</translation>
    </message>
    <message>
        <source>taken</source>
        <comment>a count&apos;s time</comment>
        <translation>extraído</translation>
    </message>
    <message>
        <source>Use the likely intended unit</source>
        <translation>Usar la unidad probablemente prevista</translation>
    </message>
    <message>
        <source>The unit is right as entered</source>
        <translation>La unidad es correcta tal como se introdujo</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it</source>
        <translation>Haga doble clic en una celda para corregirla</translation>
    </message>
    <message>
        <source>Show the CBC calculator</source>
        <translation>Mostrar la calculadora del hemograma</translation>
    </message>
    <message>
        <source>CBC calculator: derive the ANC from a white cell count</source>
        <translation>Calculadora del hemograma: obtener el RAN a partir del recuento de leucocitos</translation>
    </message>
    <message>
        <source>White cell count</source>
        <translation>Recuento de leucocitos</translation>
    </message>
    <message>
        <source>White cell count unit</source>
        <translation>Unidad del recuento de leucocitos</translation>
    </message>
    <message>
        <source>&amp;WBC</source>
        <translation>&amp;Leucocitos</translation>
    </message>
    <message>
        <source>Segmented neutrophils percent</source>
        <translation>Porcentaje de neutrófilos segmentados</translation>
    </message>
    <message>
        <source>Band forms percent</source>
        <translation>Porcentaje de cayados</translation>
    </message>
    <message>
        <source>Neutrophils (segmented)</source>
        <translation>Neutrófilos (segmentados)</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Cayados</translation>
    </message>
    <message>
        <source>CBC taken at</source>
        <translation>Extracción del hemograma</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Extraído el</translation>
    </message>
    <message>
        <source>Add C&amp;BC</source>
        <translation>Añadir &amp;hemograma</translation>
    </message>
    <message>
        <source>Add this CBC count</source>
        <translation>Añadir este hemograma</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no valorada</translation>
    </message>
    <message>
        <source>no fever in this illness</source>
        <translation>sin fiebre en este proceso</translation>
    </message>
    <message>
        <source>last fever at</source>
        <translation>última fiebre el</translation>
    </message>
    <message>
        <source>Fe&amp;ver</source>
        <translation>&amp;Fiebre</translation>
    </message>
    <message>
        <source>Fever in this illness</source>
        <translation>Fiebre en este proceso</translation>
    </message>
    <message>
        <source>Unknown counts as not met: a held patient does not meet the fever-free criterion</source>
        <translation>Desconocido cuenta como no cumplido: un paciente en suspensión no cumple el criterio de ausencia de fiebre</translation>
    </message>
    <message>
        <source>Last fever at</source>
        <translation>Última fiebre el</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>No fever recorded</source>
        <translation>No consta fiebre</translation>
    </message>
    <message>
        <source>No fever in this illness. Febrile temperature readings below still count.</source>
        <translation>Sin fiebre en este proceso. Las temperaturas febriles de abajo siguen contando.</translation>
    </message>
    <message>
        <source>&amp;Last fever</source>
        <translation>Últi&amp;ma fiebre</translation>
    </message>
    <message>
        <source>Last temperature at or above the fever threshold</source>
        <translation>Última temperatura igual o superior al umbral de fiebre</translation>
    </message>
    <message>
        <source>Show temperature readings</source>
        <translation>Mostrar las temperaturas</translation>
    </message>
    <message>
        <source>Temperature readings (optional)</source>
        <translation>Temperaturas (opcional)</translation>
    </message>
    <message>
        <source>New temperature in degrees Celsius</source>
        <translation>Nueva temperatura en grados Celsius</translation>
    </message>
    <message>
        <source>New temperature taken at</source>
        <translation>Toma de la nueva temperatura</translation>
    </message>
    <message>
        <source>Add &amp;temperature</source>
        <translation>Añadir &amp;temperatura</translation>
    </message>
    <message>
        <source>Add this temperature</source>
        <translation>Añadir esta temperatura</translation>
    </message>
    <message>
        <source>Temperature readings</source>
        <translation>Temperaturas</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infección</translation>
    </message>
    <message>
        <source>active</source>
        <comment>URTI symptoms</comment>
        <translation>activos</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>URTI symptoms</comment>
        <translation>resueltos</translation>
    </message>
    <message>
        <source>none</source>
        <comment>URTI symptoms</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Viral &amp;URTI symptoms</source>
        <translation>&amp;Síntomas de IVRA viral</translation>
    </message>
    <message>
        <source>Viral URTI symptoms</source>
        <translation>Síntomas de IVRA viral</translation>
    </message>
    <message>
        <source>Signs of &amp;other infection</source>
        <translation>Signos de &amp;otra infección</translation>
    </message>
    <message>
        <source>Signs of other active infection</source>
        <translation>Signos de otra infección activa</translation>
    </message>
    <message>
        <source>Cough with breathlessness, low oxygen or crackles: the infection may be spreading below the upper airway</source>
        <translation>Tos con disnea, oxígeno bajo o crepitantes: la infección puede estar extendiéndose por debajo de las vías altas</translation>
    </message>
    <message>
        <source>Course and risk factors</source>
        <translation>Evolución y factores de riesgo</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>no estimada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>E&amp;xpected neutropenia</source>
        <translation>Neutropenia pre&amp;vista</translation>
    </message>
    <message>
        <source>Expected duration of neutropenia in days</source>
        <translation>Duración prevista de la neutropenia en días</translation>
    </message>
    <message>
        <source>Your estimate of how long the neutropenia will last</source>
        <translation>Su estimación de cuánto durará la neutropenia</translation>
    </message>
    <message>
        <source>e.g. methotrexate, prednisolone 10 mg</source>
        <translation>p. ej., metotrexato, prednisolona 10 mg</translation>
    </message>
    <message>
        <source>&amp;Immunosuppressants</source>
        <translation>Inmunosupresores &amp;que toma</translation>
    </message>
    <message>
        <source>Other immunosuppressants</source>
        <translation>Otros inmunosupresores</translation>
    </message>
    <message>
        <source>Separate several drugs with commas</source>
        <translation>Separe varios fármacos con comas</translation>
    </message>
    <message>
        <source>Free text, kept as typed (up to 4000 characters)</source>
        <translation>Texto libre, se guarda tal cual (hasta 4000 caracteres)</translation>
    </message>
    <message>
        <source>Cannot derive the ANC: {message}</source>
        <translation>No se puede calcular el RAN: {message}</translation>
    </message>
    <message>
        <source>Derived ANC: {anc} cells/uL  (WBC × (neutrophils + bands) / 100)</source>
        <translation>RAN calculado: {anc} células/µL  (leucocitos × (neutrófilos + cayados) / 100)</translation>
    </message>
    <message>
        <source>Use {shown} {intended}</source>
        <translation>Usar {shown} {intended}</translation>
    </message>
    <message>
        <source>{shown} {unit} is right</source>
        <translation>{shown} {unit} es correcto</translation>
    </message>
</context>
<context>
    <name>CaseLog</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>RAN</translation>
    </message>
    <message>
        <source>Evaluated at</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>{recommended} → clinician: {decision}</source>
        <translation>{recommended} → clínico: {decision}</translation>
    </message>
</context>
<context>
    <name>CaseLogPane</name>
    <message>
        <source>Case log</source>
        <translation>Registro de casos</translation>
    </message>
    <message>
        <source>Patient reference or words from the notes; every word must match the start of a word</source>
        <translation>Referencia del paciente o palabras de las notas; cada palabra debe coincidir con el inicio de una palabra</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>Buscar casos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Newest evaluation first; click a column header to sort. Arrow keys select, Enter opens the case; the context menu prints it</source>
        <translation>Evaluación más reciente primero; haga clic en un encabezado para ordenar. Las flechas seleccionan, Intro abre el caso; el menú contextual lo imprime</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Abrir el caso seleccionado</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the selected case</source>
        <translation>Imprimir el caso seleccionado</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export the selected case as a PDF</source>
        <translation>Exportar el caso seleccionado como PDF</translation>
    </message>
    <message>
        <source>No case log is open.</source>
        <translation>No hay ningún registro de casos abierto.</translation>
    </message>
    <message>
        <source>Withhold</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>No saved case matches the search.</source>
        <translation>Ningún caso guardado coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>No saved cases yet.
Saved cases appear here.</source>
        <translation>Aún no hay casos guardados.
Los casos guardados aparecen aquí.</translation>
    </message>
    <message>
        <source>{total} case</source>
        <translation>{total} caso</translation>
    </message>
    <message>
        <source>{total} cases</source>
        <translation>{total} casos</translation>
    </message>
    <message>
        <source> found</source>
        <translation> encontrados</translation>
    </message>
</context>
<context>
    <name>CaseLogSession</name>
    <message>
        <source>The case was not saved</source>
        <translation>El caso no se ha guardado</translation>
    </message>
    <message>
        <source>The case log could not be read ({exc}). Press F5 to try again.</source>
        <translation>No se pudo leer el registro de casos ({exc}). Pulse F5 para volver a intentarlo.</translation>
    </message>
    <message>
        <source>More cases could not be read from the log ({exc}).</source>
        <translation>No se pudieron leer más casos del registro ({exc}).</translation>
    </message>
    <message>
        <source>

Check the clinician name in Preferences (1 to 80 characters).</source>
        <translation>

Compruebe el nombre del clínico en Preferencias (de 1 a 80 caracteres).</translation>
    </message>
    <message>
        <source>The unsaved case could not be kept as a draft ({problem}). Save it, or it is lost if NeutroHold stops.</source>
        <translation>El caso sin guardar no pudo conservarse como borrador ({problem}). Guárdelo, o se perderá si NeutroHold se detiene.</translation>
    </message>
    <message>
        <source>Reopened {patient_ref}, evaluated {moment}.</source>
        <translation>Reabierto {patient_ref}, evaluado {moment}.</translation>
    </message>
    <message>
        <source>The tick was not recorded</source>
        <translation>La marca no se registró</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>La decisión no se registró</translation>
    </message>
    <message>
        <source>In the case log: evaluated {moment} by {who} (recorded {recorded}).</source>
        <translation>En el registro de casos: evaluado {moment} por {who} (registrado {recorded}).</translation>
    </message>
    <message>
        <source>Changed since the evaluation of {moment} in the log: this is a new evaluation, judged now. Save (Ctrl+S) records it; the pitfall checklist starts again for it.</source>
        <translation>Modificado desde la evaluación de {moment} del registro: es una evaluación nueva, valorada ahora. Guardar (Ctrl+S) la registra; la lista de errores frecuentes vuelve a empezar para ella.</translation>
    </message>
    <message>
        <source> WITHDRAWN as entered in error — </source>
        <translation> RETIRADO por haberse introducido por error — </translation>
    </message>
    <message>
        <source>The knowledge pack in force now ({version}) decides {decision} for this case; the log recorded {recorded} with pack version {pack_version}.</source>
        <translation>El paquete de conocimiento vigente ({version}) decide {decision} para este caso; el registro anotó {recorded} con la versión {pack_version} del paquete.</translation>
    </message>
    <message>
        <source>The case log could not be searched</source>
        <translation>No se pudo buscar en el registro de casos</translation>
    </message>
    <message>
        <source>The case log could not be read</source>
        <translation>No se pudo leer el registro de casos</translation>
    </message>
    <message>
        <source>The printout was made but could not be noted in the case log</source>
        <translation>La impresión se hizo, pero no pudo anotarse en el registro de casos</translation>
    </message>
    <message>
        <source>Opening the case log for saving…</source>
        <translation>Abriendo el registro de casos para guardar…</translation>
    </message>
    <message>
        <source>the case log is still read-only</source>
        <translation>el registro de casos sigue siendo de solo lectura</translation>
    </message>
    <message>
        <source>The case log is still read-only ({problem}). Try again later.</source>
        <translation>El registro de casos sigue siendo de solo lectura ({problem}). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The case log is open for saving again.</source>
        <translation>El registro de casos vuelve a estar abierto para guardar.</translation>
    </message>
    <message>
        <source>Nothing was written to the replaced case log file.</source>
        <translation>No se escribió nada en el archivo del registro de casos sustituido.</translation>
    </message>
    <message>
        <source>the case log file was replaced by another program and the new one cannot be opened.</source>
        <translation>otro programa sustituyó el archivo del registro de casos y el nuevo no se puede abrir.</translation>
    </message>
    <message>
        <source>The new case log file could not be opened</source>
        <translation>No se pudo abrir el nuevo archivo del registro de casos</translation>
    </message>
    <message>
        <source>the file was replaced by another program; this window shows the new file read-only.</source>
        <translation>otro programa sustituyó el archivo; esta ventana muestra el archivo nuevo en solo lectura.</translation>
    </message>
    <message>
        <source>Working on the case log now at {path}; save again to record the case there.</source>
        <translation>Se trabaja ahora con el registro de casos en {path}; vuelva a guardar para registrar el caso allí.</translation>
    </message>
</context>
<context>
    <name>CaseLogTableModel</name>
    <message>
        <source>Click to sort the whole log by this column; click again to reverse</source>
        <translation>Haga clic para ordenar todo el registro por esta columna; otro clic invierte el orden</translation>
    </message>
    <message>
        <source>{patient_ref}: evaluated {moment} by {who}, ANC {anc_cells_per_uL} cells/uL ({severity})</source>
        <translation>{patient_ref}: evaluado {moment} por {who}, RAN {anc_cells_per_uL} células/µL ({severity})</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>The unsaved case was restored; save it when it is complete.</source>
        <translation>Se ha restaurado el caso sin guardar; guárdelo cuando esté completo.</translation>
    </message>
    <message>
        <source>The case could not be read from the log</source>
        <translation>No se ha podido leer el caso del registro</translation>
    </message>
    <message>
        <source>no case log is open</source>
        <translation>no hay ningún registro de casos abierto</translation>
    </message>
    <message>
        <source>the case log is open read-only: {read_only_reason} Nothing was written</source>
        <translation>el registro de casos está abierto en solo lectura: {read_only_reason} No se escribió nada</translation>
    </message>
    <message>
        <source>This evaluation is already in the case log.</source>
        <translation>Esta evaluación ya está en el registro de casos.</translation>
    </message>
    <message>
        <source>the case log is open read-only</source>
        <translation>el registro de casos está abierto en solo lectura</translation>
    </message>
    <message>
        <source>The unsaved case could not be kept as a draft ({error}).</source>
        <translation>No se ha podido conservar el caso sin guardar como borrador ({error}).</translation>
    </message>
    <message>
        <source>The unsaved case could not be discarded</source>
        <translation>No se ha podido descartar el caso sin guardar</translation>
    </message>
    <message>
        <source>the draft could not be written</source>
        <translation>no se pudo escribir el borrador</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
</context>
<context>
    <name>ClinicianOverrideDialog</name>
    <message>
        <source>Record a different decision</source>
        <translation>Registrar otra decisión</translation>
    </message>
    <message>
        <source>The recommendation was: {decision}.
Record what you decided instead and why. It is kept in the case log with your name and printed.</source>
        <translation>La recomendación era: {decision}.
Registre lo que decidió en su lugar y por qué. Se guarda en el registro de casos con su nombre y se imprime.</translation>
    </message>
    <message>
        <source>Optional, except for other clinical judgement</source>
        <translation>Opcional, salvo en otro juicio clínico</translation>
    </message>
    <message>
        <source>&amp;Decision taken</source>
        <translation>&amp;Decisión tomada</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Por qué</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>Say in a few words why, when the reason is other clinical judgement.</source>
        <translation>Indique en pocas palabras por qué, cuando el motivo es otro juicio clínico.</translation>
    </message>
    <message>
        <source>Keep the explanation under {MAX_TEXT} characters ({length} now).</source>
        <translation>La explicación debe tener menos de {MAX_TEXT} caracteres ({length} ahora).</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Unsaved case found</source>
        <translation>Caso sin guardar encontrado</translation>
    </message>
    <message>
        <source>A case was being entered and not saved when NeutroHold last closed or stopped.

{summary}

Restore it to carry on, or discard it.</source>
        <translation>Se estaba introduciendo un caso que no se guardó cuando NeutroHold se cerró o se detuvo por última vez.

{summary}

Restáurelo para continuar o descártelo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>DueDesk</name>
    <message>
        <source>Due</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Due (…)</source>
        <translation>Pendientes (…)</translation>
    </message>
    <message>
        <source>Show the follow-up worklist: counts due or overdue, patients to review</source>
        <translation>Mostrar la lista de seguimiento: recuentos pendientes o atrasados, pacientes que revisar</translation>
    </message>
    <message>
        <source>Follow-up worklist</source>
        <translation>Lista de seguimiento</translation>
    </message>
    <message>
        <source>Print &amp;worklist…</source>
        <translation>Imprimir la lista de segui&amp;miento…</translation>
    </message>
    <message>
        <source>Print the whole follow-up worklist, 30 rows a page, through the print dialog</source>
        <translation>Imprimir toda la lista de seguimiento, 30 filas por página, con el diálogo de impresión</translation>
    </message>
    <message>
        <source>Print the follow-up worklist</source>
        <translation>Imprimir la lista de seguimiento</translation>
    </message>
    <message>
        <source>Due ({count})</source>
        <translation>Pendientes ({count})</translation>
    </message>
    <message>
        <source>Follow-up worklist: {count} items</source>
        <translation>Lista de seguimiento: {count} elementos</translation>
    </message>
    <message>
        <source>Due (?)</source>
        <translation>Pendientes (?)</translation>
    </message>
    <message>
        <source>The worklist could not be drawn up ({error}). Press F5 to try again.</source>
        <translation>No se pudo elaborar la lista de seguimiento ({error}). Pulse F5 para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>How late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>RAN</translation>
    </message>
    <message>
        <source>Drawing up the worklist…</source>
        <translation>Elaborando la lista de seguimiento…</translation>
    </message>
    <message>
        <source> (the {shown} most urgent shown; print or `neutrohold due` for all)</source>
        <translation> (se muestran los {shown} más urgentes; imprima o use `neutrohold due` para verlos todos)</translation>
    </message>
    <message>
        <source>{items} as of {moment}{more}</source>
        <translation>{items} a {moment}{more}</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
</context>
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
        <translation>Intentar otra ve&amp;z</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar otra vez</translation>
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
        <translation>Pulse «Intentar otra vez» (o vuelva a iniciar NeutroHold) para guardar cuando ese programa haya terminado.</translation>
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
    <name>LogSession</name>
    <message>
        <source>this user cannot write to the case log file or its folder.</source>
        <translation>este usuario no puede escribir en el archivo del registro de casos ni en su carpeta.</translation>
    </message>
    <message>
        <source>Waiting for the case log… another program is writing to it. What you entered is kept and is written as soon as the log is free; you can go on working.</source>
        <translation>Esperando al registro de casos… otro programa está escribiendo en él. Lo introducido se conserva y se escribirá en cuanto el registro quede libre; puede seguir trabajando.</translation>
    </message>
    <message>
        <source>withdrawn by {who}, {moment}: {reason}</source>
        <translation>retirado por {who}, {moment}: {reason}</translation>
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
        <translation>Iniciando NeutroHold…</translation>
    </message>
    <message>
        <source>Opening the case log…</source>
        <translation>Abriendo el registro de casos…</translation>
    </message>
    <message>
        <source>Case log: {path}</source>
        <translation>Registro de casos: {path}</translation>
    </message>
    <message>
        <source>&amp;Save to case log</source>
        <translation>&amp;Guardar en el registro de casos</translation>
    </message>
    <message>
        <source>Open the window again with the knowledge pack this case names</source>
        <translation>Abrir de nuevo la ventana con el paquete de conocimiento que indica este caso</translation>
    </message>
    <message>
        <source>Use knowledge pack {id}</source>
        <translation>Usar el paquete de conocimiento {id}</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>Start a new case (Ctrl+N)</source>
        <translation>Empezar un caso nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the case and its evaluation to the log (Ctrl+S)</source>
        <translation>Guardar el caso y su evaluación en el registro (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recommendation (Ctrl+P)</source>
        <translation>Imprimir la recomendación (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Export the recommendation as a PDF (Ctrl+Shift+E)</source>
        <translation>Exportar la recomendación como PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Import lab results…</source>
        <translation>Importar resultados de &amp;laboratorio…</translation>
    </message>
    <message>
        <source>Read counts and temperatures from an HL7 v2, FHIR or CSV lab file (Ctrl+I)</source>
        <translation>Leer recuentos y temperaturas de un archivo de laboratorio HL7 v2, FHIR o CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export &amp;FHIR…</source>
        <translation>Exportar &amp;FHIR…</translation>
    </message>
    <message>
        <source>Export the evaluation as a FHIR R4 Bundle</source>
        <translation>Exportar la evaluación como un Bundle FHIR R4</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Buscar caso</translation>
    </message>
    <message>
        <source>Search the case log (Ctrl+F)</source>
        <translation>Buscar en el registro de casos (Ctrl+F)</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;referencias…</translation>
    </message>
    <message>
        <source>Clinician, site and printing preferences (Ctrl+,)</source>
        <translation>Preferencias de clínico, centro e impresión (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit NeutroHold (Ctrl+Q)</source>
        <translation>Salir de NeutroHold (Ctrl+Q)</translation>
    </message>
    <message>
        <source>S&amp;ynchronise…</source>
        <translation>Sincroni&amp;zar…</translation>
    </message>
    <message>
        <source>Exchange cases with other workstations through a shared folder (USB stick)</source>
        <translation>Intercambiar casos con otros puestos a través de una carpeta compartida (memoria USB)</translation>
    </message>
    <message>
        <source>Refresh case &amp;log</source>
        <translation>&amp;Actualizar el registro de casos</translation>
    </message>
    <message>
        <source>Read the case log again, with cases saved elsewhere (F5)</source>
        <translation>Volver a leer el registro de casos, con los casos guardados en otros puestos (F5)</translation>
    </message>
    <message>
        <source>&amp;About NeutroHold</source>
        <translation>&amp;Acerca de NeutroHold</translation>
    </message>
    <message>
        <source>Version and knowledge pack</source>
        <translation>Versión y paquete de conocimiento</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Knowledge pack</source>
        <translation>&amp;Paquete de conocimiento</translation>
    </message>
    <message>
        <source>Evaluate with another installed knowledge pack (another drug or rule set)</source>
        <translation>Evaluar con otro paquete de conocimiento instalado (otro fármaco u otro conjunto de reglas)</translation>
    </message>
    <message>
        <source>Open the window again with knowledge pack {id}</source>
        <translation>Abrir de nuevo la ventana con el paquete de conocimiento {id}</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source> · site overrides active ({count})</source>
        <translation> · ajustes del centro activos ({count})</translation>
    </message>
    <message>
        <source>Pack {id} {version}{overrides}</source>
        <translation>Paquete {id} {version}{overrides}</translation>
    </message>
    <message>
        <source>NeutroHold — {patient}</source>
        <translation>NeutroHold — {patient}</translation>
    </message>
    <message>
        <source>Cannot save yet. Fix {problem}</source>
        <translation>Aún no se puede guardar. Corrija {problem}</translation>
    </message>
    <message>
        <source>Enter a case to get a recommendation.</source>
        <translation>Introduzca un caso para obtener una recomendación.</translation>
    </message>
    <message>
        <source>Saved in the case log. Ticks are recorded as you make them; a change starts a new evaluation.</source>
        <translation>Guardado en el registro de casos. Las marcas se registran al hacerlas; un cambio inicia una evaluación nueva.</translation>
    </message>
    <message>
        <source>Cannot save yet: a count may be in the wrong unit. Correct it or confirm it beside the count.</source>
        <translation>Aún no se puede guardar: un recuento puede estar en una unidad equivocada. Corríjalo o confírmelo junto al recuento.</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Listo para guardar.</translation>
    </message>
    <message>
        <source>Cannot save: {read_only_reason}</source>
        <translation>No se puede guardar: {read_only_reason}</translation>
    </message>
    <message>
        <source>Saving to the case log…</source>
        <translation>Guardando en el registro de casos…</translation>
    </message>
    <message>
        <source>The case log is open read-only: {reason} Cases can be viewed and printed, not saved.</source>
        <translation>El registro de casos está abierto en solo lectura: {reason} Los casos se pueden ver e imprimir, no guardar.</translation>
    </message>
    <message>
        <source>Fix this first:
{problem}</source>
        <translation>Corrija esto primero:
{problem}</translation>
    </message>
    <message>
        <source>Enter the patient reference and at least one neutrophil count first.</source>
        <translation>Introduzca primero la referencia del paciente y al menos un recuento de neutrófilos.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Aún no se puede guardar</translation>
    </message>
    <message>
        <source>Cannot print yet</source>
        <translation>Aún no se puede imprimir</translation>
    </message>
    <message>
        <source>Cannot export yet</source>
        <translation>Aún no se puede exportar</translation>
    </message>
    <message>
        <source>FHIR Bundle written to {path}</source>
        <translation>Bundle FHIR escrito en {path}</translation>
    </message>
    <message>
        <source>FHIR export failed</source>
        <translation>Falló la exportación FHIR</translation>
    </message>
    <message>
        <source>Saved to the case log.</source>
        <translation>Guardado en el registro de casos.</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>¿Descartar este caso?</translation>
    </message>
    <message>
        <source>The case being entered has not been saved. Discard it?</source>
        <translation>El caso que se está introduciendo no se ha guardado. ¿Descartarlo?</translation>
    </message>
    <message>
        <source>Case log read again.</source>
        <translation>Registro de casos leído de nuevo.</translation>
    </message>
    <message>
        <source>About NeutroHold</source>
        <translation>Acerca de NeutroHold</translation>
    </message>
    <message>
        <source>NeutroHold {app_version}
{about}

Knowledge pack {id} {version}
sha256 {sha256}</source>
        <translation>NeutroHold {app_version}
{about}

Paquete de conocimiento {id} {version}
sha256 {sha256}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Patient&apos;s informed preference</source>
        <translation>Preferencia informada del paciente</translation>
    </message>
    <message>
        <source>Specialist advice (haematology, infectious diseases)</source>
        <translation>Consejo del especialista (hematología, enfermedades infecciosas)</translation>
    </message>
    <message>
        <source>Another cause explains the findings</source>
        <translation>Otra causa explica los hallazgos</translation>
    </message>
    <message>
        <source>Other clinical judgement (say why below)</source>
        <translation>Otro juicio clínico (explique el motivo abajo)</translation>
    </message>
    <message>
        <source>Clinician decided: {decision} ({reason}) by {who} at {at}{why}</source>
        <translation>El clínico decidió: {decision} ({reason}) por {who} el {at}{why}</translation>
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
        <source>&amp;Default printout</source>
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
        <source>Choose &amp;file…</source>
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
        <source>Drawing up the worklist to print…</source>
        <translation>Preparando la lista de seguimiento para imprimir…</translation>
    </message>
    <message>
        <source>The worklist was not printed</source>
        <translation>La lista de seguimiento no se ha impreso</translation>
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
    <message>
        <source>Writing the worklist PDF…</source>
        <translation>Escribiendo el PDF de la lista de seguimiento…</translation>
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
    <name>RecommendationPanel</name>
    <message>
        <source>MET</source>
        <translation>CUMPLIDO</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NO CUMPLIDO</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>DESCONOCIDO</translation>
    </message>
    <message>
        <source>⚠ RED FLAG — assess the patient urgently</source>
        <translation>⚠ SIGNO DE ALARMA — valorar al paciente con urgencia</translation>
    </message>
    <message>
        <source>Record a
different decision…</source>
        <translation>Registrar otra
decisión…</translation>
    </message>
    <message>
        <source>Save the case first: a different decision is recorded against a saved evaluation.</source>
        <translation>Guarde primero el caso: otra decisión se registra sobre una evaluación guardada.</translation>
    </message>
    <message>
        <source>This patient&apos;s evaluations in the log</source>
        <translation>Evaluaciones de este paciente en el registro</translation>
    </message>
    <message>
        <source>Click an evaluation to reopen it</source>
        <translation>Haga clic en una evaluación para reabrirla</translation>
    </message>
    <message>
        <source>Check before acting</source>
        <translation>Comprobar antes de actuar</translation>
    </message>
    <message>
        <source>Resume criteria</source>
        <translation>Criterios para reanudar</translation>
    </message>
    <message>
        <source>ANC trend (cells/uL)</source>
        <translation>Evolución del RAN (células/µL)</translation>
    </message>
    <message>
        <source>Prophylaxis</source>
        <translation>Profilaxis</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Risk factors for a long episode</source>
        <translation>Factores de riesgo de un episodio largo</translation>
    </message>
    <message>
        <source>Pitfalls to check</source>
        <translation>Errores frecuentes que comprobar</translation>
    </message>
    <message>
        <source>Why: the rules that applied and where they come from</source>
        <translation>Por qué: las reglas aplicadas y su procedencia</translation>
    </message>
    <message>
        <source>Sources differ</source>
        <translation>Las fuentes discrepan</translation>
    </message>
    <message>
        <source>Site settings in force</source>
        <translation>Ajustes del centro en vigor</translation>
    </message>
    <message>
        <source>Record that you decided otherwise than recommended, with a coded reason (logged and printed).</source>
        <translation>Registrar que decidió algo distinto de lo recomendado, con un motivo codificado (se registra y se imprime).</translation>
    </message>
    <message>
        <source>Save the case first: a different decision is recorded against a saved, unchanged evaluation.</source>
        <translation>Guarde primero el caso: otra decisión se registra sobre una evaluación guardada y sin cambios.</translation>
    </message>
    <message>
        <source>Changed since saved</source>
        <translation>Modificado desde que se guardó</translation>
    </message>
    <message>
        <source> → clinician: {decision_taken}</source>
        <translation> → clínico: {decision_taken}</translation>
    </message>
    <message>
        <source> (shown)</source>
        <translation> (mostrada)</translation>
    </message>
    <message>
        <source>{moment} · {symbol} {decision}{taken} · ANC {anc_cells_per_uL}{current}{gone}</source>
        <translation>{moment} · {symbol} {decision}{taken} · RAN {anc_cells_per_uL}{current}{gone}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>1. Type the patient reference.
2. Add the latest ANC with its unit and the time it was drawn (Enter adds it).
3. Record fever, URTI status and signs of other infection.

The recommendation appears here as you type; Save (Ctrl+S) records it in the case log.</source>
        <translation>1. Escriba la referencia del paciente.
2. Añada el último RAN con su unidad y la hora de la extracción (Intro lo añade).
3. Registre la fiebre, el estado de la IVRA y los signos de otra infección.

La recomendación aparece aquí mientras escribe; Guardar (Ctrl+S) la registra en el registro de casos.</translation>
    </message>
    <message>
        <source>✎ Fix: {text}</source>
        <translation>✎ Corregir: {text}</translation>
    </message>
    <message>
        <source>No recommendation until this is corrected.</source>
        <translation>No hay recomendación hasta que se corrija.</translation>
    </message>
    <message>
        <source>{headline} (provisional)</source>
        <translation>{headline} (provisional)</translation>
    </message>
    <message>
        <source>no neutropenia</source>
        <translation>sin neutropenia</translation>
    </message>
    <message>
        <source>{severity} neutropenia</source>
        <translation>neutropenia {severity}</translation>
    </message>
    <message>
        <source>ANC {anc_cells_per_uL} cells/uL · {band} · evaluated {moment}</source>
        <translation>RAN {anc_cells_per_uL} células/µL · {band} · evaluado {moment}</translation>
    </message>
    <message>
        <source>Red flag, assess the patient urgently. {flags}</source>
        <translation>Signo de alarma, valore al paciente con urgencia. {flags}</translation>
    </message>
    <message>
        <source>None recorded in this case.</source>
        <translation>Ninguno registrado en este caso.</translation>
    </message>
    <message>
        <source>Knowledge pack {id} {version} · sha256 {sha}</source>
        <translation>Paquete de conocimiento {id} {version} · sha256 {sha}</translation>
    </message>
    <message>
        <source>Earliest resume: now ({moment}).</source>
        <translation>Reanudación más temprana: ahora ({moment}).</translation>
    </message>
    <message>
        <source>Earliest resume: {moment}, if every other criterion is met by then.</source>
        <translation>Reanudación más temprana: {moment}, si para entonces se cumplen todos los demás criterios.</translation>
    </message>
    <message>
        <source>Earliest resume: no date yet; it depends on the criteria not met.</source>
        <translation>Reanudación más temprana: aún sin fecha; depende de los criterios no cumplidos.</translation>
    </message>
    <message>
        <source>To resume, still needed:
</source>
        <translation>Para reanudar, falta aún:
</translation>
    </message>
    <message>
        <source>Antibacterial prophylaxis recommended: {agent}.</source>
        <translation>Profilaxis antibacteriana recomendada: {agent}.</translation>
    </message>
    <message>
        <source>Antibacterial prophylaxis: not indicated.</source>
        <translation>Profilaxis antibacteriana: no indicada.</translation>
    </message>
    <message>
        <source>Reason: {reason}.</source>
        <translation>Motivo: {reason}.</translation>
    </message>
    <message>
        <source>Antiviral: {antiviral}</source>
        <translation>Antivírico: {antiviral}</translation>
    </message>
    <message>
        <source>  Due between {start} and {end}.</source>
        <translation>  Previsto entre {start} y {end}.</translation>
    </message>
    <message>
        <source>  Next due {moment}.</source>
        <translation>  Próximo previsto {moment}.</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <source>No known disagreement for the rules that applied.</source>
        <translation>No hay discrepancias conocidas para las reglas aplicadas.</translation>
    </message>
    <message>
        <source>{site}this site changes the pack&apos;s defaults.</source>
        <translation>{site}este centro modifica los valores por defecto del paquete.</translation>
    </message>
    <message>
        <source>• {key} = {value} (pack default {default}): {reason}</source>
        <translation>• {key} = {value} (valor del paquete {default}): {reason}</translation>
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
        <translation>Re&amp;tirar una entrada introducida por error…</translation>
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
    <name>Startup</name>
    <message>
        <source>Start NeutroHold again</source>
        <translation>Vuelva a iniciar NeutroHold</translation>
    </message>
    <message>
        <source>Start NeutroHold again to use the case log.</source>
        <translation>Vuelva a iniciar NeutroHold para usar el registro de casos.</translation>
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
