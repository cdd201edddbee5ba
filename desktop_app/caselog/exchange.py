"""Copies of the case log leaving or joining it: online backup, JSON and CSV export, JSON import (merge)."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.caselog.audit import AuditTrail, now_utc, observations_digest, row_digest
from desktop_app.caselog.records import BackupFacts, ImportSummary
from desktop_app.caselog.recording import index_note, next_search_key, patient_id_for, set_episode_status
from desktop_app.caselog.schema import NULLABLE_COLUMNS, SCHEMA_VERSIONS, SELECT_COLUMNS, TABLE_COLUMNS, insert_rows
from desktop_app.caselog.store import CaseLogDamaged, FileNotWritten, connect_read_only, log_identity
from desktop_app.caselog.whole import discard, is_disk_problem, new_temporary, publish, sync_file, written_whole
from desktop_app.models import InputError, Recommendation, parse_case

if TYPE_CHECKING:
    from sqlite_utils import Database

    from desktop_app.caselog.store import Reader

EXPORT_FORMAT = "neutrohold-caselog-export"
_AMONG_IDS = " WHERE id IN (SELECT value FROM json_each(?))"
EXPORT_VERSION = 1
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
        coalesce(json_extract(e.case_json, '$.notes'), ''),
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


def _table_rows(db: Reader, table: str) -> Iterator[dict[str, Any]]:
    return db.query(SELECT_COLUMNS[table] + " ORDER BY rowid")


def export_json(db: Reader, out: Path) -> int:
    """Write every clinical record as one JSON document, lossless and re-importable; returns the case count."""
    cases = 0
    with written_whole(out) as handle:
        header = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": now_utc(), "schema": list(SCHEMA_VERSIONS)}
        # Streamed row by row so a large log never sits in memory whole.
        handle.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "tables": {')
        for position, table in enumerate(EXCHANGED_TABLES):
            handle.write(("" if position == 0 else ",") + "\n" + json.dumps(table) + ": [")
            for count, row in enumerate(_table_rows(db, table)):
                handle.write(("\n" if count == 0 else ",\n") + json.dumps(row, ensure_ascii=False))
                cases += table == "evaluations"
            handle.write("]")
        handle.write("\n}}\n")
    return cases


def neutralise_cell(value: Any) -> str:
    """A cell a spreadsheet shows as text: formula starters are prefixed with a single quote (OWASP)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_csv(db: Reader, out: Path) -> int:
    """One line per evaluation for spreadsheets; every cell neutralised against formula injection."""
    cases = 0
    with written_whole(out) as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(CSV_COLUMNS)
        for row in db.execute(_CSV_ROWS):
            writer.writerow([neutralise_cell(value) for value in row])
            cases += 1
    return cases


def read_export(source: Path) -> dict[str, list[dict[str, Any]]]:
    """The tables of a JSON export, checked column by column; InputError names the bad row."""
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(source), "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(source), f"cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(source), f"is not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise InputError(str(source), "is not a NeutroHold case log export")
    if document.get("version") != EXPORT_VERSION:
        raise InputError(str(source), f"is export version {document.get('version')!r}; this NeutroHold reads version {EXPORT_VERSION}")
    tables = document.get("tables")
    if not isinstance(tables, dict) or set(tables) - set(EXCHANGED_TABLES):
        raise InputError(f"{source}: tables", f"must hold only {', '.join(EXCHANGED_TABLES)}")
    checked: dict[str, list[dict[str, Any]]] = {}
    for table in EXCHANGED_TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise InputError(f"{source}: tables.{table}", "must be a list of rows")
        checked[table] = [_checked_row(source, table, index, row) for index, row in enumerate(rows)]
    return checked


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
    if table == "evaluations":
        try:
            parse_case(json.loads(row["case_json"]))
            Recommendation.model_validate_json(row["recommendation_json"])
        except (ValueError, InputError) as exc:
            raise InputError(f"{where}", f"holds a case or recommendation that does not validate ({exc})") from None
    return row


def _existing(db: Database, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Rows of `table` already here among `ids`, passed as one JSON array parameter."""
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 5000):
        for row in db.query(SELECT_COLUMNS[table] + _AMONG_IDS, [json.dumps(ids[start : start + 5000])]):
            found[row["id"]] = row
    return found


def import_export(db: Database, tables: dict[str, list[dict[str, Any]]]) -> ImportSummary:
    """Merge an export by UUID inside the caller's unit of work; importing it twice adds nothing.

    Each new record gets a local 'imported' audit event; the other log's trail is not copied.
    Episodes present on both sides keep the status updated last; other records never change, and
    readings travel only with a new evaluation.
    """
    trail = AuditTrail(db)
    added = dict.fromkeys(EXCHANGED_TABLES, 0)
    updated = {"episodes": 0}
    already_present = kept_local = 0
    readings: dict[str, list[dict[str, Any]]] = {}
    for row in tables["observations"]:
        readings.setdefault(row["evaluation_id"], []).append(row)
    new_readings: list[dict[str, Any]] = []
    for table in ("patients", "episodes", "evaluations", "acknowledgements", "clinician_overrides", "notes", "withdrawals"):
        local = _existing(db, table, [row["id"] for row in tables.get(table, [])])
        fresh: dict[str, dict[str, Any]] = {}
        for row in tables.get(table, []):
            here = local.get(row["id"])
            if row["id"] in fresh:
                continue
            if here is None and table == "withdrawals" and _withdrawn_already(db, row, fresh):
                kept_local += 1  # withdrawn here too, by another withdrawal: the local one stands
            elif here is None:
                fresh[row["id"]] = row
                extra = {}
                if table == "evaluations":
                    own = readings.pop(row["id"], [])
                    new_readings.extend(own)
                    extra = {"observations": observations_digest(own)}
                trail.record("imported", row["id"], [(table, row)], **extra)
            elif row_digest(table, here) == row_digest(table, row):
                already_present += 1
            elif table == "episodes" and row["updated_at"] > here["updated_at"] and row["patient_id"] == here["patient_id"]:
                merged = {**here, "status": row["status"], "updated_at": row["updated_at"]}
                set_episode_status(db, merged)
                trail.record("imported", row["id"], [(table, merged)])
                updated["episodes"] += 1
            else:
                kept_local += 1
        if table == "evaluations":
            _give_search_keys(db, fresh)
        insert_rows(db, table, list(fresh.values()))
        added[table] = len(fresh)
        if table == "evaluations":
            insert_rows(db, "observations", new_readings)
            added["observations"] = len(new_readings)
            insert_rows(db, "case_search", [_search_row(db, row) for row in fresh.values()])
        elif table == "notes":
            for row in fresh.values():
                index_note(db, row["evaluation_id"], row["text"])
    leftover = [row for rows in readings.values() for row in rows]
    present = _existing(db, "observations", [row["id"] for row in leftover])
    for row in leftover:
        here = present.get(row["id"])
        if here is not None and row_digest("observations", here) == row_digest("observations", row):
            already_present += 1
        else:
            kept_local += 1
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
