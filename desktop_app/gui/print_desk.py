"""Printing from the window: choose the printout, preview or print on the window's one QPrinter, or export a PDF.

The printing service (reports, fonts, QtPrintSupport) is imported only when something is printed,
so it costs nothing at start-up. Building and painting a document happens in a separate process
started from the runner (services.print_render), never on the GUI thread, except for the preview,
which Qt paints itself. On CUPS the finished PDF goes to `lp` and the job is followed with
`lpstat` (services.spooler), because Qt's CUPS engine does not say whether CUPS took the job.
Finding the printers and creating the QPrinter run on the runner too, with a time limit.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.language import LANGUAGE_CHOICES, translatable
from desktop_app.wording.formats import moment_text
from desktop_app.gui.preferences import Preferences
from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.gui.tasks import Runner
from desktop_app.gui.words import words
from desktop_app.gui.theme import titled_group, weight_only

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.services.caselog import CaseRecord
    from desktop_app.knowledge import Pack
    from desktop_app.models import Audience, CaseInput, Recommendation
    from desktop_app.services.printing import PrintContext
    from desktop_app.services.worklist import Worklist

# Within a sentence and in job names ("Printed the patient handout for ..."): its own words, since not
# every language writes a noun in lower case (German does not).
AUDIENCE_IN_SENTENCE: dict[Audience, str] = {
    "clinician": translatable("PrintDesk", "clinician summary"),
    "patient": translatable("PrintDesk", "patient handout"),
}
EXPORT_FOLDER_KEY = "printing/export_folder"
SEARCH_LIMIT_MS = 15000  # finding the printers; each spooler call inside has its own, shorter limit


def audience_words(audience: Audience) -> str:
    """The printout's name in the window's language, as written inside a sentence and in job names."""
    return QCoreApplication.translate("PrintDesk", AUDIENCE_IN_SENTENCE[audience])


@dataclass(frozen=True)
class Printout:
    """What to print: the case and its recommendation, and either its log record or the unsaved ticks."""

    case: CaseInput
    recommendation: Recommendation
    record: CaseRecord | None
    ticked: tuple[str, ...]
    who: str
    language: str = "en"  # of the printout's words, once chosen (noted in the case's audit trail)


@dataclass(frozen=True)
class PrintChoice:
    audience: Audience
    large_print: bool
    preview: bool
    language: str = "en"


class PrintChoiceDialog(QDialog):
    """Which printout: clinician summary or patient handout (optionally large print), previewed or printed."""

    def __init__(
        self,
        default: Audience,
        for_pdf: bool,
        parent: QWidget | None = None,
        patient: str = "",
        languages: tuple[str, ...] = ("en",),
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printChoiceDialog")
        # The patient is named in the title and the text: printing the wrong patient's case is a safety incident.
        if patient:
            title = (
                QCoreApplication.translate("PrintChoiceDialog", "Export PDF for {patient}")
                if for_pdf
                else QCoreApplication.translate("PrintChoiceDialog", "Print for {patient}")
            ).format(patient=patient)
        else:
            title = (
                QCoreApplication.translate("PrintChoiceDialog", "Export PDF")
                if for_pdf
                else QCoreApplication.translate("PrintChoiceDialog", "Print")
            )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.preview = False
        layout = QVBoxLayout(self)
        self.patient_line = QLabel(
            QCoreApplication.translate("PrintChoiceDialog", "Patient: {patient}").format(patient=patient) if patient else "", self
        )
        self.patient_line.setObjectName("printPatientLabel")
        self.patient_line.setTextFormat(Qt.TextFormat.PlainText)
        self.patient_line.setFont(weight_only(QFont.Weight.Bold))
        self.patient_line.setVisible(bool(patient))
        layout.addWidget(self.patient_line)
        group, body = titled_group(QCoreApplication.translate("PrintChoiceDialog", "Printout"), "printoutGroup", self)
        inner = QVBoxLayout(body)
        self.clinician = QRadioButton(
            QCoreApplication.translate("PrintChoiceDialog", "&Clinician summary: decision, criteria, monitoring, sources"), group
        )
        self.clinician.setObjectName("clinicianSummaryRadio")
        self.clinician.setAccessibleName(QCoreApplication.translate("PrintChoiceDialog", "Clinician summary"))
        self.patient = QRadioButton(
            QCoreApplication.translate("PrintChoiceDialog", "Patient &handout: what happens now, in plain words"), group
        )
        self.patient.setObjectName("patientHandoutRadio")
        self.patient.setAccessibleName(QCoreApplication.translate("PrintChoiceDialog", "Patient handout"))
        self.large_print = QCheckBox(QCoreApplication.translate("PrintChoiceDialog", "&Large print handout"), group)
        self.large_print.setObjectName("largePrintCheck")
        self.large_print.setAccessibleName(QCoreApplication.translate("PrintChoiceDialog", "Large print handout"))
        for widget in (self.clinician, self.patient, self.large_print):
            inner.addWidget(widget)
        # The printout's language, chosen for the reader: a Spanish handout from an English window.
        self.language = QComboBox(group)
        self.language.setObjectName("printLanguageCombo")
        self.language.setAccessibleName(QCoreApplication.translate("PrintChoiceDialog", "Language of the printout"))
        names = dict(LANGUAGE_CHOICES)
        for code in languages:
            self.language.addItem(names.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        language_label = QLabel(QCoreApplication.translate("PrintChoiceDialog", "Lan&guage of the printout:"), group)
        language_label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addWidget(language_label)
        row.addWidget(self.language, 1)
        inner.addLayout(row)
        (self.patient if default == "patient" else self.clinician).setChecked(True)
        self.patient.toggled.connect(self.large_print.setEnabled)
        self.large_print.setEnabled(default == "patient")
        layout.addWidget(group)
        buttons = QDialogButtonBox(self)
        if for_pdf:
            go = buttons.addButton(
                QCoreApplication.translate("PrintChoiceDialog", "Choose &file…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            go.setObjectName("printChoiceOkButton")
            go.setAccessibleName(QCoreApplication.translate("PrintChoiceDialog", "Choose where to save the PDF"))
        else:
            preview = buttons.addButton(
                QCoreApplication.translate("PrintChoiceDialog", "Pre&view…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            preview.setObjectName("printPreviewButton")
            preview.setAccessibleName(QCoreApplication.translate("PrintChoiceDialog", "Preview before printing"))
            preview.clicked.connect(self._want_preview)
            go = buttons.addButton(
                QCoreApplication.translate("PrintChoiceDialog", "&Print…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            go.setObjectName("printChoiceOkButton")
            go.setAccessibleName(QCoreApplication.translate("PrintChoiceDialog", "Choose a printer and print"))
        go.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("printChoiceCancelButton")
        cancel.setAccessibleName(QCoreApplication.translate("PrintChoiceDialog", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _want_preview(self) -> None:
        self.preview = True

    def to_model(self) -> PrintChoice:
        audience: Audience = "patient" if self.patient.isChecked() else "clinician"
        language = str(self.language.currentData() or "en")
        return PrintChoice(audience, audience == "patient" and self.large_print.isChecked(), self.preview, language)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        default: Audience,
        for_pdf: bool = False,
        patient: str = "",
        languages: tuple[str, ...] = ("en",),
        language: str = "en",
    ) -> PrintChoice | None:
        """Show the dialog for `patient`; the choice, or None when cancelled. Tests replace this."""
        dialog = cls(default, for_pdf, parent, patient, languages, language)
        try:
            return dialog.to_model() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class PdfFileDialog:
    """Where to save a PDF (the platform's save dialog). Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path, patient: str = "") -> Path | None:
        title = (
            QCoreApplication.translate("PrintDesk", "Export PDF for {patient}").format(patient=patient)
            if patient
            else QCoreApplication.translate("PrintDesk", "Export PDF")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested), QCoreApplication.translate("PrintDesk", "PDF documents (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


class SystemPrintDialog:
    """The platform's print dialog on the window's printer (printer, pages, copies). Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(
            QCoreApplication.translate("PrintDesk", "Print {job}").format(job=printer.docName())
        )  # the job's name says whose printout it is
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class PrintPreview:
    """Qt's print preview; its Print button goes on to the print dialog. Tests replace show."""

    @classmethod
    def show(cls, parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], Any]) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setObjectName("printPreviewDialog")
        dialog.setWindowTitle(QCoreApplication.translate("PrintDesk", "Print preview: {job}").format(job=printer.docName()))
        dialog.paintRequested.connect(paint)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def spool_pdf(pdf: bytes, printer: str, title: str, copies: int, options: tuple[str, ...]) -> str:
    """Hand a finished PDF to CUPS from a private temporary file (gone once CUPS has its copy); the job id."""
    import tempfile

    from desktop_app.services import spooler

    with tempfile.TemporaryDirectory(prefix="neutrohold-print-") as folder:  # 0700
        path = Path(folder) / "printout.pdf"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(pdf)
        return spooler.submit(path, printer, title, copies, options)


