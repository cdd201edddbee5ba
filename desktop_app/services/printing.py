"""Use case: print one recommendation as a clinician summary or a patient handout, to PDF or a printer."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop_app.wording.formats import moment_text
from desktop_app.knowledge import Pack, load_pack_dir
from desktop_app.services.packs import pack_folder
from desktop_app.models import Audience, CaseInput, Recommendation
from desktop_app.reports.context import Acknowledgement, ClinicianOverride, LoggedNote, PrintContext, WithdrawnEntry
from desktop_app.reports.figures import draw_anc_chart, draw_tick_box
from desktop_app.reports.html import (
    BOX_URL,
    CHART_URL,
    CLINICIAN_PT,
    HANDOUT_PT,
    LARGE_PRINT_PT,
    build_clinician_html,
    build_handout_html,
)
from desktop_app.reports.words import renderer_for
from desktop_app.reports.pdf import Paper, bundled_font_family, pdf_bytes, print_document, text_document

if TYPE_CHECKING:
    from desktop_app.caselog.records import CaseRecord
    from desktop_app.services.renderers import Rendering

AUDIENCES: tuple[Audience, ...] = ("clinician", "patient")
PAPERS: tuple[Paper, ...] = ("a4", "letter")

# print_document is re-exported: the GUI prints a prepared document with it on its one reused
# QPrinter, after QPrintDialog, so the user's paper choice sticks.
__all__ = [
    "AUDIENCES",
    "PAPERS",
    "Acknowledgement",
    "PrintContext",
    "build_document",
    "complete_context",
    "context_for_logged_case",
    "ensure_qt_app",
    "printing_pack",
    "print_document",
    "render_pdf",
    "write_pdf",
]


def ensure_qt_app() -> QGuiApplication:
    """The running Qt application, started headless when there is no display; the print font registered.

    A QApplication (not a bare QGuiApplication) is started so that widgets created later in the
    same process, as in the test suite or the GUI, still work.
    """
    app = QGuiApplication.instance()
    if app is None:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform not in ("win32", "darwin") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "neutrohold"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("a non-GUI QCoreApplication is running; printing needs a QGuiApplication")
    bundled_font_family()
    return app


def printing_pack(rec: Recommendation) -> Pack:
    """The installed pack a recommendation was evaluated with (printouts take their wording from it)."""
    return load_pack_dir(pack_folder(rec.pack.id))


def complete_context(rec: Recommendation, context: PrintContext | None = None, pack: Pack | None = None) -> PrintContext:
    """Fill in what the caller left out: the moment of printing, and the pack the wording comes from."""
    context = context or PrintContext()
    updates: dict[str, object] = {}
    if context.printed_at is None:
        updates["printed_at"] = datetime.now().astimezone()
    if context.pack is None:
        updates["pack"] = pack if pack is not None else load_pack_dir(pack_folder(rec.pack.id))
    return context.model_copy(update=updates) if updates else context


def _withdrawn_entries(record: CaseRecord) -> tuple[WithdrawnEntry, ...]:
    """What was withdrawn as entered in error: the evaluation itself, clinician decisions, pitfall ticks."""
    withdrawn = [(f"Evaluation {moment_text(record.row.as_of, 'clinic_moment')}: {record.row.decision}", record.withdrawal)]
    withdrawn += [
        (f"Clinician decision {override.decision_taken} by {override.who}", record.withdrawal_of(override.id))
        for override in record.clinician_overrides
    ]
    withdrawn += [
        (f"Pitfall tick {tick.pitfall_id} by {tick.who}", record.withdrawal_of(tick.id)) for tick in record.acknowledgements
    ]
    return tuple(
        WithdrawnEntry(what=what, who=gone.who, at=gone.at, reason=gone.reason) for what, gone in withdrawn if gone is not None
    )


def context_for_logged_case(
    record: CaseRecord, site_name: str | None = None, clinician_name: str | None = None, audit_head: str | None = None
) -> PrintContext:
    """The print context of a case from the log: its standing ticks, the override in force, its notes, what was withdrawn."""
    chosen = record.clinician_override
    return PrintContext(
        site_name=site_name,
        clinician_name=clinician_name,
        evaluated_by=record.row.who,
        withdrawn=_withdrawn_entries(record),
        evaluation_withdrawn=record.withdrawal is not None,
        audit_head=audit_head,
        acknowledgements=tuple(
            Acknowledgement(pitfall_id=tick.pitfall_id, who=tick.who, at=tick.at) for tick in record.standing_acknowledgements
        ),
        clinician_override=(
            ClinicianOverride(
                decision_taken=chosen.decision_taken, reason=chosen.reason, text=chosen.text, who=chosen.who, at=chosen.at
            )
            if chosen
            else None
        ),
        logged_notes=tuple(LoggedNote(text=note.text, who=note.who, at=note.at) for note in record.notes),
    )


def build_document(
    case: CaseInput,
    rec: Recommendation,
    audience: Audience = "clinician",
    large_print: bool = False,
    context: PrintContext | None = None,
    pack: Pack | None = None,
) -> QTextDocument:
    """The printout as a QTextDocument, for print preview and `print_document` on a printer."""
    ensure_qt_app()
    context = complete_context(rec, context, pack)
    if audience == "clinician":
        images = {
            CHART_URL: draw_anc_chart(case, rec, bundled_font_family(), renderer_for(context, rec)),
            BOX_URL[False]: draw_tick_box(False),
            BOX_URL[True]: draw_tick_box(True),
        }
        return text_document(build_clinician_html(case, rec, context), images, CLINICIAN_PT)
    base_pt = LARGE_PRINT_PT if large_print else HANDOUT_PT
    return text_document(build_handout_html(case, rec, context, large_print), {}, base_pt)


def render_pdf(rendering: Rendering) -> bytes:
    """The `pdf` renderer (services/renderers.py): the printout laid out on the paper asked for, in its language."""
    context = (rendering.context or PrintContext()).model_copy(update={"language": rendering.language})
    document = build_document(
        rendering.case, rendering.recommendation, rendering.audience, rendering.large_print, context, rendering.pack
    )
    return pdf_bytes(document, rendering.paper)


def write_pdf(
    case: CaseInput,
    rec: Recommendation,
    out_path: Path,
    audience: Audience = "clinician",
    paper: Paper = "a4",
    large_print: bool = False,
    context: PrintContext | None = None,
    pack: Pack | None = None,
) -> Path:
    """Write the printout as a PDF (mode 0600, atomically); InputError names the file if it cannot be written."""
    from desktop_app.services import renderers

    rendering = renderers.Rendering(
        case, rec, pack=pack, context=context, audience=audience, paper=paper, large_print=large_print,
        language=context.language if context else "en",
    )  # fmt: skip
    return renderers.write("pdf", rendering, out_path)
