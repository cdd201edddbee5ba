"""Use cases of the case log for the CLI and the GUI: record, find, reopen, tick, override, copy, check, replay.

Every function takes the open `CaseLog` first; use it only from the thread that opened it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import operator
import os
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from desktop_app.caselog import queries, recording
from desktop_app.caselog.audit import verify_log
from desktop_app.caselog.stamp import forget_stamp
from desktop_app.caselog.records import (
    BackupFacts,
    CaseFilter,
    CaseRecord,
    CaseRow,
    DecisionDrift,
    Draft,
    ImportSummary,
    Provenance,
    ReplayReport,
    RestoreReport,
    VerifyReport,
    Withdrawal,
)
from desktop_app.caselog.store import (
    BUSY_TIMEOUT_SECONDS,
    CaseLog,
    CaseLogBusy,
    CaseLogDamaged,
    CaseLogEmpty,
    CaseLogError,
    CaseLogMissing,
    CaseLogReadOnly,
    CaseLogRefused,
    CaseLogSwapped,
    FileNotWritten,
    connect_read_only,
    log_identity,
    make_private_folders,
    move_aside,
    move_orphans,
    open_case_log,
    quick_check_file,
    require_existing_log,
)
from desktop_app.models import CaseInput, Decision, InputError, Recommendation, comparable, parse_case
from desktop_app.services.case_list import ENV_DB as ENV_DB
from desktop_app.services.case_list import LOG_FILE_NAME as LOG_FILE_NAME
from desktop_app.services.case_list import caselog_path, open_reader

if TYPE_CHECKING:
    from desktop_app.caselog import anchors
    from desktop_app.knowledge import Pack

BACKUP_PREFIX = "caselog-"

__all__ = [
    "BackupFacts", "CaseFilter", "CaseLog", "CaseLogBusy", "CaseLogDamaged", "CaseLogEmpty", "CaseLogError",
    "CaseLogMissing", "CaseLogReadOnly", "CaseLogRefused", "CaseLogSwapped", "CaseRecord", "CaseRow", "Draft",
    "FileNotWritten", "ImportSummary", "Provenance", "ReplayReport", "RestoreReport", "VerifyReport",
    "acknowledge_pitfall", "add_note", "backup", "backup_candidates", "backups_dir", "caselog_path",
    "close_episode", "count_cases", "damaged_log", "latest_backup", "move_aside", "take_backup", "open_reader", "restore",
    "default_who", "discard_draft", "export_log", "find_case_id", "get_case", "get_provenance", "import_log", "list_cases",
    "list_drafts", "load_draft", "open_log", "parse_filter_moment", "record_clinician_override",
    "record_evaluation", "record_evaluations", "replay", "save_draft", "verify", "Withdrawal", "withdraw",
]  # fmt: skip


def backups_dir(log_path: Path | None = None) -> Path:
    """Where the backups of the log at `log_path` live: a private folder beside it, named for it."""
    path = caselog_path(log_path).expanduser().absolute()
    return path.with_name(f"{path.stem}-backups")


def backup_candidates(log_path: Path) -> list[Path]:
    """This log's backups, newest first (their names carry the UTC moment they were taken)."""
    found: list[Path] = []
    folder = backups_dir(log_path)
    if folder.is_dir():
        found = [path for path in folder.glob(f"{BACKUP_PREFIX}*.db") if path.is_file()]
    return sorted(found, key=lambda path: path.name, reverse=True)


def latest_backup(log_path: Path, identity: str | None = None) -> BackupFacts | None:
    """The newest backup of this log that passes its checks (and carries `identity`, when known)."""
    from desktop_app.caselog import exchange

    for candidate in backup_candidates(log_path):
        try:
            facts = exchange.describe_copy(candidate)
        except (CaseLogError, sqlite3.Error, OSError):
            continue
        if identity is None or facts.identity == identity:
            return facts
    return None