def pdf_file_name(case: CaseInput, rec: Recommendation, audience: Audience) -> str:
    """A file name that says whose printout it is, what kind, and when the case was evaluated."""
    reference = re.sub(r"[^A-Za-z0-9._-]+", "_", case.patient_ref).strip("._") or "case"
    kind = "summary" if audience == "clinician" else "handout"
    return f"{reference}-{kind}-{moment_text(rec.as_of, 'file_stamp')}.pdf"


class PrinterSearch:
    """Which printers this computer can print on; runs off the GUI thread. Tests replace find."""

    @classmethod
    def find(cls) -> tuple[str, ...]:
        from desktop_app.services import spooler

        if spooler.available():
            return spooler.list_printers().names  # each lpstat call has a time limit
        from PySide6.QtPrintSupport import QPrinterInfo

        return tuple(QPrinterInfo.availablePrinterNames())


class NoPrinterMessage:
    """No printer installed: say so and offer Export PDF. Tests replace ask (True: export a PDF)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setObjectName("noPrinterMessage")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("PrintDesk", "No printer"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            QCoreApplication.translate("PrintDesk", "No printer is installed on this computer, so nothing can be printed.")
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "PrintDesk", "Export the printout as a PDF instead? It can be printed from another computer."
            )
        )
        export = box.addButton(QCoreApplication.translate("PrintDesk", "&Export PDF…"), QMessageBox.ButtonRole.AcceptRole)
        export.setObjectName("noPrinterExportButton")
        export.setAccessibleName(QCoreApplication.translate("PrintDesk", "Export PDF instead"))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(export)
        try:
            box.exec()
            return box.clickedButton() is export
        finally:
            box.deleteLater()


@dataclass(frozen=True)
class PrintResult:
    """What became of a print job, in words for the status bar."""

    pages: int
    printer: str
    job_id: str | None  # the spooler's job, when there is one
    state: Literal["completed", "queued", "file", "painted"]
    widened: bool


def page_setup_for(printer: QPrinter) -> tuple[Any, bool]:
    """The app's page layout on the printer's paper; the printer's unprintable edge where it is wider (then True)."""
    from PySide6.QtGui import QPageLayout, QPageSize

    from desktop_app.reports.pdf import MARGINS_MM
    from desktop_app.services.print_render import PageSetup

    layout = QPageLayout(printer.pageLayout())
    layout.setUnits(QPageLayout.Unit.Millimeter)  # converts the margins and the printer's minimum too
    floor = layout.minimumMargins()
    wanted = (MARGINS_MM.left(), MARGINS_MM.top(), MARGINS_MM.right(), MARGINS_MM.bottom())
    edge = (floor.left(), floor.top(), floor.right(), floor.bottom())
    margins = tuple(max(a, b) for a, b in zip(wanted, edge, strict=True))
    size = layout.pageSize()
    size_mm = size.size(QPageSize.Unit.Millimeter)
    size_id = int(size.id().value) if size.id() != QPageSize.PageSizeId.Custom else -1
    landscape = layout.orientation() == QPageLayout.Orientation.Landscape
    return PageSetup(size_id, (size_mm.width(), size_mm.height()), landscape, margins), margins != wanted  # type: ignore[arg-type]


