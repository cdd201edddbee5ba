"""Copies of the case log leaving or joining it: online backup, JSON and CSV export, JSON import (merge)."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.caselog.audit import AuditTrail, now_utc, observations_digest, row_digest
from desktop_app.caselog.records import BackupFacts, ImportSummary, document_text, readable_evaluation
from desktop_app.caselog.recording import index_note, next_search_key, patient_id_for, set_episode_status
from desktop_app.caselog.schema import NULLABLE_COLUMNS, SCHEMA_VERSIONS, SELECT_COLUMNS, TABLE_COLUMNS, insert_rows
from desktop_app.caselog.store import CaseLogDamaged, FileNotWritten, connect_read_only, log_identity
from desktop_app.caselog.whole import discard, is_disk_problem, new_temporary, publish, sync_file, written_whole
from desktop_app.models import InputError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from desktop_app.caselog.signing import Signer

    from desktop_app.caselog.store import Reader

EXPORT_FORMAT = "neutrohold-caselog-export"
_AMONG_IDS = " WHERE id IN (SELECT value FROM json_each(?))"
EXPORT_VERSION = 2  # 2: carries audit events and, signed, the workstation and its signature
# Clinical records travel between workstations; drafts and the audit trail stay local.
EXCHANGED_TABLES = (
    "patients", "episodes", "evaluations", "observations", "acknowledgements", "clinician_overrides", "notes", "withdrawals"
)  # fmt: skip
# OWASP CSV injection: a cell starting with one of these may run as a formula in a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
CSV_COLUMNS = (
    "evaluation_id", "as_of", "recorded_at", "patient_ref", "decision", "decision_taken", "override_reason",
    "override_text", "anc_cells_per_uL", "severity", "pack_id", "pack_version", "pack_sha256", "who",
    "case_notes", "added_notes", "acknowledged_pitfalls",
)  # fmt: skip
_CSV_ROWS = """
    SELECT e.id, e.as_of, e.recorded_at, p.patient_ref, e.decision,
        o.decision_taken, o.reason, o.text,
        e.anc_cells_per_uL, e.severity, e.pack_id, e.pack_version, e.pack_sha256, e.who,
        e.case_json,
        coalesce((SELECT group_concat(n.text, ' | ') FROM notes n WHERE n.evaluation_id = e.id), ''),
        coalesce((SELECT group_concat(a.pitfall_id, ' ') FROM acknowledgements a WHERE a.evaluation_id = e.id
            AND a.id NOT IN (SELECT target_id FROM withdrawals)), '')
    FROM evaluations e
    JOIN patients p ON p.id = e.patient_id
    LEFT JOIN clinician_overrides o ON o.id = (
        SELECT id FROM clinician_overrides WHERE evaluation_id = e.id
            AND id NOT IN (SELECT target_id FROM withdrawals) ORDER BY rowid DESC LIMIT 1)
    WHERE e.id NOT IN (SELECT target_id FROM withdrawals)
    ORDER BY e.as_of, e.id
"""


def describe_copy(path: Path) -> BackupFacts:
    """Check a copy of a case log on a read-only connection: integrity, a case log, its identity and cases."""
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise CaseLogDamaged(path, str(exc)) from None
    try:
        findings = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if findings != ["ok"]:
            raise CaseLogDamaged(path, "; ".join(findings[:3]))
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"evaluations", "audit"} <= tables:
            raise CaseLogDamaged(path, "it is not a NeutroHold case log")
        cases, newest = conn.execute("SELECT count(*), max(recorded_at) FROM evaluations").fetchone()
        return BackupFacts(path=path, identity=log_identity(conn), cases=cases, newest_recorded_at=newest)
    except sqlite3.DatabaseError as exc:
        raise CaseLogDamaged(path, str(exc)) from None
    finally:
        conn.close()


def copy_log(conn: sqlite3.Connection, out: Path) -> BackupFacts:
    """Copy a log whole to the new file `out` from one consistent snapshot (other writers carry on).

    SQLite's online backup fills a temporary file beside `out`; it is synced and checked on a
    read-only connection (integrity, identity, case count) before it gets its name.
    """
    source_identity = log_identity(conn)
    temporary = new_temporary(out)
    try:
        fill_copy(conn, temporary)
        facts = describe_copy(temporary)
        if facts.identity != source_identity:
            raise CaseLogDamaged(out, "the copy does not carry the identity of its log")
        publish(temporary, out)
    except sqlite3.Error as exc:
        discard(temporary)
        if is_disk_problem(exc):
            raise FileNotWritten(out, str(exc)) from None
        raise
    except OSError as exc:
        discard(temporary)
        raise FileNotWritten(out, exc.strerror or str(exc)) from None
    except BaseException:
        discard(temporary)
        raise
    return facts.model_copy(update={"path": out})


def fill_copy(conn: sqlite3.Connection, temporary: Path) -> None:
    """SQLite's online backup of `conn` into the (empty) file `temporary`, synced to disk."""
    target = sqlite3.connect(temporary)
    try:
        conn.backup(target)
        # A copy in rollback-journal mode is read without -wal/-shm files; the log switches back to WAL when opened.
        target.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        target.close()
    sync_file(temporary)


