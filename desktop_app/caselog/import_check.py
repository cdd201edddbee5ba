"""Every record of an export is checked before any is written; one bad record refuses the whole file.

Checked: sizes and row counts; ids (UUIDs, no id used twice for different content); foreign keys
(to the file or to this log); times (ISO, plausible); the columns derived from the stored case and
recommendation agree with them; the stored recommendation is derived again by the engine from the
stored case and moment with the pack it names, when that pack is installed here (the engine is
deterministic: any difference is damage, not drift); and the carried audit events vouch, digest for
digest, for every record the file holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_app.caselog.audit import event_hash, observations_digest, row_digest
from desktop_app.caselog.recording import listed_count, patient_id_for
from desktop_app.caselog.base import CaseLogError
from desktop_app.caselog.schema import EPISODE_STATUSES, OBSERVATION_KINDS, OVERRIDE_REASONS, WITHDRAWABLE_TABLES
from desktop_app.models import CaseInput, InputError, Recommendation, comparable, parse_case

# Limits on what a file may hold before it is even looked at closely.
MAX_FILE_BYTES = 1 << 30  # 1 GiB: a log of about 80,000 cases
MAX_ROWS = 2_000_000
MAX_DOCUMENT_CHARS = 1_000_000  # one stored case or recommendation (a real one is 5 to 30 KB)
MAX_SHORT_TEXT = 200
MAX_NOTE_TEXT = 4000
MAX_REPORTED = 20
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=2)
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
HASH_TEXT = re.compile(r"[0-9a-f]{64}")
DECISIONS = ("withhold", "resume", "continue", "out_of_scope")
AUDIT_FIELDS = {"seq": int, "event": str, "entity_id": str, "payload": str, "at": str, "prev_hash": str, "hash": str}
# Columns that hold a moment, per table.
TIME_COLUMNS = {
    "patients": ("registered_at",),
    "episodes": ("opened_at", "updated_at"),
    "evaluations": ("as_of", "recorded_at"),
    "observations": ("taken_at",),
    "acknowledgements": ("at",),
    "clinician_overrides": ("at",),
    "notes": ("at",),
    "withdrawals": ("at",),
}
# Columns pointing at another record: (column, table it points to, may be None).
FOREIGN_KEYS = {
    "episodes": (("patient_id", "patients", False),),
    "evaluations": (("patient_id", "patients", False), ("episode_id", "episodes", True)),
    "observations": (("evaluation_id", "evaluations", False),),
    "acknowledgements": (("evaluation_id", "evaluations", False),),
    "clinician_overrides": (("evaluation_id", "evaluations", False),),
    "notes": (("evaluation_id", "evaluations", False),),
}

# The engine run again for one stored evaluation: the recommendation it gives now, or None when the
# pack the record names (by sha256) is not installed here.
Reproduce = Callable[[CaseInput, Recommendation], "Recommendation | None"]
# Which of these ids the log already holds in this table.
LocalIds = Callable[[str, list[str]], set[str]]


class ImportRefused(CaseLogError):
    """The file holds a bad record (or is not what it claims): nothing was imported. Exit 1."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        problems = [" ".join(problem.split()) for problem in problems]  # one line each, whatever the file held
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"{' '.join(source.split())} was refused, nothing was imported: {problems[0]}{more}")
        self.source = source
        self.problems = tuple(problems[:MAX_REPORTED])


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, table: str, record_id: Any, field: str, message: str) -> None:
        shown = record_id if isinstance(record_id, str) and len(record_id) <= 64 else "?"
        self.items.append(f"{table} record {shown}: {field}: {message}")

    def full(self) -> bool:
        return len(self.items) >= MAX_REPORTED


