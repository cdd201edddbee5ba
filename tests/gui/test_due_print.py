"""Print worklist…: from the Due dock or the File menu, through the window's print path, to a PDF."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.gui import due_view
from desktop_app.gui.print_desk import NoPrinterMessage, PdfFileDialog, PrinterSearch, SystemPrintDialog
from tests.gui.test_due_and_withdraw import record_example
from tests.gui.test_printing import pdf_text


def held_patients(db: Path, pack: Any, as_of: Any, tmp_path: Path, count: int) -> None:
    import json

    from tests.conftest import EXAMPLES

    data = json.loads((EXAMPLES / "febrile.json").read_text(encoding="utf-8"))
    for number in range(count):
        data["patient_ref"] = f"RHEU-{100 + number}"
        path = tmp_path / f"held-{number}.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        record_example(db, pack, as_of, str(path))


def test_print_worklist_prints_every_row_to_the_chosen_file(make_window, db, pack, as_of, tmp_path, monkeypatch, qtbot):
    held_patients(db, pack, as_of, tmp_path, 3)
    record_example(db, pack, as_of, "recovering.json")
    monkeypatch.setattr(due_view, "SHOWN_ROWS", 1)  # the view keeps the most urgent only; the printout has them all
    window = make_window(db=db)
    qtbot.waitUntil(lambda: window.due_desk.latest is not None)
    assert window.due_desk.view.model.rowCount() == 1 and window.due_desk.latest.count == 3
    asked: list[QPrinter] = []

    def ask(cls: Any, parent: QWidget, printer: QPrinter) -> bool:
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "worklist.pdf"))
        return True

    monkeypatch.setattr(SystemPrintDialog, "ask", classmethod(ask))
    action = window.findChild(QAction, "printWorklistAction")
    file_menu = window.findChild(QMenu, "fileMenu").actions()
    assert action in file_menu and file_menu.index(action) == file_menu.index(window.print_action) + 1
    assert window.due_desk.view.print_button.defaultAction() is action
    action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "worklist.pdf").exists() and not window.print_desk.busy, timeout=60000)
    text = pdf_text(tmp_path / "worklist.pdf")
    assert "Follow-up worklist" in text and "3 items" in text
    assert all(f"RHEU-{100 + number}" in text for number in range(3)) and "Count due (24 h)" in text
    assert "RHEU-0412" not in text  # restarted, nothing due within the day
    assert "Audit head" in text and "no events" not in text
    assert asked[0].docName() == "NeutroHold - follow-up worklist"
    assert stat.S_IMODE((tmp_path / "worklist.pdf").stat().st_mode) == 0o600
    assert window.statusBar().currentMessage().startswith("Printed the follow-up worklist (3 items) to the file")


def test_with_no_printer_the_worklist_can_be_saved_as_a_pdf(make_window, db, pack, as_of, tmp_path, monkeypatch, qtbot):
    record_example(db, pack, as_of)
    window = make_window(db=db)
    qtbot.waitUntil(lambda: window.due_desk.latest is not None)
    monkeypatch.setattr(PrinterSearch, "find", classmethod(lambda cls: ()))
    monkeypatch.setattr(NoPrinterMessage, "ask", classmethod(lambda cls, parent: True))
    suggested: list[Path] = []

    def save(cls: Any, parent: QWidget, proposal: Path, **_: Any) -> Path:
        suggested.append(proposal)
        return tmp_path / "saved-worklist.pdf"

    monkeypatch.setattr(PdfFileDialog, "ask", classmethod(save))
    window.due_desk.view.print_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "saved-worklist.pdf").exists() and not window.print_desk.busy, timeout=60000)
    assert suggested[0].name == "worklist-20261124-1200.pdf"
    assert "RHEU-0977" in pdf_text(tmp_path / "saved-worklist.pdf")
    assert window.statusBar().currentMessage().startswith("PDF saved:")
