"""The append-only, hash-chained audit trail: writing events and checking that nothing was altered."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop_app.caselog.records import DocumentUnreadable, VerifyReport, readable_evaluation
from desktop_app.caselog.schema import SELECT_COLUMNS, TABLE_COLUMNS, insert_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

    from desktop_app.caselog.base import Reader

GENESIS = "0" * 64
# Tables whose every row is vouched for by the latest audit event naming it.
AUDITED_TABLES = (
    "patients", "episodes", "evaluations", "acknowledgements", "clinician_overrides", "notes", "drafts", "withdrawals",
    "provenance",
)  # fmt: skip
MAX_REPORTED_PROBLEMS = 20


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)


def row_digest(table: str, row: Mapping[str, Any]) -> str:
    """SHA-256 of a record's columns in schema order, exactly as SQLite hands them back.

    Text is length-prefixed rather than JSON-escaped: hashing the large case and recommendation
    documents as they are costs a third of escaping them first.
    """
    hasher = hashlib.sha256(table.encode("ascii") + b";")
    for name, _ in TABLE_COLUMNS[table]:
        value = row[name]
        if isinstance(value, str):
            data = value.encode("utf-8")
            hasher.update(b"s%d:" % len(data))
            hasher.update(data)
        else:
            hasher.update(repr(value).encode("ascii") + b";")
    return hasher.hexdigest()


def observations_digest(rows: Iterable[Mapping[str, Any]]) -> str:
    """SHA-256 of the readings recorded with one evaluation, in id order."""
    ordered = sorted(rows, key=lambda row: row["id"])
    values = [[row[name] for name, _ in TABLE_COLUMNS["observations"]] for row in ordered]
    return hashlib.sha256(_canonical(["observations", values]).encode("utf-8")).hexdigest()


def event_hash(prev_hash: str, seq: int, event: str, entity_id: str, payload: str, at: str) -> str:
    """Hash of one event chained to its predecessor; the payload text is hashed byte for byte."""
    canonical = json.dumps([seq, event, entity_id, payload, at], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


class AuditTrail:
    """Events of one unit of work, chained onto the trail; create it inside the write transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db
        last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        self._seq: int
        self._hash: str
        self._seq, self._hash = (last[0], last[1]) if last else (0, GENESIS)
        self._pending: list[dict[str, Any]] = []

    def append(self, event: str, entity_id: str, payload: Mapping[str, Any], at: str | None = None) -> None:
        at = at or now_utc()
        text = _canonical(payload)
        prev_hash = self._hash
        self._seq += 1
        self._hash = event_hash(prev_hash, self._seq, event, entity_id, text, at)
        self._pending.append(
            {"seq": self._seq, "event": event, "entity_id": entity_id, "payload": text, "at": at,
             "prev_hash": prev_hash, "hash": self._hash}
        )  # fmt: skip

    def record(
        self, event: str, entity_id: str, rows: Sequence[tuple[str, Mapping[str, Any]]], at: str | None = None, **extra: Any
    ) -> None:
        """One event vouching for the current content of every record row the unit of work wrote."""
        records = [[table, row["key" if table == "drafts" else "id"], row_digest(table, row)] for table, row in rows]
        self.append(event, entity_id, {"records": records, **extra}, at)

    def forget(self, event: str, table: str, key: str) -> None:
        """An event saying a row (a draft) is gone on purpose."""
        self.append(event, key, {"records": [[table, key, None]]})

    def write(self) -> None:
        insert_rows(self._db, "audit", self._pending)
        self._pending = []


def verify_log(db: Reader) -> VerifyReport:
    """integrity_check, foreign_key_check, the hash chain, and every record against its latest event."""
    problems: list[tuple[int, str]] = []
    try:
        integrity = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        integrity = [str(exc)]
    if integrity != ["ok"]:
        problems.append((0, "integrity check failed: " + "; ".join(integrity[:3])))
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall()[:MAX_REPORTED_PROBLEMS]:
        problems.append((0, f"{table} row {rowid} points to a missing {parent} row"))
    events, vouched, readings = _check_chain(db, problems)
    _check_records(db, vouched, readings, problems)
    _check_worklist_facts(db, problems)
    cases = db.execute("SELECT count(*) FROM evaluations").fetchone()[0]
    problems.sort(key=lambda item: item[0])
    return VerifyReport(
        ok=not problems, events=events, cases=cases, problems=tuple(text for _, text in problems[:MAX_REPORTED_PROBLEMS])
    )


Vouched = dict[tuple[str, str], tuple[int, str, str | None]]


