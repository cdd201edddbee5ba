"""Printing from the window: audience choice, PDF export on the runner, the one reused printer, preview, from the list."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop_app.gui.override_dialog import ClinicianOverrideDialog, OverrideChoice
from desktop_app.gui.preferences import Preferences
from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.gui.print_desk import (
    PdfFileDialog,
    PrintChoice,
    PrintChoiceDialog,
    PrintPreview,
    SystemPrintDialog,
    pdf_file_name,
)
from desktop_app.gui.tasks import TaskRunner
from tests.gui.conftest import example, named


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


class PrintoutAnswers:
    """Stands in for the printout dialog: what it was asked (default audience, for a PDF) and what it answers."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, bool]] = []
        self.answers: list[PrintChoice] = []

    def ask(self, default: str, for_pdf: bool) -> PrintChoice:
        self.asked.append((default, for_pdf))
        return self.answers.pop(0) if self.answers else PrintChoice("clinician", False, False)


@pytest.fixture
def choose_printout(monkeypatch: Any) -> PrintoutAnswers:
    """Answer the printout dialog: clinician summary unless a test queues other answers."""
    answers = PrintoutAnswers()
    monkeypatch.setattr(
        PrintChoiceDialog, "ask", classmethod(lambda cls, parent, default, for_pdf=False, **_: answers.ask(default, for_pdf))
    )
    return answers


def save_to(monkeypatch: Any, path: Path) -> list[Path]:
    suggested: list[Path] = []

    def ask(cls: Any, parent: QWidget, proposal: Path, **_: Any) -> Path:
        suggested.append(proposal)
        return path

    monkeypatch.setattr(PdfFileDialog, "ask", classmethod(ask))
    return suggested


def test_export_pdf_from_the_window_writes_the_decision_and_patient(
    window: Any, monkeypatch: Any, tmp_path: Path, choose_printout: Any
) -> None:
    out = tmp_path / "out.pdf"
    suggested = save_to(monkeypatch, out)
    window.load_case(example("febrile.json"))
    window.export_action.trigger()
    assert choose_printout.asked == [("clinician", True)]
    assert suggested[0].name == "RHEU-0977-summary-20261124-1200.pdf"
    text = pdf_text(out)
    assert "RHEU-0977" in text and "WITHHOLD ANAKINRA" in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert window.statusBar().currentMessage() == f"PDF saved: {out}"


def test_export_runs_off_the_gui_thread_and_reports_when_done(
    make_window: Any, monkeypatch: Any, tmp_path: Path, qtbot: Any, choose_printout: Any
) -> None:
    window = make_window(runner=None)
    assert isinstance(window.runner, TaskRunner)
    out = tmp_path / "threaded.pdf"
    save_to(monkeypatch, out)
    window.load_case(example("recovering.json"))
    with qtbot.waitSignal(window.runner.busy_changed) as busy:
        window.export_action.trigger()
    assert busy.args == [True]
    assert window.statusBar().currentMessage() == "Writing the PDF for RHEU-0412…"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("PDF saved"), timeout=20000)
    assert "RHEU-0412" in pdf_text(out) and not window.print_desk.busy


def test_a_saved_case_prints_with_its_ticks_and_the_clinicians_decision(
    log_window: Any, monkeypatch: Any, tmp_path: Path, choose_printout: Any
) -> None:
    window = log_window
    window.preferences = Preferences(clinician_name="Dr C. Haddad", site_name="North clinic", default_audience="patient")
    window.load_case(example("recovering.json"))
    named(window, "pitfallChecklist").item(0).setCheckState(Qt.CheckState.Checked)
    window.save_action.trigger()
    monkeypatch.setattr(
        ClinicianOverrideDialog, "ask", classmethod(lambda cls, parent, rec: OverrideChoice("withhold", "patient_preference", ""))
    )
    named(window, "clinicianOverrideButton").click()
    out = tmp_path / "summary.pdf"
    save_to(monkeypatch, out)
    window.export_action.trigger()
    text = pdf_text(out)
    assert "CLINICIAN DECISION: WITHHOLD" in text and "patient preference" in text and "Dr C. Haddad" in text
    assert "North clinic" in text
    assert choose_printout.asked == [("patient", True)], "the default printout comes from the preferences"

    choose_printout.answers.append(PrintChoice("patient", True, False))
    handout = tmp_path / "handout.pdf"
    save_to(monkeypatch, handout)
    window.export_action.trigger()
    assert "RHEU-0412" in pdf_text(handout) and "PAUSE" in pdf_text(handout), "the handout follows the clinician's decision"


