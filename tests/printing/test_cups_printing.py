"""Both printouts printed through the window to a real CUPS queue (cups-pdf), and the refused, stopped and missing printer.

The printed page must be the exported PDF's page: same page count, paper, text positions (so the
same margins) and embedded bundled fonts. A job CUPS refuses, holds or cannot place is reported by
printer name and never looks printed, and only an accepted printout is noted in the case log.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop_app.gui.preferences import Preferences
from desktop_app.gui.print_desk import PdfFileDialog, PrintChoice, PrintChoiceDialog, SystemPrintDialog
from desktop_app.gui.problem_message import ProblemMessage
from tests.gui.conftest import example
from tests.printing.conftest import Queue, run

A4_POINTS = (595.3, 841.9)


def answer_printout(monkeypatch: Any, choice: PrintChoice) -> None:
    monkeypatch.setattr(PrintChoiceDialog, "ask", classmethod(lambda cls, parent, default, for_pdf=False, **_: choice))


def choose_printer(monkeypatch: Any, name: str, then: Any = None) -> list[QPrinter]:
    """Stand in for the system print dialog: pick the queue by name (then do something, e.g. delete it)."""
    printers: list[QPrinter] = []

    def ask(cls: Any, parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        printer.setPrinterName(name)
        printers.append(printer)
        if then is not None:
            then()
        return True

    monkeypatch.setattr(SystemPrintDialog, "ask", classmethod(ask))
    return printers


def problems_told(monkeypatch: Any) -> list[tuple[str, str]]:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(ProblemMessage, "tell", classmethod(lambda cls, parent, title, text: told.append((title, text))))
    return told


def job_of(message: str) -> str:
    match = re.search(r"CUPS job (\S+) completed", message)
    assert match, f"no completed CUPS job in {message!r}"
    return match.group(1)


def line_starts(path: Path, page: int) -> dict[float, float]:
    """Where each line of text starts: baseline height -> leftmost x, in points (from the text positions)."""
    found: dict[float, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = round((tm[4] * cm[1] + tm[5] * cm[3] + cm[5]) * 2) / 2
            found[y] = min(found.get(y, x), x)

    pypdf.PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


def ink_box(path: Path) -> list[tuple[float, ...]]:
    """Each page's bounding box of everything drawn (Ghostscript's bbox device), in points."""
    result = subprocess.run(
        ["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=bbox", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return [
        tuple(float(v) for v in line.split()[1:]) for line in result.stderr.splitlines() if line.startswith("%%HiResBoundingBox")
    ]


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font the PDF uses, and whether its program is embedded."""
    fonts: dict[str, bool] = {}
    for page in pypdf.PdfReader(path).pages:
        for font in (page["/Resources"].get_object().get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def export(window: Any, monkeypatch: Any, out: Path) -> Path:
    monkeypatch.setattr(PdfFileDialog, "ask", classmethod(lambda cls, parent, suggested, **_: out))
    window.export_action.trigger()
    assert out.is_file(), window.statusBar().currentMessage()
    return out


@pytest.mark.parametrize(("audience", "case_file"), [("clinician", "febrile.json"), ("patient", "recovering.json")])
def test_both_printouts_print_through_the_window_as_the_exported_pdf(
    cups_queue: Queue, make_window: Any, monkeypatch: Any, tmp_path: Path, audience: str, case_file: str
) -> None:
    window = make_window()
    told = problems_told(monkeypatch)
    answer_printout(monkeypatch, PrintChoice(audience, False, False))  # type: ignore[arg-type]
    choose_printer(monkeypatch, cups_queue.name)
    window.load_case(example(case_file))
    window.print_action.trigger()
    message = window.statusBar().currentMessage()
    assert told == [], told
    what = "clinician summary" if audience == "clinician" else "patient handout"
    assert message.startswith(f"Printed {what} for ") and f" on {cups_queue.name} (" in message, message
    printed = cups_queue.job_pdf(job_of(message))
    assert "NeutroHold_-_" in printed.name, "the queue shows the job by its name"
    exported = export(window, monkeypatch, tmp_path / "exported.pdf")

    printed_pdf, exported_pdf = pypdf.PdfReader(printed), pypdf.PdfReader(exported)
    assert len(printed_pdf.pages) == len(exported_pdf.pages) >= 1
    assert f"({len(printed_pdf.pages)} page" in message
    for page in printed_pdf.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (round(A4_POINTS[0]), round(A4_POINTS[1])), "A4 paper"
    for index in range(len(exported_pdf.pages)):
        on_paper, in_export = line_starts(printed, index), line_starts(exported, index)
        assert len(in_export) > 10 and sorted(on_paper) == sorted(in_export), "every line on the same baseline"
        for y, x in in_export.items():
            assert abs(on_paper[y] - x) <= 0.5, (
                f"the line at {y} pt starts at {on_paper[y]:.2f} pt on paper, {x:.2f} pt in the PDF"
            )
        left = min(in_export.values()) * 25.4 / 72
        assert 13.9 <= left <= 14.5, f"text starts at the app's 14 mm margin, not the printer's 3.5 mm ({left:.1f} mm)"
    for paper_box, export_box in zip(ink_box(printed), ink_box(exported), strict=True):
        assert all(abs(p - e) <= 1.0 for p, e in zip(paper_box, export_box, strict=True)), (paper_box, export_box)
        assert paper_box[0] * 25.4 / 72 >= 13.9 and paper_box[1] * 25.4 / 72 >= 8.5, "nothing in the app's margins"
    fonts = fonts_of(printed)
    assert fonts and all(fonts.values()), f"every font embedded: {fonts}"
    assert all("LiberationSans" in name for name in fonts), f"the bundled font is used: {fonts}"
    assert "RHEU-" in printed.name, "the job name says whose printout it is"


def test_a_refusing_queue_is_reported_and_nothing_is_logged_as_printed(
    cups_queue: Queue, log_window: Any, monkeypatch: Any
) -> None:
    window = log_window
    told = problems_told(monkeypatch)
    answer_printout(monkeypatch, PrintChoice("patient", False, False))
    choose_printer(monkeypatch, cups_queue.name)
    window.load_case(example("febrile.json"))
    window.save_action.trigger()
    before = cups_queue.jobs_written()
    assert run("cupsreject", "-r", "toner change", cups_queue.name).returncode == 0
    window.print_action.trigger()
    assert len(told) == 1
    title, text = told[0]
    assert "Not printed" in title and cups_queue.name in text and "refusing jobs" in text and "cupsaccept" in text
    assert not window.statusBar().currentMessage().startswith("Printed"), window.statusBar().currentMessage()
    assert printed_events(window) == [], "a refused job is not a printout"
    assert cups_queue.jobs_written() == before

    assert run("cupsaccept", cups_queue.name).returncode == 0
    window.print_action.trigger()
    assert len(told) == 1, told
    cups_queue.job_pdf(job_of(window.statusBar().currentMessage()))
    events = printed_events(window)
    assert len(events) == 1 and events[0]["printout"]["audience"] == "patient"
    assert events[0]["printout"]["destination"] == cups_queue.name and events[0]["printout"]["to"] == "completed"
    assert window.log_session.log is not None


def printed_events(window: Any) -> list[dict[str, Any]]:
    rows = window.log_session.log.db.execute("SELECT payload FROM audit WHERE event = 'printed' ORDER BY seq").fetchall()
    return [json.loads(row[0]) for row in rows]


def test_a_stopped_queue_holds_the_job_and_says_so(cups_queue: Queue, window: Any, monkeypatch: Any) -> None:
    told = problems_told(monkeypatch)
    answer_printout(monkeypatch, PrintChoice("clinician", False, False))
    choose_printer(monkeypatch, cups_queue.name)
    window.load_case(example("febrile.json"))
    assert run("cupsdisable", "-r", "paper jam", cups_queue.name).returncode == 0
    window.print_action.trigger()
    assert len(told) == 1
    title, text = told[0]
    assert "Not printed" in title and cups_queue.name in text and "stopped" in text and "held" in text and "paper jam" in text
    held = re.search(r"job (\S+) is held", text)
    assert held and held.group(1) in cups_queue.pending(), "the job really waits in the stopped queue"
    assert not window.statusBar().currentMessage().startswith("Printed")


def test_a_printer_deleted_while_selected_is_reported(cups_queue: Queue, window: Any, monkeypatch: Any) -> None:
    told = problems_told(monkeypatch)
    answer_printout(monkeypatch, PrintChoice("clinician", False, False))
    choose_printer(monkeypatch, cups_queue.name, then=lambda: run("lpadmin", "-x", cups_queue.name))
    window.load_case(example("febrile.json"))
    window.print_action.trigger()
    assert len(told) == 1
    title, text = told[0]
    assert "Not printed" in title and cups_queue.name in text and "no longer installed" in text
    assert not window.statusBar().currentMessage().startswith("Printed")


def test_a_site_can_keep_the_patient_out_of_job_names(cups_queue: Queue, window: Any, monkeypatch: Any) -> None:
    window.preferences = Preferences(patient_in_job_names=False)
    problems_told(monkeypatch)
    answer_printout(monkeypatch, PrintChoice("clinician", False, False))
    printers = choose_printer(monkeypatch, cups_queue.name)
    window.load_case(example("febrile.json"))
    window.print_action.trigger()
    printed = cups_queue.job_pdf(job_of(window.statusBar().currentMessage()))
    assert printers[0].docName() == "NeutroHold - clinician summary"
    assert "RHEU" not in printed.name