def backup(conn: sqlite3.Connection, out: Path) -> BackupFacts:
    """Online copy of the log into the new file `out`, whole or not at all."""
    return copy_log(conn, out)


# Records in the order they were written; readings (keyed by their evaluation since schema m010) in
# the order of their evaluations.
_READINGS_IN_ORDER = (
    "SELECT o.id, o.evaluation_id, o.kind, o.taken_at, o.value, o.unit, o.normalised, o.neutrophil_pct, o.band_pct"
    " FROM evaluations e JOIN observations o ON o.evaluation_id = e.id ORDER BY e.rowid, o.id"
)


def _table_rows(db: Reader, table: str) -> Iterator[dict[str, Any]]:
    rows = db.query(_READINGS_IN_ORDER if table == "observations" else SELECT_COLUMNS[table] + " ORDER BY rowid")
    if table != "evaluations":
        return rows
    return (readable_evaluation(db, row) for row in rows)


class _HashingWriter:
    """Writes text to the export and hashes exactly the bytes written, for the signature."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.hasher = hashlib.sha256()

    def write(self, text: str) -> None:
        self.handle.write(text)
        self.hasher.update(text.encode("utf-8"))


# The export's one encoder (json.dumps's defaults, text kept as it is): every value is encoded on its own.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


class _JsonStream:
    """A JSON document written member by member and element by element, never held as one string.

    Each scalar, header value and record is encoded by itself with the export's encoder; the
    punctuation between them is written here. Header members are separated as json.dumps separates
    them (", " and ": "); array elements and tables go one to a line.
    """

    def __init__(self, writer: _HashingWriter) -> None:
        self.writer = writer

    def open_object(self, header: dict[str, Any]) -> None:
        """`{` and the header members, the writer left ready for the next member."""
        self.writer.write("{")
        for position, (name, value) in enumerate(header.items()):
            self.writer.write(("" if position == 0 else ", ") + _ENCODER.encode(name) + ": ")
            for chunk in _ENCODER.iterencode(value):
                self.writer.write(chunk)

    def array(self, items: Iterator[dict[str, Any]]) -> int:
        """`[` the items one to a line `]`; how many were written."""
        count = 0
        self.writer.write("[")
        for item in items:
            self.writer.write(("\n" if count == 0 else ",\n") + _ENCODER.encode(item))
            count += 1
        self.writer.write("]")
        return count


# Which rows an incremental export holds: (table, row) -> write it or not.
Keep = Callable[[str, dict[str, Any]], bool]


def export_json(db: Reader, out: Path, signer: Signer | None = None, keep: Keep | None = None) -> int:
    """Write clinical records as one JSON document, lossless and re-importable; returns the case count.

    The file carries the audit events of the records it holds, and, with a `signer`, the
    workstation's id and public key and an Ed25519 signature over everything before it. `keep`
    selects the rows of an incremental export (readings travel with their evaluation). Written by a
    streaming encoder, one record at a time, so a large log never sits in memory whole.
    """
    from desktop_app.caselog.signing import SIGNATURE_FIELD

    exported: set[tuple[str, str]] = set()
    evaluations: set[str] = set()

    def kept(table: str) -> Iterator[dict[str, Any]]:
        for row in _table_rows(db, table):
            if table == "observations":
                if keep is not None and row["evaluation_id"] not in evaluations:
                    continue
            elif keep is not None and not keep(table, row):
                continue
            exported.add((table, row["id"]))
            if table == "evaluations":
                evaluations.add(row["id"])
            yield row

    with written_whole(out) as handle:
        writer = _HashingWriter(handle)
        stream = _JsonStream(writer)
        header = {
            "format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": now_utc(), "schema": list(SCHEMA_VERSIONS),
            "incremental": keep is not None,
            "workstation": None if signer is None else {
                "id": signer.workstation_id, "name": signer.workstation_name, "public_key": signer.public_key,
            },
        }  # fmt: skip
        stream.open_object(header)
        writer.write(', "tables": {')
        for position, table in enumerate(EXCHANGED_TABLES):
            writer.write(("" if position == 0 else ",") + "\n" + _ENCODER.encode(table) + ": ")
            stream.array(kept(table))
        writer.write('\n},\n"audit": ')
        stream.array(_carried_events(db, exported))
        if signer is None:
            handle.write("\n}\n")
        else:
            handle.write(",\n" + SIGNATURE_FIELD + json.dumps(signer.sign(writer.hasher.digest())) + "}\n")
    return len(evaluations)


def _carried_events(db: Reader, exported: set[tuple[str, str]]) -> Iterator[dict[str, Any]]:
    """The audit events naming any exported record (of any kind of event), in trail order."""
    ids = {key for _, key in exported}
    for event in db.query("SELECT seq, event, entity_id, payload, at, prev_hash, hash FROM audit ORDER BY seq"):
        if event["entity_id"] in ids:
            yield event
            continue
        try:
            records = json.loads(event["payload"]).get("records", [])
            if any((table, key) in exported for table, key, *_ in records):
                yield event
        except (ValueError, TypeError, AttributeError):
            continue


def neutralise_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: formula starters are prefixed with a single quote (OWASP)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _case_notes(case_json: str) -> str:
    notes = json.loads(case_json).get("notes")
    return notes if isinstance(notes, str) else ""


def export_csv(db: Reader, out: Path) -> int:
    """One line per evaluation for spreadsheets; every cell neutralised against formula injection."""
    cases = 0
    with written_whole(out) as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(CSV_COLUMNS)
        notes_at = CSV_COLUMNS.index("case_notes")
        for row in db.execute(_CSV_ROWS):
            cells = list(row)
            cells[notes_at] = _case_notes(document_text(db, cells[notes_at]))
            writer.writerow([neutralise_cell(value) for value in cells])
            cases += 1
    return cases


@dataclass(frozen=True)
class ExportFile:
    """A JSON export read and checked for shape: its tables, carried audit events and signer."""

    tables: dict[str, list[dict[str, Any]]]
    events: list[dict[str, Any]] | None  # None: an export of version 1, which carried none
    workstation: dict[str, str] | None  # id, name, public_key of the signer; None when unsigned
    signed: bool
    incremental: bool
    digest: str  # SHA-256 of the whole file


def read_export(source: Path) -> dict[str, list[dict[str, Any]]]:
    """The tables of a JSON export, checked column by column; InputError names the bad row."""
    return read_export_file(source).tables


def read_export_file(source: Path) -> ExportFile:
    """Read an export whole, within the size limit; a signature present must be over exactly this content."""
    # Loaded only when an export is read (cryptography and the checks are not needed to open a log).
    from desktop_app.caselog.import_check import MAX_FILE_BYTES, MAX_ROWS, ImportRefused
    from desktop_app.caselog.signing import split_signed, verify

    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(str(source), f"is {size} bytes; at most {MAX_FILE_BYTES} bytes are accepted in one export")
        data = source.read_bytes()
    except FileNotFoundError:
        raise InputError(str(source), "file not found") from None
    except OSError as exc:
        raise InputError(str(source), f"cannot be read ({exc.strerror or exc})") from None
    signed_part = split_signed(data)
    try:
        document = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(str(source), f"cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(source), f"is not valid JSON ({exc.msg} at line {exc.lineno}); it may be cut short") from None
    except RecursionError:
        raise InputError(str(source), "is nested too deeply to be an export") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise InputError(str(source), "is not a NeutroHold case log export")
    version = document.get("version")
    if version not in (1, EXPORT_VERSION) or type(version) is not int:
        raise InputError(
            str(source), f"is export version {str(version)[:20]!r}; this NeutroHold reads versions 1 and {EXPORT_VERSION}"
        )
    events: list[dict[str, Any]] | None = None
    workstation: dict[str, str] | None = None
    signed = False
    if version == EXPORT_VERSION:
        events = document.get("audit")
        if not isinstance(events, list):
            raise InputError(f"{source}: audit", "must be a list of audit events")
        workstation = _workstation(source, document.get("workstation"))
        if "signature" in document:
            if workstation is None:
                raise ImportRefused(str(source), ["signature: is there but the file names no workstation public key"])
            if signed_part is None:
                raise ImportRefused(
                    str(source), ["signature: is not where a signature belongs (the file was edited after signing)"]
                )
            content, signature = signed_part
            if not verify(workstation["public_key"], hashlib.sha256(content).digest(), signature):
                raise ImportRefused(str(source), [
                    "signature: does not match the content: the file was altered after signing, or the signature belongs to another file"
                ])  # fmt: skip
            signed = True
        elif workstation is not None:
            raise ImportRefused(
                str(source), ["signature: is missing, though the file names a signing workstation (it was removed)"]
            )
    tables = document.get("tables")
    if not isinstance(tables, dict) or set(tables) - set(EXCHANGED_TABLES):
        raise InputError(f"{source}: tables", f"must hold only {', '.join(EXCHANGED_TABLES)}")
    for table in EXCHANGED_TABLES:
        if not isinstance(tables.get(table, []), list):
            raise InputError(f"{source}: tables.{table}", "must be a list of rows")
    count = sum(len(tables.get(table, [])) for table in EXCHANGED_TABLES) + len(events or ())
    if count > MAX_ROWS:
        raise ImportRefused(str(source), [f"holds {count} rows and audit events; at most {MAX_ROWS} are accepted in one file"])
    checked = {
        table: [_checked_row(source, table, index, row) for index, row in enumerate(tables.get(table, []))]
        for table in EXCHANGED_TABLES
    }
    return ExportFile(
        tables=checked, events=events, workstation=workstation if signed else None, signed=signed,
        incremental=document.get("incremental") is True, digest=hashlib.sha256(data).hexdigest(),
    )  # fmt: skip


def _workstation(source: Path, value: Any) -> dict[str, str] | None:
    from desktop_app.caselog.import_check import UUID_TEXT
    from desktop_app.caselog.signing import public_key_from_text

    if value is None:
        return None
    fields = ("id", "name", "public_key")
    if not isinstance(value, dict) or set(value) != set(fields) or not all(isinstance(value[name], str) for name in fields):
        raise InputError(f"{source}: workstation", "must name the id, name and public_key of the signing workstation")
    if (
        not UUID_TEXT.fullmatch(value["id"])
        or not 1 <= len(value["name"]) <= 80
        or public_key_from_text(value["public_key"]) is None
    ):
        raise InputError(f"{source}: workstation", "does not hold a valid workstation id, name and Ed25519 public key")
    return {name: value[name] for name in fields}


def _checked_row(source: Path, table: str, index: int, row: Any) -> dict[str, Any]:
    where = f"{source}: tables.{table}[{index}]"
    columns = TABLE_COLUMNS[table]
    if not isinstance(row, dict) or set(row) != {name for name, _ in columns}:
        raise InputError(where, f"must have exactly the columns {', '.join(name for name, _ in columns)}")
    for name, kind in columns:
        value = row[name]
        if value is None and (table, name) in NULLABLE_COLUMNS:
            continue
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            row[name] = value = float(value)
        if type(value) is not kind:
            raise InputError(f"{where}.{name}", f"must be {kind.__name__}, not {type(value).__name__}")
    if table == "patients" and row["id"] != patient_id_for(row["patient_ref"]):
        raise InputError(f"{where}.id", "does not belong to its patient_ref")
    return row


def _existing(db: Reader, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Rows of `table` already here among `ids`, passed as one JSON array parameter."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 5000):
        for row in db.query(SELECT_COLUMNS[table] + _AMONG_IDS, [json.dumps(ids[start : start + 5000])]):
            found[row["id"]] = readable_evaluation(db, row) if table == "evaluations" else row
    return found


def _existing_readings(db: Reader, evaluation_ids: list[str]) -> dict[str, dict[str, Any]]:
    """The readings here of the evaluations `evaluation_ids`, by reading id (they are keyed by evaluation)."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(evaluation_ids), 5000):
        chunk = json.dumps(evaluation_ids[start : start + 5000])
        for row in db.query(SELECT_COLUMNS["observations"] + " WHERE evaluation_id IN (SELECT value FROM json_each(?))", [chunk]):
            found[row["id"]] = row
    return found


