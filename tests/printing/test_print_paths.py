"""The window's print path without a real printer: no printer installed, a print server that never answers,
a printer whose unprintable edge is wider than the app's margins, and the site's job-name setting."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMarginsF, QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QWidget

from desktop_app.gui import print_desk
from desktop_app.gui.preferences import Preferences
from desktop_app.gui.print_desk import (
    NoPrinterMessage,
    PdfFileDialog,
    PrintChoice,
    PrintChoiceDialog,
    PrinterSearch,
    SystemPrintDialog,
    page_setup_for,
)
from desktop_app.gui.problem_message import ProblemMessage
from desktop_app.gui.tasks import TaskRunner
from desktop_app.services import spooler
from tests.gui.conftest import example


def told(monkeypatch: Any) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(ProblemMessage, "tell", classmethod(lambda cls, parent, title, text: said.append((title, text))))
    return said


def never_the_print_dialog(monkeypatch: Any) -> None:
    monkeypatch.setattr(
        SystemPrintDialog, "ask", classmethod(lambda cls, parent, printer: pytest.fail("the print dialog opened"))
    )


def test_with_no_printer_print_says_so_and_offers_export_pdf(window: Any, monkeypatch: Any, tmp_path: Path) -> None:
    monkeypatch.setattr(PrinterSearch, "find", classmethod(lambda cls: ()))
    offered: list[bool] = []
    monkeypatch.setattr(NoPrinterMessage, "ask", classmethod(lambda cls, parent: offered.append(True) or True))
    monkeypatch.setattr(
        PrintChoiceDialog,
        "ask",
        classmethod(lambda cls, parent, default, for_pdf=False, **_: PrintChoice("patient", False, False)),
    )
    out = tmp_path / "instead.pdf"
    monkeypatch.setattr(PdfFileDialog, "ask", classmethod(lambda cls, parent, suggested, **_: out))
    never_the_print_dialog(monkeypatch)
    window.load_case(example("febrile.json"))
    window.print_action.trigger()
    assert offered == [True]
    assert out.is_file() and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert window.statusBar().currentMessage() == f"PDF saved: {out}"


def test_with_no_printer_cancelling_the_offer_prints_and_exports_nothing(window: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(PrinterSearch, "find", classmethod(lambda cls: ()))
    monkeypatch.setattr(NoPrinterMessage, "ask", classmethod(lambda cls, parent: False))
    monkeypatch.setattr(
        PrintChoiceDialog, "ask", classmethod(lambda cls, parent, default, for_pdf=False, **_: pytest.fail("asked"))
    )
    never_the_print_dialog(monkeypatch)
    window.load_case(example("febrile.json"))
    window.print_action.trigger()
    assert not window.print_desk.busy


def test_a_print_server_that_never_answers_gives_a_message_not_a_frozen_window(
    make_window: Any, monkeypatch: Any, qtbot: Any
) -> None:
    window = make_window(runner=TaskRunner())
    said = told(monkeypatch)
    release = threading.Event()
    monkeypatch.setattr(PrinterSearch, "find", classmethod(lambda cls: release.wait(30) and ("late printer",)))
    monkeypatch.setattr(print_desk, "SEARCH_LIMIT_MS", 400)
    monkeypatch.setattr(
        PrintChoiceDialog,
        "ask",
        classmethod(lambda cls, parent, default, for_pdf=False, **_: pytest.fail("a late answer was used")),
    )
    window.load_case(example("febrile.json"))
    started = time.monotonic()
    window.print_action.trigger()
    assert time.monotonic() - started < 0.2, "the search does not run on the GUI thread"
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert "did not answer" in said[0][1] and not window.print_desk.busy
    release.set()
    assert window.runner.wait_until_idle(5000)
    qtbot.wait(100)  # the late answer is delivered and ignored
    assert len(said) == 1


@pytest.mark.skipif(shutil.which("lpstat") is None, reason="lpstat (CUPS client tools) is not installed")
def test_the_spooler_tools_give_up_on_a_server_that_accepts_but_never_answers(tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / "silent-cups.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept_and_say_nothing() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept_and_say_nothing, daemon=True)
    thread.start()
    monkeypatch.setenv("CUPS_SERVER", str(path))
    monkeypatch.setattr(spooler, "ASK_TIMEOUT_S", 1.0)
    try:
        started = time.monotonic()
        with pytest.raises(spooler.SpoolerTimeout, match="did not answer within 1 s"):
            PrinterSearch.find()
        assert time.monotonic() - started < 4
    finally:
        stop.set()
        thread.join(2)
        for connection in accepted:
            connection.close()
        server.close()
        os.unlink(path)


class FakePrinter:
    """Only what page_setup_for reads: the printer's page layout, with its unprintable edge."""

    def __init__(self, minimum: float, unit: QPageLayout.Unit = QPageLayout.Unit.Millimeter) -> None:
        self.layout = QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(14, 11, 14, 9),
            QPageLayout.Unit.Millimeter,
        )
        self.layout.setUnits(unit)
        self.layout.setMinimumMargins(QMarginsF(minimum, minimum, minimum, minimum))

    def pageLayout(self) -> QPageLayout:
        return QPageLayout(self.layout)


