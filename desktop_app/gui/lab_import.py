"""Lab files into the form (File > Import lab results…, or a file dropped on the counts table) and FHIR out.

The file is read off the GUI thread; a preview shows each result as in the file and normalised, and
what will be skipped and why. Add puts the readings in the form, Cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.language import translatable
from desktop_app.gui.problem_message import ProblemMessage

if TYPE_CHECKING:
    from desktop_app.gui.tasks import Runner
    from desktop_app.services.labs import LabImport, Skipped

LAB_FILES = translatable("LabImport", "Lab result files (*.hl7 *.oru *.txt *.json *.ndjson *.csv);;All files (*)")


class LabFileDialog:
    """Which lab file to read (the platform's open dialog). Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("LabImport", "Import lab results"),
            "",
            QCoreApplication.translate("LabImport", LAB_FILES),
        )
        return Path(chosen) if chosen else None


class FhirFileDialog:
    """Where to save a FHIR Bundle. Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path, patient: str = "") -> Path | None:
        title = (
            QCoreApplication.translate("LabImport", "Export FHIR for {patient}").format(patient=patient)
            if patient
            else QCoreApplication.translate("LabImport", "Export FHIR")
        )
        chosen, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggested), QCoreApplication.translate("LabImport", "FHIR JSON (*.json)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")


class LabPreviewDialog(QDialog):
    """Each result as written and normalised, and what is skipped; Add or Cancel. Tests replace ask."""

    def __init__(self, found: LabImport, already: list[Skipped], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labPreviewDialog")
        self.setWindowTitle(QCoreApplication.translate("LabPreviewDialog", "Import lab results"))
        layout = QVBoxLayout(self)
        adding = len(found.anc) + len(found.cbc) + len(found.temperatures) - len(already)
        summary_text = QCoreApplication.translate("LabPreviewDialog", "{source} ({format}), patient {patient}: {adding} readings to add.").format(
            source=found.source, format=found.format,
            patient=found.patient_ref or QCoreApplication.translate("LabPreviewDialog", "not named in the file"), adding=adding,
        )  # fmt: skip
        summary = QLabel(summary_text, self)
        summary.setObjectName("labPreviewSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        table = QTableWidget(len(found.results), 4, self)
        table.setObjectName("labPreviewTable")
        table.setAccessibleName(QCoreApplication.translate("LabPreviewDialog", "Lab results in the file"))
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("LabPreviewDialog", "Taken"),
                QCoreApplication.translate("LabPreviewDialog", "Test"),
                QCoreApplication.translate("LabPreviewDialog", "As in the file"),
                QCoreApplication.translate("LabPreviewDialog", "Normalised"),
            ]
        )
        for row, result in enumerate(found.results):
            cells = (
                result.taken_at.isoformat(timespec="minutes"), f"{result.code} {result.kind}",
                f"{result.written_value} {result.written_unit}", f"{result.value:g} {result.unit}" + (" " + QCoreApplication.translate("LabPreviewDialog", "(corrected)") if result.corrected else ""),
            )  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        layout.addWidget(table)
        skipped = QListWidget(self)
        skipped.setObjectName("labSkippedList")
        skipped.setAccessibleName(QCoreApplication.translate("LabPreviewDialog", "Skipped, and why"))
        skipped.addItems([f"{s.where}: {s.reason}" for s in (*found.skipped, *already)])
        layout.addWidget(QLabel(QCoreApplication.translate("LabPreviewDialog", "Skipped:"), self))
        layout.addWidget(skipped)
        buttons = QDialogButtonBox(self)
        add = buttons.addButton(QCoreApplication.translate("LabPreviewDialog", "Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        add.setObjectName("labAddButton")
        add.setEnabled(adding > 0)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("labCancelButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, found: LabImport, already: list[Skipped]) -> bool:
        dialog = cls(found, already, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()


class LabImporter(QObject):
    """Reads a lab file off the GUI thread, previews it, and on Add loads the merged case into the form."""

    def __init__(self, window: QWidget, runner: Runner, read_form: Callable[[], dict[str, Any]],
                 load_form: Callable[[dict[str, Any]], None], say: Callable[[str], None]) -> None:  # fmt: skip
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.read_form = read_form
        self.load_form = load_form
        self.say = say

    def choose_and_import(self) -> None:
        path = LabFileDialog.ask(self.window)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        from desktop_app.services.labs import read_lab_file

        patient = str(self.read_form().get("patient_ref") or "").strip() or None
        self.runner.run(lambda: read_lab_file(path, patient), self._preview, self._refuse)

    def _preview(self, found: LabImport) -> None:
        from desktop_app.services.labs import add_to_case

        data = self.read_form()
        merged, already = add_to_case(data, found)
        if not LabPreviewDialog.ask(self.window, found, already):
            self.say(QCoreApplication.translate("LabImport", "Lab results not imported."))
            return
        if not str(merged.get("patient_ref") or "").strip() and found.patient_ref:
            merged["patient_ref"] = found.patient_ref
        self.load_form(merged)
        self.say(QCoreApplication.translate("LabImport", "Added the readings of {file}.").format(file=Path(found.source).name))

    def _refuse(self, error: BaseException) -> None:
        from desktop_app.models import InputError

        if isinstance(error, InputError):
            from desktop_app.gui.words import words
            from desktop_app.wording.errors import reason_text

            text = f"{error.field}: {reason_text(error, words().app_language)}"
        else:
            text = QCoreApplication.translate("LabImport", "The file could not be read ({error}).").format(error=error)
        ProblemMessage.tell(
            self.window,
            QCoreApplication.translate("LabImport", "Lab results not imported"),
            text + "\n" + QCoreApplication.translate("LabImport", "Nothing was changed."),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Accept a local file dragged onto a counts table, and import it on drop."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _dropped_file(event) is not None:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            path = _dropped_file(event)
            if path is not None:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.import_file(path)
                return True
        return False

    def watch(self, table: QWidget) -> None:
        table.setAcceptDrops(True)
        viewport = getattr(table, "viewport", None)
        target = viewport() if viewport is not None else table
        target.setAcceptDrops(True)
        target.installEventFilter(self)


def _dropped_file(event: QEvent) -> Path | None:
    mime = event.mimeData()  # type: ignore[attr-defined]
    urls = [url for url in mime.urls() if url.isLocalFile()] if mime is not None and mime.hasUrls() else []
    return Path(urls[0].toLocalFile()) if len(urls) == 1 else None
