"""Printing from the window: choose the printout, preview or print on the window's one QPrinter, or export a PDF.

The printing service (reports, fonts, QtPrintSupport) is imported only when something is printed,
so it costs nothing at start-up. Building and painting a document runs on the runner, never on
the GUI thread, except for the preview, which Qt paints itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.preferences import Preferences
from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.gui.tasks import Runner
from desktop_app.gui.theme import titled_group

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.services.caselog import CaseRecord
    from desktop_app.knowledge import Pack
    from desktop_app.models import CaseInput, Recommendation
    from desktop_app.services.printing import PrintContext

Audience = Literal["clinician", "patient"]
AUDIENCE_WORDS: dict[Audience, str] = {"clinician": "Clinician summary", "patient": "Patient handout"}
EXPORT_FOLDER_KEY = "printing/export_folder"


@dataclass(frozen=True)
class Printout:
    """What to print: the case and its recommendation, and either its log record or the unsaved ticks."""

    case: CaseInput
    recommendation: Recommendation
    record: CaseRecord | None
    ticked: tuple[str, ...]
    who: str


@dataclass(frozen=True)
class PrintChoice:
    audience: Audience
    large_print: bool
    preview: bool


class PrintChoiceDialog(QDialog):
    """Which printout: clinician summary or patient handout (optionally large print), previewed or printed."""

    def __init__(self, default: Audience, for_pdf: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printChoiceDialog")
        title = "Export PDF" if for_pdf else "Print"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.preview = False
        layout = QVBoxLayout(self)
        group, body = titled_group("Printout", "printoutGroup", self)
        inner = QVBoxLayout(body)
        self.clinician = QRadioButton("&Clinician summary: decision, criteria, monitoring, sources", group)
        self.clinician.setObjectName("clinicianSummaryRadio")
        self.clinician.setAccessibleName("Clinician summary")
        self.patient = QRadioButton("Patient &handout: what happens now, in plain words", group)
        self.patient.setObjectName("patientHandoutRadio")
        self.patient.setAccessibleName("Patient handout")
        self.large_print = QCheckBox("&Large print handout", group)
        self.large_print.setObjectName("largePrintCheck")
        self.large_print.setAccessibleName("Large print handout")
        for widget in (self.clinician, self.patient, self.large_print):
            inner.addWidget(widget)
        (self.patient if default == "patient" else self.clinician).setChecked(True)
        self.patient.toggled.connect(self.large_print.setEnabled)
        self.large_print.setEnabled(default == "patient")
        layout.addWidget(group)
        buttons = QDialogButtonBox(self)
        if for_pdf:
            go = buttons.addButton("&Choose file…", QDialogButtonBox.ButtonRole.AcceptRole)
            go.setObjectName("printChoiceOkButton")
            go.setAccessibleName("Choose where to save the PDF")
        else:
            preview = buttons.addButton("Pre&view…", QDialogButtonBox.ButtonRole.AcceptRole)
            preview.setObjectName("printPreviewButton")
            preview.setAccessibleName("Preview before printing")
            preview.clicked.connect(self._want_preview)
            go = buttons.addButton("&Print…", QDialogButtonBox.ButtonRole.AcceptRole)
            go.setObjectName("printChoiceOkButton")
            go.setAccessibleName("Choose a printer and print")
        go.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("printChoiceCancelButton")
        cancel.setAccessibleName("Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _want_preview(self) -> None:
        self.preview = True

    def to_model(self) -> PrintChoice:
        audience: Audience = "patient" if self.patient.isChecked() else "clinician"
        return PrintChoice(audience, audience == "patient" and self.large_print.isChecked(), self.preview)

    @classmethod
    def ask(cls, parent: QWidget | None, default: Audience, for_pdf: bool = False) -> PrintChoice | None:
        """Show the dialog; the choice, or None when cancelled. Tests replace this."""
        dialog = cls(default, for_pdf, parent)
        try:
            return dialog.to_model() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class PdfFileDialog:
    """Where to save a PDF (the platform's save dialog). Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, "Export PDF", str(suggested), "PDF documents (*.pdf)")
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
        dialog.setWindowTitle("Print preview")
        dialog.paintRequested.connect(paint)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def pdf_file_name(case: CaseInput, rec: Recommendation, audience: Audience) -> str:
    """A file name that says whose printout it is, what kind, and when the case was evaluated."""
    reference = re.sub(r"[^A-Za-z0-9._-]+", "_", case.patient_ref).strip("._") or "case"
    kind = "summary" if audience == "clinician" else "handout"
    return f"{reference}-{kind}-{rec.as_of:%Y%m%d-%H%M}.pdf"


class PrintDesk(QObject):
    """Owns the window's one QPrinter (so the paper and printer chosen stick) and runs the print jobs."""

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
        self.busy = False

    # ---- the printer ---------------------------------------------------------------------------------

    @property
    def printer(self) -> QPrinter:
        """Created on first use, with the page size from the preferences; later choices in the dialog stick."""
        if self._printer is None:
            from PySide6.QtPrintSupport import QPrinter

            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setDocName("NeutroHold")
            self.set_paper(self._preferences().paper_size)
        return self._printer

    def set_paper(self, paper: str) -> None:
        """Follow a new paper preference (a dialog choice made since is replaced by it)."""
        if self._printer is None:
            return
        from desktop_app.reports.pdf import page_layout

        # The app's margins, not the printer's hardware ones, so paper matches the exported PDF.
        layout = page_layout("letter" if paper == "letter" else "a4")
        if not self._printer.setPageLayout(layout):
            self._printer.setPageSize(layout.pageSize())

    # ---- what is printed -------------------------------------------------------------------------------

    def context(self, printout: Printout) -> PrintContext:
        from desktop_app.services import printing

        preferences = self._preferences()
        site = preferences.site_name or None
        clinician = preferences.clinician_name or None
        head = self._audit_head()
        if printout.record is not None:
            return printing.context_for_logged_case(printout.record, site, clinician, head)
        now = datetime.now().astimezone()
        return printing.PrintContext(
            site_name=site,
            clinician_name=clinician,
            evaluated_by=printout.who,
            audit_head=head,
            acknowledgements=tuple(printing.Acknowledgement(pitfall_id=tick, who=printout.who, at=now) for tick in printout.ticked),
        )

    def _audit_head(self) -> str | None:
        """The head of the window's case log, printed on the summary (None without a log or when unreadable)."""
        from desktop_app.gui.log_session import LOG_ERRORS
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

    def _refuse_while_busy(self) -> bool:
        if self.busy:
            self._say("Still printing the previous job; try again in a moment.", 5000)
        return self.busy

    # ---- print -----------------------------------------------------------------------------------------

    def print_case(self, printout: Printout) -> None:
        """Ask which printout, then preview it or go to the print dialog, and print on the runner."""
        if self._refuse_while_busy():
            return
        choice = PrintChoiceDialog.ask(self._window, self._preferences().default_audience)
        if choice is None:
            return
        from desktop_app.services import printing

        printing.ensure_qt_app()  # registers the print font on the GUI thread, before any worker needs it
        context, pack = self.context(printout), self._pack_for(printout)
        printer = self.printer
        if choice.preview:
            document = printing.build_document(printout.case, printout.recommendation, choice.audience, choice.large_print, context, pack)
            PrintPreview.show(self._window, printer, lambda device: printing.print_document(document, device))
            printer.setCopyCount(1)
            return
        if not SystemPrintDialog.ask(self._window, printer):
            return
        patient = printout.case.patient_ref
        printer.setDocName(f"NeutroHold - {AUDIENCE_WORDS[choice.audience].lower()} - {patient}")

        def work() -> int:
            document = printing.build_document(printout.case, printout.recommendation, choice.audience, choice.large_print, context, pack)
            return printing.print_document(document, printer)

        def done(pages: int) -> None:
            self.busy = False
            printer.setCopyCount(1)  # copies are for one job; the paper and printer chosen stay
            self._say(f"Printed {AUDIENCE_WORDS[choice.audience].lower()} for {patient} ({pages} page{'s' if pages != 1 else ''}).", 10000)

        self.busy = True
        self._say(f"Printing {AUDIENCE_WORDS[choice.audience].lower()} for {patient}…", 0)
        self._runner.run(work, done, lambda error: self._failed("Printing failed", error))

    # ---- export PDF ---------------------------------------------------------------------------------------

    def export_pdf(self, printout: Printout) -> None:
        """Ask which printout and where, then write the PDF on the runner; the status bar says how it went."""
        if self._refuse_while_busy():
            return
        choice = PrintChoiceDialog.ask(self._window, self._preferences().default_audience, for_pdf=True)
        if choice is None:
            return
        folder = Path(str(self._settings.value(EXPORT_FOLDER_KEY, "")) or self._documents_folder())
        path = PdfFileDialog.ask(self._window, folder / pdf_file_name(printout.case, printout.recommendation, choice.audience))
        if path is None:
            return
        self._settings.setValue(EXPORT_FOLDER_KEY, str(path.parent))
        from desktop_app.services import printing

        printing.ensure_qt_app()
        context, pack = self.context(printout), self._pack_for(printout)
        paper = self._preferences().paper_size

        def work() -> Path:
            return printing.write_pdf(
                printout.case, printout.recommendation, path, choice.audience, paper, choice.large_print, context, pack
            )

        def done(written: Path) -> None:
            self.busy = False
            self._say(f"PDF saved: {written}", 15000)

        self.busy = True
        self._say(f"Writing the PDF for {printout.case.patient_ref}…", 0)
        self._runner.run(work, done, lambda error: self._failed("The PDF was not saved", error))

    @staticmethod
    def _documents_folder() -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def _failed(self, what: str, error: BaseException) -> None:
        self.busy = False
        self._say(f"{what}: {error}", 15000)
        ProblemMessage.tell(self._window, what, f"{what}.\n\n{error}")