def _moment(text: str) -> datetime | None:
    if len(text) > 40:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _check_common(table: str, row: Mapping[str, Any], now: datetime, problems: _Problems) -> None:
    """Ids, sizes and times of any row (its column types are already checked)."""
    record_id = row["id"]
    if not UUID_TEXT.fullmatch(record_id):
        problems.add(table, record_id, "id", "is not a lowercase UUID")
    for name, value in row.items():
        if not isinstance(value, str):
            continue
        long_text = name == "text" or (table, name) == ("withdrawals", "reason")
        limit = (
            MAX_DOCUMENT_CHARS
            if name in ("case_json", "recommendation_json", "overrides")
            else MAX_NOTE_TEXT
            if long_text
            else MAX_SHORT_TEXT
        )
        if len(value) > limit:
            problems.add(table, record_id, name, f"is {len(value)} characters long; at most {limit} are accepted")
    for name in TIME_COLUMNS[table]:
        moment = _moment(row[name])
        if moment is None:
            problems.add(table, record_id, name, f"{row[name][:40]!r} is not an ISO date and time")
        elif moment < EARLIEST or moment > now + FUTURE_SLACK:
            problems.add(table, record_id, name, f"{row[name]} is not a plausible moment (before 1990 or in the future)")
    for name, _, nullable in FOREIGN_KEYS.get(table, ()):
        value = row[name]
        if value is None and nullable:
            continue
        if not UUID_TEXT.fullmatch(value):
            problems.add(table, record_id, name, "is not a lowercase UUID")


def _check_values(table: str, row: Mapping[str, Any], problems: _Problems) -> None:
    record_id = row["id"]
    if table == "episodes" and row["status"] not in EPISODE_STATUSES:
        problems.add(table, record_id, "status", f"must be one of {', '.join(EPISODE_STATUSES)}")
    elif table == "observations" and row["kind"] not in OBSERVATION_KINDS:
        problems.add(table, record_id, "kind", f"must be one of {', '.join(OBSERVATION_KINDS)}")
    elif table == "clinician_overrides":
        if row["decision_taken"] not in DECISIONS[:3]:
            problems.add(table, record_id, "decision_taken", "must be withhold, resume or continue")
        if row["reason"] not in OVERRIDE_REASONS:
            problems.add(table, record_id, "reason", f"must be one of {', '.join(OVERRIDE_REASONS)}")
    elif table == "notes" and not 1 <= len(row["text"]) <= MAX_NOTE_TEXT:
        problems.add(table, record_id, "text", f"must be 1 to {MAX_NOTE_TEXT} characters")
    elif table == "patients" and not 1 <= len(row["patient_ref"]) <= 64:
        problems.add(table, record_id, "patient_ref", "must be 1 to 64 characters")
    elif table == "withdrawals":
        if row["target_table"] not in WITHDRAWABLE_TABLES:
            problems.add(table, record_id, "target_table", f"must be one of {', '.join(WITHDRAWABLE_TABLES)}")
        if not UUID_TEXT.fullmatch(row["target_id"]):
            problems.add(table, record_id, "target_id", "is not a lowercase UUID")
        if not 1 <= len(row["reason"].strip()) <= MAX_NOTE_TEXT:
            problems.add(table, record_id, "reason", f"must be 1 to {MAX_NOTE_TEXT} characters")


def _first_difference(stored: Recommendation, again: Recommendation) -> str | None:
    """The first field of the recommendation (in contract order) that the engine no longer gives."""
    left, right = comparable(stored, again)
    for name in left:
        if left[name] != right.get(name):
            return name
    return None


