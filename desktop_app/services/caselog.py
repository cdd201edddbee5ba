"""Use cases of the case log for the CLI and the GUI: record, find, reopen, tick, override, copy, check, replay.

Every function takes the open `CaseLog` first; use it only from the thread that opened it.
"""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from desktop_app.caselog import exchange, queries, recording
from desktop_app.caselog.audit import verify_log
from desktop_app.caselog.records import (
    CaseFilter,
    CaseRecord,
    CaseRow,
    DecisionDrift,
    Draft,
    ImportSummary,
    ReplayReport,
    VerifyReport,
)
from desktop_app.caselog.store import (
    PRIVATE_FOLDER,
    CaseLog,
    CaseLogBusy,
    CaseLogDamaged,
    CaseLogError,
    CaseLogRefused,
    open_case_log,
    quick_check_file,
)
from desktop_app.knowledge import Pack
from desktop_app.models import CaseInput, Decision, InputError, Recommendation, parse_case
from desktop_app.services.locations import data_dir

ENV_DB = "NEUTROHOLD_DB"
LOG_FILE_NAME = "caselog.db"

__all__ = [
    "CaseFilter", "CaseLog", "CaseLogBusy", "CaseLogDamaged", "CaseLogError", "CaseLogRefused", "CaseRecord",
    "CaseRow", "Draft", "ImportSummary", "ReplayReport", "VerifyReport",
    "acknowledge_pitfall", "add_note", "backup", "backups_dir", "caselog_path", "close_episode", "count_cases",
    "default_who", "discard_draft", "export_log", "find_case_id", "get_case", "import_log", "list_cases",
    "list_drafts", "load_draft", "open_log", "parse_filter_moment", "record_clinician_override",
    "record_evaluation", "record_evaluations", "replay", "save_draft", "verify",
]  # fmt: skip


def caselog_path(db: Path | None = None) -> Path:
    """Where the log lives: the explicit path, else $NEUTROHOLD_DB, else the user data folder."""
    if db is not None:
        return db
    from_env = os.environ.get(ENV_DB, "").strip()
    if from_env:
        return Path(from_env)
    return data_dir() / LOG_FILE_NAME


def backups_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
    os.chmod(folder, PRIVATE_FOLDER)
    return folder


def _latest_backup() -> Path | None:
    folder = data_dir() / "backups"
    found = sorted(folder.glob("caselog-*.db")) if folder.is_dir() else []
    return found[-1] if found else None


def open_log(db: Path | None = None, *, check_integrity: bool = True) -> CaseLog:
    """Open the case log (created on first use). Raises CaseLogDamaged, CaseLogRefused or CaseLogBusy.

    The window passes check_integrity=False and runs `check_log_integrity` off the GUI thread.
    """
    try:
        return open_case_log(caselog_path(db), check_integrity)
    except CaseLogDamaged as exc:
        raise CaseLogDamaged(exc.path, exc.detail, _latest_backup()) from None


def check_log_integrity(path: Path) -> None:
    """Full quick_check of the log file on a connection of its own (safe on a worker thread)."""
    try:
        quick_check_file(path)
    except CaseLogDamaged as exc:
        raise CaseLogDamaged(exc.path, exc.detail, _latest_backup()) from None


def default_who() -> str:
    """The signed-in user, as the default author of what is recorded."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _checked_who(who: str) -> str:
    who = who.strip()
    if not 1 <= len(who) <= 80 or not who.isprintable():
        raise InputError("who", "must be 1 to 80 printable characters")
    return who


def record_evaluation(log: CaseLog, case: CaseInput, recommendation: Recommendation, *, who: str) -> str:
    """Record one evaluated case (patient, episode, readings, evaluation, audit) in one transaction; its id."""
    return record_evaluations(log, [(case, recommendation)], who=who)[0]


def record_evaluations(log: CaseLog, evaluated: Iterable[tuple[CaseInput, Recommendation]], *, who: str) -> list[str]:
    """Bulk path: record many evaluated cases in one transaction (all or none); their ids in order."""
    who = _checked_who(who)
    batch = list(evaluated)
    with log.unit_of_work() as db:
        return recording.record_cases(db, batch, who)


def list_cases(
    log: CaseLog,
    query: str = "",
    filters: CaseFilter | None = None,
    offset: int = 0,
    limit: int = 50,
    after: str | None = None,
    order: str = "newest",
) -> list[CaseRow]:
    """One page of the case list, newest evaluation first; `query` searches patient refs and notes.

    For a table that loads as it scrolls, pass `after` = the id of the last row shown: each page then
    costs the same however deep (an `offset` walks every row it skips). `order` sorts by another
    column (caselog.queries.ORDERS: patient, decision, anc, pack, oldest, each with a _desc twin).
    """
    return queries.list_cases(log.rows, query, filters, offset, limit, after, order)


def count_cases(log: CaseLog, query: str = "", filters: CaseFilter | None = None) -> int:
    """How many cases `list_cases` would page through, for the window's lazy table."""
    return queries.count_cases(log.rows, query, filters)


