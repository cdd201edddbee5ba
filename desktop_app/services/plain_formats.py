"""Renderers of the plain formats (see services/renderers.py): JSON and text of one evaluation, JSON and CSV of the log."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.caselog.store import CaseLog
    from desktop_app.services.renderers import Rendering


def render_json(rendering: Rendering) -> bytes:
    """The recommendation (contract v1); for a case from the log, the whole record with where it came from."""
    if rendering.record is not None:
        document = rendering.record.model_dump(mode="json")
        document["provenance"] = rendering.provenance.model_dump(mode="json") if rendering.provenance is not None else None
    else:
        document = rendering.recommendation.model_dump(mode="json")
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def render_text(rendering: Rendering) -> bytes:
    """The clinician summary as plain text, for the terminal."""
    from desktop_app.reports.text import render_text as summary
    from desktop_app.reports.context import PrintContext
    from desktop_app.reports.words import in_language, renderer_for

    context = rendering.context or PrintContext()
    if rendering.pack is not None:
        context = context.model_copy(update={"pack": rendering.pack})
    words = renderer_for(context, rendering.recommendation, rendering.language)
    rec = in_language(rendering.recommendation, words)
    return summary(rendering.case, rec, words).encode("utf-8")


def export_json(log: CaseLog, out: Path, keys: Path | None) -> int:
    """The lossless, re-importable export, signed by this workstation, with the log's audit events."""
    from desktop_app.services.log_exchange import export_signed

    return export_signed(log, out, keys)


def export_csv(log: CaseLog, out: Path, keys: Path | None) -> int:
    """One line per evaluation for spreadsheets (cells neutralised against formula injection)."""
    from desktop_app.caselog import exchange

    with log.snapshot() as db:
        return exchange.export_csv(db, out)