def _check_evaluation(row: Mapping[str, Any], reproduce: Reproduce, problems: _Problems, not_rechecked: set[str]) -> None:
    """Derived columns against the stored documents, then the engine against the stored recommendation."""
    record_id = row["id"]
    try:
        case = parse_case(json.loads(row["case_json"]))
    except (ValueError, InputError, RecursionError) as exc:
        problems.add("evaluations", record_id, "case_json", f"does not hold a valid case ({str(exc)[:120]})")
        return
    try:
        stored = Recommendation.model_validate_json(row["recommendation_json"])
    except (ValueError, RecursionError) as exc:
        problems.add("evaluations", record_id, "recommendation_json", f"does not hold a valid recommendation ({str(exc)[:120]})")
        return
    derived = {
        "patient_id": patient_id_for(case.patient_ref),
        "as_of": stored.as_of.isoformat(),
        "decision": stored.decision,
        "anc_cells_per_uL": listed_count(stored.anc_cells_per_uL),
        "severity": stored.severity,
        "pack_id": stored.pack.id,
        "pack_version": stored.pack.version,
        "pack_sha256": stored.pack.sha256,
    }
    for name, value in derived.items():
        if row[name] != value:
            problems.add(
                "evaluations", record_id, name, f"says {row[name]!r} but its stored case and recommendation say {value!r}"
            )
    try:
        overrides = json.loads(row["overrides"])
    except (ValueError, RecursionError):
        overrides = None
    if overrides != [o.model_dump(mode="json") for o in stored.pack.overrides]:
        problems.add("evaluations", record_id, "overrides", "do not match the site overrides named in its stored recommendation")
    try:
        again = reproduce(case, stored)
    except (ValueError, InputError) as exc:
        problems.add(
            "evaluations", record_id, "recommendation_json", f"cannot be derived again from its stored case ({str(exc)[:120]})"
        )
        return
    if again is None:
        not_rechecked.add(record_id)
        return
    different = _first_difference(stored, again)
    if different is not None:
        problems.add(
            "evaluations", record_id, f"recommendation_json.{different}",
            f"differs from what pack {stored.pack.version} (sha256 {stored.pack.sha256[:12]}) gives for the stored case: "
            "the record was altered",
        )  # fmt: skip


# Where the walk of the carried events puts what they vouch for: (table, key, seq, digest) and
# (evaluation id, seq, readings digest); a dict here, a staging table for an import in bounded memory.
Vouch = Callable[[Any, Any, int, Any], None]
VouchReadings = Callable[[Any, int, Any], None]
# The (seq, digest) an event gave a record or an evaluation's readings, or None.
Vouched = Callable[[str, str], "tuple[int, Any] | None"]
VouchedReadings = Callable[[str], "tuple[int, Any] | None"]


def walk_events(events: Iterable[Any], problems: _Problems, vouch: Vouch, vouch_readings: VouchReadings) -> bool:
    """The carried events are intact and in order; what each vouches for goes to `vouch` (latest last).

    False (with the problem added) at the first event that is not."""
    previous: Mapping[str, Any] | None = None
    for index, event in enumerate(events):
        where = f"audit[{index}]"
        if not isinstance(event, Mapping) or set(event) != set(AUDIT_FIELDS):
            problems.items.append(f"{where}: must have exactly the fields {', '.join(AUDIT_FIELDS)}")
            return False
        wrong = [name for name, kind in AUDIT_FIELDS.items() if type(event[name]) is not kind]
        if wrong:
            problems.items.append(f"{where}.{wrong[0]}: must be {AUDIT_FIELDS[wrong[0]].__name__}")
            return False
        seq = event["seq"]
        name = f"audit event #{seq} ({event['event'][:40]})"
        if previous is not None and seq <= previous["seq"]:
            problems.items.append(f"{name}: events are not in order (after #{previous['seq']})")
            return False
        if not (HASH_TEXT.fullmatch(event["hash"]) and HASH_TEXT.fullmatch(event["prev_hash"])):
            problems.items.append(f"{name}: hash: is not a SHA-256 hex digest")
            return False
        if (
            event_hash(event["prev_hash"], seq, event["event"], event["entity_id"], event["payload"], event["at"])
            != event["hash"]
        ):
            problems.items.append(f"{name}: hash: does not match its content (the event was altered)")
            return False
        if previous is not None and seq == previous["seq"] + 1 and event["prev_hash"] != previous["hash"]:
            problems.items.append(f"{name}: prev_hash: does not follow event #{previous['seq']} (the chain was altered)")
            return False
        previous = event
        try:
            content = json.loads(event["payload"])
            for table, key, digest in content.get("records", []):
                if isinstance(table, (list, dict)) or isinstance(key, (list, dict)):
                    raise TypeError("a record's table and id must be single values")
                vouch(table, key, seq, digest)
                if table == "evaluations":
                    vouch_readings(key, seq, content.get("observations"))
        except (ValueError, TypeError, AttributeError, RecursionError):
            problems.items.append(f"{name}: payload: is not readable")
            return False
    return True