@dataclass(frozen=True)
class Origin:
    """Where an imported file came from, as recorded with every record it adds."""

    workstation_id: str
    workstation_name: str
    signed: bool


UNSIGNED_ORIGIN = Origin(workstation_id="unknown", workstation_name="unknown (unsigned file)", signed=False)


MERGE_ORDER = ("patients", "episodes", "evaluations", "acknowledgements", "clinician_overrides", "notes", "withdrawals")


class RowSource(Protocol):
    """The records of a checked export, handed out in batches (an import holds one batch at a time)."""

    def batches(self, table: str) -> Iterator[list[dict[str, Any]]]:
        """The file's rows of `table` in file order, each id once."""
        ...

    def readings(self, evaluation_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """The file's readings of these evaluations, in file order."""
        ...


class TablesSource:
    """A RowSource over tables read whole (a sync file), one batch per table."""

    def __init__(self, tables: Mapping[str, list[dict[str, Any]]]) -> None:
        self.tables = {table: tables.get(table, []) for table in EXCHANGED_TABLES}  # an older export has no withdrawals
        self._readings: dict[str, list[dict[str, Any]]] | None = None

    def batches(self, table: str) -> Iterator[list[dict[str, Any]]]:
        unique: dict[str, dict[str, Any]] = {}
        for row in self.tables[table]:
            unique.setdefault(row["id"], row)
        if unique:
            yield list(unique.values())

    def readings(self, evaluation_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        if self._readings is None:
            self._readings = {}
            for row in self.tables["observations"]:
                self._readings.setdefault(row["evaluation_id"], []).append(row)
        return {key: self._readings[key] for key in evaluation_ids if key in self._readings}


def import_export(
    db: Database,
    tables: Mapping[str, list[dict[str, Any]]],
    origin: Origin = UNSIGNED_ORIGIN,
    not_rechecked: frozenset[str] | set[str] = frozenset(),
    source: str = "the file",
) -> ImportSummary:
    """Merge an export read whole; see merge_export."""
    return merge_export(db, TablesSource(tables), origin, not_rechecked, source)


def merge_export(
    db: Database,
    rows: RowSource,
    origin: Origin = UNSIGNED_ORIGIN,
    not_rechecked: frozenset[str] | set[str] = frozenset(),
    source: str = "the file",
) -> ImportSummary:
    """Merge an export by UUID inside the caller's unit of work; importing it twice adds nothing.

    A record whose id is here with other content is a conflict: the whole file is refused
    (ImportRefused) before anything is written, nothing is overwritten. Episodes present on both
    sides keep the status updated last. Each new record gets a local 'imported' audit event and a
    provenance row (workstation, moment, signed or not, re-checked or not); readings travel only
    with a new evaluation. The rows come batch by batch: only one batch is held at a time.
    """
    from desktop_app.caselog.import_check import MAX_REPORTED, ImportRefused, conflicts

    found: list[str] = []
    leftovers = 0
    for table in MERGE_ORDER:
        for batch in rows.batches(table):
            local = _existing(db, table, [row["id"] for row in batch])
            found += conflicts(table, batch, local)
            if table == "evaluations":
                held = [row["id"] for row in batch if row["id"] in local]
                leftover = [reading for readings in rows.readings(held).values() for reading in readings]
                present = _existing_readings(db, held)
                found += conflicts("observations", leftover, present)
                found += [
                    f"observations record {row['id']}: conflict: a reading of evaluation {row['evaluation_id']} that this log does not hold"
                    for row in leftover if row["id"] not in present
                ]  # fmt: skip
                leftovers += len(leftover)
            del found[MAX_REPORTED * 50 :]  # enough to say how many, never a list the size of the file
    if found:
        raise ImportRefused(source, found)
    trail = AuditTrail(db)
    added = dict.fromkeys(EXCHANGED_TABLES, 0)
    updated = {"episodes": 0}
    already_present, kept_local = leftovers, 0
    now = now_utc()
    for table in MERGE_ORDER:
        for batch in rows.batches(table):
            here_rows = _existing(db, table, [row["id"] for row in batch])
            readings = rows.readings([row["id"] for row in batch if row["id"] not in here_rows]) if table == "evaluations" else {}
            fresh: dict[str, dict[str, Any]] = {}
            new_readings: list[dict[str, Any]] = []
            provenance: list[dict[str, Any]] = []
            for row in batch:
                here = here_rows.get(row["id"])
                if here is None and table == "withdrawals" and _withdrawn_already(db, row, fresh):
                    kept_local += 1  # withdrawn here too, by another withdrawal: the local one stands
                elif here is None:
                    fresh[row["id"]] = row
                    extra: dict[str, Any] = {"from_workstation": origin.workstation_id, "signed": origin.signed}
                    if table == "evaluations":
                        own = readings.get(row["id"], [])
                        new_readings.extend(own)
                        extra["observations"] = observations_digest(own)
                        extra["rechecked"] = row["id"] not in not_rechecked
                    came = {
                        "id": row["id"], "record_table": table, "workstation_id": origin.workstation_id,
                        "workstation_name": origin.workstation_name, "imported_at": now, "signed": int(origin.signed),
                        "rechecked": int(row["id"] not in not_rechecked),
                    }  # fmt: skip
                    provenance.append(came)
                    trail.record("imported", row["id"], [(table, row), ("provenance", came)], **extra)
                elif row_digest(table, here) == row_digest(table, row) or table == "patients":
                    already_present += 1  # a patient is the same patient whoever registered them first
                elif table == "episodes" and row["updated_at"] > here["updated_at"]:
                    merged = {**here, "status": row["status"], "updated_at": row["updated_at"]}
                    set_episode_status(db, merged)
                    trail.record(
                        "imported", row["id"], [(table, merged)], from_workstation=origin.workstation_id, signed=origin.signed
                    )
                    updated["episodes"] += 1
                else:
                    kept_local += 1  # an earlier state of an episode this log has seen move on
            if table == "evaluations":
                _give_search_keys(db, fresh)
            insert_rows(db, table, list(fresh.values()))
            added[table] += len(fresh)
            if table == "evaluations":
                insert_rows(db, "observations", new_readings)
                added["observations"] += len(new_readings)
                insert_rows(db, "case_search", [_search_row(db, row) for row in fresh.values()])
            elif table == "notes":
                for row in fresh.values():
                    index_note(db, row["evaluation_id"], row["text"])
            insert_rows(db, "provenance", provenance)
            trail.write()
    return ImportSummary(added=added, updated=updated, already_present=already_present, kept_local=kept_local)


def _withdrawn_already(db: Database, row: dict[str, Any], fresh: dict[str, dict[str, Any]]) -> bool:
    if any(other["target_id"] == row["target_id"] for other in fresh.values()):
        return True
    return db.execute("SELECT 1 FROM withdrawals WHERE target_id = ?", [row["target_id"]]).fetchone() is not None


def _give_search_keys(db: Database, evaluations: dict[str, dict[str, Any]]) -> None:
    for key, row in enumerate(evaluations.values(), start=next_search_key(db)):
        row["search_key"] = key


def _search_row(db: Database, evaluation: dict[str, Any]) -> dict[str, Any]:
    patient_ref = db.execute("SELECT patient_ref FROM patients WHERE id = ?", [evaluation["patient_id"]]).fetchone()
    return {
        "search_key": evaluation["search_key"],
        "patient_ref": patient_ref[0] if patient_ref else "",
        "notes": json.loads(evaluation["case_json"]).get("notes", ""),
    }
