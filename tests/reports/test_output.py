"""Writing and printing: private atomic files, the bundled font, real printers, headless start, logged cases."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from importlib import resources

import pytest
from PySide6.QtGui import QPageLayout, QPageSize, QRawFont
from PySide6.QtPrintSupport import QPrinter

from desktop_app.models import InputError
from desktop_app.reports import pdf as pdf_module
from desktop_app.reports.context import PrintContext
from desktop_app.reports.figures import CHART_PIXELS, draw_anc_chart, fever_moments
from desktop_app.reports.pdf import FONT_FILES, bundled_font_family, print_document
from desktop_app.services import caselog
from desktop_app.services.printing import build_document, context_for_logged_case, write_pdf
from tests.conftest import EXAMPLES
from tests.reports.conftest import PAPER_POINTS, PRINTED_AT, read_pdf

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def leftovers(folder):
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


@posix_only
def test_the_pdf_is_private_even_when_replacing_a_readable_file(qapp, evaluated, pack, tmp_path):
    case, rec = evaluated("febrile")
    out = tmp_path / "summary.pdf"
    out.write_text("old")
    out.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        write_pdf(case, rec, out, context=PrintContext(printed_at=PRINTED_AT), pack=pack)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF-")
    assert leftovers(tmp_path) == []


def test_a_failed_rename_keeps_the_old_file_and_leaves_no_temp(qapp, evaluated, pack, tmp_path, monkeypatch):
    case, rec = evaluated("febrile")
    out = tmp_path / "summary.pdf"
    out.write_bytes(b"previous printout")

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pdf_module.os, "replace", refuse)
    with pytest.raises(InputError) as raised:
        write_pdf(case, rec, out, pack=pack)
    assert raised.value.field == str(out)
    assert "cannot be written (Permission denied)" in raised.value.message
    assert out.read_bytes() == b"previous printout"
    assert leftovers(tmp_path) == []


def test_a_failed_write_leaves_no_half_file(qapp, evaluated, pack, tmp_path, monkeypatch):
    case, rec = evaluated("febrile")
    out = tmp_path / "summary.pdf"
    real_fsync = os.fsync

    def disk_full(descriptor):
        real_fsync(descriptor)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_module.os, "fsync", disk_full)
    with pytest.raises(InputError, match="No space left on device"):
        write_pdf(case, rec, out, pack=pack)
    assert list(tmp_path.iterdir()) == []


def test_a_rendering_failure_writes_nothing(qapp, evaluated, pack, tmp_path, monkeypatch):
    case, rec = evaluated("febrile")

    def broken(document, paper):
        raise RuntimeError("renderer broke")

    monkeypatch.setattr("desktop_app.services.printing.pdf_bytes", broken)
    with pytest.raises(RuntimeError):
        write_pdf(case, rec, tmp_path / "summary.pdf", pack=pack)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named_in_one_clear_error(qapp, evaluated, pack, tmp_path):
    case, rec = evaluated("febrile")
    with pytest.raises(InputError, match="cannot be written"):
        write_pdf(case, rec, tmp_path / "no-such-folder" / "summary.pdf", pack=pack)


def test_only_the_bundled_font_is_embedded(evaluated, printed):
    case, rec = evaluated("chest-spread")
    for audience in ("clinician", "patient"):
        pdf = printed(case, rec, audience)
        fonts = set()
        for page in pdf.reader.pages:
            for font in page["/Resources"]["/Font"].values():
                fonts.add(str(font.get_object()["/BaseFont"]))
        assert fonts and all("LiberationSans" in name for name in fonts), fonts


def test_every_character_printed_is_in_the_bundled_font(qapp, evaluated, pack):
    case, rec = evaluated("febrile")
    raw = QRawFont((resources.files("desktop_app.resources") / "fonts" / FONT_FILES[0]).read_bytes(), 10)
    for audience in ("clinician", "patient"):
        text = build_document(case, rec, audience, context=PrintContext(printed_at=PRINTED_AT, pack=pack)).toPlainText()
        missing = {ch for ch in text if ch not in "\n\u2028\u2029\ufffc" and not raw.supportsCharacter(ord(ch))}
        assert missing == set()


def test_the_bundled_font_ships_with_its_licence(qapp):
    folder = resources.files("desktop_app.resources") / "fonts"
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / "OFL.txt").read_text(encoding="utf-8")
    assert sum(len((folder / name).read_bytes()) for name in FONT_FILES) < 2_000_000
    assert bundled_font_family() == "Liberation Sans"


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_printing_on_a_printer_uses_its_paper_and_page_range(qapp, evaluated, pack, tmp_path, paper):
    case, rec = evaluated("febrile")
    document = build_document(case, rec, "clinician", context=PrintContext(printed_at=PRINTED_AT, pack=pack))
    unprinted = (document.pageSize(), document.toHtml())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    total = print_document(document, printer)
    everything = read_pdf(tmp_path / "all.pdf")
    assert len(everything.pages) == total == 2
    assert everything.page_size(0) == pytest.approx(PAPER_POINTS[paper], abs=1)
    assert "RED FLAG" in everything.pages[0]

    # The same QPrinter again, as the GUI reuses it: only page 2 this time.
    printer.setOutputFileName(str(tmp_path / "second.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_document(document, printer) == 2
    second = read_pdf(tmp_path / "second.pdf")
    assert len(second.pages) == 1
    assert second.pages[0].endswith("Page 2 of 2")
    assert second.page_size(0) == pytest.approx(PAPER_POINTS[paper], abs=1)
    # Printing lays out a copy: the caller's document is untouched and can be printed again.
    assert (document.pageSize(), document.toHtml()) == unprinted


def test_the_chart_marks_fevers_and_is_drawn_at_print_size(qapp, evaluated):
    case, rec = evaluated("febrile")
    assert fever_moments(case, rec) == [(datetime(2026, 11, 23, 21, 15, tzinfo=UTC), 38.6)]
    image = draw_anc_chart(case, rec, bundled_font_family())
    assert (image.width(), image.height()) == CHART_PIXELS
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 10


def test_printing_works_headless_without_a_platform_set(evaluated, tmp_path):
    """What `neutrohold evaluate --pdf` does on a server: no display, no QT_QPA_PLATFORM."""
    out = tmp_path / "headless.pdf"
    script = textwrap.dedent(
        f"""
        import os
        from datetime import datetime
        from pathlib import Path
        from desktop_app.services.evaluation import evaluate_data, read_case_file
        from desktop_app.services.packs import open_pack
        from desktop_app.services.printing import write_pdf
        data = read_case_file(Path({str(tmp_path / "case.json")!r}))
        case, rec = evaluate_data(data, open_pack(), datetime(2026, 11, 24, 12), datetime.now())
        write_pdf(case, rec, Path({str(out)!r}), audience="patient", paper="letter", large_print=True)
        print(os.environ["QT_QPA_PLATFORM"])
        """
    )
    (tmp_path / "case.json").write_text((EXAMPLES / "febrile.json").read_text(encoding="utf-8"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "offscreen"
    assert "RHEU-0977" in read_pdf(out).text


def test_a_logged_case_prints_with_its_ticks_override_and_notes(evaluated, printed, tmp_path):
    case, rec = evaluated("febrile")
    with caselog.open_log(tmp_path / "logs" / "caselog.db") as log:
        case_id = caselog.record_evaluation(log, case, rec, who="nurse.lee")
        caselog.acknowledge_pitfall(log, case_id, "overlooked_viral_infection", who="dr.okafor")
        caselog.record_clinician_override(log, case_id, "continue", "other_clinical_judgement", "Admit today.", who="dr.okafor")
        caselog.add_note(log, case_id, "Family informed.", who="nurse.lee")
        record = caselog.get_case(log, case_id)
    context = context_for_logged_case(record, site_name="Ward 7").model_copy(update={"printed_at": PRINTED_AT})
    text = printed(record.case, record.recommendation, context=context).text
    assert "Evaluated by nurse.lee" in text
    assert "Checked by dr.okafor," in text
    assert text.count("Checked by ____") == len(rec.pitfalls) - 1
    assert "CLINICIAN DECISION: CONTINUE (differs from the recommendation)" in text
    assert "Reason: other clinical judgement \u2014 Admit today." in text
    assert "Family informed. \u2014 nurse.lee" in text