def vouch_rows(table: str, rows: Iterable[Mapping[str, Any]], vouched: Vouched, problems: _Problems) -> bool:
    """Each record is vouched for by the latest event naming it, digest for digest; True when problems are full."""
    for row in rows:
        found = vouched(table, row["id"])
        if found is None:
            problems.add(table, row["id"], "audit", "no audit event in the file vouches for it (an event was removed)")
        elif found[1] != row_digest(table, row):
            problems.add(table, row["id"], "audit", f"does not match audit event #{found[0]} that recorded it (it was edited)")
        if problems.full():
            return True
    return False


def vouch_readings(evaluation_id: str, rows: Sequence[Mapping[str, Any]], vouched: VouchedReadings, problems: _Problems) -> None:
    """The readings of one evaluation are those its audit event recorded."""
    found = vouched(evaluation_id)
    if found is None or found[1] != observations_digest(rows):
        problems.add(
            "observations", rows[0]["id"], "audit", f"the readings of evaluation {evaluation_id} do not match its audit event"
        )


def check_audit(
    tables: Mapping[str, Sequence[Mapping[str, Any]]], events: Sequence[Mapping[str, Any]], problems: _Problems
) -> None:
    """The carried events are intact, and every record is vouched for by the latest event naming it."""
    vouched: dict[tuple[Any, Any], tuple[int, Any]] = {}
    readings: dict[Any, tuple[int, Any]] = {}

    def vouch(table: Any, key: Any, seq: int, digest: Any) -> None:
        vouched[(table, key)] = (seq, digest)

    def vouch_read(key: Any, seq: int, digest: Any) -> None:
        readings[key] = (seq, digest)

    if not walk_events(events, problems, vouch, vouch_read):
        return
    by_evaluation: dict[str, list[Mapping[str, Any]]] = {}
    for row in tables.get("observations", ()):
        by_evaluation.setdefault(row["evaluation_id"], []).append(row)
    for table, rows in tables.items():
        if table != "observations" and vouch_rows(table, rows, lambda t, k: vouched.get((t, k)), problems):
            return
    for evaluation_id, rows in by_evaluation.items():
        vouch_readings(evaluation_id, rows, readings.get, problems)


def check_record(
    table: str, row: Mapping[str, Any], now: datetime, problems: _Problems, reproduce: Reproduce, not_rechecked: set[str]
) -> None:
    """The checks of one record by itself: ids, sizes, times, values, and an evaluation against the engine."""
    _check_common(table, row, now, problems)
    _check_values(table, row, problems)
    if table == "evaluations" and not problems.full():
        _check_evaluation(row, reproduce, problems, not_rechecked)


def check_tables(
    source: str,
    tables: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    reproduce: Reproduce,
    local_ids: LocalIds,
    events: Sequence[Mapping[str, Any]] | None,
    now: datetime | None = None,
) -> set[str]:
    """Check every record; raise ImportRefused naming the first bad one. Returns the evaluations whose
    recommendation could not be derived again (their pack is not installed here): "not re-checked"."""
    now = now or datetime.now(UTC)
    problems = _Problems()
    not_rechecked: set[str] = set()
    rows_total = sum(len(rows) for rows in tables.values())
    if rows_total > MAX_ROWS:
        raise ImportRefused(source, [f"holds {rows_total} rows; at most {MAX_ROWS} are accepted in one file"])
    seen: dict[str, tuple[str, str]] = {}
    for table, rows in tables.items():
        for row in rows:
            digest = row_digest(table, row)
            earlier = seen.get(row["id"])
            if earlier is not None and earlier != (table, digest):
                problems.add(
                    table, row["id"], "id", f"is used twice in the file ({earlier[0]} and {table}) for different content"
                )
            seen[row["id"]] = (table, digest)
            check_record(table, row, now, problems, reproduce, not_rechecked)
            if problems.full():
                raise ImportRefused(source, problems.items)
    if problems.items:
        raise ImportRefused(source, problems.items)
    _check_references(tables, local_ids, problems)
    if events is not None:
        check_audit(tables, events, problems)
    if problems.items:
        raise ImportRefused(source, problems.items)
    return not_rechecked