def _readable_identity(path: Path) -> str | None:
    """The identity of a log that may be damaged, read without changing it; None when it cannot be read."""
    try:
        conn = connect_read_only(path)
    except (CaseLogError, sqlite3.Error, OSError):
        return None
    try:
        return log_identity(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def damaged_log(path: Path, detail: str) -> CaseLogDamaged:
    """The damaged-log error for `path`, naming its latest backup; the next open runs the full check."""
    path = path.expanduser().absolute()
    forget_stamp(path)
    return _damaged(CaseLogDamaged(path, detail))


def with_latest_backup(exc: CaseLogDamaged) -> CaseLogDamaged:
    """The damaged-log error naming the latest backup of that log, when there is one."""
    return _damaged(exc)


def _damaged(exc: CaseLogDamaged) -> CaseLogDamaged:
    latest = latest_backup(exc.path, _readable_identity(exc.path))
    return CaseLogDamaged(exc.path, exc.detail, latest.path if latest else None)


def open_log(
    db: Path | None = None,
    *,
    check_integrity: bool = True,
    create: bool = True,
    read_only: bool = False,
    busy_timeout: float = BUSY_TIMEOUT_SECONDS,
) -> CaseLog:
    """Open the case log. Raises CaseLogDamaged, CaseLogRefused (CaseLogMissing), CaseLogBusy or CaseLogReadOnly.

    Only `log add` and the window's first start create a log (`create=True`, the default); readers
    pass `create=False, read_only=True`. The window passes check_integrity=False and runs
    `check_log_integrity` off the GUI thread.
    """
    from desktop_app.caselog import whole

    try:
        log = open_case_log(caselog_path(db), check_integrity, create=create, read_only=read_only, busy_timeout=busy_timeout)
    except CaseLogDamaged as exc:
        raise _damaged(exc) from None
    if not read_only:
        whole.sweep_partials(log.path.parent)  # what killed writes (new logs, restores) left beside it
    return log


def check_log_integrity(path: Path, when_due: bool = False) -> bool:
    """Full quick_check of the log file on a connection of its own (safe on a worker thread).

    `when_due=True`, the window's background check: only when the file was changed outside
    NeutroHold or last passed the check over a day ago. Returns whether the check ran.
    """
    try:
        return quick_check_file(path, when_due)
    except CaseLogDamaged as exc:
        raise _damaged(exc) from None


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


def withdraw(log: CaseLog, record_id: str, reason: str, *, who: str) -> Withdrawal:
    """Withdraw an evaluation (id or unique prefix), a pitfall tick or an override as entered in error.

    The original stays in the log and in the history, struck through, with who, when and why.
    """
    who = _checked_who(who)
    if not reason.strip():
        raise InputError("--reason", "say why the entry is withdrawn (a reason is required)")
    with log.unit_of_work() as db:
        table, full_id = queries.find_withdrawable(db, record_id)
        return Withdrawal.model_validate(recording.withdraw_entry(db, table, full_id, reason, who))


def record_printout(log: CaseLog, evaluation_id: str, printout: Mapping[str, Any], *, who: str) -> None:
    """Note in the audit trail that a printout of this case was accepted (see recording.record_printout)."""
    who = _checked_who(who)
    with log.unit_of_work() as db:
        recording.record_printout(db, evaluation_id, printout, who)


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
    """Online copy of the log to `out` (a new file), by default a dated file in this log's backups folder."""
    return take_backup(log, out).path


def take_backup(log: CaseLog, out: Path | None = None) -> BackupFacts:
    """As `backup`, with what the checked copy holds (identity, cases)."""
    from desktop_app.caselog import anchors, exchange

    if out is None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        out = backups_dir(log.path) / f"{BACKUP_PREFIX}{stamp}.db"
    facts = exchange.backup(log.conn, out)
    # The backup's own head, beside it: a later `verify --anchor` shows whether the log still holds it.
    with open_case_log(facts.path, check_integrity=False, create=False, read_only=True) as copy:
        anchor = anchors.anchor_for(copy.rows, log.path)
    if anchor is not None:
        anchors.write_anchor(anchor, facts.path.with_name(facts.path.name + anchors.ANCHOR_SUFFIX))
    return facts


def restore(backup_file: Path, db: Path | None = None, label: str = "replaced") -> RestoreReport:
    """Put a verified backup in place of the log; the previous log and its -wal/-shm are kept, renamed.

    Refuses a backup that fails its checks or belongs to another log (when the log's identity can be
    read). Reports the cases the previous log holds that the backup lacks.
    """
    from desktop_app.caselog import exchange, whole

    backup_file = backup_file.expanduser().absolute()
    require_existing_log(backup_file, "backup")
    facts = exchange.describe_copy(backup_file)
    with open_case_log(backup_file, check_integrity=False, create=False, read_only=True) as copy:
        report = verify(copy)
        if not report.ok:
            raise CaseLogDamaged(backup_file, "it fails verification: " + report.problems[0])
        in_backup = {row[0] for row in copy.conn.execute("SELECT id FROM evaluations")}
    path = caselog_path(db).expanduser().absolute()
    if path == backup_file:
        raise CaseLogRefused(f"{backup_file} is the case log itself; give a backup file")
    missing: tuple[str, ...] | None = ()
    if path.exists():
        identity = _readable_identity(path)
        if identity is not None and facts.identity is not None and identity != facts.identity:
            raise CaseLogRefused(f"{backup_file} is a backup of another case log, not of {path}; nothing was changed")
        missing = _cases_missing_from(path, in_backup)
    kept: tuple[Path, ...] = ()
    make_private_folders(path.parent)
    move_orphans(path)
    temporary = whole.new_temporary(path, replacing=True)
    try:
        with open_case_log(backup_file, check_integrity=False, create=False, read_only=True) as copy:
            exchange.fill_copy(copy.conn, temporary)
        placed = exchange.describe_copy(temporary)
        if placed.cases != facts.cases or placed.identity != facts.identity:
            raise CaseLogDamaged(temporary, "the copy being put in place does not match the backup")
        kept = _swap_in(temporary, path, label)
    except BaseException:
        whole.discard(temporary)
        raise
    _anchor_restored(path)
    return RestoreReport(backup=facts, log=path, kept=kept, missing_ids=missing)


def _anchor_restored(path: Path) -> None:
    """A deliberate restore moves the kept anchor to the restored head (the old one would fail every verify)."""
    if not kept_anchor_path(path).exists():
        return
    with open_case_log(path, check_integrity=False, create=False, read_only=True) as restored:
        keep_anchor(restored)


def _kept_name(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    serial = 1
    while any(candidate.exists() for candidate in (target, *(target.with_name(target.name + side) for side in ("-wal", "-shm")))):
        serial += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{serial}")
    return target


def _swap_in(temporary: Path, path: Path, label: str) -> tuple[Path, ...]:
    """Give the synced copy the log's name in one rename, keeping the previous log and its -wal/-shm as
    `<name>.<label>-<time>`. A kill at any moment leaves a log at `path`: the previous one, or the copy."""
    from desktop_app.caselog import whole

    try:
        whole.sync_file(temporary)
    except OSError as exc:
        raise FileNotWritten(path, exc.strerror or str(exc)) from None
    if not path.exists():
        whole.publish(temporary, path)
        return ()
    target = _kept_name(path, label)
    try:
        os.link(path, target)  # the previous log keeps its name too until the copy replaces it
    except OSError:
        kept = move_aside(path, label)  # no hard links on this disk: a short moment with no log at the name
        try:
            whole.publish(temporary, path)
        except BaseException:
            if not path.exists():
                _put_back(kept, path)
            raise
        return kept
    moved = [target]
    try:
        # Its -wal/-shm go with the kept copy first: they must never be read into the restored file.
        for side in (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")):
            if side.exists():
                kept_side = target.with_name(target.name + side.name[len(path.name) :])
                os.rename(side, kept_side)
                moved.append(kept_side)
        os.replace(temporary, path)
    except BaseException:
        for kept_side in moved[1:]:
            os.rename(kept_side, path.with_name(path.name + kept_side.name[len(target.name) :]))
        os.unlink(target)
        raise
    whole.discard(temporary)  # side files its check may have left
    whole.sync_folder(path.parent)
    return tuple(moved)


def _put_back(kept: tuple[Path, ...], path: Path) -> None:
    """Undo move_aside after a failed restore: the previous files return to their names."""
    base = kept[0]
    for candidate in kept[1:]:
        os.rename(candidate, path.with_name(path.name + candidate.name[len(base.name) :]))
    os.rename(base, path)


def _cases_missing_from(path: Path, in_backup: set[str]) -> tuple[str, ...] | None:
    """Cases the (possibly damaged) log holds that are not in the backup; None when they cannot be read."""
    try:
        conn = connect_read_only(path)
    except (CaseLogError, sqlite3.Error, OSError):
        return None
    try:
        found = [row[0] for row in conn.execute("SELECT id FROM evaluations ORDER BY rowid")]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return tuple(case_id for case_id in found if case_id not in in_backup)


def export_log(log: CaseLog, out: Path, fmt: str, keys: Path | None = None) -> int:
    """Export to a new file in a format of services/renderers.py: JSON (lossless, re-importable, signed by this
    workstation, with its audit events), CSV (for spreadsheets) or FHIR NDJSON; the case count."""
    from desktop_app.services import renderers

    return renderers.export_log(fmt, log, out, keys)


def import_log(log: CaseLog, source: Path, *, accept_unsigned: bool = False, keys: Path | None = None) -> ImportSummary:
    """Merge a JSON export by UUID in one transaction; importing the same file again adds nothing.

    The signer must be trusted (or accept_unsigned), and every record passes its checks before any is
    written (caselog.import_check.ImportRefused names the first bad one).
    """
    from desktop_app.services.log_exchange import import_file

    try:
        return import_file(log, source, accept_unsigned=accept_unsigned, keys=keys)
    except sqlite3.IntegrityError as exc:
        raise InputError(str(source), f"does not fit this case log ({exc}); nothing was imported") from None


def verify(log: CaseLog, anchor_files: Iterable[Path] | None = None) -> VerifyReport:
    """integrity_check, foreign_key_check, the audit hash chain, every record against its event, and anchors.

    Each anchor (default: the one kept for this log, when there is one) must still be in the trail
    with its hash; otherwise events were cut from the end, the trail rewritten or the file swapped.
    """
    from desktop_app.caselog import anchors

    files = list(anchor_files) if anchor_files is not None else [path for path in [kept_anchor_path(log.path)] if path.exists()]
    kept = [(path, anchors.read_anchor(path)) for path in files]
    with log.snapshot() as db:
        report = verify_log(db)
        found = [problem for _, anchor in kept if (problem := anchors.check_anchor(db, anchor)) is not None]
    problems = tuple(found) + report.problems
    return report.model_copy(update={"ok": report.ok and not found, "problems": problems, "anchors": len(kept)})


def audit_head(log: CaseLog) -> anchors.AuditHead | None:
    """The newest audit event (count, sequence, hash), as printouts carry it."""
    from desktop_app.caselog import anchors

    with log.snapshot() as db:
        return anchors.read_head(db)


def kept_anchor_path(log_path: Path) -> Path:
    """Where the latest anchor of the log at `log_path` is kept: the settings folder, outside the log."""
    from desktop_app.caselog import anchors
    from desktop_app.services.locations import config_dir

    key = hashlib.sha256(str(caselog_path(log_path).expanduser().absolute()).encode("utf-8")).hexdigest()[:16]
    return config_dir() / "anchors" / f"caselog-{key}{anchors.ANCHOR_SUFFIX}"


def keep_anchor(log: CaseLog) -> Path | None:
    """Replace the kept anchor of this log with its current audit head (None when it has no events)."""
    from desktop_app.caselog import anchors

    with log.snapshot() as db:
        anchor = anchors.anchor_for(db, log.path)
    if anchor is None:
        return None
    out = kept_anchor_path(log.path)
    make_private_folders(out.parent)
    return anchors.keep_anchor(anchor, out)


def write_anchor(log: CaseLog, out: Path | None = None) -> tuple[Path, anchors.Anchor] | None:
    """The audit head as a new anchor file `out`, or as the kept anchor when `out` is None."""
    from desktop_app.caselog import anchors

    with log.snapshot() as db:
        anchor = anchors.anchor_for(db, log.path)
    if anchor is None:
        return None
    if out is None:
        target = kept_anchor_path(log.path)
        make_private_folders(target.parent)
        return anchors.keep_anchor(anchor, target), anchor
    return anchors.write_anchor(anchor, out), anchor


def replay(log: CaseLog, pack: Pack) -> ReplayReport:
    """Re-evaluate every logged case with `pack` at its original moment; list the decisions that change.

    A case logged with this very pack (same sha256 and site overrides) must come out exactly as
    stored: any difference is an integrity fault (`faults`), not drift.
    """
    from desktop_app.services.evaluation import evaluate
    from desktop_app.models import zone_from_name

    drifts: list[DecisionDrift] = []
    faults: list[DecisionDrift] = []
    cases = 0
    current = [o.model_dump(mode="json") for o in pack.overrides]
    for evaluation_id, patient_ref, as_of, decision, pack_version, pack_sha256, case_json, rec_json in queries.replayed_cases(
        log.rows
    ):
        cases += 1
        moment = datetime.fromisoformat(as_of)
        case = parse_case(json.loads(case_json))
        same_pack = pack_sha256 == pack.sha256
        stored = None
        if same_pack:
            stored = Recommendation.model_validate_json(rec_json)
            same_pack = [o.model_dump(mode="json") for o in stored.pack.overrides] == current and stored.pack.site == pack.site
        zone = zone_from_name(stored.timezone) if same_pack and stored is not None else None
        replayed = evaluate(case, pack, moment, zone, stored.language if same_pack and stored is not None else "en")
        damaged = (
            same_pack and stored is not None and (replayed.decision != decision or operator.ne(*comparable(stored, replayed)))
        )
        if replayed.decision != decision or damaged:
            (faults if damaged else drifts).append(
                DecisionDrift(
                    id=evaluation_id, patient_ref=patient_ref, as_of=moment, logged_decision=cast("Decision", decision),
                    replayed_decision=replayed.decision, logged_pack_version=pack_version,
                )
            )  # fmt: skip
    return ReplayReport(
        cases=cases, pack_id=pack.content.id, pack_version=pack.content.version, pack_sha256=pack.sha256,
        drifts=tuple(drifts), faults=tuple(faults),
    )  # fmt: skip


def get_provenance(log: CaseLog, record_id: str) -> Provenance | None:
    """Where an imported record came from ("imported from workstation X on DATE"); None when made here."""
    return queries.get_provenance(log.rows, record_id)


def parse_filter_moment(text: str, field: str, *, end_of_day: bool) -> datetime:
    """An ISO date or date-time from the command line; a bare date for `until` means the whole day."""
    from desktop_app.services.evaluation import parse_moment

    moment = parse_moment(text, field)
    if end_of_day and len(text.strip()) == 10:
        moment = moment.replace(hour=23, minute=59, second=59, microsecond=999999)
    return moment