def spooler_options(printer: QPrinter) -> tuple[str, ...]:
    """The print dialog's choices that the PDF itself does not carry, as CUPS job options."""
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    options = []
    size = printer.pageLayout().pageSize()
    if size.id() != QPageSize.PageSizeId.Custom:
        options.append(f"media={size.key()}")
    sides = {
        QPrinter.DuplexMode.DuplexNone: "one-sided",
        QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
        QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
    }
    options.append(f"sides={sides.get(printer.duplex(), 'one-sided')}")
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        options.append("print-color-mode=monochrome")
    if printer.collateCopies():
        options.append("collate=true")
    return tuple(options)


class PrintDesk(QObject):
    """Owns the window's one QPrinter (so the paper and printer chosen stick) and runs the print jobs."""

    # A printout the spooler accepted (or Print to File wrote): the printout, its audience and what became of it.
    printed = Signal(object, str, object)

    def __init__(
        self,
        parent: QWidget,
        runner: Runner,
        settings: QSettings,
        preferences: Callable[[], Preferences],
        pack: Callable[[], Pack | None],
        say: Callable[[str, int], None],
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._runner = runner
        self._settings = settings
        self._preferences = preferences
        self._pack = pack
        self._say = say
        self._printer: QPrinter | None = None
        self._search: object | None = None  # the printer search under way, until it answers or times out
        self.busy = False

    # ---- the printer ---------------------------------------------------------------------------------

    @property
    def printer(self) -> QPrinter:
        """Created on first use (normally by the printer search, off the GUI thread); later choices stick."""
        if self._printer is None:
            self._adopt(self._new_printer())
        assert self._printer is not None
        return self._printer

    @staticmethod
    def _new_printer() -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        # Creating a printer asks the print server for its default printer: off the GUI thread.
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    def _adopt(self, printer: QPrinter) -> None:
        self._printer = printer
        printer.setDocName("NeutroHold")
        self.set_paper(self._preferences().paper_size)

    def set_paper(self, paper: str) -> None:
        """Follow a new paper preference (a dialog choice made since is replaced by it)."""
        if self._printer is None:
            return
        from desktop_app.reports.pdf import page_layout

        # The app's margins, not the printer's hardware ones, so paper matches the exported PDF.
        layout = page_layout("letter" if paper == "letter" else "a4")
        if not self._printer.setPageLayout(layout):
            self._printer.setPageSize(layout.pageSize())

    def job_name(self, audience: Audience, patient_ref: str) -> str:
        """What the print queue shows: what is printed and, unless the site hides it, for whom."""
        name = f"NeutroHold - {audience_words(audience)}"
        if self._preferences().patient_in_job_names:
            name += f" - {patient_ref}"
        return name

    # ---- what is printed -------------------------------------------------------------------------------

    def context(self, printout: Printout) -> PrintContext:
        """What the printout says besides the evaluation, in the printout's language (the one place it is set)."""
        from desktop_app.services import printing

        preferences = self._preferences()
        site = preferences.site_name or None
        clinician = preferences.clinician_name or None
        head = self._audit_head()
        if printout.record is not None:
            logged = printing.context_for_logged_case(printout.record, site, clinician, head)
            return logged.model_copy(update={"language": printout.language})
        now = datetime.now().astimezone()
        return printing.PrintContext(
            language=printout.language,
            site_name=site,
            clinician_name=clinician,
            evaluated_by=printout.who,
            audit_head=head,
            acknowledgements=tuple(
                printing.Acknowledgement(pitfall_id=tick, who=printout.who, at=now) for tick in printout.ticked
            ),
        )

    def _audit_head(self) -> str | None:
        """The head of the window's case log, printed on the summary (None without a log or when unreadable)."""
        from desktop_app.gui.case_session import LOG_ERRORS
        from desktop_app.services import caselog

        session = getattr(self.parent(), "log_session", None)
        if session is None:
            return None
        try:
            head = caselog.audit_head(session.log)
        except LOG_ERRORS:
            return None
        return head.short if head else None

    def _pack_for(self, printout: Printout) -> Pack | None:
        """The window's pack supplies the printout's wording when it is the pack the case was evaluated with."""
        pack = self._pack()
        return pack if pack is not None and pack.content.id == printout.recommendation.pack.id else None

    def _language_choice(self, printout: Printout) -> dict[str, Any]:
        """The languages the printout can be written in (its pack's) and the one offered first: the window's."""
        from desktop_app.gui.language import window_language
        from desktop_app.services.languages import pack_languages

        pack = self._pack_for(printout)
        languages = pack_languages(pack) if pack is not None else ("en",)
        current = window_language()
        return {"languages": languages, "language": current if current in languages else "en"}

    def _refuse_while_busy(self) -> bool:
        if self.busy:
            self._say(QCoreApplication.translate("PrintDesk", "Still printing the previous job; try again in a moment."), 5000)
        return self.busy

    # ---- print -----------------------------------------------------------------------------------------

    def print_case(self, printout: Printout) -> None:
        """Find the printers (off the GUI thread, time-limited), then ask which printout and print it."""
        self._search_then(lambda names: self._print_on(printout, names))

    def print_worklist(self, draw_up: Callable[[], Worklist]) -> None:
        """Draw up the whole worklist and find the printers (off the GUI thread), then print it through the
        print dialog, 30 rows a page (reports/worklist.py); with no printer, offer a PDF."""
        if self._refuse_while_busy():
            return

        def drawn(worklist: Worklist) -> None:
            self.busy = False
            self._search_then(lambda names: self._print_worklist_on(worklist, names))

        self.busy = True
        self._say(QCoreApplication.translate("PrintDesk", "Drawing up the worklist to print…"), 0)
        self._runner.run(
            draw_up,
            drawn,
            lambda error: self._failed(QCoreApplication.translate("PrintDesk", "The worklist was not printed"), error),
        )

    def _search_then(self, then: Callable[[tuple[str, ...]], None]) -> None:
        """Find the printers (and create the printer the first time) on the runner, time-limited; then `then`."""
        if self._refuse_while_busy():
            return
        ticket = object()
        self._search = ticket
        need_printer = self._printer is None

        def work() -> tuple[tuple[str, ...], QPrinter | None]:
            names = PrinterSearch.find()
            return names, (self._new_printer() if names and need_printer else None)

        def found(result: tuple[tuple[str, ...], QPrinter | None]) -> None:
            if self._search is not ticket:
                return  # answered after the time limit: the user was already told
            self._search = None
            self.busy = False
            names, printer = result
            if printer is not None and self._printer is None:
                self._adopt(printer)
            self._say("", 0)
            then(names)

        def failed(error: BaseException) -> None:
            if self._search is ticket:
                self._search = None
                self._failed(QCoreApplication.translate("PrintDesk", "Printing failed"), error)

        self.busy = True
        self._say(QCoreApplication.translate("PrintDesk", "Looking for printers…"), 0)
        self._runner.run(work, found, failed)
        if self._search is ticket:
            QTimer.singleShot(SEARCH_LIMIT_MS, self, lambda: self._search_timed_out(ticket))

    def _search_timed_out(self, ticket: object) -> None:
        if self._search is not ticket:
            return
        self._search = None
        said = QCoreApplication.translate(
            "PrintDesk",
            "the print server did not answer within {seconds} s; nothing was printed. "
            "Check that the printing service is running, or export a PDF instead",
        )
        self._failed(
            QCoreApplication.translate("PrintDesk", "Printing failed"), OSError(said.format(seconds=SEARCH_LIMIT_MS // 1000))
        )

    def _print_on(self, printout: Printout, printers: tuple[str, ...]) -> None:
        if not printers:
            if NoPrinterMessage.ask(self._window):
                self.export_pdf(printout)
            return
        patient = printout.case.patient_ref
        choice = PrintChoiceDialog.ask(
            self._window, self._preferences().default_audience, patient=patient, **self._language_choice(printout)
        )
        if choice is None:
            return
        printout = replace(printout, language=choice.language)
        from PySide6.QtPrintSupport import QPrinter

        from desktop_app.services import print_render, printing

        printing.ensure_qt_app()  # registers the print font on the GUI thread, before any worker needs it
        context, pack = self.context(printout), self._pack_for(printout)
        printer = self.printer
        # On screen the print dialog and the preview name the patient; the queue's job name is set below.
        printer.setDocName(f"NeutroHold - {audience_words(choice.audience)} - {patient}")
        if choice.preview:
            document = printing.build_document(
                printout.case, printout.recommendation, choice.audience, choice.large_print, context, pack
            )
            PrintPreview.show(self._window, printer, lambda device: printing.print_document(document, device))
            printer.setCopyCount(1)
            return
        if not SystemPrintDialog.ask(self._window, printer):
            return
        what = audience_words(choice.audience)
        title = self.job_name(choice.audience, patient)
        printer.setDocName(title)
        page, widened = page_setup_for(printer)
        first, last = 1, None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), printer.toPage() or None
        job = print_render.RenderJob(
            printout.case, printout.recommendation, choice.audience, choice.large_print, context, pack, page, first, last
        )

        def build() -> Any:
            return printing.build_document(
                printout.case, printout.recommendation, choice.audience, choice.large_print, context, pack
            )

        self._send(printer, job, build, QCoreApplication.translate("PrintDesk", "{what} for {patient}").format(what=what, patient=patient), title, widened,
                   lambda result: self.printed.emit(printout, choice.audience, result))  # fmt: skip

    def _print_worklist_on(self, worklist: Worklist, printers: tuple[str, ...]) -> None:
        if not printers:
            if NoPrinterMessage.ask(self._window):
                self.export_worklist_pdf(worklist)
            return
        from PySide6.QtPrintSupport import QPrinter

        from desktop_app.services import print_render, printing
        from desktop_app.services import worklist as worklists

        printing.ensure_qt_app()
        printer = self.printer
        title = "NeutroHold - follow-up worklist"
        printer.setDocName(title)
        if not SystemPrintDialog.ask(self._window, printer):
            return
        page, widened = page_setup_for(printer)
        first, last = 1, None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), printer.toPage() or None
        language = words().app_language
        job = print_render.WorklistJob(worklist, page, first, last, language)
        label = (
            QCoreApplication.translate("PrintDesk", "the follow-up worklist (1 item)")
            if worklist.count == 1
            else QCoreApplication.translate("PrintDesk", "the follow-up worklist ({count} items)").format(count=worklist.count)
        )
        self._send(printer, job, lambda: worklists.build_document(worklist, language), label, title, widened, lambda _: None)

    def _send(
        self,
        printer: QPrinter,
        job: Any,
        build: Callable[[], Any],
        label: str,
        title: str,
        widened: bool,
        printed: Callable[[PrintResult], None],
    ) -> None:
        """Lay out `job` in a child process and hand the PDF to the spooler, or to the file of Print to File;
        without CUPS tools Qt paints the printer with the document `build` gives. All on the runner."""
        from PySide6.QtPrintSupport import QPrinter

        from desktop_app.services import print_render, printing

        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName())
        target = printer.outputFileName() if to_file else printer.printerName()
        copies = printer.copyCount()
        options = spooler_options(printer)

        def work() -> PrintResult:
            from desktop_app.services import spooler

            if to_file:  # "Print to File": the same PDF, written whole and private
                rendered = print_render.render_elsewhere(job)
                from desktop_app.reports.pdf import save_privately

                save_privately(rendered.pdf, Path(target))
                return PrintResult(rendered.pages, target, None, "file", widened)
            if spooler.available():
                rendered = print_render.render_elsewhere(job)
                job_id = spool_pdf(rendered.pdf, target, title, copies, options)
                outcome = spooler.follow(target, job_id)
                if outcome.state == "held":
                    held = QCoreApplication.translate(
                        "PrintDesk",
                        "the printer {printer} is stopped ({detail}); job {job} is held in its queue and "
                        "has NOT printed. It prints when the printer is restarted (cupsenable {printer}); "
                        "cancel it (cancel {job}) to print elsewhere",
                    )
                    raise spooler.SpoolerError(held.format(printer=target, detail=outcome.detail, job=job_id))
                return PrintResult(rendered.pages, target, job_id, outcome.state, widened)
            # No CUPS tools (Windows): Qt paints the printer itself, on this worker thread.
            return PrintResult(printing.print_document(build(), printer), target, None, "painted", widened)

        def done(result: PrintResult) -> None:
            self.busy = False
            printer.setCopyCount(1)  # copies are for one job; the paper and printer chosen stay
            pages = (
                QCoreApplication.translate("PrintDesk", "{count} page")
                if result.pages == 1
                else QCoreApplication.translate("PrintDesk", "{count} pages")
            ).format(count=result.pages)
            edge = (
                QCoreApplication.translate("PrintDesk", "; margins widened to the printer's unprintable edge, nothing clipped")
                if result.widened
                else ""
            )
            if result.state == "file":
                template = QCoreApplication.translate("PrintDesk", "Printed {label} to the file {printer} ({pages}{edge}).")
            elif result.state == "completed":
                template = QCoreApplication.translate(
                    "PrintDesk", "Printed {label} on {printer} ({pages}; CUPS job {job} completed{edge})."
                )
            elif result.state == "queued":
                template = QCoreApplication.translate(
                    "PrintDesk", "Sent {label} to {printer} ({pages}; CUPS accepted job {job}, still in its queue{edge})."
                )
            else:
                template = QCoreApplication.translate("PrintDesk", "Sent {label} to {printer} ({pages}{edge}).")
            message = template.format(label=label, printer=result.printer, pages=pages, job=result.job_id, edge=edge)
            self._say(message, 15000)
            printed(result)

        def failed(error: BaseException) -> None:
            printer.setCopyCount(1)
            self._failed(QCoreApplication.translate("PrintDesk", "Not printed: {label}").format(label=label), error)

        self.busy = True
        self._say(QCoreApplication.translate("PrintDesk", "Printing {label}…").format(label=label), 0)
        self._runner.run(work, done, failed)

    # ---- export PDF ---------------------------------------------------------------------------------------

    def export_pdf(self, printout: Printout) -> None:
        """Ask which printout and where, then write the PDF on the runner; the status bar says how it went."""
        if self._refuse_while_busy():
            return
        patient = printout.case.patient_ref
        choice = PrintChoiceDialog.ask(
            self._window, self._preferences().default_audience, for_pdf=True, patient=patient, **self._language_choice(printout)
        )
        if choice is None:
            return
        folder = Path(str(self._settings.value(EXPORT_FOLDER_KEY, "")) or self._documents_folder())
        path = PdfFileDialog.ask(
            self._window, folder / pdf_file_name(printout.case, printout.recommendation, choice.audience), patient=patient
        )
        if path is None:
            return
        self._settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        from desktop_app.services import printing, renderers

        printing.ensure_qt_app()
        rendering = renderers.Rendering(
            printout.case,
            printout.recommendation,
            pack=self._pack_for(printout),
            context=self.context(printout),
            audience=choice.audience,
            paper=self._preferences().paper_size,
            large_print=choice.large_print,
            language=choice.language,
        )

        def work() -> Path:
            return renderers.write("pdf", rendering, path)

        def done(written: Path) -> None:
            self.busy = False
            self._say(QCoreApplication.translate("PrintDesk", "PDF saved: {file}").format(file=written), 15000)

        self.busy = True
        self._say(
            QCoreApplication.translate("PrintDesk", "Writing the PDF for {patient}…").format(patient=printout.case.patient_ref), 0
        )
        self._runner.run(
            work, done, lambda error: self._failed(QCoreApplication.translate("PrintDesk", "The PDF was not saved"), error)
        )

    def export_worklist_pdf(self, worklist: Worklist) -> None:
        """Ask where, then write the worklist as a PDF on the runner (when no printer is installed)."""
        if self._refuse_while_busy():
            return
        folder = Path(str(self._settings.value(EXPORT_FOLDER_KEY, "")) or self._documents_folder())
        path = PdfFileDialog.ask(self._window, folder / f"worklist-{worklist.as_of:%Y%m%d-%H%M}.pdf")
        if path is None:
            return
        self._settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        from desktop_app.services import printing
        from desktop_app.services import worklist as worklists

        printing.ensure_qt_app()
        paper = self._preferences().paper_size
        language = words().app_language

        def done(written: Path) -> None:
            self.busy = False
            self._say(QCoreApplication.translate("PrintDesk", "PDF saved: {file}").format(file=written), 15000)

        self.busy = True
        self._say(QCoreApplication.translate("PrintDesk", "Writing the worklist PDF…"), 0)
        self._runner.run(
            lambda: worklists.write_pdf(worklist, path, paper, language),
            done,
            lambda error: self._failed(QCoreApplication.translate("PrintDesk", "The PDF was not saved"), error),
        )

    @staticmethod
    def _documents_folder() -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def _failed(self, what: str, error: BaseException) -> None:
        self.busy = False
        self._say(f"{what}: {error}", 15000)
        ProblemMessage.tell(self._window, what, f"{what}.\n\n{error}")