def _check_worklist_facts(db: Reader, problems: list[tuple[int, str]]) -> None:
    """The worklist's stored facts (schema m009) are derived: each must be what its recommendation gives,
    or the worklist would hide or invent an item."""
    from desktop_app.caselog.facts import facts_rows, has_facts

    if not has_facts(db):
        return
    last_seq = db.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
    stored = dict(db.execute("SELECT evaluation_id, facts FROM worklist_facts").fetchall())
    batch = db.execute("SELECT id, recommendation_json FROM evaluations ORDER BY rowid").fetchmany
    while rows := batch(2000):
        expected = dict(
            facts_rows(db, [{"id": evaluation_id, "recommendation_json": document} for evaluation_id, document in rows])
        )
        for evaluation_id, _ in rows:
            kept = stored.pop(evaluation_id, None)
            if evaluation_id in expected and kept != expected[evaluation_id]:
                what = "are missing" if kept is None else "do not match its recommendation"
                problems.append((last_seq + 1, f"the worklist facts of evaluation {evaluation_id} {what}"))
    for evaluation_id in stored:
        problems.append((last_seq + 1, f"worklist facts name evaluation {evaluation_id}, which is not in the log"))


def _check_chain(db: Reader, problems: list[tuple[int, str]]) -> tuple[int, Vouched, Vouched]:
    """Walk the trail in order; return the event count and, per record and per evaluation's readings,
    the latest event vouching for it with the digest it gave."""
    vouched: Vouched = {}
    readings: Vouched = {}
    expected_seq, prev_hash, count = 1, GENESIS, 0
    for seq, event, entity_id, payload, at, stored_prev, stored_hash in db.execute(
        "SELECT seq, event, entity_id, payload, at, prev_hash, hash FROM audit ORDER BY seq"
    ):
        count += 1
        name = f"audit event #{seq} ({event} {entity_id})"
        if seq != expected_seq:
            problems.append(
                (expected_seq, f"audit event #{expected_seq} is missing: the trail jumps to #{seq} (deleted or reordered)")
            )
        elif stored_prev != prev_hash:
            problems.append((seq, f"{name} does not follow event #{seq - 1}: an event was deleted, reordered or altered"))
        if event_hash(stored_prev, seq, event, entity_id, payload, at) != stored_hash:
            problems.append((seq, f"{name} was altered: its hash does not match its content"))
        expected_seq, prev_hash = seq + 1, stored_hash
        try:
            content = json.loads(payload)
            records = content.get("records", [])
            for table, key, digest in records:
                if table in AUDITED_TABLES:
                    vouched[(table, key)] = (seq, event, digest)
                if table == "evaluations":
                    readings[("observations", key)] = (seq, event, content.get("observations"))
        except (ValueError, TypeError, AttributeError):
            problems.append((seq, f"{name} has an unreadable payload"))
    return count, vouched, readings


def _check_records(db: Reader, vouched: Vouched, readings: Vouched, problems: list[tuple[int, str]]) -> None:
    """Every record must match the digest of the latest event naming it, and every vouched record must exist."""
    last_seq = db.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
    seen: set[tuple[str, str]] = set()
    for table in AUDITED_TABLES:
        key = "key" if table == "drafts" else "id"
        for row in db.query(SELECT_COLUMNS[table]):
            entity = (table, row[key])
            seen.add(entity)
            if entity not in vouched:
                problems.append(
                    (last_seq + 1, f"{table} row {row[key]} has no audit event (added outside NeutroHold, or the trail was cut)")
                )
                continue
            seq, event, digest = vouched[entity]
            if table == "evaluations":
                try:
                    row = readable_evaluation(db, row)  # digests are of the documents' text
                except DocumentUnreadable as exc:
                    problems.append((seq, f"{table} row {row[key]} no longer matches audit event #{seq} ({event}): {exc}"))
                    continue
            if digest != row_digest(table, row):
                problems.append((seq, f"{table} row {row[key]} no longer matches audit event #{seq} ({event}): it was edited"))
    for (table, entity_id), (seq, event, digest) in vouched.items():
        if digest is not None and (table, entity_id) not in seen:
            problems.append((seq, f"{table} row {entity_id} recorded by audit event #{seq} ({event}) is missing: it was deleted"))
    by_evaluation: dict[str, list[dict[str, Any]]] = {}
    for row in db.query(SELECT_COLUMNS["observations"]):
        by_evaluation.setdefault(row["evaluation_id"], []).append(row)
    for (_, evaluation_id), (seq, event, digest) in readings.items():
        if digest != observations_digest(by_evaluation.pop(evaluation_id, [])):
            problems.append((seq, f"the readings of evaluation {evaluation_id} no longer match audit event #{seq} ({event})"))
    for evaluation_id in by_evaluation:
        problems.append((last_seq + 1, f"observations of evaluation {evaluation_id} have no audit event"))