def _check_references(tables: Mapping[str, Sequence[Mapping[str, Any]]], local_ids: LocalIds, problems: _Problems) -> None:
    """Every foreign key points at a record of the file or of this log; patients of a file's episode agree."""
    in_file = {table: {row["id"] for row in rows} for table, rows in tables.items()}
    wanted: dict[str, set[str]] = {}
    for table, keys in FOREIGN_KEYS.items():
        for row in tables.get(table, ()):
            for name, target, _ in keys:
                value = row[name]
                if value is not None and value not in in_file.get(target, set()):
                    wanted.setdefault(target, set()).add(value)
    # A withdrawal points at a record of the table it names (checked to be withdrawable above).
    withdrawn = [row for row in tables.get("withdrawals", ()) if row["target_table"] in WITHDRAWABLE_TABLES]
    for row in withdrawn:
        if row["target_id"] not in in_file.get(row["target_table"], set()):
            wanted.setdefault(row["target_table"], set()).add(row["target_id"])
    present = {target: local_ids(target, sorted(ids)) for target, ids in wanted.items()}
    targets: dict[str, str] = {}
    for row in withdrawn:
        target, value = row["target_table"], row["target_id"]
        if value not in in_file.get(target, set()) and value not in present.get(target, set()):
            problems.add(
                "withdrawals",
                row["id"],
                "target_id",
                f"points to {target} record {value}, which is neither in the file nor in this log",
            )
        earlier = targets.setdefault(value, row["id"])
        if earlier != row["id"]:
            problems.add(
                "withdrawals", row["id"], "target_id", f"withdraws {target} record {value} a second time (withdrawal {earlier})"
            )
        if problems.full():
            return
    for table, keys in FOREIGN_KEYS.items():
        for row in tables.get(table, ()):
            for name, target, _ in keys:
                value = row[name]
                if value is not None and value not in in_file.get(target, set()) and value not in present.get(target, set()):
                    problems.add(
                        table, row["id"], name, f"points to {target} record {value}, which is neither in the file nor in this log"
                    )
                    if problems.full():
                        return
    episodes = {row["id"]: row["patient_id"] for row in tables.get("episodes", ())}
    for row in tables.get("evaluations", ()):
        owner = episodes.get(row["episode_id"]) if row["episode_id"] is not None else None
        if owner is not None and owner != row["patient_id"]:
            problems.add("evaluations", row["id"], "episode_id", "points to an episode of another patient")


def conflicts(table: str, rows: Iterable[Mapping[str, Any]], local: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Records whose id this log holds with other content: refused and reported, never overwritten.

    Episodes are the one record that moves: a later status of the same patient's episode is an update.
    A patient's id is derived from the patient ref, so the same patient registered at two places is one.
    """
    found = []
    for row in rows:
        here = local.get(row["id"])
        if here is None or row_digest(table, here) == row_digest(table, row):
            continue
        if table == "episodes" and row["patient_id"] == here["patient_id"] and row["updated_at"] != here["updated_at"]:
            continue
        if table == "patients" and row["patient_ref"] == here["patient_ref"]:
            continue  # the same patient registered on two workstations: one patient, whoever was first
        found.append(f"{table} record {row['id']}: conflict: this log holds a different record under the same id (kept as it is)")
    return found