def test_print_goes_through_the_print_dialog_on_one_kept_printer(
    make_window: Any, monkeypatch: Any, tmp_path: Path, choose_printout: Any
) -> None:
    window = make_window()
    window.preferences = Preferences(paper_size="letter")
    printers: list[QPrinter] = []

    def ask(cls: Any, parent: QWidget, printer: QPrinter) -> bool:
        printers.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"printed-{len(printers)}.pdf"))
        printer.setCopyCount(2)
        return True

    monkeypatch.setattr(SystemPrintDialog, "ask", classmethod(ask))
    window.load_case(example("febrile.json"))
    window.print_action.trigger()
    assert printers[0].pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    margins = printers[0].pageLayout().margins(QPageLayout.Unit.Millimeter)
    assert [round(m) for m in (margins.left(), margins.top(), margins.right(), margins.bottom())] == [14, 11, 14, 9]
    assert printers[0].docName() == "NeutroHold - clinician summary - RHEU-0977"
    assert "WITHHOLD ANAKINRA" in pdf_text(tmp_path / "printed-1.pdf")
    assert stat.S_IMODE((tmp_path / "printed-1.pdf").stat().st_mode) == 0o600, "Print to File is private"
    assert printers[0].copyCount() == 1, "copies are for one job only"
    assert window.statusBar().currentMessage().startswith("Printed clinician summary for RHEU-0977")
    window.print_action.trigger()
    assert printers[1] is printers[0], "the same printer, so the user's choices stick"
    window.preferences_changed.emit(Preferences(paper_size="a4"))
    assert printers[0].pageLayout().pageSize().id() == QPageSize.PageSizeId.A4, "a new paper preference is followed"


def test_print_preview_paints_the_chosen_printout(window: Any, monkeypatch: Any, tmp_path: Path, choose_printout: Any) -> None:
    choose_printout.answers.append(PrintChoice("patient", False, True))
    shown: list[Any] = []

    def show(cls: Any, parent: QWidget, printer: QPrinter, paint: Any) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        shown.append(paint(printer))

    monkeypatch.setattr(PrintPreview, "show", classmethod(show))
    monkeypatch.setattr(
        SystemPrintDialog, "ask", classmethod(lambda cls, parent, printer: pytest.fail("no print dialog after preview"))
    )
    window.load_case(example("febrile.json"))
    window.print_action.trigger()
    assert shown == [1] or shown[0] >= 1
    assert "Your anakinra and your blood count" in pdf_text(tmp_path / "preview.pdf")


def test_cancelling_the_printout_choice_prints_nothing(window: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(PrintChoiceDialog, "ask", classmethod(lambda cls, parent, default, for_pdf=False, **_: None))
    monkeypatch.setattr(PdfFileDialog, "ask", classmethod(lambda cls, parent, suggested, **_: pytest.fail("asked for a file")))
    window.load_case(example("febrile.json"))
    window.export_action.trigger()
    window.print_action.trigger()
    assert not window.print_desk.busy


def test_a_case_can_be_printed_from_the_list(log_window: Any, monkeypatch: Any, tmp_path: Path, choose_printout: Any) -> None:
    window = log_window
    window.load_case(example("febrile.json"))
    window.save_action.trigger()
    window.new_case()
    view = named(window, "caseLogView")
    assert not named(window, "caseLogExportButton").isEnabled()
    out = tmp_path / "from-list.pdf"
    save_to(monkeypatch, out)
    window.case_log.export_chosen.emit(view.model().index(0, 0).data(Qt.ItemDataRole.UserRole))
    assert "RHEU-0977" in pdf_text(out)
    assert window.form.is_blank(), "printing from the list does not open the case"
    view.setCurrentIndex(view.model().index(0, 0))
    assert named(window, "caseLogExportButton").isEnabled()
    out.unlink()
    named(window, "caseLogExportButton").click()
    assert out.exists()


def test_a_pdf_that_cannot_be_written_is_reported(window: Any, monkeypatch: Any, tmp_path: Path, choose_printout: Any) -> None:
    save_to(monkeypatch, tmp_path / "missing-folder" / "out.pdf")
    told: list[str] = []
    monkeypatch.setattr(ProblemMessage, "tell", classmethod(lambda cls, parent, title, text: told.append(text)))
    window.load_case(example("febrile.json"))
    window.export_action.trigger()
    assert window.statusBar().currentMessage().startswith("The PDF was not saved")
    assert len(told) == 1 and "cannot be written" in told[0]
    assert not window.print_desk.busy


def test_pdf_file_names_are_safe(pack: Any, as_of: Any) -> None:
    from desktop_app.services.evaluation import evaluate
    from desktop_app.models import parse_case

    case = parse_case(example("febrile.json") | {"patient_ref": "../A B/C"})
    assert pdf_file_name(case, evaluate(case, pack, as_of), "patient") == "A_B_C-handout-20261124-1200.pdf"


def test_the_printout_dialog_offers_the_packs_languages_starting_with_the_windows(qtbot: Any) -> None:
    dialog = PrintChoiceDialog("patient", True, patient="RHEU-0977", languages=("en", "de", "es", "fr"), language="es")
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QWidget, "printLanguageCombo")
    assert [combo.itemData(i) for i in range(combo.count())] == ["en", "de", "es", "fr"]
    assert combo.currentData() == "es" and combo.accessibleName()
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.to_model() == PrintChoice("patient", False, False, "de")


def test_a_handout_exported_in_spanish_from_an_english_window(
    window: Any, monkeypatch: Any, tmp_path: Path, choose_printout: Any
) -> None:
    out = tmp_path / "handout.pdf"
    save_to(monkeypatch, out)
    choose_printout.answers.append(PrintChoice("patient", False, False, "es"))
    window.load_case(example("febrile.json"))
    window.export_action.trigger()
    text = pdf_text(out)
    assert "¿Qué está pasando?" in text and "What is happening?" not in text
    assert "Esta traducción aún no ha sido revisada" in text
    assert window.windowTitle() and "RHEU-0977" in text
