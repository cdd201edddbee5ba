"""Load, on a worker thread, what a first save, a first reopened case and a first evaluation would otherwise load on the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.knowledge import Pack


def prepare_first_use(pack: Pack | None) -> None:
    """sqlite-utils and the writing side of the case log, the case record's validators (built on first
    use), and, given the pack, every validator the engine and a reopened case need."""
    import sqlite_utils  # noqa: F401

    import desktop_app.caselog.recording  # noqa: F401
    from desktop_app.caselog import records
    from desktop_app.caselog.schema import migrations

    migrations()
    for view in (records.CaseRecord, records.Episode, records.Observation, records.Acknowledgement,
                 records.ClinicianOverride, records.Note):  # fmt: skip
        view.model_rebuild()
    if pack is not None:
        # One evaluation of the self-test's sample case builds the validators of a case and its recommendation.
        from desktop_app.engine import evaluate
        from desktop_app.models import Recommendation, parse_case
        from desktop_app.services.selftest import SAMPLE_AS_OF, SAMPLE_CASE

        Recommendation.model_validate_json(evaluate(parse_case(SAMPLE_CASE), pack, SAMPLE_AS_OF).model_dump_json())
