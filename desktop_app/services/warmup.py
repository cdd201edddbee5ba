"""Work done on a worker thread at start-up that would otherwise hold the GUI thread: loading what a first save,
a first reopened case and a first evaluation need, and upgrading an older case log."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from desktop_app.knowledge import Pack


def prepare_first_use(pack: Pack | None) -> None:
    """sqlite-utils and the writing side of the case log, the case record's validators (built on first
    use), and, given the pack, every validator the engine and a reopened case need."""
    import sqlite_utils  # noqa: F401

    import desktop_app.caselog.recording  # noqa: F401
    from desktop_app.caselog import records
    from desktop_app.caselog.schema import migrations

    migrations()
    # The workstation's zone (tzlocal reads the system's setting) is looked up by the first evaluation and cached;
    # the print child's launcher (multiprocessing) by the first preview or printout.
    from desktop_app.services import print_render  # noqa: F401
    from desktop_app.services.evaluation import workstation_zone

    workstation_zone()
    for view in (records.CaseRecord, records.Episode, records.Observation, records.Acknowledgement,
                 records.ClinicianOverride, records.Note):  # fmt: skip
        view.model_rebuild()
    if pack is not None:
        # One evaluation of the self-test's sample case builds the validators of a case and its recommendation.
        from desktop_app.services.evaluation import evaluate
        from desktop_app.models import Recommendation, parse_case
        from desktop_app.services.selftest import SAMPLE_AS_OF, SAMPLE_CASE

        Recommendation.model_validate_json(evaluate(parse_case(SAMPLE_CASE), pack, SAMPLE_AS_OF).model_dump_json())


def upgrade_log(db: Path | None) -> None:
    """Open the case log once on this (worker) thread and close it: a log of an older schema is upgraded
    here (m008 rewrites every case: tens of seconds at 100,000 cases), not on the GUI thread. Any
    problem is left for the GUI thread's own open, which explains it."""
    from desktop_app.services import caselog

    try:
        caselog.open_log(db, check_integrity=False).close()
    except (caselog.CaseLogError, OSError, sqlite3.Error):
        return