def test_the_apps_margins_are_kept_unless_the_printers_unprintable_edge_is_wider() -> None:
    page, widened = page_setup_for(FakePrinter(3.5))  # type: ignore[arg-type]
    assert page.margins_mm == (14, 11, 14, 9) and not widened
    assert page.size_id == QPageSize.PageSizeId.A4.value and not page.landscape
    page, widened = page_setup_for(FakePrinter(12.0))  # type: ignore[arg-type]
    assert page.margins_mm == (14, 12, 14, 12) and widened, "the wider edge wins, so nothing is clipped"
    page, widened = page_setup_for(FakePrinter(36.0, QPageLayout.Unit.Point))  # type: ignore[arg-type]
    assert [round(m, 1) for m in page.margins_mm] == [14, 12.7, 14, 12.7] and widened, "a printer measuring in points"


def test_the_site_setting_that_hides_the_patient_from_job_names_is_kept(tmp_path: Path, window: Any) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert Preferences.read(settings).patient_in_job_names, "patients are named by default, as the issue asks"
    Preferences(patient_in_job_names=False).write(settings)
    assert not Preferences.read(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)).patient_in_job_names
    window.preferences = Preferences(patient_in_job_names=False)
    assert window.print_desk.job_name("patient", "RHEU-0977") == "NeutroHold - patient handout"
    window.preferences = Preferences()
    assert window.print_desk.job_name("patient", "RHEU-0977") == "NeutroHold - patient handout - RHEU-0977"


def test_the_preferences_dialog_shows_the_job_name_setting(qtbot: Any) -> None:
    from desktop_app.gui.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.load(Preferences(patient_in_job_names=False))
    box = dialog.findChild(QWidget, "patientInJobNamesCheck")
    assert box is not None and not box.isChecked()
    box.setChecked(True)
    assert dialog.to_model().patient_in_job_names


class CrashesWhenUnpickled:
    """Stands in for a printout whose layout kills the process (a segmentation fault in the child)."""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        import ctypes

        return ctypes.string_at, (0,)  # reads address 0 in the child: SIGSEGV


def test_a_crash_while_laying_out_is_contained_in_the_child_and_reported(pack: Any, as_of: Any) -> None:
    from desktop_app.services import print_render

    job = print_render.RenderJob(
        CrashesWhenUnpickled(),  # type: ignore[arg-type]
        None,  # type: ignore[arg-type]
        "clinician",
        False,
        None,  # type: ignore[arg-type]
        None,
        print_render.PageSetup(-1, (210, 297), False, (14, 11, 14, 9)),
    )
    with pytest.raises(OSError, match="stopped unexpectedly; nothing was printed"):
        print_render.render_elsewhere(job, timeout=60)
    from desktop_app.services.evaluation import evaluate
    from desktop_app.models import parse_case
    from desktop_app.services.printing import PrintContext

    case = parse_case(example("febrile.json"))
    after = print_render.RenderJob(case, evaluate(case, pack, as_of), "patient", False, PrintContext(), pack, job.page)
    rendered = print_render.render_elsewhere(after, timeout=60)
    assert rendered.pdf.startswith(b"%PDF") and rendered.pages == rendered.total_pages >= 1, (
        "only the child died; the next print works"
    )