def find_case_id(log: CaseLog, id_or_prefix: str) -> str:
    return queries.resolve_case_id(log.rows, id_or_prefix)


def get_case(log: CaseLog, evaluation_id: str) -> CaseRecord:
    """A logged case with its readings, ticks, overrides, notes and the patient's other evaluations."""
    with log.snapshot() as db:
        return queries.get_case(db, evaluation_id)


def acknowledge_pitfall(log: CaseLog, evaluation_id: str, pitfall_id: str, *, who: str) -> str:
    who = _checked_who(who)
    with log.unit_of_work() as db:
        return recording.acknowledge_pitfall(db, evaluation_id, pitfall_id, who)


def record_clinician_override(
    log: CaseLog, evaluation_id: str, decision_taken: Decision, reason: str, text: str = "", *, who: str
) -> str:
    """The clinician took another decision: coded reason (schema.OVERRIDE_REASONS) and free text."""
    who = _checked_who(who)
    with log.unit_of_work() as db:
        return recording.record_clinician_override(db, evaluation_id, decision_taken, reason, text, who)


def add_note(log: CaseLog, evaluation_id: str, text: str, *, who: str) -> str:
    who = _checked_who(who)
    with log.unit_of_work() as db:
        return recording.add_note(db, evaluation_id, text, who)


def close_episode(log: CaseLog, episode_id: str, *, who: str) -> None:
    who = _checked_who(who)
    with log.unit_of_work() as db:
        recording.close_episode(db, episode_id, who)


def save_draft(log: CaseLog, key: str, payload: Mapping[str, Any]) -> None:
    """Keep the unsaved form under `key` (e.g. "new-case") so a crash loses nothing typed."""
    with log.unit_of_work() as db:
        recording.save_draft(db, key, payload)


def load_draft(log: CaseLog, key: str) -> Draft | None:
    return queries.load_draft(log.rows, key)


def list_drafts(log: CaseLog) -> list[Draft]:
    return queries.list_drafts(log.rows)


def discard_draft(log: CaseLog, key: str) -> None:
    with log.unit_of_work() as db:
        recording.discard_draft(db, key)


def backup(log: CaseLog, out: Path | None = None) -> Path:
    """Online copy of the log to `out` (a new file), by default a dated file in the backups folder."""
    if out is None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        out = backups_dir() / f"caselog-{stamp}.db"
    exchange.backup(log.conn, out)
    return out


def export_log(log: CaseLog, out: Path, fmt: Literal["json", "csv"]) -> int:
    """Export to a new file: JSON (lossless, re-importable) or CSV (for spreadsheets); the case count."""
    if fmt not in ("json", "csv"):
        raise InputError("format", f"{fmt!r} is not one of json, csv")
    with log.snapshot() as db:
        return exchange.export_json(db, out) if fmt == "json" else exchange.export_csv(db, out)


def import_log(log: CaseLog, source: Path) -> ImportSummary:
    """Merge a JSON export by UUID in one transaction; importing the same file again adds nothing."""
    tables = exchange.read_export(source)
    try:
        with log.unit_of_work() as db:
            return exchange.import_export(db, tables)
    except sqlite3.IntegrityError as exc:
        raise InputError(str(source), f"does not fit this case log ({exc}); nothing was imported") from None


def verify(log: CaseLog) -> VerifyReport:
    """integrity_check, foreign_key_check, the audit hash chain and every record against its event."""
    with log.snapshot() as db:
        return verify_log(db)


def replay(log: CaseLog, pack: Pack) -> ReplayReport:
    """Re-evaluate every logged case with `pack` at its original moment; list the decisions that change."""
    from desktop_app.engine import evaluate

    drifts: list[DecisionDrift] = []
    cases = 0
    for evaluation_id, patient_ref, as_of, decision, pack_version, case_json in queries.logged_cases(log.rows):
        cases += 1
        moment = datetime.fromisoformat(as_of)
        replayed = evaluate(parse_case(json.loads(case_json)), pack, moment).decision
        if replayed != decision:
            drifts.append(
                DecisionDrift(
                    id=evaluation_id, patient_ref=patient_ref, as_of=moment, logged_decision=decision,
                    replayed_decision=replayed, logged_pack_version=pack_version,
                )
            )  # fmt: skip
    return ReplayReport(
        cases=cases, pack_id=pack.content.id, pack_version=pack.content.version, pack_sha256=pack.sha256, drifts=tuple(drifts)
    )


def parse_filter_moment(text: str, field: str, *, end_of_day: bool) -> datetime:
    """An ISO date or date-time from the command line; a bare date for `until` means the whole day."""
    from desktop_app.services.evaluation import parse_moment

    moment = parse_moment(text, field)
    if end_of_day and len(text.strip()) == 10:
        moment = moment.replace(hour=23, minute=59, second=59, microsecond=999999)
    return moment

