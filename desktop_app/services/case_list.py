"""The case list for `neutrohold log list`, read without the model layer.

A command that only lists cases opens the log and pages through it here, on plain rows: it never
loads pydantic and the models (about 150 ms of a 300 ms command). Asked for JSON, with filters or
with bad input, `log list` goes through services.caselog as before.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop_app.caselog import listing
from desktop_app.caselog.store import BUSY_TIMEOUT_SECONDS, CaseLog, CaseLogDamaged, open_case_log
from desktop_app.services.locations import data_dir

if TYPE_CHECKING:
    from desktop_app.caselog.listing import Filters

ENV_DB = "NEUTROHOLD_DB"
LOG_FILE_NAME = "caselog.db"


class CaseLine(NamedTuple):
    """One line of the case list: the fields of records.CaseRow, as plain values."""

    id: str
    patient_ref: str
    as_of: datetime
    decision: str
    decision_taken: str | None
    anc_cells_per_uL: int
    severity: str
    pack_id: str
    pack_version: str
    who: str
    recorded_at: datetime
    withdrawn: bool

    @classmethod
    def of(cls, row: dict[str, Any]) -> CaseLine:
        return cls(
            **{
                **row,
                "as_of": datetime.fromisoformat(row["as_of"]),
                "recorded_at": datetime.fromisoformat(row["recorded_at"]),
                "withdrawn": bool(row["withdrawn"]),
            }
        )


def caselog_path(db: Path | None = None) -> Path:
    """Where the log lives: the explicit path, else $NEUTROHOLD_DB, else the user data folder."""
    if db is not None:
        return db
    from_env = os.environ.get(ENV_DB, "").strip()
    if from_env:
        return Path(from_env)
    return data_dir() / LOG_FILE_NAME


def open_reader(db: Path | None = None) -> CaseLog:
    """The log for a command that only reads: it must exist, and is opened read-only."""
    try:
        return open_case_log(caselog_path(db), True, create=False, read_only=True, busy_timeout=BUSY_TIMEOUT_SECONDS)
    except CaseLogDamaged as exc:
        from desktop_app.services.caselog import with_latest_backup

        raise with_latest_backup(exc) from None


def list_lines(log: CaseLog, query: str = "", filters: Filters | None = None, offset: int = 0, limit: int = 50) -> list[CaseLine]:
    """One page of the case list, newest first, as services.caselog.list_cases gives it."""
    return [CaseLine.of(row) for row in listing.page(log.rows, query, filters, offset, limit)]


def count_lines(log: CaseLog, query: str = "", filters: Filters | None = None) -> int:
    """How many cases `list_lines` pages through."""
    return listing.count(log.rows, query, filters)
