"""Use case: an evaluation, or the whole case log, written as FHIR R4 Bundles in new private files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.caselog.whole import written_whole
from desktop_app.caselog.queries import logged_cases
from desktop_app.labs.fhir_out import evaluation_bundle
from desktop_app.models import CaseInput, Recommendation
from desktop_app.services import caselog

if TYPE_CHECKING:
    from desktop_app.services.renderers import Rendering


def render_bundle(rendering: Rendering) -> bytes:
    """The `fhir` renderer: one evaluation as a Bundle; a logged one says who recorded it and when, in its Provenance."""
    if rendering.record is not None:
        bundle = record_bundle(rendering.record)
    else:
        pdf = None
        if rendering.with_pdf:
            from desktop_app.services import renderers

            pdf = renderers.render("pdf", renderers.Rendering(rendering.case, rendering.recommendation, pack=rendering.pack))
        bundle = evaluation_bundle(rendering.case, rendering.recommendation, pdf=pdf, who=rendering.who)
    return (json.dumps(bundle, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_bundle(case: CaseInput, recommendation: Recommendation, out: Path, who: str) -> Path:
    """The evaluation as a FHIR Bundle in a new file (0600); InputError if the file exists or cannot be made."""
    from desktop_app.services import renderers

    return renderers.write("fhir", renderers.Rendering(case, recommendation, who=who), out)


def record_bundle(record: Any) -> dict[str, Any]:
    """A logged evaluation as a FHIR Bundle: who recorded it and when go into its Provenance."""
    return evaluation_bundle(record.case, record.recommendation, who=record.row.who, recorded_at=record.row.recorded_at)


def logged_bundle(log: caselog.CaseLog, evaluation_id: str) -> dict[str, Any]:
    return record_bundle(caselog.get_case(log, evaluation_id))


def export_ndjson(log: caselog.CaseLog, out: Path) -> int:
    """Every logged evaluation as one Bundle per line (NDJSON, bulk-data style) in a new private file; the count."""
    # Build every line before the file exists, so a failure leaves no half-written export behind.
    lines = [
        json.dumps(logged_bundle(log, evaluation_id), ensure_ascii=False, separators=(",", ":"))
        for evaluation_id, *_ in list(logged_cases(log.rows))
    ]
    with written_whole(out) as handle:
        handle.writelines(line + "\n" for line in lines)
    return len(lines)


def export_log_ndjson(log: caselog.CaseLog, out: Path, keys: Path | None) -> int:
    """The `fhir` renderer of the whole log (no signing key is used: FHIR bulk data carries no signature)."""
    return export_ndjson(log, out)
